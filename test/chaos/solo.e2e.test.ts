/**
 * The CI-sized solo chaos run (`make chaos-solo` runs 100 kills): a node process under mixed
 * load (sends, contributions, publishes, paid inferences) SIGKILLed a handful of times at crash
 * points inside Commit and index building and at wall-clock moments. After each kill the state
 * is whole (invariants, supply = balances, root = recorded app hash), after each restart the
 * confirmed txs come back with the same results and the height continues, and the whole chain
 * replays into a fresh app with the same app hash at every height. See test/chaos/README.md.
 */
import { describe, expect, it } from "vitest";
import { runSoloChaos } from "./soloRun.ts";

describe("solo chaos", () => {
  it("survives SIGKILLs inside Commit, inside index building and at random moments under mixed load", { timeout: 420_000 }, async () => {
    const lines: string[] = [];
    const report = await runSoloChaos({ kills: 6, log: (l) => lines.push(l) });
    const context = `seed ${report.seed}:\n${lines.join("\n")}`;
    expect(report.problems, context).toEqual([]);
    expect(report.kills).toBe(6);
    expect(report.txsConfirmed, context).toBeGreaterThan(0);
    expect((report.byKind.inference ?? 0) + (report.byKind.contribute ?? 0), context).toBeGreaterThan(0);
    expect(report.replay?.mismatches).toEqual([]);
    expect(report.replay!.heights).toBeGreaterThan(20);
    expect(report.txChecks).toBeGreaterThanOrEqual(report.txsConfirmed);
  });
});
