import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computeGolden, GOLDEN_FILES, type GoldenInputs } from "./gen/goldenCases.ts";

const FORK = "consensus results changed: this forks the chain. If intended, release a new params version or index format and regenerate (npx tsx modules/attribution/engine/gen/generateGolden.ts)";

interface GoldenOutput {
  name: string;
  paramsVersion: number;
  residualParts: Record<string, number>;
  contributors: { contributor: number; points: number }[];
}

const load = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, file), "utf8")) as { inputs: GoldenInputs; outputs: Record<string, unknown> };

for (const { file, inputs } of GOLDEN_FILES) {
  describe(`golden vectors (${file})`, () => {
    const golden = load(file);
    const outputs = JSON.parse(JSON.stringify(computeGolden(golden.inputs))) as Record<string, unknown>;
    for (const section of Object.keys(golden.outputs).sort()) {
      it(`${section}: the code reproduces the committed results`, () => {
        expect(outputs[section], FORK).toEqual(golden.outputs[section]);
      });
    }

    it(`${file} holds the inputs the generator uses`, () => {
      expect(golden.inputs).toEqual(JSON.parse(JSON.stringify(inputs)));
    });

    it("the vectors exercise every residual cause and both kinds of match", () => {
      const outs = golden.outputs.outputs as GoldenOutput[];
      for (const cause of ["unmatched", "echo", "generic", "deleted", "specificity", "unpaid"]) {
        expect(outs.some((o) => o.residualParts[cause]! > 0), cause).toBe(true);
      }
      expect(outs.filter((o) => o.contributors.length > 1).length).toBeGreaterThan(1);
    });
  });
}

describe("golden vectors across released sets", () => {
  const v1 = load("golden.json").outputs.outputs as GoldenOutput[];
  const v2 = load("golden.v2.json").outputs.outputs as GoldenOutput[];

  it("each file pins its own version, and v2 changes the credit of the same outputs", () => {
    expect(new Set(v1.map((o) => o.paramsVersion))).toEqual(new Set([1, 0]));
    expect(new Set(v2.map((o) => o.paramsVersion))).toEqual(new Set([2, 0]));
    const changed = v1.filter((o, i) => o.paramsVersion === 1 && JSON.stringify(o.contributors) !== JSON.stringify(v2[i]!.contributors));
    expect(changed.length).toBeGreaterThan(0);
  });
});
