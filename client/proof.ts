import { sha256 } from "@noble/hashes/sha2.js";
import * as pb from "../proto/gen/tributary/store/v1/index.ts";
import { decode } from "../proto/codec.ts";

/**
 * Verification of Tributary store proofs (`tributary.store.v1.SmtProof`, proof op type
 * `tributary:smt`) against an app hash. Recomputes the chain's sparse Merkle tree hashes:
 * empty = 32 zero bytes, leaf = H(0x00 ‖ keyHash ‖ H(value)), internal = H(0x01 ‖ left ‖ right).
 * Browser-safe: depends on the generated proto code and @noble/hashes only.
 */
export const SMT_PROOF_OP_TYPE = "tributary:smt";

export class ProofError extends Error {
  override readonly name = "ProofError";
}

/**
 * Throws a `ProofError` unless `proof` shows that `key` maps to `value` (or, when `value` is
 * undefined, that `key` is absent) in the state whose root is `appHash`.
 */
export function verifyStoreProof(appHash: Uint8Array, key: Uint8Array, value: Uint8Array | undefined, proof: Uint8Array): void {
  const p = decodeProof(proof);
  if (!equal(p.key, key)) throw new ProofError(`proof is for key 0x${hex(p.key)}, not for the requested key 0x${hex(key)}`);
  if (appHash.length !== 32) throw new ProofError(`app hash must be 32 bytes, got ${appHash.length}`);
  const keyHash = sha256(key);
  const terminal = terminalHash(p, keyHash, value);
  const root = foldSiblings(p, keyHash, terminal);
  if (!equal(root, appHash)) {
    const claim = value === undefined ? "absence of the key" : "this value";
    throw new ProofError(`proof does not match the app hash: computed root 0x${hex(root)} for ${claim}, expected 0x${hex(appHash)}`);
  }
}

/** The proof bytes from an ABCI `ResponseQuery.proofOps`; throws when there is no `tributary:smt` op. */
export function proofFromProofOps(proofOps: { ops: { type: string; key: Uint8Array; data: Uint8Array }[] } | undefined): Uint8Array {
  if (!proofOps || proofOps.ops.length === 0) throw new ProofError("the query response carries no proof: query with prove=true on a /store/key path");
  const op = proofOps.ops.find((o) => o.type === SMT_PROOF_OP_TYPE);
  if (!op) throw new ProofError(`no proof op of type ${SMT_PROOF_OP_TYPE}; got ${proofOps.ops.map((o) => o.type).join(", ")}`);
  return op.data;
}

interface DecodedProof {
  key: Uint8Array;
  depth: number;
  bitmap: Uint8Array;
  siblings: Uint8Array[];
  leaf: { keyHash: Uint8Array; valueHash: Uint8Array } | undefined;
}

function decodeProof(bytes: Uint8Array): DecodedProof {
  let msg: pb.SmtProof;
  try {
    msg = decode(pb.SmtProofSchema, bytes);
  } catch (e) {
    throw new ProofError(`proof is not a valid tributary.store.v1.SmtProof: ${e instanceof Error ? e.message : String(e)}`);
  }
  const depth = msg.depth ?? 0;
  if (depth > 256) throw new ProofError(`proof depth ${depth} exceeds the 256-bit key hash`);
  const bitmap = msg.siblingBitmap ?? new Uint8Array();
  if (bitmap.length !== (depth + 7) >> 3) throw new ProofError(`sibling bitmap has ${bitmap.length} bytes; depth ${depth} needs ${(depth + 7) >> 3}`);
  for (let i = depth; i < bitmap.length * 8; i++) {
    // Padding must be zero, so each proof has exactly one encoding.
    if (bit(bitmap, i) !== 0) throw new ProofError(`sibling bitmap has a bit set beyond depth ${depth}`);
  }
  const siblings = msg.siblings ?? [];
  for (const s of siblings) if (s.length !== 32) throw new ProofError(`sibling hash must be 32 bytes, got ${s.length}`);
  const leaf = msg.leaf ? { keyHash: msg.leaf.keyHash ?? new Uint8Array(), valueHash: msg.leaf.valueHash ?? new Uint8Array() } : undefined;
  if (leaf && (leaf.keyHash.length !== 32 || leaf.valueHash.length !== 32)) throw new ProofError("proof leaf hashes must be 32 bytes each");
  return { key: msg.key ?? new Uint8Array(), depth, bitmap, siblings, leaf };
}

/** The hash where the path ends, after checking it fits the claim (value or absence). */
function terminalHash(p: DecodedProof, keyHash: Uint8Array, value: Uint8Array | undefined): Uint8Array {
  if (value !== undefined) {
    if (!p.leaf || !equal(p.leaf.keyHash, keyHash)) throw new ProofError("proof shows the key is absent, but a value was claimed");
    if (!equal(p.leaf.valueHash, sha256(value))) throw new ProofError("proof is for a different value of the key");
    return leafHash(p.leaf.keyHash, p.leaf.valueHash);
  }
  if (!p.leaf) return new Uint8Array(32);
  if (equal(p.leaf.keyHash, keyHash)) throw new ProofError("proof shows the key exists, but absence was claimed");
  for (let i = 0; i < p.depth; i++) {
    if (bit(p.leaf.keyHash, i) !== bit(keyHash, i)) throw new ProofError(`absence proof leaf is not on the key's path (differs at bit ${i})`);
  }
  return leafHash(p.leaf.keyHash, p.leaf.valueHash);
}

/** Hashes from the terminal up to the root, taking siblings from the deepest level upwards. */
function foldSiblings(p: DecodedProof, keyHash: Uint8Array, terminal: Uint8Array): Uint8Array {
  const nonEmptyCount = countBits(p.bitmap, p.depth);
  if (nonEmptyCount !== p.siblings.length) throw new ProofError(`sibling bitmap marks ${nonEmptyCount} siblings but the proof has ${p.siblings.length}`);
  let hash = terminal;
  let next = p.siblings.length - 1;
  for (let level = p.depth - 1; level >= 0; level--) {
    // In range: the bitmap marks exactly siblings.length levels (checked above).
    const sibling = bit(p.bitmap, level) === 1 ? p.siblings[next--]! : new Uint8Array(32);
    hash = bit(keyHash, level) === 0 ? internalHash(hash, sibling) : internalHash(sibling, hash);
  }
  return hash;
}

function leafHash(keyHash: Uint8Array, valueHash: Uint8Array): Uint8Array {
  return sha256(concat(Uint8Array.of(0x00), keyHash, valueHash));
}

function internalHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  return sha256(concat(Uint8Array.of(0x01), left, right));
}

function bit(bytes: Uint8Array, i: number): number {
  return (bytes[i >> 3]! >> (7 - (i & 7))) & 1; // callers stay below depth ≤ 256 bits of 32-byte hashes, or within the bitmap
}

function countBits(bitmap: Uint8Array, depth: number): number {
  let n = 0;
  for (let i = 0; i < depth; i++) n += bit(bitmap, i);
  return n;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function hex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}
