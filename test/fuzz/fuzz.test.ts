/**
 * The small fuzz run of CI: the same targets and properties as `make fuzz` (test/fuzz/README.md)
 * on ~1,500 cases with a fixed seed (FUZZ_SEED overrides it), so a change that lets a hostile
 * input crash a handler, change state on refusal or answer a 5xx fails the suite.
 */
import { afterAll, describe, expect, it } from "vitest";
import { runFuzz } from "./runner.ts";
import { TARGETS, closeTargets } from "./targets/index.ts";

const SEED = BigInt(process.env.FUZZ_SEED ?? 20261207);
const COUNTS = { msgs: 500, tx: 300, onnx: 200, genesis: 200, http: 300 };

afterAll(() => closeTargets());

describe("fuzz (CI size)", () => {
  it(`${Object.values(COUNTS).reduce((a, b) => a + b)} cases, seed ${SEED}: no crash, every refusal with a code and a message, nothing changed on refusal, blocks still produced`, { timeout: 180_000 }, async () => {
    const { tally, ms } = await runFuzz(TARGETS, { seed: SEED, counts: COUNTS });
    const report = tally.format(SEED, ms);
    console.log(report);
    expect(tally.total).toBe(Object.values(COUNTS).reduce((a, b) => a + b));
    // Every target ran every case and some cases got through: a fuzzer whose every input is
    // refused at decode would pass vacuously.
    for (const [name, n] of Object.entries(COUNTS)) expect(tally.perTarget.get(name)?.cases, name).toBe(n);
    for (const name of ["msgs", "tx", "genesis"]) expect(tally.perTarget.get(name)!.accepted, `${name} accepted`).toBeGreaterThan(0);
    expect(tally.failures, report).toEqual([]);
  });
});
