import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sha256 } from "@noble/hashes/sha2.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CommitStore } from "../chain/store/commitStore.ts";
import * as pb from "../proto/gen/tributary/store/v1/index.ts";
import { ProofError, proofFromProofOps, SMT_PROOF_OP_TYPE, verifyStoreProof } from "./proof.ts";
import { decode, encode } from "../proto/codec.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const cat = (...p: Uint8Array[]) => Uint8Array.from(p.flatMap((x) => [...x]));
const leaf = (key: Uint8Array, value: Uint8Array) => sha256(cat(Uint8Array.of(0), sha256(key), sha256(value)));
const internal = (l: Uint8Array, r: Uint8Array) => sha256(cat(Uint8Array.of(1), l, r));
const firstBit = (key: Uint8Array) => sha256(key)[0]! >> 7;

let dir: string;
let store: CommitStore;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "trib-proof-"));
  store = await CommitStore.open(dir);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("store hashing (what light clients rely on)", () => {
  it("a one-key tree's root is its leaf hash; two keys split on the first differing bit", async () => {
    await store.commit(store.stage([{ key: enc("a"), value: enc("1") }], 1n));
    expect(store.rootHash).toEqual(leaf(enc("a"), enc("1")));
    // Find a key whose hash starts with the other first bit than sha256("a"), so they split at the root.
    let other = 0;
    while (firstBit(enc(`b${other}`)) === firstBit(enc("a"))) other++;
    const b = enc(`b${other}`);
    await store.commit(store.stage([{ key: b, value: enc("2") }], 2n));
    const [l, r] = firstBit(enc("a")) === 0 ? [leaf(enc("a"), enc("1")), leaf(b, enc("2"))] : [leaf(b, enc("2")), leaf(enc("a"), enc("1"))];
    expect(store.rootHash).toEqual(internal(l, r));
    verifyStoreProof(store.rootHash, b, enc("2"), store.getWithProof(b, 2n).proof);
  });
});

describe("verifyStoreProof input checks", () => {
  it("rejects bytes that are not a proof, and malformed proofs, with ProofError", () => {
    const root = store.rootHash;
    expect(() => verifyStoreProof(root, enc("a"), enc("1"), Uint8Array.of(0xff, 0xff, 0xff))).toThrow(ProofError);
    const badBitmap = encode(pb.SmtProofSchema, { key: enc("a"), depth: 9, siblingBitmap: new Uint8Array(1) });
    expect(() => verifyStoreProof(root, enc("a"), enc("1"), badBitmap)).toThrow(/bitmap has 1 bytes; depth 9 needs 2/);
    const padded = encode(pb.SmtProofSchema, { key: enc("a"), depth: 1, siblingBitmap: Uint8Array.of(0x40) });
    expect(() => verifyStoreProof(root, enc("a"), undefined, padded)).toThrow(/bit set beyond depth 1/);
    const missingSibling = encode(pb.SmtProofSchema, { key: enc("a"), depth: 1, siblingBitmap: Uint8Array.of(0x80), leaf: { keyHash: sha256(enc("a")), valueHash: sha256(enc("1")) } });
    expect(() => verifyStoreProof(root, enc("a"), enc("1"), missingSibling)).toThrow(/marks 1 siblings but the proof has 0/);
  });

  it("rejects an absence proof whose leaf is off the key's path", () => {
    const { proof } = store.getWithProof(enc("a"), 2n);
    const p = decode(pb.SmtProofSchema, proof);
    let k = 0;
    while (firstBit(enc(`z${k}`)) === firstBit(enc("a"))) k++;
    const forged = encode(pb.SmtProofSchema, { ...p, key: enc(`z${k}`) });
    expect(() => verifyStoreProof(store.rootHash, enc(`z${k}`), undefined, forged)).toThrow(/not on the key's path/);
  });
});

describe("proofFromProofOps", () => {
  it("takes the tributary:smt op's data and explains a missing proof", () => {
    const data = Uint8Array.of(1, 2, 3);
    expect(proofFromProofOps({ ops: [{ type: "ics23:iavl", key: enc("k"), data: Uint8Array.of(9) }, { type: SMT_PROOF_OP_TYPE, key: enc("k"), data }] })).toBe(data);
    expect(() => proofFromProofOps(undefined)).toThrow(/prove=true/);
    expect(() => proofFromProofOps({ ops: [{ type: "ics23:iavl", key: enc("k"), data }] })).toThrow(/no proof op of type tributary:smt; got ics23:iavl/);
  });
});
