/**
 * Runs a network written by `tributary testnet`: for each node, the app first (CometBFT needs
 * its ABCI server to be up), then CometBFT. Used by `tributary testnet start` (`make testnet`)
 * and by the multi-validator tests.
 */
import { defaultCometbftPath, type ManagedProcess, spawnApp, spawnComet, waitForListening, waitForRpcHeight } from "./processes.ts";
import { readTestnetManifest, type TestnetManifest, type TestnetNode } from "./layout.ts";

export interface RunningTestnetNode extends TestnetNode {
  app?: ManagedProcess;
  comet?: ManagedProcess;
}

export interface RunningTestnet {
  manifest: TestnetManifest;
  nodes: RunningTestnetNode[];
  /** Starts node i's app (and waits for its ABCI port), then its CometBFT. */
  startNode(i: number): Promise<void>;
  startApp(i: number): Promise<void>;
  startComet(i: number): void;
  /** Stops every process (CometBFT first, then the apps). */
  stop(): Promise<void>;
}

export interface StartTestnetOptions {
  cometbft?: string;
  /** Wait until every RPC reports this height (default 1). 0n: do not wait. */
  waitHeight?: bigint;
  timeoutMs?: number;
}

export async function startTestnet(dir: string, opts: StartTestnetOptions = {}): Promise<RunningTestnet> {
  const manifest = readTestnetManifest(dir);
  const cometbft = opts.cometbft ?? defaultCometbftPath();
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const nodes: RunningTestnetNode[] = manifest.nodes.map((n) => ({ ...n }));

  const nodeAt = (i: number) => {
    const n = nodes[i];
    if (!n) throw new Error(`the testnet has no node ${i} (it has ${nodes.length})`);
    return n;
  };
  const startApp = async (i: number) => {
    const n = nodeAt(i);
    // Kept before waiting, so that a failure elsewhere stops this app too.
    n.app = spawnApp(n.home, n.abci);
    await waitForListening(n.app, n.abci, timeoutMs);
  };
  const startComet = (i: number) => {
    const n = nodeAt(i);
    n.comet = spawnComet(n.cometHome, cometbft);
  };
  const stop = async () => {
    await Promise.all(nodes.map((n) => n.comet?.stop()));
    await Promise.all(nodes.map((n) => n.app?.stop()));
  };
  try {
    await Promise.all(nodes.map((_, i) => startApp(i)));
    nodes.forEach((_, i) => startComet(i));
    const waitHeight = opts.waitHeight ?? 1n;
    if (waitHeight > 0n) await Promise.all(nodes.map((n) => waitForRpcHeight(n.rpc, waitHeight, timeoutMs)));
  } catch (e) {
    await stop();
    throw new Error(`${(e as Error).message} (logs: <home>/app.log and <home>/cometbft.log under ${dir})`, { cause: e });
  }
  return {
    manifest,
    nodes,
    startNode: async (i) => {
      await startApp(i);
      startComet(i);
    },
    startApp,
    startComet,
    stop,
  };
}
