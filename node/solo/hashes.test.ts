import { describe, expect, it } from "vitest";
import { toHex } from "@cosmjs/encoding";
import { sha256 } from "@noble/hashes/sha2.js";
import { headerHash } from "./hashes.ts";
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
});
