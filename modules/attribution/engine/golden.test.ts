import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computeGolden, GOLDEN_INPUTS, type GoldenInputs } from "./gen/goldenCases.ts";

const golden = JSON.parse(readFileSync(join(import.meta.dirname, "golden.json"), "utf8")) as { inputs: GoldenInputs; outputs: Record<string, unknown> };
const FORK = "consensus results changed: this forks the chain. If intended, release a new params version or index format and regenerate (npx tsx modules/attribution/engine/gen/generateGolden.ts)";

describe("golden vectors (golden.json)", () => {
  const outputs = JSON.parse(JSON.stringify(computeGolden(golden.inputs))) as Record<string, unknown>;
  for (const section of Object.keys(golden.outputs).sort()) {
    it(`${section}: the code reproduces the committed results`, () => {
      expect(outputs[section], FORK).toEqual(golden.outputs[section]);
    });
  }

  it("golden.json holds the inputs the generator uses", () => {
    expect(golden.inputs).toEqual(JSON.parse(JSON.stringify(GOLDEN_INPUTS)));
  });

  it("the vectors exercise every residual cause and both kinds of match", () => {
    const outs = golden.outputs.outputs as { residualParts: Record<string, number>; contributors: unknown[] }[];
    for (const cause of ["unmatched", "echo", "generic", "deleted", "specificity", "unpaid"]) {
      expect(outs.some((o) => o.residualParts[cause] > 0), cause).toBe(true);
    }
    expect(outs.filter((o) => o.contributors.length > 1).length).toBeGreaterThan(1);
  });
});
