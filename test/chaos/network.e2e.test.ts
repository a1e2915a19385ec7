/**
 * The CI-sized chaos run of a real 4-validator CometBFT network under load (networkChaos.ts;
 * `make chaos-net` runs the full one): two SIGKILL/restarts, a SIGSTOP, an app restarted under
 * its running CometBFT, a node cut off in a network namespace (required here: run as root),
 * and two validators down at once. One run in beforeAll; each test checks one property of it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type ChaosNetReport, runNetworkChaos } from "./networkChaos.ts";

/** Longest time without a block while ≥ 3 of 4 validators were up, on a loaded 2-core machine. */
const STALL_BOUND_MS = 15_000;
let report: ChaosNetReport;

beforeAll(async () => {
  report = await runNetworkChaos({
    kills: 2,
    downMs: [1_000, 3_000],
    pauseMs: 4_000,
    partitionMs: 4_000,
    twoDownMs: 4_000,
    appRestarts: 1,
    loadAccounts: 4,
    timeoutCommit: "500ms",
    netns: "required",
    catchUpTimeoutMs: 90_000,
    log: (line) => console.log(`[chaos-net] ${line}`),
  });
}, 240_000);

describe("a 4-validator network under load and chaos", () => {
  it("went through every disruption: kills, a pause, an app restart, a partition and a halt", () => {
    const kinds = report.events.map((e) => e.kind);
    expect(kinds.filter((k) => k === "kill")).toHaveLength(2);
    expect(kinds).toEqual(expect.arrayContaining(["pause", "app-restart", "partition", "two-down"]));
    expect(report.partitionSkipped).toBeUndefined();
    // Each disrupted node came back (its vote in a later commit: networkEvents.ts catchUp), in time.
    for (const e of report.events) expect(e.catchUpMs, `${e.kind} ${e.nodes.join("+")}`).toBeLessThan(90_000);
  });

  it("kept producing blocks whenever ≥ 3 of 4 validators were up, and halted with 2 down", () => {
    expect(report.longestStall.ms, `longest stall in phase "${report.longestStall.phase}"`).toBeLessThan(STALL_BOUND_MS);
    const halt = report.events.find((e) => e.kind === "two-down")!;
    expect(halt.blocksWhileOut, halt.note).toBe(0);
    // The cut node stood still (asked from inside its namespace), unreachable, while the rest went on.
    const cut = report.events.find((e) => e.kind === "partition")!;
    expect(cut.blocksWhileOut, cut.note).toBe(0);
    expect(cut.note).toMatch(/unreachable from the host/);
    expect(BigInt(cut.heightAfter) > BigInt(cut.heightBefore), cut.note).toBe(true);
  });

  it("CometBFT exits when its app goes away, and the node catches up once both are restarted", () => {
    const e = report.events.find((x) => x.kind === "app-restart")!;
    expect(e.note).toMatch(/CometBFT exited by itself .*Did the application crash\? Please restart CometBFT/);
    expect(e.note).toMatch(/started CometBFT again/);
  });

  it("every node has the same block hash and app hash at every height (no fork)", () => {
    expect(report.finalHeight).toBeGreaterThan(20);
    expect(report.disagreements).toEqual([]);
    expect(report.consensusFailures).toEqual([]);
  });

  it("every confirmed tx (sends and datanet contributions) is in every node's blocks, and in its tx index with the same result", () => {
    // Most succeed; a failure in a block is a tx whose sequence a resent twin took first.
    expect(report.load.okByKind.send, JSON.stringify(report.load.firstFailure)).toBeGreaterThan(10);
    expect(report.load.okByKind.contribute, JSON.stringify(report.load.firstFailure)).toBeGreaterThan(0);
    expect(report.load.byKind["create-datanet"]).toBe(1);
    expect(report.missing).toEqual([]);
    // Only the kv index of a block committed just before a SIGKILL may lack its txs (CometBFT
    // indexes after the commit); the txs are in that node's blocks all the same (checked above).
    if (report.indexGapsAtCrashes.length > 0) console.log(`[chaos-net] tx-index gaps at crashes (CometBFT, known):\n  ${report.indexGapsAtCrashes.join("\n  ")}`);
  });

  it("on every node the total supply equals the sum of all balances, and the nodes agree", () => {
    for (const s of report.supply) {
      expect(s.accounts).toBeGreaterThan(8);
      expect(s.balances).toEqual(s.supply);
      expect(BigInt(s.supply.utrib ?? 0)).toBeGreaterThan(0n);
    }
    expect(new Set(report.supply.map((s) => JSON.stringify(s.supply))).size).toBe(1);
  });
});
