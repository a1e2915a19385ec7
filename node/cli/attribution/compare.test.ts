import { describe, expect, it } from "vitest";
import type { AttributionRecord } from "../../../modules/attribution/types.ts";
import { firstRecordDifference } from "./compare.ts";

const A = "trib1qyqszqgpqyqszqgpqyqszqgpqyqszqgpjnp7du";
const B = "trib1qgpqyqszqgpqyqszqgpqyqszqgpqyqszyt2jtd";

function record(): AttributionRecord {
  return {
    id: 7n, submitter: A, manifest: [{ datanetId: 1n, version: 2n }], outputHash: new Uint8Array(32).fill(9),
    output: "some output text", prompt: "", tokens: 40, totalPoints: 40n * 65536n,
    contributors: [{ contributor: A, points: 1000n, amount: 0n }, { contributor: B, points: 500n, amount: 0n }],
    contributions: [{ contributionId: 3n, contributor: A, points: 1000n }, { contributionId: 5n, contributor: B, points: 500n }],
    residual: 40n * 65536n - 1500n,
    residualParts: { unmatched: 100n, echo: 0n, generic: 0n, deleted: 0n, specificity: 40n * 65536n - 1600n, unpaid: 0n },
    fee: undefined, remainder: 0n, paramsVersion: 1, height: 12n,
  };
}

describe("firstRecordDifference (attribution verify)", () => {
  it("finds no difference between equal records", () => {
    expect(firstRecordDifference(record(), record())).toBeUndefined();
  });

  it("names the one changed field with both values, for every kind of field", () => {
    const cases: [(r: AttributionRecord) => void, string][] = [
      [(r) => (r.contributors[1]!.points = 501n), 'contributors[1].points: chain "500", recomputed "501"'],
      [(r) => (r.contributions[0]!.contributionId = 4n), 'contributions[0].contribution_id: chain "3", recomputed "4"'],
      [(r) => (r.residualParts.unmatched = 99n), 'residual_parts.unmatched: chain "100", recomputed "99"'],
      [(r) => (r.outputHash = new Uint8Array(32)), `output_hash: chain "${"09".repeat(32)}", recomputed "${"00".repeat(32)}"`],
      [(r) => (r.paramsVersion = 2), "params_version: chain 1, recomputed 2"],
      [(r) => r.contributions.pop(), 'contributions[1]: chain {"contribution_id":"5","contributor":"' + B + '","points":"500"}, recomputed (absent)'],
      [(r) => (r.fee = { denom: "utrib", amount: 10n }), 'fee: chain "", recomputed "10utrib"'],
      [(r) => (r.manifest[0]!.version = 1n), 'manifest[0]: chain "1:2", recomputed "1:1"'],
    ];
    for (const [change, expected] of cases) {
      const r = record();
      change(r);
      expect(firstRecordDifference(record(), r)).toBe(expected);
    }
  });

  it("reports the first difference in field order when several differ", () => {
    const r = record();
    r.tokens = 41;
    r.residual = 1n;
    expect(firstRecordDifference(record(), r)).toBe("tokens: chain 40, recomputed 41");
  });
});
