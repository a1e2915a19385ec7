/**
 * Helpers for tests that run a real CometBFT v0.38 (the pinned `.bin/cometbft`) in front of
 * Tributary's app, both as child processes. Generic on purpose: one node or several (give each
 * its ports, keys and `persistentPeers`, and one genesis listing every validator).
 *
 * Each node needs TWO directories: a CometBFT home (config/config.toml, genesis.json,
 * priv_validator_key.json, node_key.json, data/) and a Tributary home (config/config.json,
 * data/application.db). They cannot be one directory: CometBFT reads its config through viper
 * with the name "config" and takes config/config.json before config/config.toml, so it would
 * read Tributary's file and fail ("'abci' expected type 'string'"). Logs go to
 * <comet home>/cometbft.log and <app home>/app.log (appended across restarts).
 *
 * Every process started here is tracked; call `killAllProcesses()` in afterAll so a failing
 * test leaves nothing running.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { connect, createServer } from "node:net";
import { join } from "node:path";
import { genesisValidator } from "../../genesis/validators.ts";
import { writeGenesis } from "../../genesis/doc.ts";
import type { GenesisDoc } from "../../genesis/types.ts";
import { defaultNodeConfig, writeNodeConfig } from "../../node/config.ts";
import { type Ed25519Key, type ValidatorKey, generateEd25519Key, homePaths, nodeIdFromKey, writeNodeKey, writeValidatorKey } from "../../node/home.ts";

const REPO = join(import.meta.dirname, "..", "..");

/** Path of the pinned CometBFT; throws (never skips) when it was not built. */
export function cometbftBinary(): string {
  const bin = join(REPO, ".bin", "cometbft");
  if (!existsSync(bin)) throw new Error(`CometBFT binary not found at ${bin}: run \`make cometbft\` (needs Go >= 1.22) first`);
  return bin;
}

/** A port free on 127.0.0.1 right now (the OS picks it; the listener is closed again). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** `n` distinct free ports. */
export async function freePorts(n: number): Promise<number[]> {
  const out = new Set<number>();
  while (out.size < n) out.add(await freePort());
  return [...out];
}

export interface CometPorts {
  /** CometBFT JSON-RPC (CosmJS connects here). */
  rpc: number;
  p2p: number;
  /** The app's ABCI socket, CometBFT's proxy_app. */
  abci: number;
}

export interface CometHomeOptions {
  /** Written as config/genesis.json. If its `validators` is empty this node's key is added with power 10. */
  genesisDoc: GenesisDoc;
  ports: CometPorts;
  /** Go duration, e.g. "200ms": the pause after each block. */
  timeoutCommit: string;
  /** `<node id>@127.0.0.1:<p2p port>` of the other nodes. */
  persistentPeers?: string[];
  /** This node's consensus key; generated when absent. */
  privValidatorKey?: Ed25519Key;
  nodeKey?: Ed25519Key;
  moniker?: string;
  /** CometBFT log level; the default keeps the log to handshake, block and error lines. */
  logLevel?: string;
}

export interface CometHome {
  home: string;
  validatorKey: ValidatorKey;
  nodeId: string;
  /** "http://127.0.0.1:<rpc>" */
  rpcUrl: string;
  /** "tcp://127.0.0.1:<abci>" */
  abciLaddr: string;
  /** "<node id>@127.0.0.1:<p2p>", for the other nodes' persistentPeers. */
  p2pAddress: string;
}

const q = (s: string) => JSON.stringify(s);

/**
 * The keys this helper needs in config.toml; CometBFT fills every missing key with its default
 * (kv tx indexer, empty blocks on, recheck on, …) and does not rewrite an existing file.
 */
function renderConfigToml(o: CometHomeOptions, moniker: string): string {
  return `# Written by test/cometbft/cometNode.ts; missing keys take CometBFT's defaults.
proxy_app = ${q(`tcp://127.0.0.1:${o.ports.abci}`)}
moniker = ${q(moniker)}
abci = "socket"
log_level = ${q(o.logLevel ?? "main:info,state:info,proxy:info,consensus:info,p2p:error,*:error")}

[rpc]
laddr = ${q(`tcp://127.0.0.1:${o.ports.rpc}`)}

[p2p]
laddr = ${q(`tcp://127.0.0.1:${o.ports.p2p}`)}
persistent_peers = ${q((o.persistentPeers ?? []).join(","))}
allow_duplicate_ip = true
addr_book_strict = false

[mempool]
recheck = true
broadcast = true

[consensus]
timeout_propose = "1s"
timeout_prevote = "500ms"
timeout_precommit = "500ms"
timeout_commit = ${q(o.timeoutCommit)}
create_empty_blocks = true
`;
}

/** Writes a CometBFT home (config, keys, a fresh signing state, genesis) into `dir`. */
export function writeCometHome(dir: string, o: CometHomeOptions): CometHome {
  const paths = homePaths(dir);
  if (existsSync(paths.config)) throw new Error(`${paths.config} exists: CometBFT would read it instead of config.toml; use a separate app home`);
  const moniker = o.moniker ?? "comet-test";
  mkdirSync(paths.configDir, { recursive: true });
  mkdirSync(paths.dataDir, { recursive: true });
  const validatorKey = writeValidatorKey(dir, o.privValidatorKey ?? generateEd25519Key());
  const nodeKey = o.nodeKey ?? generateEd25519Key();
  writeNodeKey(dir, nodeKey);
  // CometBFT's double-sign guard: the last height/round/step this key signed.
  writeFileSync(join(paths.dataDir, "priv_validator_state.json"), JSON.stringify({ height: "0", round: 0, step: 0 }, null, 2) + "\n");
  const doc: GenesisDoc = structuredClone(o.genesisDoc);
  if (doc.validators.length === 0) doc.validators = [genesisValidator(validatorKey.pubkey, 10n, moniker)];
  writeGenesis(paths.genesis, doc);
  writeFileSync(join(paths.configDir, "config.toml"), renderConfigToml(o, moniker));
  const nodeId = nodeIdFromKey(nodeKey);
  return {
    home: paths.home,
    validatorKey,
    nodeId,
    rpcUrl: `http://127.0.0.1:${o.ports.rpc}`,
    abciLaddr: `tcp://127.0.0.1:${o.ports.abci}`,
    p2pAddress: `${nodeId}@127.0.0.1:${o.ports.p2p}`,
  };
}

/** A Tributary home for `start --consensus cometbft` (config/config.json; never CometBFT's home). */
export function writeAppHome(dir: string, o: { abciLaddr: string; logLevel?: "debug" | "info" | "warn" }): void {
  if (existsSync(join(homePaths(dir).configDir, "config.toml"))) throw new Error(`${dir} is a CometBFT home: give the app its own directory`);
  mkdirSync(homePaths(dir).dataDir, { recursive: true });
  const config = defaultNodeConfig("comet-test");
  config.abci.laddr = o.abciLaddr;
  config.log_level = o.logLevel ?? "info";
  writeNodeConfig(dir, config);
}

export interface TestProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly logFile: string;
  /** Resolves with the exit code, or the signal name, once the process has exited. */
  readonly exited: Promise<number | string>;
  readonly running: boolean;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<number | string>;
  kill(signal?: NodeJS.Signals): Promise<number | string>;
}

const live = new Set<TestProcess>();

function spawnLogged(name: string, command: string, args: string[], logFile: string): TestProcess {
  const log = createWriteStream(logFile, { flags: "a" });
  log.write(`\n=== ${new Date().toISOString()} ${command} ${args.join(" ")}\n`);
  const child = spawn(command, args, { cwd: REPO, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: "0" } });
  child.stdout!.pipe(log, { end: false });
  child.stderr!.pipe(log, { end: false });
  let running = true;
  const exited = new Promise<number | string>((resolve) => {
    child.once("error", (e) => (log.write(`cannot start ${command}: ${e.message}\n`), resolve("spawn-error")));
    child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown"));
  });
  const p: TestProcess = {
    name,
    child,
    logFile,
    exited,
    get running() {
      return running;
    },
    async stop(graceMs = 10_000) {
      if (running) child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      const r = await exited;
      clearTimeout(timer);
      return r;
    },
    async kill(signal = "SIGKILL") {
      if (running) child.kill(signal);
      return exited;
    },
  };
  live.add(p);
  void exited.then(() => {
    running = false;
    live.delete(p);
    log.end();
  });
  return p;
}

/** `cometbft start --home <home>`, logging to <home>/cometbft.log. */
export function startCometProcess(home: string): TestProcess {
  return spawnLogged(`cometbft ${home}`, cometbftBinary(), ["start", "--home", home], join(home, "cometbft.log"));
}

/**
 * `tributary start --consensus cometbft` on `tributaryHome`, logging to <home>/app.log; resolves
 * once the ABCI port accepts connections. Start it before CometBFT: CometBFT does wait for
 * its proxy_app, but retries only every 3 s.
 */
export async function startAppProcess(tributaryHome: string, abciLaddr: string, timeoutMs = 30_000): Promise<TestProcess> {
  const args = ["bin/tributary.js", "start", "--consensus", "cometbft", "--home", tributaryHome, "--abci.laddr", abciLaddr];
  const p = spawnLogged(`app ${tributaryHome}`, process.execPath, args, join(tributaryHome, "app.log"));
  const { hostname, port } = new URL(abciLaddr.replace(/^tcp:/, "http:"));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(Number(port), hostname, () => (s.destroy(), resolve(true)));
      s.once("error", () => resolve(false));
    });
    if (ok) return p;
    if (!p.running) throw new Error(`the app exited (${await p.exited}) before listening on ${abciLaddr}; see ${p.logFile}`);
    if (Date.now() > deadline) {
      await p.kill();
      throw new Error(`the app did not listen on ${abciLaddr} within ${timeoutMs} ms; see ${p.logFile}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** SIGKILLs every process these helpers started that is still running. */
export async function killAllProcesses(): Promise<void> {
  await Promise.all([...live].map((p) => p.kill("SIGKILL")));
}

/** The latest height the RPC reports, or undefined when it does not answer. */
export async function rpcHeight(rpcUrl: string): Promise<number | undefined> {
  try {
    const res = await fetch(`${rpcUrl}/status`, { signal: AbortSignal.timeout(2_000) });
    const body = (await res.json()) as { result?: { sync_info?: { latest_block_height?: string } } };
    const h = body.result?.sync_info?.latest_block_height;
    return h === undefined ? undefined : Number(h);
  } catch {
    return undefined;
  }
}

/** Polls CometBFT's /status until the latest height is ≥ `height`; returns it. */
export async function waitForHeight(rpcUrl: string, height: number, timeoutMs = 30_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const h = await rpcHeight(rpcUrl);
    if (h !== undefined && h >= height) return h;
    if (Date.now() > deadline) throw new Error(`${rpcUrl} did not reach height ${height} within ${timeoutMs} ms (at ${h ?? "no answer"})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
