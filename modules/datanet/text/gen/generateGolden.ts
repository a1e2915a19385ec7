/**
 * Writes modules/datanet/text/golden.json: the golden inputs of gen/goldenCases.ts and the
 * outputs the current code gives for them. Run by hand, and ONLY together with a bump of
 * TEXT_RULES_VERSION (or when adding new cases): any changed output forks the chain.
 *
 *   npx tsx modules/datanet/text/gen/generateGolden.ts
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { computeGolden, GOLDEN_INPUTS } from "./goldenCases.ts";

/** JSON with two-space indentation, but arrays of numbers and short objects kept on one line. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/\[\s+((?:-?\d+,\s+)*-?\d+)\s+\]/g, (_, inner: string) => `[${inner.replace(/,\s+/g, ", ")}]`)
    .replace(/\{\s+"hash": (\d+),\s+"pos": (\d+)\s+\}/g, '{ "hash": $1, "pos": $2 }');
}

const golden = {
  _about: "Golden vectors of modules/datanet/text for TEXT_RULES_VERSION 1. golden.test.ts recomputes `outputs` from `inputs`. " +
    "A difference forks the chain: regenerate (npx tsx modules/datanet/text/gen/generateGolden.ts) only together with a bump of TEXT_RULES_VERSION.",
  inputs: GOLDEN_INPUTS,
  outputs: computeGolden(GOLDEN_INPUTS),
};
const out = join(dirname(fileURLToPath(import.meta.url)), "..", "golden.json");
writeFileSync(out, `${stableJson(golden)}\n`);
console.log(`wrote ${out}`);
