import { describe, expect, it } from "vitest";
import type { AttributionRecord } from "../../../modules/attribution/types.ts";
import { UserError } from "../errors.ts";
import { inDenom, parseFeeAmount, parseHash, parseManifestList, parseSampling, parseSplit } from "./args.ts";
import { tokenizerSummary } from "./format.ts";
import { percent, topContributors } from "./report.ts";

const refused = (f: () => unknown, re: RegExp) => {
  expect(f).toThrow(UserError);
  expect(f).toThrow(re);
};

describe("inference CLI arguments", () => {
  it("--manifest: datanet:version pairs", () => {
    expect(parseManifestList("1:2, 4:1")).toEqual([{ datanetId: 1n, version: 2n }, { datanetId: 4n, version: 1n }]);
    refused(() => parseManifestList(""), /--manifest is empty/);
    refused(() => parseManifestList("1"), /invalid --manifest entry "1": expected <datanet-id>:<version>/);
    refused(() => parseManifestList("1:0"), /invalid --manifest version "0"/);
  });

  it("--split: four basis-point shares summing to 10000", () => {
    expect(parseSplit("3000,5000,1000,1000")).toEqual({ ownerBps: 3000, dataBps: 5000, computeBps: 1000, protocolBps: 1000 });
    refused(() => parseSplit("3000,5000,1000"), /expected four basis-point shares owner,data,compute,protocol/);
    refused(() => parseSplit("3000,5000,1000,999"), /sums to 9999 basis points/);
    refused(() => parseSplit("a,b,c,d"), /invalid --split/);
  });

  it("amounts: plain or with the chain's fee denom", () => {
    expect(parseFeeAmount("1000", "--base-fee")).toEqual({ amount: "1000", denom: undefined });
    expect(inDenom(parseFeeAmount("0050utrib", "--base-fee"), "utrib", "--base-fee")).toBe("50");
    refused(() => inDenom(parseFeeAmount("5stake", "--max-fee"), "utrib", "--max-fee"), /--max-fee is in stake; this chain prices inference in utrib/);
    refused(() => parseFeeAmount("-5", "--max-fee"), /invalid --max-fee "-5"/);
  });

  it("sampling: greedy takes no k or seed; top-k defaults k 40, seed 0, bounded", () => {
    expect(parseSampling({ sampling: "greedy" })).toEqual({ mode: "GREEDY", topK: 0, seed: 0n });
    expect(parseSampling({ sampling: "top-k" })).toEqual({ mode: "TOP_K", topK: 40, seed: 0n });
    expect(parseSampling({ sampling: "top-k", topK: "3", seed: "18446744073709551615" })).toEqual({ mode: "TOP_K", topK: 3, seed: 18_446_744_073_709_551_615n });
    refused(() => parseSampling({ sampling: "greedy", topK: "3" }), /go with --sampling top-k/);
    refused(() => parseSampling({ sampling: "top-k", topK: "65" }), /--top-k must be an integer in 1..64/);
    refused(() => parseSampling({ sampling: "top-k", seed: "18446744073709551616" }), /--seed must be an integer in 0..2\^64-1/);
    refused(() => parseSampling({ sampling: "nucleus" }), /--sampling must be greedy or top-k/);
  });

  it("artifact hashes are 64 hex characters", () => {
    expect(parseHash("AB".repeat(32))).toEqual(new Uint8Array(32).fill(0xab));
    refused(() => parseHash("abc"), /expected 64 hex characters/);
  });
});

describe("request report", () => {
  const record = {
    id: 3n,
    totalPoints: 1000n,
    residual: 100n,
    contributors: [
      { contributor: "trib1b", points: 300n, amount: 30n },
      { contributor: "trib1a", points: 600n, amount: 60n },
    ],
    contributions: [
      { contributionId: 5n, contributor: "trib1a", points: 400n },
      { contributionId: 7n, contributor: "trib1b", points: 300n },
      { contributionId: 9n, contributor: "trib1a", points: 200n },
    ],
  } as unknown as AttributionRecord;

  it("lists contributors by points with their contributions, at most n", () => {
    expect(topContributors(record, 5)).toEqual([
      { contributor: "trib1a", points: 600n, amount: 60n, contributions: [5n, 9n] },
      { contributor: "trib1b", points: 300n, amount: 30n, contributions: [7n] },
    ]);
    expect(topContributors(record, 1).map((c) => c.contributor)).toEqual(["trib1a"]);
  });

  it("percentages in integer arithmetic, rounded down", () => {
    expect(percent(600n, 1000n)).toBe("60.0%");
    expect(percent(2n, 3n)).toBe("66.6%");
    expect(percent(1n, 0n)).toBe("0.0%");
  });

  it("summarises the tokenizer definition", () => {
    expect(tokenizerSummary('{"type":"bpe-bytes-v1","merges":[[3,4],[5,6]]}')).toBe("bpe-bytes-v1, 2 merges");
    expect(tokenizerSummary("not json")).toBe("8 characters");
  });
});
