/**
 * Regenerates ../golden.json (set 1) and ../golden.v2.json (set 2) from their inputs. Run only for an intended consensus change
 * (a new params version or index format): `npx tsx modules/attribution/engine/gen/generateGolden.ts`.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { computeGolden, GOLDEN_FILES } from "./goldenCases.ts";

for (const { file: name, inputs } of GOLDEN_FILES) {
  const file = join(import.meta.dirname, "..", name);
  writeFileSync(file, JSON.stringify({ inputs, outputs: computeGolden(inputs) }, null, 1) + "\n");
  process.stderr.write(`wrote ${file}\n`);
}
