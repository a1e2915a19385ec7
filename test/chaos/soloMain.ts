/**
 * `make chaos-solo`: the solo chaos run from the command line (default 100 kills), progress on
 * stderr, the report as JSON on stdout; exit 1 on any problem.
 * Usage: npx tsx test/chaos/soloMain.ts [--kills N] [--seed S]
 */
import { runSoloChaos } from "./soloRun.ts";

function flag(name: string, fallback?: number): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isSafeInteger(v) || v < 0) throw new Error(`--${name} needs a non-negative integer, got ${JSON.stringify(process.argv[i + 1])}`);
  return v;
}

const report = await runSoloChaos({ kills: flag("kills", 100)!, seed: flag("seed"), log: (l) => process.stderr.write(`[chaos-solo ${new Date().toISOString().slice(11, 19)}] ${l}\n`) });
process.stdout.write(`${JSON.stringify(report, (_k, v) => (typeof v === "bigint" ? v.toString() : v), 2)}\n`);
process.exit(report.problems.length === 0 ? 0 : 1);
