import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computeGolden, GOLDEN_INPUTS, type GoldenInputs } from "./gen/goldenCases.ts";

const golden = JSON.parse(readFileSync(join(import.meta.dirname, "golden.json"), "utf8")) as {
  inputs: GoldenInputs;
  outputs: Record<string, unknown>;
};

describe("golden vectors (golden.json)", () => {
  const outputs = computeGolden(golden.inputs);
  for (const section of Object.keys(golden.outputs).sort()) {
    it(`${section}: the code reproduces the committed outputs`, () => {
      expect(outputs[section], "text rules changed: this forks the chain; bump TEXT_RULES_VERSION and regenerate golden.json").toEqual(golden.outputs[section]);
    });
  }

  it("golden.json holds the inputs the generator uses", () => {
    expect(golden.inputs).toEqual(JSON.parse(JSON.stringify(GOLDEN_INPUTS)));
  });
});
