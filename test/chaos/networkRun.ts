/**
 * `make chaos-net`: the full chaos run of the 4-validator network (networkChaos.ts), with a
 * progress line per event and the report as JSON at the end; exits 1 when a check failed.
 * Env: CHAOS_NET_KILLS (20), CHAOS_NET_PAUSE_S (30), CHAOS_NET_PARTITION_S (30),
 * CHAOS_NET_TWO_DOWN_S (10), CHAOS_NET_APP_RESTARTS (4), CHAOS_NET_ACCOUNTS (8),
 * CHAOS_NET_STALL_BOUND_S (10), CHAOS_NET_SEED (from the clock; printed in the report, it repeats
 * the event choices and the load's picks, not the timing).
 */
import { runNetworkChaos } from "./networkChaos.ts";

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const stallBoundMs = env("CHAOS_NET_STALL_BOUND_S", 10) * 1000;

const report = await runNetworkChaos({
  kills: env("CHAOS_NET_KILLS", 20),
  downMs: [1_000, 6_000],
  pauseMs: env("CHAOS_NET_PAUSE_S", 30) * 1000,
  partitionMs: env("CHAOS_NET_PARTITION_S", 30) * 1000,
  twoDownMs: env("CHAOS_NET_TWO_DOWN_S", 10) * 1000,
  appRestarts: env("CHAOS_NET_APP_RESTARTS", 4),
  loadAccounts: env("CHAOS_NET_ACCOUNTS", 8),
  timeoutCommit: "500ms",
  netns: "optional",
  catchUpTimeoutMs: 180_000,
  seed: process.env.CHAOS_NET_SEED === undefined ? undefined : Number(process.env.CHAOS_NET_SEED),
  log: (line) => console.log(`[chaos-net] ${line}`),
});
if (report.partitionSkipped) console.log(`[chaos-net] SKIPPED the network partition: ${report.partitionSkipped}`);
console.log(JSON.stringify(report, (_, v) => (typeof v === "bigint" ? v.toString() : v), 2));

const failures = [
  ...report.disagreements,
  ...report.missing,
  ...report.consensusFailures,
  ...report.supply.filter((s) => JSON.stringify(s.supply) !== JSON.stringify(s.balances)).map((s) => `supply ${JSON.stringify(s.supply)} ≠ balances ${JSON.stringify(s.balances)} at ${s.height}`),
  ...(report.longestStall.ms > stallBoundMs ? [`longest stall with ≥ 3 up was ${report.longestStall.ms} ms (${report.longestStall.phase}), over the ${stallBoundMs} ms bound`] : []),
  ...report.events.filter((e) => e.kind === "two-down" && e.blocksWhileOut !== 0).map((e) => `the chain made ${e.blocksWhileOut} blocks with 2 of 4 validators down`),
  ...report.events.filter((e) => e.kind === "partition" && (e.blocksWhileOut !== 0 || !/unreachable from the host/.test(e.note ?? ""))).map((e) => `the cut-off node was not isolated: ${e.note}`),
];
if (report.indexGapsAtCrashes.length > 0) console.log(`[chaos-net] tx-index gaps at crash heights (CometBFT indexes after commit; the txs are in the blocks): ${report.indexGapsAtCrashes.length}`);
console.log(`[chaos-net] ${report.events.length} events in ${(report.durationMs / 1000).toFixed(0)} s; longest stall with ≥ 3 of 4 up: ${report.longestStall.ms} ms (${report.longestStall.phase}); final height ${report.finalHeight}; ${report.load.confirmed} txs confirmed`);
if (failures.length > 0) {
  console.error(`[chaos-net] FAILED:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log("[chaos-net] every check passed");
