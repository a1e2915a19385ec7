/**
 * One validator of the chaos network as two OS processes, its app (`tributary start --consensus
 * cometbft`) and its CometBFT, each optionally inside a network namespace. Like
 * node/testnet/processes.ts (whose `manage` and `waitForListening` these processes use), logs
 * are appended to `<home>/app.log` and `<cometHome>/cometbft.log`; unlike it, a process can be
 * wrapped in `ip netns exec`, and a node can be paused (SIGSTOP) and continued.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { packageFile } from "../../node/packageRoot.ts";
import type { TestnetNode } from "../../node/testnet/layout.ts";
import { cometbftBinary, type ManagedProcess, manage, waitForListening } from "../../node/testnet/processes.ts";
import { inNetns, type Netns } from "./networkNetns.ts";

const live = new Set<ManagedProcess>();

/**
 * A private copy of the compiled CLI: dist/tributary.mjs and every file it reaches through
 * relative imports (chunks, lazily imported modules, workers). A long run restarts nodes for
 * many minutes, and a `node scripts/build.mjs` meanwhile (another engineer's, a test's global
 * setup) rewrites dist/; a node started mid-build can then fail to load. The copy sits under
 * node_modules/.cache so packages and the package root resolve exactly as from dist/.
 */
export function snapshotCli(): { entry: string; remove(): void } {
  const dist = packageFile("dist");
  const dir = packageFile(`node_modules/.cache/chaos-net-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const seen = new Set<string>();
  const queue = ["tributary.mjs"];
  for (let f = queue.pop(); f !== undefined; f = queue.pop()) {
    if (seen.has(f)) continue;
    seen.add(f);
    const text = readFileSync(join(dist, f), "utf8");
    copyFileSync(join(dist, f), join(dir, f));
    for (const m of text.matchAll(/["']\.\/([\w.-]+\.mjs)["']/g)) queue.push(m[1]!);
  }
  return { entry: join(dir, "tributary.mjs"), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function spawnManaged(name: string, [command, args]: [string, string[]], logFile: string): ManagedProcess {
  const p = manage(name, command, args, logFile);
  live.add(p);
  void p.exited.then(() => live.delete(p));
  return p;
}

/** SIGKILLs every process started here that is still running (the harness's cleanup). */
export async function killAllChaosProcesses(): Promise<void> {
  await Promise.all([...live].map((p) => p.kill("SIGKILL")));
}

export class ChaosNode {
  app?: ManagedProcess;
  comet?: ManagedProcess;

  constructor(
    readonly index: number,
    readonly node: TestnetNode,
    /** The compiled CLI to run (snapshotCli's entry). */
    private readonly cli: string,
    /** The namespace this node runs in, when it is the isolated one. */
    readonly netns?: Netns,
  ) {}

  get name(): string {
    return this.node.name;
  }

  get rpc(): string {
    return this.node.rpc;
  }

  /** Starts the app and waits until its ABCI port accepts connections (CometBFT retries its proxy only every 3 s). */
  async startApp(timeoutMs = 60_000): Promise<void> {
    if (this.app?.running) throw new Error(`${this.name}: its app is already running (pid ${this.app.child.pid})`);
    const argv = inNetns(this.netns, process.execPath, [this.cli, "start", "--consensus", "cometbft", "--home", this.node.home, "--abci.laddr", this.node.abci]);
    this.app = spawnManaged(`${this.name} app`, argv, join(this.node.home, "app.log"));
    await waitForListening(this.app, this.node.abci, timeoutMs);
  }

  startComet(): void {
    if (this.comet?.running) throw new Error(`${this.name}: its CometBFT is already running (pid ${this.comet.child.pid})`);
    const argv = inNetns(this.netns, cometbftBinary(), ["start", "--home", this.node.cometHome]);
    this.comet = spawnManaged(`${this.name} cometbft`, argv, join(this.node.cometHome, "cometbft.log"));
  }

  async start(): Promise<void> {
    await this.startApp();
    this.startComet();
  }

  /** SIGKILL to both processes at once (a power cut); resolves once both have exited. */
  async kill(): Promise<void> {
    await Promise.all([this.comet?.kill("SIGKILL"), this.app?.kill("SIGKILL")]);
  }

  /** SIGSTOP (true) or SIGCONT (false) to both processes. */
  pause(stopped: boolean): void {
    for (const p of [this.app, this.comet]) {
      if (!p?.running) throw new Error(`${this.name}: cannot ${stopped ? "stop" : "continue"} ${p?.name ?? "a process never started"}: not running`);
      p.child.kill(stopped ? "SIGSTOP" : "SIGCONT");
    }
  }

  /** CometBFT first (it stops asking the app), then the app. */
  async stop(): Promise<void> {
    await this.comet?.stop(10_000);
    await this.app?.stop(10_000);
  }
}
