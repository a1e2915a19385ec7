/**
 * Regenerates ../golden.json from GOLDEN_INPUTS. Run only for an intended consensus change
 * (a new params version or index format): `npx tsx modules/attribution/engine/gen/generateGolden.ts`.
 */
// eslint-disable-next-line no-restricted-imports -- a generator run by hand; no consensus code imports it
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { computeGolden, GOLDEN_INPUTS } from "./goldenCases.ts";

const file = join(import.meta.dirname, "..", "golden.json");
writeFileSync(file, JSON.stringify({ inputs: GOLDEN_INPUTS, outputs: computeGolden(GOLDEN_INPUTS) }, null, 1) + "\n");
process.stderr.write(`wrote ${file}\n`);
