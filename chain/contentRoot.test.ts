import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, hexToBytes } from "@noble/hashes/utils.js";
import { describe, expect, it } from "vitest";
import { CHUNK_SIZE, chunkCount, chunkProof, contentRoot, treeHash, verifyChunkProof } from "./contentRoot.ts";
import { Rng } from "../test/support/rng.ts";

/** Seeded bytes (no Math.random: a failure must reproduce). */
function body(n: number, seed = 7): Uint8Array {
  return new Rng(seed).bytes(n);
}

/** Independent reference: bottom-up RFC 6962 over the leaf hashes (odd node carried up). */
function referenceRoot(data: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  for (let i = 0; i === 0 || i < data.length; i += CHUNK_SIZE) chunks.push(data.slice(i, i + CHUNK_SIZE));
  let level: Uint8Array[] = chunks.map((c) => sha256(Uint8Array.of(0, ...c)));
  while (level.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? sha256(Uint8Array.of(1, ...level[i]!, ...level[i + 1]!)) : level[i]!);
    level = next;
  }
  return level[0]!;
}

describe("content root (RFC 6962 over 1 KiB chunks)", () => {
  it("matches the RFC 6962 tree hash vectors (certificate-transparency test data)", () => {
    const leaves = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"].map(hexToBytes);
    const roots = [
      "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
      "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
      "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
      "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
      "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
      "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
      "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ];
    roots.forEach((r, i) => expect(bytesToHex(treeHash(leaves.slice(0, i + 1)))).toBe(r));
    // An empty body is one empty chunk: the empty-leaf hash.
    expect(bytesToHex(contentRoot(new Uint8Array()))).toBe(roots[0]);
  });

  it("counts chunks", () => {
    expect([0, 1, 1023, 1024, 1025, 2048, 5000].map(chunkCount)).toEqual([1, 1, 1, 1, 2, 2, 5]);
    expect(chunkCount(5000n)).toBe(5);
    expect(() => chunkCount(-1)).toThrow(RangeError);
  });

  for (const size of [0, 1, 1023, 1024, 1025, 5000, 9 * 1024 + 3]) {
    it(`round-trips a proof for every chunk of a ${size}-byte body, and refuses tampered ones`, () => {
      const b = body(size, size + 1);
      const root = contentRoot(b);
      expect(root).toEqual(referenceRoot(b));
      const n = chunkCount(size);
      for (let i = 0; i < n; i++) {
        const { chunk, path } = chunkProof(b, i);
        expect(chunk).toEqual(b.subarray(i * CHUNK_SIZE, Math.min(size, (i + 1) * CHUNK_SIZE)));
        expect(path.length).toBe(depth(i, n));
        expect(path.length).toBeLessThanOrEqual(Math.ceil(Math.log2(n)));
        expect(verifyChunkProof(root, i, n, chunk, path)).toBe(true);

        // A wrong chunk: one bit flipped, or a byte appended/removed.
        if (chunk.length > 0) {
          const flipped = chunk.slice();
          flipped[chunk.length - 1]! ^= 1;
          expect(verifyChunkProof(root, i, n, flipped, path)).toBe(false);
          expect(verifyChunkProof(root, i, n, chunk.subarray(0, chunk.length - 1), path)).toBe(false);
        }
        expect(verifyChunkProof(root, i, n, Uint8Array.of(...chunk, 0), path)).toBe(false);
        // A wrong index (every other one) with this chunk and path.
        for (let j = 0; j < n; j++) if (j !== i) expect(verifyChunkProof(root, j, n, chunk, path)).toBe(false);
        expect(verifyChunkProof(root, n, n, chunk, path)).toBe(false);
        expect(verifyChunkProof(root, -1, n, chunk, path)).toBe(false);
        // Wrong path length: one sibling too many, truncated, a sibling replaced or cut short.
        expect(verifyChunkProof(root, i, n, chunk, [...path, root])).toBe(false);
        if (path.length > 0) {
          expect(verifyChunkProof(root, i, n, chunk, path.slice(0, -1))).toBe(false);
          expect(verifyChunkProof(root, i, n, chunk, path.slice(1))).toBe(false);
          expect(verifyChunkProof(root, i, n, chunk, [sha256(path[0]!), ...path.slice(1)])).toBe(false);
          expect(verifyChunkProof(root, i, n, chunk, [path[0]!.subarray(0, 31), ...path.slice(1)])).toBe(false);
        }
        // Another root. (The count is not checked here: it only gives the tree's shape, and
        // the chain takes it from the contribution's recorded size, never from the prover.)
        expect(verifyChunkProof(sha256(root), i, n, chunk, path)).toBe(false);
      }
    });
  }

  it("a chunk of another body with a valid path of that body fails against this root", () => {
    const a = body(3000, 1);
    const b = body(3000, 2);
    const p = chunkProof(b, 1);
    expect(verifyChunkProof(contentRoot(b), 1, 3, p.chunk, p.path)).toBe(true);
    expect(verifyChunkProof(contentRoot(a), 1, 3, p.chunk, p.path)).toBe(false);
  });

  it("refuses an interior chunk shorter than 1024 bytes even if a root were built over it", () => {
    // Leaves [short, full] hash to a root no honest body has; the length rule refuses it first.
    const short = body(10);
    const full = body(CHUNK_SIZE, 3);
    const root = treeHash([short, full]);
    const leafFull = sha256(Uint8Array.of(0, ...full));
    expect(verifyChunkProof(root, 0, 2, short, [leafFull])).toBe(false);
  });

  it("proof indexes out of range throw", () => {
    expect(() => chunkProof(body(10), 1)).toThrow(RangeError);
    expect(() => chunkProof(body(2048), 2)).toThrow(RangeError);
  });
});

/** Depth of leaf i in the RFC 6962 tree of n leaves (the audit path's length). */
function depth(i: number, n: number): number {
  let lo = 0;
  let hi = n;
  let d = 0;
  while (hi - lo > 1) {
    let k = 1;
    while (k * 2 < hi - lo) k *= 2;
    if (i - lo < k) hi = lo + k;
    else lo += k;
    d++;
  }
  return d;
}
