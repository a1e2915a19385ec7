/**
 * Writes the golden vectors of the current rules version: `npx tsx test/golden/generate.ts`
 * (or `make golden`). An existing file is only compared, never overwritten, unless `--update`
 * is given: regenerating a released version's vectors would hide the consensus change they
 * exist to catch (test/golden/README.md says when `--update` is right).
 */
import { PINNED_RULES_VERSIONS } from "./rulesVersions.ts";
import { runGoldenScript } from "./script.ts";
import { CURRENT_RULES_VERSION, GENERATE_COMMAND, decideWrite, readVectors, toVectors, writeVectors } from "./vectors.ts";

async function main(argv: string[]): Promise<number> {
  const usage = `usage: ${GENERATE_COMMAND} [--rules <version>] [--update]`;
  const rulesAt = argv.indexOf("--rules");
  const rulesVersion = rulesAt >= 0 ? Number(argv[rulesAt + 1]) : CURRENT_RULES_VERSION;
  if (!(PINNED_RULES_VERSIONS as readonly number[]).includes(rulesVersion)) {
    console.error(`--rules ${argv[rulesAt + 1]}: not a pinned rules version (${PINNED_RULES_VERSIONS.join(", ")})\n${usage}`);
    return 2;
  }
  const unknown = argv.find((a, i) => a !== "--update" && a !== "--rules" && !(rulesAt >= 0 && i === rulesAt + 1));
  if (unknown !== undefined) {
    console.error(`unknown argument ${unknown}\n${usage}`);
    return 2;
  }
  const started = performance.now();
  const got = toVectors(await runGoldenScript(rulesVersion), rulesVersion);
  const decision = decideWrite(readVectors(rulesVersion), got, argv.includes("--update"));
  if (decision.write) writeVectors(got);
  const took = `(${((performance.now() - started) / 1000).toFixed(1)} s)`;
  if (decision.exitCode === 0) console.log(`${decision.message} ${took}`);
  else console.error(decision.message);
  return decision.exitCode;
}

process.exitCode = await main(process.argv.slice(2));
