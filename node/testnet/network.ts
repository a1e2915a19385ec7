/**
 * Runs a network written by `tributary testnet`: for each node, the app first (CometBFT needs
 * its ABCI server to be up), then CometBFT. Used by `tributary testnet start` (`make testnet`)
 * and by the multi-validator tests.
 */
import { defaultCometbftPath, type ManagedProcess, spawnApp, spawnComet, waitForListening, waitForRpcHeight } from "./processes.ts";
import { readTestnetManifest, type TestnetManifest, type TestnetNode } from "./layout.ts";
import { checkPortsFree, childExitError, TestnetStartError } from "./watch.ts";

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
  /**
   * Resolves (never rejects) with the first child's exit that nobody asked for: a process
   * stopped through stop(), or killed by a test through its ManagedProcess, does not count
   * unless it happens while the network starts. `tributary testnet start` stops on it.
   */
  failed: Promise<TestnetStartError>;
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
  // Before spawning: a port held by another process would otherwise answer our waits for it.
  await checkPortsFree(nodes);

  let stopping = false;
  let reportFailure: (e: TestnetStartError) => void = () => {};
  const failed = new Promise<TestnetStartError>((resolve) => (reportFailure = resolve));
  const watch = (n: RunningTestnetNode, p: ManagedProcess) => {
    void p.exited.then(async (code) => {
      // child.killed: we (stop(), a timeout, a test) sent the signal.
      if (stopping || p.child.killed) return;
      reportFailure(await childExitError(n.name, p, code));
    });
  };

  const nodeAt = (i: number) => {
    const n = nodes[i];
    if (!n) throw new Error(`the testnet has no node ${i} (it has ${nodes.length})`);
    return n;
  };
  const startApp = async (i: number) => {
    const n = nodeAt(i);
    // Kept before waiting, so that a failure elsewhere stops this app too.
    n.app = spawnApp(n.home, n.abci);
    watch(n, n.app);
    await waitForListening(n.app, n.abci, timeoutMs);
  };
  const startComet = (i: number) => {
    const n = nodeAt(i);
    n.comet = spawnComet(n.cometHome, cometbft);
    watch(n, n.comet);
  };
  const stop = async () => {
    stopping = true;
    await Promise.all(nodes.map((n) => n.comet?.stop()));
    await Promise.all(nodes.map((n) => n.app?.stop()));
  };
  const boot = async () => {
    await Promise.all(nodes.map((_, i) => startApp(i)));
    nodes.forEach((_, i) => startComet(i));
    const waitHeight = opts.waitHeight ?? 1n;
    if (waitHeight > 0n) await Promise.all(nodes.map((n) => waitForRpcHeight(n.rpc, waitHeight, timeoutMs)));
  };
  try {
    // A child that dies while starting fails the start, even if its port or RPC seemed to answer.
    await Promise.race([boot(), failed.then((e) => Promise.reject(e))]);
  } catch (e) {
    // A child that exited by itself is the cause; its report waits briefly for the child's log.
    const died = nodes.some((n) => [n.app, n.comet].some((p) => p && !p.running && !p.child.killed));
    const first = await Promise.race([failed, new Promise<undefined>((r) => setTimeout(r, died ? 3000 : 0, undefined))]);
    await stop();
    if (first) throw first;
    if (e instanceof TestnetStartError) throw e;
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
    failed,
  };
}
