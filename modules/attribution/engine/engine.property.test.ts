import { describe, expect, it } from "vitest";
import { attribute } from "./attribute.ts";
import { makeParams, PARAMS_V1, PARAMS_V2 } from "./params.ts";
import { referenceAttribute } from "./reference.ts";
import { randomCase, randomParams, SMALL } from "../../../test/support/attributionCorpora.ts";
import { Rng } from "../../../test/support/rng.ts";

function summary(runs: { credited: number; generic: number; echo: number; deleted: number; unpaid: number; truncated: number }): string {
  return JSON.stringify(runs);
}

describe("engine == reference (plain scan) on random manifests", () => {
  it("agrees exactly on 3,000 small random cases with random parameter sets", () => {
    const rng = new Rng(424242);
    const seen = { credited: 0, generic: 0, echo: 0, deleted: 0, unpaid: 0, truncated: 0 };
    for (let iter = 0; iter < 3000; iter++) {
      const params = randomParams(rng);
      const c = randomCase(rng, SMALL, params);
      const got = attribute(c.engine, c.params);
      const want = referenceAttribute(c.reference, c.params);
      expect(got, `case ${iter}`).toEqual(want);
      expect(got.contributors.reduce((s, x) => s + x.points, 0) + got.residual).toBe(got.totalPoints);
      if (got.contributors.length > 0) seen.credited++;
      if (got.residualParts.generic > 0) seen.generic++;
      if (got.residualParts.echo > 0) seen.echo++;
      if (got.residualParts.deleted > 0) seen.deleted++;
      if (got.residualParts.unpaid > 0) seen.unpaid++;
      if (c.engine.corpora[0]!.output.length > got.tokens) seen.truncated++;
    }
    // Every rule must actually be exercised, or agreement proves little.
    for (const [rule, count] of Object.entries(seen)) expect(count, `${rule} in ${summary(seen)}`).toBeGreaterThan(100);
  });

  it("agrees on 300 cases with ids spread up to 2^31 (no first-token table: searches span the whole suffix array)", () => {
    const rng = new Rng(31337);
    const shape = { ...SMALL, sparseIds: true };
    let withoutTable = 0;
    for (let iter = 0; iter < 300; iter++) {
      const params = randomParams(rng);
      const c = randomCase(rng, shape, params);
      for (const x of c.engine.corpora) withoutTable += x.index.segments.filter((s) => s.firstTokenStart.length === 0).length;
      expect(attribute(c.engine, params), `case ${iter}`).toEqual(referenceAttribute(c.reference, params));
    }
    expect(withoutTable).toBeGreaterThan(500);
  });

  it("agrees on 150 larger cases with parameter sets 1 and 2 (long spans, NMAX 64)", () => {
    const rng = new Rng(99);
    const shape = { corpora: [1, 2] as [number, number], segments: [1, 3] as [number, number], docs: [1, 5] as [number, number], docLength: [20, 120] as [number, number], universe: [2, 4, 30], contributors: 6, outputLength: [60, 160] as [number, number], copyRun: [10, 80] as [number, number], noise: 5 };
    const params = [PARAMS_V1, PARAMS_V2, makeParams({ lMax: 100, occCap: 3 })];
    let credited = 0;
    for (let iter = 0; iter < 150; iter++) {
      const p = params[iter % 3]!;
      const c = randomCase(rng, shape, p);
      const got = attribute(c.engine, p);
      expect(got, `case ${iter}`).toEqual(referenceAttribute(c.reference, p));
      if (got.spans.some((s) => s.length > 32 && s.contributors.length > 0)) credited++;
    }
    expect(credited).toBeGreaterThan(20);
  });
});
