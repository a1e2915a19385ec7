/**
 * App-hash golden vectors: the golden script (every routed message type, failing txs, empty
 * blocks, validator downtime, ~300 blocks) replayed on a fresh App must give the pinned app
 * hash, tx codes and gas at every height. A change that moves any of them changes consensus
 * and must come as a new rules version with its own vectors (README.md beside this file).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createModules } from "../../modules/index.ts";
import type { GoldenRun } from "./script.ts";
import { PINNED_RULES_VERSIONS } from "./rulesVersions.ts";
import { runGoldenScript } from "./script.ts";
import { type VectorFile, decideWrite, firstDifference, readVectors, toVectors, vectorPath } from "./vectors.ts";


describe("app-hash golden vectors", () => {
  // Version 1's run (the v0.1.0 genesis) also feeds the script checks below.
  let run: GoldenRun;
  let got: VectorFile;
  const gotByVersion = new Map<number, VectorFile>();
  beforeAll(async () => {
    for (const v of PINNED_RULES_VERSIONS) {
      const r = await runGoldenScript(v);
      gotByVersion.set(v, toVectors(r, v));
      if (v === 1) run = r;
    }
    got = gotByVersion.get(1)!;
  }, 300_000);

  for (const v of PINNED_RULES_VERSIONS) {
    it(`every height matches the pinned vectors of rules version ${v}`, () => {
      const pinned = readVectors(v);
      if (pinned === undefined) expect.fail(`${vectorPath(v)} is missing: generate it with npx tsx test/golden/generate.ts --rules ${v} (make golden) and commit it`);
      const difference = firstDifference(pinned, gotByVersion.get(v)!);
      if (difference !== undefined) expect.fail(difference);
    });
  }

  it("each rules version's run differs from version 1's (the versions pin different rules)", () => {
    for (const v of PINNED_RULES_VERSIONS.filter((x) => x !== 1)) expect(gotByVersion.get(v)!.heights.at(-1)!.appHash).not.toBe(got.heights.at(-1)!.appHash);
  });

  it("exercises every message type the router registers", () => {
    const routed = createModules().modules.flatMap((m) => (m.msgs ?? []).map((h) => h.typeUrl));
    expect(routed.length).toBeGreaterThan(25);
    const txs = run.blocks.flatMap((b) => b.txs);
    // Governance-only messages (signed by the gov account) succeed only inside a passed proposal.
    const succeeded = new Set([...txs.filter((t) => t.code === 0).flatMap((t) => t.typeUrls), ...run.govExecuted]);
    const missing = routed.filter((u) => !succeeded.has(u));
    if (missing.length > 0) {
      expect.fail(`the golden script does not exercise ${missing.join(", ")}: add them to test/golden/phases*.ts (a successful tx, or a passed proposal, each) and regenerate the vectors as test/golden/README.md says`);
    }
  });

  it("includes failing txs (bad signature, wrong sequence, insufficient funds, out of gas), empty blocks and a few hundred heights", () => {
    const txs = run.blocks.flatMap((b) => b.txs);
    const sdkCodes = new Set(txs.filter((t) => t.codespace === "sdk").map((t) => t.code));
    // 4 unauthorized (signature), 32 wrong sequence, 5 insufficient funds, 11 out of gas.
    for (const code of [4, 32, 5, 11]) expect(sdkCodes, `sdk code ${code}`).toContain(code);
    expect(run.blocks.filter((b) => b.height > 0n && b.txs.length === 0).length).toBeGreaterThan(50);
    expect(run.blocks.length).toBeGreaterThanOrEqual(300);
  });

  it("a departure names the first differing height, its txs and the rules-version hint", () => {
    const tampered = structuredClone(got);
    const h = tampered.heights.find((x) => x.txs.some((t) => t.label.startsWith("greedy inference")))!;
    const i = h.txs.findIndex((t) => t.label.startsWith("greedy inference"));
    h.txs[i]!.gasUsed += 1;
    tampered.heights[h.height + 1]!.appHash = "00".repeat(32);
    const message = firstDifference(tampered, got)!;
    expect(message).toContain(`app hash differs first at height ${h.height} (the app hash agrees; tx results differ)`);
    expect(message).toContain(`tx ${i} "${h.txs[i]!.label}": pinned code 0, gas_used ${h.txs[i]!.gasUsed}, got code 0, gas_used ${h.txs[i]!.gasUsed - 1}`);
    expect(message).toContain("a consensus change must be a new rules version selected by height, with its own vectors");
    const written = structuredClone(got);
    written.heights[5]!.appHash = "22".repeat(32);
    written.heights[5]!.writes.bank = "00000000";
    const writeMessage = firstDifference(written, got)!;
    expect(writeMessage).toContain("app hash differs first at height 5:");
    expect(writeMessage).toContain(`modules whose writes in this block differ: bank (pinned 00000000, got ${got.heights[5]!.writes.bank})`);
    expect(writeMessage).toContain("every tx's code and gas_used are as pinned: what moved is a write");
    expect(firstDifference({ ...got, genesisSha256: "00" }, got)).toMatch(/^the golden genesis changed/);
    expect(firstDifference({ ...got, heights: got.heights.slice(0, 100) }, got)).toMatch(/script changed length/);
  });

  it("the generator writes a missing file, leaves an equal one and refuses to overwrite a different one without --update", () => {
    const tampered = structuredClone(got);
    tampered.heights[7]!.appHash = "11".repeat(32);
    expect(decideWrite(undefined, got, false)).toMatchObject({ write: true, exitCode: 0 });
    expect(decideWrite(got, got, false)).toMatchObject({ write: false, exitCode: 0 });
    const refused = decideWrite(tampered, got, false);
    expect(refused).toMatchObject({ write: false, exitCode: 1 });
    expect(refused.message).toMatch(/refusing to overwrite[\s\S]*height 7/);
    expect(decideWrite(tampered, got, true)).toMatchObject({ write: true, exitCode: 0 });
  });
});
