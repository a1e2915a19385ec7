/**
 * Writes the golden vectors of the current rules version: `npx tsx test/golden/generate.ts`
 * (or `make golden`). An existing file is only compared, never overwritten, unless `--update`
 * is given: regenerating a released version's vectors would hide the consensus change they
 * exist to catch (test/golden/README.md says when `--update` is right).
 */
import { runGoldenScript } from "./script.ts";
import { CURRENT_RULES_VERSION, GENERATE_COMMAND, decideWrite, readVectors, toVectors, writeVectors } from "./vectors.ts";

async function main(argv: string[]): Promise<number> {
  const unknown = argv.find((a) => a !== "--update");
  if (unknown !== undefined) {
    console.error(`unknown argument ${unknown}\nusage: ${GENERATE_COMMAND} [--update]`);
    return 2;
  }
  const started = performance.now();
  const got = toVectors(await runGoldenScript(), CURRENT_RULES_VERSION);
  const decision = decideWrite(readVectors(CURRENT_RULES_VERSION), got, argv.includes("--update"));
  if (decision.write) writeVectors(got);
  const took = `(${((performance.now() - started) / 1000).toFixed(1)} s)`;
  if (decision.exitCode === 0) console.log(`${decision.message} ${took}`);
  else console.error(decision.message);
  return decision.exitCode;
}

process.exitCode = await main(process.argv.slice(2));
