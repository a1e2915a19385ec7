/**
 * `make fuzz`: FUZZ_CASES (default 100,000) cases split across the targets (SPLIT), or one case
 * with FUZZ_SEED, FUZZ_TARGET and FUZZ_CASE. Exits non-zero on any failure.
 */
import { runFuzz } from "./runner.ts";
import { TARGETS, closeTargets } from "./targets/index.ts";

/** Share of the cases per target (sums to 1). */
export const SPLIT: Record<string, number> = { msgs: 0.4, tx: 0.2, onnx: 0.1, genesis: 0.1, http: 0.2 };

function counts(total: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, share] of Object.entries(SPLIT)) out[k] = Math.round(total * share);
  return out;
}

async function main(): Promise<void> {
  const seed = BigInt(process.env.FUZZ_SEED ?? Date.now());
  const total = Number(process.env.FUZZ_CASES ?? 100_000);
  const only = process.env.FUZZ_CASE !== undefined ? Number(process.env.FUZZ_CASE) : undefined;
  const onlyTarget = process.env.FUZZ_TARGET;
  let c = counts(total);
  if (onlyTarget) c = { [onlyTarget]: only !== undefined ? 1 : c[onlyTarget] ?? total };
  console.log(`fuzz: seed ${seed}, cases ${JSON.stringify(c)}${only !== undefined ? `, only case ${only}` : ""}`);
  const { tally, ms } = await runFuzz(TARGETS, { seed, counts: c, only, log: (l) => console.log(l) });
  await closeTargets();
  console.log(tally.format(seed, ms));
  process.exitCode = tally.failures.length > 0 ? 1 : 0;
}

await main();
