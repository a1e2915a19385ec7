import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GasMeter, OutOfGasError } from "../gas.ts";
import { CommitStore } from "./commitStore.ts";
import { GasKVStore } from "./gasKv.ts";
import { prefixStore } from "./prefixStore.ts";
import type { IterateOptions, KVReader } from "./types.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array | undefined) => (b === undefined ? undefined : new TextDecoder().decode(b));

async function collect(r: KVReader, opts?: IterateOptions): Promise<string[]> {
  const out: string[] = [];
  for await (const [k, v] of r.iterate(opts)) out.push(`${dec(k)}=${dec(v)}`);
  return out;
}

let dir: string;
let store: CommitStore;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "trib-branch-"));
  store = await CommitStore.open(dir);
  const b = store.branch();
  for (const k of ["a", "c", "e", "g"]) b.set(enc(k), enc(k.toUpperCase()));
  await store.commit(store.stage(b.changes(), 1n));
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("MemBranch", () => {
  it("a dropped tx branch leaves no write; a written one reaches the block branch only", () => {
    const block = store.branch();
    const failedTx = block.branch();
    failedTx.set(enc("x"), enc("1"));
    failedTx.delete(enc("a"));
    expect(dec(failedTx.get(enc("x")))).toBe("1");
    expect(block.get(enc("x"))).toBeUndefined();
    expect(dec(block.get(enc("a")))).toBe("A");

    const okTx = block.branch();
    okTx.set(enc("y"), enc("2"));
    okTx.delete(enc("c"));
    okTx.write();
    expect(dec(block.get(enc("y")))).toBe("2");
    expect(block.has(enc("c"))).toBe(false);
    expect(store.committed().has(enc("c"))).toBe(true);
    expect(block.changes().map((c) => [dec(c.key), dec(c.value)])).toEqual([["c", undefined], ["y", "2"]]);
  });

  it("nested branches see outer writes and write back level by level", () => {
    const block = store.branch();
    block.set(enc("b"), enc("block"));
    const tx = block.branch();
    const inner = tx.branch();
    expect(dec(inner.get(enc("b")))).toBe("block");
    inner.set(enc("b"), enc("inner"));
    inner.write();
    expect(dec(tx.get(enc("b")))).toBe("inner");
    expect(dec(block.get(enc("b")))).toBe("block");
    tx.write();
    expect(dec(block.get(enc("b")))).toBe("inner");
  });

  it("a child written back in any key order leaves the parent's changes and iteration in key order", async () => {
    const block = store.branch();
    block.set(enc("d"), enc("D"));
    expect(block.changes().map((c) => dec(c.key))).toEqual(["d"]);
    const tx = block.branch();
    for (const k of ["f", "b", "a", "d"]) tx.set(enc(k), enc(`${k}2`));
    tx.delete(enc("c"));
    tx.write();
    expect(block.changes().map((c) => `${dec(c.key)}=${dec(c.value)}`)).toEqual(["a=a2", "b=b2", "c=undefined", "d=d2", "f=f2"]);
    expect(await collect(block)).toEqual(["a=a2", "b=b2", "d=d2", "e=E", "f=f2", "g=G"]);
    expect(tx.changes()).toEqual([]);
  });

  it("refuses to write a branch of the committed view back", () => {
    expect(() => store.branch().write()).toThrow(/stage\(\) and commit\(\)/);
  });

  it("iteration merges writes with the parent, hides deletes, respects bounds, reverse and limit", async () => {
    const block = store.branch();
    block.set(enc("b"), enc("B"));
    block.delete(enc("c"));
    const tx = block.branch();
    tx.set(enc("e"), enc("E2"));
    tx.set(enc("f"), enc("F"));
    tx.delete(enc("g"));
    expect(await collect(tx)).toEqual(["a=A", "b=B", "e=E2", "f=F"]);
    expect(await collect(tx, { gte: enc("b"), lt: enc("f") })).toEqual(["b=B", "e=E2"]);
    expect(await collect(tx, { reverse: true })).toEqual(["f=F", "e=E2", "b=B", "a=A"]);
    expect(await collect(tx, { reverse: true, lt: enc("e") })).toEqual(["b=B", "a=A"]);
    expect(await collect(tx, { limit: 2 })).toEqual(["a=A", "b=B"]);
    expect(await collect(tx, { reverse: true, limit: 1 })).toEqual(["f=F"]);
  });
});

describe("prefixStore", () => {
  it("uses relative keys and never sees keys outside its prefix", async () => {
    const block = store.branch();
    const bank = prefixStore(block, enc("bank/"));
    bank.set(enc("b/1"), enc("x"));
    bank.set(enc("b/2"), enc("y"));
    block.set(enc("bank0"), enc("outside"));
    expect(dec(block.get(enc("bank/b/1")))).toBe("x");
    expect(await collect(bank)).toEqual(["b/1=x", "b/2=y"]);
    expect(await collect(prefixStore(bank, enc("b/")), { gte: enc("2") })).toEqual(["2=y"]);
    bank.delete(enc("b/1"));
    expect(bank.has(enc("b/1"))).toBe(false);
  });

  it("iterates a prefix ending in 0xff", async () => {
    const block = store.branch();
    block.set(Uint8Array.of(0xff, 1), enc("in"));
    block.set(Uint8Array.of(0xfe, 1), enc("out"));
    const out = await collect(prefixStore(block, Uint8Array.of(0xff)));
    expect(out).toEqual([`${dec(Uint8Array.of(1))}=in`]);
  });
});

describe("GasKVStore", () => {
  it("charges the SDK's gaskv schedule per operation and byte", async () => {
    const meter = new GasMeter(1_000_000n);
    const kv = new GasKVStore(store.branch(), meter);
    kv.set(enc("k"), enc("vv"));
    expect(meter.consumed).toBe(2000n + 30n * 1n + 30n * 2n);
    kv.get(enc("k"));
    expect(meter.consumed).toBe(2090n + 1000n + 3n * 1n + 3n * 2n);
    kv.has(enc("k"));
    kv.delete(enc("k"));
    expect(meter.consumed).toBe(3099n + 1000n + 1000n);
    const before = meter.consumed;
    await collect(kv, { limit: 2 });
    expect(meter.consumed - before).toBe(2n * 30n + 3n * 4n);
  });

  it("throws OutOfGasError past the limit", () => {
    const kv = new GasKVStore(store.branch(), new GasMeter(1500n));
    expect(() => kv.set(enc("k"), enc("v"))).toThrow(OutOfGasError);
  });
});
