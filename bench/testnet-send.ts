/**
 * Bank sends through a 4-validator CometBFT network on this one machine (four Tributary apps
 * behind the ABCI socket, four CometBFT nodes), beside the solo driver under the same load in
 * the same run. Pre-signed txs, one per account per round, spread round-robin over the four
 * CometBFT RPCs; commits seen on node 0's NewBlock subscription.
 * Env: BENCH_ACCOUNTS (default 4000), BENCH_ROUNDS (3), BENCH_CONCURRENCY (64),
 * BENCH_VALIDATORS (4), BENCH_TIMEOUT_COMMIT_MS (1000), BENCH_SOLO (1; 0 skips the solo
 * baseline when profiling the network alone), BENCH_KEEP_DIR (1 keeps the network's homes and
 * logs in the temp dir it prints), BENCH_COMET_LOG_LEVEL (CometBFT's log_level, e.g.
 * "consensus:info,state:info,*:error" to time a block's steps), BENCH_COMET_SET (config.toml
 * overrides to try before changing node/cometbft/config.ts: `section.key=value;…` with TOML
 * values, `{i}` replaced by the node's index, e.g.
 * `p2p.flush_throttle_timeout="10ms";rpc.pprof_laddr="127.0.0.1:606{i}"`).
 * Profiling the apps: TRIBUTARY_TESTNET_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/p" (see
 * node/testnet/processes.ts; the apps write their profile on SIGTERM's clean exit).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cometConfigPath } from "../node/cometbft/config.ts";
import { loadNodeConfig, writeNodeConfig } from "../node/config.ts";
import { initTestnet, TESTNET_DEFAULTS } from "../node/testnet/layout.ts";
import { startTestnet } from "../node/testnet/network.ts";
import { findFreePortBlock } from "../node/testnet/processes.ts";
import { type BenchAccount, deriveAccounts, fundAccounts } from "../test/support/accounts.ts";
import { accountNumberOf, makeBenchHome } from "./lib/benchHome.ts";
import { emit, note } from "./lib/emit.ts";
import { procCpuSeconds, procStatusKiB, spawnNode } from "./lib/nodeProcess.ts";
import { closeRpcConnections, subscribeNewBlocks } from "./lib/rpc.ts";
import { CommitTracker, type RoundResult, runRound, type SendTarget } from "./lib/sendRound.ts";
import { signRoundRobin } from "./lib/signSend.ts";
import { median, nowMs } from "./lib/stats.ts";

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 4000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const VALIDATORS = Number(process.env.BENCH_VALIDATORS ?? 4);
const TIMEOUT_COMMIT_MS = Number(process.env.BENCH_TIMEOUT_COMMIT_MS ?? 1000);
const SOLO = process.env.BENCH_SOLO !== "0";
const KEEP_DIR = process.env.BENCH_KEEP_DIR === "1";
const COMET_LOG_LEVEL = process.env.BENCH_COMET_LOG_LEVEL;
const COMET_SET = process.env.BENCH_COMET_SET ?? "";
const COMMIT_WAIT_MS = 120_000;
const CHAIN_ID = "bench-net-1";
const BLOCK_MAX_GAS = 10_000_000_000n;

interface Summary {
  txPerS: number;
  p50: number;
  p99: number;
  lost: number;
}

async function runRounds(target: SendTarget, subscribeUrl: string, rounds: Uint8Array[][], bench: string, afterRound?: (round: number) => void): Promise<Summary> {
  let tracker = new CommitTracker();
  const sub = await subscribeNewBlocks(subscribeUrl, (b) => tracker.onBlock(b), nowMs);
  const results: RoundResult[] = [];
  try {
    for (let r = 0; r < rounds.length; r++) {
      note(`${bench}: round ${r + 1}/${rounds.length}, ${rounds[r]!.length} txs`);
      // CometBFT's RPC closes keep-alive sockets idle for 10 s (its http.Server ReadTimeout), as
      // they are while a round waits for its commits: reusing one fails with "socket hang up".
      closeRpcConnections();
      results.push(await runRound(target, r + 1, rounds[r]!, (t) => (tracker = t), { concurrency: CONCURRENCY, commitWaitMs: COMMIT_WAIT_MS, bench }));
      afterRound?.(r + 1);
    }
  } finally {
    sub.close();
  }
  return {
    txPerS: median(results.map((r) => r.txPerS)),
    p50: median(results.map((r) => r.p50)),
    p99: median(results.map((r) => r.p99)),
    lost: results.reduce((n, r) => n + r.lost, 0),
  };
}

function signRounds(accounts: BenchAccount[], accountNumberOf: (a: BenchAccount) => bigint): Uint8Array[][] {
  return Array.from({ length: ROUNDS }, (_, r) => signRoundRobin(accounts, { chainId: CHAIN_ID, firstSequence: BigInt(r), rounds: 1, accountNumberOf }));
}

/** The solo driver under the same load: the same-run baseline. */
async function soloBaseline(accounts: BenchAccount[]): Promise<Summary> {
  const bh = makeBenchHome({ chainId: CHAIN_ID, accounts, timeoutCommitMs: TIMEOUT_COMMIT_MS, mempoolSize: ACCOUNTS + 1000, blockMaxGas: BLOCK_MAX_GAS });
  const node = await spawnNode(bh.home);
  try {
    return await runRounds({ rpcUrls: [node.rpcUrl], cpuSeconds: () => node.cpuSeconds() }, node.rpcUrl, signRounds(accounts, (a) => accountNumberOf(bh, a)), "testnet_send_solo_round");
  } finally {
    await node.stop();
    bh.remove();
  }
}

/** Sets `section.key` (or a top-level `key`) in a config.toml's text, replacing the key if present. */
function setTomlKey(toml: string, path: string, value: string): string {
  const dot = path.indexOf(".");
  const [section, key] = dot < 0 ? ["", path] : [path.slice(0, dot), path.slice(dot + 1)];
  const lines = toml.split("\n");
  let start = section === "" ? 0 : lines.findIndex((l) => l.trim() === `[${section}]`) + 1;
  if (start === 0 && section !== "") {
    lines.push("", `[${section}]`);
    start = lines.length;
  }
  let end = lines.findIndex((l, i) => i >= start && /^\s*\[/.test(l));
  if (end < 0) end = lines.length;
  const at = lines.findIndex((l, i) => i >= start && i < end && new RegExp(`^\\s*${key}\\s*=`).test(l));
  if (at >= 0) lines[at] = `${key} = ${value}`;
  else lines.splice(start, 0, `${key} = ${value}`);
  return lines.join("\n");
}

function applyCometOverrides(cometHome: string, index: number): void {
  if (COMET_SET === "") return;
  let toml = readFileSync(cometConfigPath(cometHome), "utf8");
  for (const entry of COMET_SET.split(";").filter((e) => e.trim() !== "")) {
    const eq = entry.indexOf("=");
    if (eq < 0) throw new Error(`BENCH_COMET_SET entry ${JSON.stringify(entry)}: expected section.key=value`);
    toml = setTomlKey(toml, entry.slice(0, eq).trim(), entry.slice(eq + 1).trim().replaceAll("{i}", String(index)));
  }
  writeFileSync(cometConfigPath(cometHome), toml);
}

async function network(accounts: BenchAccount[]): Promise<Summary & { rssMiB: number; appCpuS: number; cometCpuS: number }> {
  const dir = mkdtempSync(join(tmpdir(), "trib-bench-net-"));
  const numbers = new Map<string, bigint>();
  const manifest = await initTestnet({
    ...TESTNET_DEFAULTS,
    outputDir: dir,
    chainId: CHAIN_ID,
    validators: VALIDATORS,
    basePort: await findFreePortBlock(10 * VALIDATORS),
    timeoutCommit: `${TIMEOUT_COMMIT_MS}ms`,
    devAccounts: false,
    cometLogLevel: COMET_LOG_LEVEL,
    editGenesis: (doc) => {
      fundAccounts(doc, accounts);
      doc.consensus_params.block.max_gas = BLOCK_MAX_GAS.toString();
      for (const a of (doc.app_state as { auth: { accounts: { address: string; account_number: string }[] } }).auth.accounts) numbers.set(a.address, BigInt(a.account_number));
    },
  });
  for (const n of manifest.nodes) {
    const config = loadNodeConfig(n.home);
    config.minimum_gas_prices = "";
    config.log_level = "warn";
    writeNodeConfig(n.home, config);
    applyCometOverrides(n.cometHome, manifest.nodes.indexOf(n));
  }
  const net = await startTestnet(dir, { waitHeight: 2n, timeoutMs: 120_000 });
  const pids = () => net.nodes.flatMap((n) => [n.app?.child.pid, n.comet?.child.pid]).filter((p): p is number => p !== undefined);
  try {
    const target: SendTarget = { rpcUrls: net.nodes.map((n) => n.rpc), cpuSeconds: () => pids().reduce((s, p) => s + procCpuSeconds(p), 0) };
    const cpuOf = (pick: (n: (typeof net.nodes)[number]) => number | undefined) => net.nodes.reduce((s, n) => s + procCpuSeconds(pick(n) ?? -1), 0);
    // Per round, which side the CPU went to: the apps (ABCI) or CometBFT (RPC, P2P, consensus, indexer).
    let last = { app: cpuOf((n) => n.app?.child.pid), comet: cpuOf((n) => n.comet?.child.pid) };
    const splitCpu = (round: number) => {
      const now = { app: cpuOf((n) => n.app?.child.pid), comet: cpuOf((n) => n.comet?.child.pid) };
      emit("testnet_send_round_cpu", { round, apps_cpu_s: now.app - last.app, cometbft_cpu_s: now.comet - last.comet });
      last = now;
    };
    const summary = await runRounds(target, net.nodes[0]!.rpc, signRounds(accounts, (a) => numbers.get(a.address)!), "testnet_send_round", splitCpu);
    const rssMiB = pids().reduce((s, p) => s + procStatusKiB(p, "VmHWM"), 0) / 1024;
    // Where the network's CPU went over the whole run (all rounds, start-up included).
    const appCpuS = cpuOf((n) => n.app?.child.pid);
    const cometCpuS = cpuOf((n) => n.comet?.child.pid);
    return { ...summary, rssMiB, appCpuS, cometCpuS };
  } finally {
    await net.stop();
    if (KEEP_DIR) note(`kept the network's homes and logs in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  note(`deriving ${ACCOUNTS} accounts`);
  const accounts = deriveAccounts(ACCOUNTS);
  const solo = SOLO ? await soloBaseline(accounts) : undefined;
  const net = await network(accounts);
  emit("testnet_send", {
    validators: VALIDATORS,
    committed_tx_per_s: net.txPerS,
    p50_ms: net.p50,
    p99_ms: net.p99,
    lost_total: net.lost,
    network_peak_rss_mib_sum: net.rssMiB,
    apps_cpu_s_total: net.appCpuS,
    cometbft_cpu_s_total: net.cometCpuS,
    solo_committed_tx_per_s: solo?.txPerS ?? null,
    solo_p50_ms: solo?.p50 ?? null,
    solo_p99_ms: solo?.p99 ?? null,
    network_over_solo: solo ? net.txPerS / solo.txPerS : null,
    rounds: ROUNDS,
    txs_per_round: ACCOUNTS,
    concurrency: CONCURRENCY,
    timeout_commit_ms: TIMEOUT_COMMIT_MS,
  });
  closeRpcConnections();
}

await main();
