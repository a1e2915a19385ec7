import { describe, expect, it } from "vitest";
import { toHex } from "@cosmjs/encoding";
import { sha256 } from "@noble/hashes/sha2.js";
import { ExecTxResult } from "cosmjs-types/tendermint/abci/types";
import { headerHash, lastResultsHash } from "./hashes.ts";
import { merkleRoot, partSetHeader } from "./merkle.ts";
import { precommitSignBytes } from "./signing.ts";

const sum = (s: string) => sha256(new TextEncoder().encode(s));

describe("CometBFT hashes", () => {
  it("header hash matches CometBFT's TestHeaderHash vector", () => {
    const hash = headerHash({
      version: { block: 1n, app: 2n },
      chainId: "chainId",
      height: 3n,
      time: { seconds: BigInt(Date.UTC(2019, 9, 13, 16, 14, 44) / 1000), nanos: 0 },
      lastBlockId: { hash: new Uint8Array(32), partSetHeader: { total: 6, hash: new Uint8Array(32) } },
      lastCommitHash: sum("last_commit_hash"),
      dataHash: sum("data_hash"),
      validatorsHash: sum("validators_hash"),
      nextValidatorsHash: sum("next_validators_hash"),
      consensusHash: sum("consensus_hash"),
      appHash: sum("app_hash"),
      lastResultsHash: sum("last_results_hash"),
      evidenceHash: sum("evidence_hash"),
      proposerAddress: sum("proposer_address").slice(0, 20),
    });
    expect(toHex(hash).toUpperCase()).toBe("F740121F553B5418C3EFBD343C2DBFE9E007BB67B0D020A0741374BAB65242A4");
  });

  it("precommit sign bytes match CometBFT's vote test vector (height 1, round 1, zero time, nil block)", () => {
    const zeroTime = { seconds: -62135596800n, nanos: 0 };
    const nilBlock = { hash: new Uint8Array(), partSetHeader: { total: 0, hash: new Uint8Array() } };
    const bytes = precommitSignBytes("", 1n, 1, nilBlock, zeroTime);
    expect(Array.from(bytes)).toEqual([
      0x21, 0x8, 0x2, 0x11, 0x1, 0, 0, 0, 0, 0, 0, 0, 0x19, 0x1, 0, 0, 0, 0, 0, 0, 0, 0x2a, 0xb, 0x8, 0x80, 0x92, 0xb8, 0xc3, 0x98,
      0xfe, 0xff, 0xff, 0xff, 0x1,
    ]);
  });

  it("merkle root follows RFC 6962 splitting", () => {
    const items = ["a", "b", "c"].map((s) => new TextEncoder().encode(s));
    const leaf = (b: Uint8Array) => sha256(Uint8Array.from([0, ...b]));
    const inner = (l: Uint8Array, r: Uint8Array) => sha256(Uint8Array.from([1, ...l, ...r]));
    expect(merkleRoot(items)).toEqual(inner(inner(leaf(items[0]!), leaf(items[1]!)), leaf(items[2]!)));
    expect(toHex(merkleRoot([]))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    const big = new Uint8Array(65536 * 2 + 1);
    expect(partSetHeader(big).total).toBe(3);
    expect(partSetHeader(new Uint8Array(10)).total).toBe(1);
  });

  it("merkle root equals a plain RFC 6962 reference for every size up to 70, items of any length", () => {
    const leaf = (b: Uint8Array) => sha256(Uint8Array.from([0, ...b]));
    const inner = (l: Uint8Array, r: Uint8Array) => sha256(Uint8Array.from([1, ...l, ...r]));
    const reference = (xs: Uint8Array[]): Uint8Array => {
      if (xs.length === 1) return leaf(xs[0]!);
      let k = 1;
      while (k * 2 < xs.length) k *= 2;
      return inner(reference(xs.slice(0, k)), reference(xs.slice(k)));
    };
    // Lengths from empty to larger than the hashing scratch buffer's first size.
    const items = Array.from({ length: 70 }, (_, i) => new Uint8Array((i * 37) % 1500).fill(i));
    for (let n = 1; n <= items.length; n++) expect(toHex(merkleRoot(items.slice(0, n))), `n=${n}`).toBe(toHex(reference(items.slice(0, n))));
  });

  it("last_results_hash is the Merkle root of ExecTxResult.encode of each result's code, data, gas_wanted and gas_used", () => {
    const results = [
      ExecTxResult.fromPartial({ code: 0, data: Uint8Array.from([1, 2]), gasWanted: 200_000n, gasUsed: 61_234n, log: "not hashed", events: [{ type: "transfer", attributes: [] }] }),
      ExecTxResult.fromPartial({ code: 5, codespace: "bank", gasWanted: 90_000n, gasUsed: 90_001n }),
      ExecTxResult.fromPartial({}),
      ExecTxResult.fromPartial({ code: 2 ** 32 - 1, gasWanted: -1n, gasUsed: 2n ** 40n }),
    ];
    const reference = merkleRoot(
      results.map((r) => ExecTxResult.encode(ExecTxResult.fromPartial({ code: r.code, data: r.data, gasWanted: r.gasWanted, gasUsed: r.gasUsed })).finish()),
    );
    expect(toHex(lastResultsHash(results))).toBe(toHex(reference));
    expect(toHex(lastResultsHash([]))).toBe(toHex(merkleRoot([])));
  });
});
