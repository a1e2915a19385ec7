import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CommitStore } from "./commitStore.ts";
import { MemBranch } from "./memBranch.ts";
import { memoReads } from "./readMemo.ts";
import type { KVReader } from "./types.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array | undefined) => (b === undefined ? undefined : new TextDecoder().decode(b));

let dir: string;
let store: CommitStore;

async function commit(version: bigint, entries: Record<string, string | undefined>): Promise<void> {
  const b = store.branch();
  for (const [k, v] of Object.entries(entries)) {
    if (v === undefined) b.delete(enc(k));
    else b.set(enc(k), enc(v));
  }
  await store.commit(store.stage(b.changes(), version));
}

/** Counts the reads that reach the committed view under the memo. */
function counting(r: KVReader): { reader: KVReader; reads: () => number } {
  let n = 0;
  return { reader: { ...r, get: (k) => (n++, r.get(k)), has: (k) => (n++, r.has(k)) }, reads: () => n };
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "trib-memo-"));
  store = await CommitStore.open(dir);
  await commit(1n, { a: "A1", c: "C1" });
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("memoReads", () => {
  it("reads each key (present or absent) from the store once while the version stays", () => {
    const { reader, reads } = counting(store.committed());
    const memo = memoReads(reader, () => store.version);
    for (let i = 0; i < 3; i++) {
      expect(dec(memo.get(enc("a")))).toBe("A1");
      expect(memo.get(enc("b"))).toBeUndefined();
      expect(memo.has(enc("c"))).toBe(true);
    }
    expect(reads()).toBe(3);
  });

  it("starts over when a commit moves the version, so a branch never reads a stale value", async () => {
    const memo = memoReads(store.committed(), () => store.version);
    const branch = new MemBranch(memo);
    expect(dec(branch.get(enc("a")))).toBe("A1");
    expect(branch.has(enc("b"))).toBe(false);
    await commit(2n, { a: "A2", b: "B2", c: undefined });
    expect(dec(branch.get(enc("a")))).toBe("A2");
    expect(dec(branch.get(enc("b")))).toBe("B2");
    expect(branch.has(enc("c"))).toBe(false);
  });

  it("a full memo starts over instead of growing past its limit, with the same answers", () => {
    const { reader, reads } = counting(store.committed());
    const memo = memoReads(reader, () => store.version, 2);
    for (const k of ["a", "b", "c", "a"]) memo.get(enc(k));
    // a, b fill it; c clears it; a is read again.
    expect(reads()).toBe(4);
    expect(dec(memo.get(enc("c")))).toBe("C1");
    expect(reads()).toBe(4);
  });

  it("iterates the committed view unchanged", async () => {
    const memo = memoReads(store.committed(), () => store.version);
    const out: string[] = [];
    for await (const [k, v] of memo.iterate()) out.push(`${dec(k)}=${dec(v)}`);
    expect(out).toEqual(["a=A1", "c=C1"]);
  });
});
