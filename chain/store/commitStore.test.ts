import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { verifyStoreProof } from "../../client/proof.ts";
import { toHex } from "./bytes.ts";
import { CommitStore, type CommitStoreOptions } from "./commitStore.ts";
import type { KVChange } from "./types.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array | undefined) => (b === undefined ? undefined : new TextDecoder().decode(b));

const dirs: string[] = [];
const stores: CommitStore[] = [];
async function openStore(opts?: CommitStoreOptions, dir?: string): Promise<{ store: CommitStore; dir: string }> {
  const d = dir ?? mkdtempSync(join(tmpdir(), "trib-store-"));
  if (!dir) dirs.push(d);
  const store = await CommitStore.open(d, opts);
  stores.push(store);
  return { store, dir: d };
}
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close().catch(() => undefined);
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const set = (k: string, v: string): KVChange => ({ key: enc(k), value: enc(v) });
const del = (k: string): KVChange => ({ key: enc(k), value: undefined });

async function commitChanges(store: CommitStore, changes: KVChange[], version: bigint): Promise<Uint8Array> {
  const staged = store.stage(changes, version);
  await store.commit(staged);
  return staged.rootHash;
}

/** A tiny deterministic PRNG so the randomized test replays identically. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

describe("CommitStore roots", () => {
  it("an empty store has version 0 and a zero root", async () => {
    const { store } = await openStore();
    expect(store.version).toBe(0n);
    expect(toHex(store.rootHash)).toBe("00".repeat(32));
  });

  it("the root depends on the key set, not on insertion order or on how versions split it", async () => {
    const keys = Array.from({ length: 200 }, (_, i) => `key-${i}`);
    const { store: a } = await openStore();
    const { store: b } = await openStore();
    await commitChanges(a, keys.map((k) => set(k, `v${k}`)), 1n);
    const reversed = [...keys].reverse();
    await commitChanges(b, reversed.slice(0, 77).map((k) => set(k, `v${k}`)), 1n);
    await commitChanges(b, [...reversed.slice(77).map((k) => set(k, `v${k}`)), set("tmp", "x")], 2n);
    expect(toHex(b.rootHash)).not.toBe(toHex(a.rootHash));
    await commitChanges(b, [del("tmp")], 3n);
    expect(toHex(b.rootHash)).toBe(toHex(a.rootHash));
    // Deleting everything returns to the empty root.
    await commitChanges(a, keys.map(del), 2n);
    expect(toHex(a.rootHash)).toBe("00".repeat(32));
  });

  it("a value change changes the root; setting the same value does not", async () => {
    const { store } = await openStore();
    const r1 = await commitChanges(store, [set("a", "1"), set("b", "2")], 1n);
    const r2 = await commitChanges(store, [set("a", "1")], 2n);
    expect(toHex(r2)).toBe(toHex(r1));
    const r3 = await commitChanges(store, [set("a", "changed")], 3n);
    expect(toHex(r3)).not.toBe(toHex(r1));
  });
});

describe("CommitStore staging and commit", () => {
  it("stage() is invisible to readers and an abandoned stage of a version can be redone", async () => {
    const { store } = await openStore();
    await commitChanges(store, [set("a", "1")], 1n);
    const abandoned = store.stage([set("a", "evil"), set("b", "evil")], 2n);
    expect(dec(store.committed().get(enc("a")))).toBe("1");
    expect(store.version).toBe(1n);
    const redo = store.stage([set("a", "2")], 2n);
    expect(toHex(redo.rootHash)).not.toBe(toHex(abandoned.rootHash));
    await store.commit(redo);
    await expect(store.commit(abandoned)).rejects.toThrow(/staged on version 1 but the store is now at 2/);
    expect(dec(store.committed().get(enc("a")))).toBe("2");
    expect(store.committed().get(enc("b"))).toBeUndefined();
    expect(dec(store.at(2n).get(enc("a")))).toBe("2");
    expect(store.at(2n).get(enc("b"))).toBeUndefined();
    expect(() => store.stage([set("a", "3")], 2n)).toThrow(/above the last committed version 2/);
  });

  it("close and reopen keeps version, root and values", async () => {
    const { store, dir } = await openStore();
    await commitChanges(store, [set("a", "1"), set("b", "2")], 1n);
    await commitChanges(store, [set("c", "3"), del("a")], 2n);
    const root = toHex(store.rootHash);
    // Reads hand out plain Uint8Arrays (not LevelDB's Buffers), whichever path they take.
    expect(store.committed().get(enc("b"))).toEqual(enc("2"));
    expect(store.at(1n).get(enc("a"))).toEqual(enc("1"));
    for await (const [k, v] of store.committed().iterate({ limit: 1 })) expect([k, v]).toEqual([enc("b"), enc("2")]);
    await store.close();
    const { store: again } = await openStore({}, dir);
    expect(again.version).toBe(2n);
    expect(toHex(again.rootHash)).toBe(root);
    expect(dec(again.committed().get(enc("b")))).toBe("2");
    expect(again.committed().get(enc("a"))).toBeUndefined();
    expect(again.at(1n).get(enc("a"))).toEqual(enc("1"));
    await commitChanges(again, [set("d", "4")], 3n);
    expect(dec(again.at(3n).get(enc("c")))).toBe("3");
  });
});

describe("CommitStore past versions and pruning", () => {
  it("reads retained versions through the tree and refuses pruned ones clearly", async () => {
    const { store } = await openStore({ keepRecent: 3 });
    for (let v = 1n; v <= 8n; v++) await commitChanges(store, [set("counter", `${v}`), set(`only-${v}`, "x")], v);
    expect(store.earliestVersion).toBe(6n);
    for (const v of [6n, 7n, 8n]) {
      expect(dec(store.at(v).get(enc("counter")))).toBe(`${v}`);
      expect(store.at(v).has(enc(`only-${v}`))).toBe(true);
      expect(store.at(v).has(enc("only-99"))).toBe(false);
    }
    expect(() => store.at(5n)).toThrow(/version 5 has been pruned; the earliest retained version is 6/);
    expect(() => store.getWithProof(enc("counter"), 2n)).toThrow(/pruned/);
    expect(() => store.at(9n)).toThrow(/in the future/);
    expect(() => store.at(7n).iterate()).toThrow(/iteration at past version 7/);
  });

  it("snapshotAt walks a past version's tree: every entry in key order, ranges, reverse and limit", async () => {
    const { store } = await openStore({ nodeCacheSize: 0 });
    const rand = prng(7);
    const model = new Map<string, string>();
    const snapshots = new Map<bigint, [string, string][]>();
    for (let v = 1n; v <= 6n; v++) {
      const changes: KVChange[] = [];
      for (let i = 0; i < 200; i++) {
        const k = `k${Math.floor(rand() * 300)}`;
        if (rand() < 0.2) {
          changes.push(del(k));
          model.delete(k);
        } else {
          changes.push(set(k, `${v}-${i}`));
          model.set(k, `${v}-${i}`);
        }
      }
      await commitChanges(store, changes, v);
      snapshots.set(v, [...model].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
    }
    const read = async (it: AsyncIterable<[Uint8Array, Uint8Array]>) => {
      const out: [string, string][] = [];
      for await (const [k, v] of it) out.push([dec(k)!, dec(v)!]);
      return out;
    };
    for (const v of [2n, 4n, 6n]) {
      const snap = store.snapshotAt(v);
      const expected = snapshots.get(v)!;
      expect(await read(snap.iterate())).toEqual(expected);
      const inRange = expected.filter(([k]) => k >= "k1" && k < "k2");
      expect(await read(snap.iterate({ gte: enc("k1"), lt: enc("k2") }))).toEqual(inRange);
      expect(await read(snap.iterate({ gte: enc("k1"), lt: enc("k2"), reverse: true, limit: 3 }))).toEqual(inRange.reverse().slice(0, 3));
      const [firstKey, firstValue] = expected[0]!;
      expect(dec(snap.get(enc(firstKey)))).toBe(firstValue);
      expect(snap.has(enc("absent"))).toBe(false);
    }
    expect(() => store.snapshotAt(9n)).toThrow(/in the future/);
  });

  it("keepRecent 1 prunes in the same batch and still serves the latest version and proofs", async () => {
    const { store, dir } = await openStore({ keepRecent: 1, nodeCacheSize: 0 });
    for (let v = 1n; v <= 6n; v++) await commitChanges(store, [set("a", `${v}`), set(`b${v % 3n}`, `${v}`), ...(v === 4n ? [del("b1")] : [])], v);
    expect(() => store.at(5n)).toThrow(/pruned/);
    expect(dec(store.at(6n).get(enc("a")))).toBe("6");
    const { value, proof } = store.getWithProof(enc("b1"), 6n);
    expect(value).toBeUndefined();
    verifyStoreProof(store.rootHash, enc("b1"), undefined, proof);
    await store.close();
    const { store: again } = await openStore({ keepRecent: 1 }, dir);
    expect(dec(again.at(6n).get(enc("b0")))).toBe("6");
    expect(again.earliestVersion).toBe(6n);
  });

  it("pruning deletes old nodes so the database stops growing for repeated updates", async () => {
    const { store } = await openStore({ keepRecent: 2 });
    const keys = Array.from({ length: 50 }, (_, i) => `k${i}`);
    for (let v = 1n; v <= 30n; v++) await commitChanges(store, keys.map((k) => set(k, `${k}@${v}`)), v);
    const db = (store as unknown as { db: { keys(o: object): AsyncIterable<Uint8Array> } }).db;
    let nodes = 0;
    const n = enc("n/");
    for await (const _ of db.keys({ gte: n, lt: enc("n0") })) nodes++;
    // Two versions of ~50 leaves and ~50 internal nodes each, with shared nodes: far below 30 versions' worth.
    expect(nodes).toBeLessThan(2 * 2 * 60);
    expect(dec(store.at(29n).get(enc("k7")))).toBe("k7@29");
  });
});

describe("CommitStore proofs", () => {
  it("existence and absence proofs verify against the app hash; tampering is rejected", async () => {
    const { store } = await openStore();
    const keys = Array.from({ length: 300 }, (_, i) => `bank/b/${i}`);
    await commitChanges(store, keys.map((k) => set(k, `amount-${k}`)), 1n);
    await commitChanges(store, [set("bank/b/7", "changed")], 2n);
    expect(toHex(store.stage([], 3n).rootHash)).toBe(toHex(store.rootHash));

    const { value, proof } = store.getWithProof(enc("bank/b/7"), 2n);
    expect(dec(value)).toBe("changed");
    verifyStoreProof(store.rootHash, enc("bank/b/7"), enc("changed"), proof);
    expect(() => verifyStoreProof(store.rootHash, enc("bank/b/7"), enc("amount-bank/b/7"), proof)).toThrow(/different value/);
    expect(() => verifyStoreProof(store.rootHash, enc("bank/b/8"), enc("changed"), proof)).toThrow(/not for the requested key/);
    const wrongRoot = Uint8Array.from(store.rootHash);
    wrongRoot[0]! ^= 1;
    expect(() => verifyStoreProof(wrongRoot, enc("bank/b/7"), enc("changed"), proof)).toThrow(/does not match the app hash/);
    expect(() => verifyStoreProof(store.rootHash, enc("bank/b/7"), undefined, proof)).toThrow(/key exists/);

    for (const missing of ["bank/b/none", "x", "bank/b/3000", ""]) {
      const absent = store.getWithProof(enc(missing), 2n);
      expect(absent.value).toBeUndefined();
      verifyStoreProof(store.rootHash, enc(missing), undefined, absent.proof);
      expect(() => verifyStoreProof(store.rootHash, enc(missing), enc("something"), absent.proof)).toThrow(/absent/);
    }

    const old = store.getWithProof(enc("bank/b/7"), 1n);
    expect(dec(old.value)).toBe("amount-bank/b/7");
    const { store: replica } = await openStore();
    const r1 = await commitChanges(replica, keys.map((k) => set(k, `amount-${k}`)), 1n);
    verifyStoreProof(r1, enc("bank/b/7"), enc("amount-bank/b/7"), old.proof);
    expect(() => verifyStoreProof(store.rootHash, enc("bank/b/7"), enc("amount-bank/b/7"), old.proof)).toThrow(/does not match/);
  });

  it("proves in a store with a single key and in an empty one", async () => {
    const { store } = await openStore();
    await commitChanges(store, [set("solo", "1")], 1n);
    verifyStoreProof(store.rootHash, enc("solo"), enc("1"), store.getWithProof(enc("solo"), 1n).proof);
    verifyStoreProof(store.rootHash, enc("other"), undefined, store.getWithProof(enc("other"), 1n).proof);
    await commitChanges(store, [del("solo")], 2n);
    verifyStoreProof(store.rootHash, enc("solo"), undefined, store.getWithProof(enc("solo"), 2n).proof);
  });
});

describe("CommitStore vs a Map model", () => {
  it("matches the model over many random versions, including reads and proofs at past versions", async () => {
    const keep = 5;
    const { store } = await openStore({ keepRecent: keep, nodeCacheSize: 64 });
    const { store: twin } = await openStore({ keepRecent: 0 });
    const rand = prng(42);
    let model = new Map<string, string>();
    const history: { version: bigint; model: Map<string, string>; root: Uint8Array }[] = [];
    for (let v = 1n; v <= 60n; v++) {
      const changes: KVChange[] = [];
      const n = 1 + Math.floor(rand() * 40);
      for (let i = 0; i < n; i++) {
        const k = `k${Math.floor(rand() * 120)}`;
        if (rand() < 0.3) changes.push(del(k));
        else changes.push(set(k, `${k}:${v}:${i}`));
      }
      // Duplicate keys in one changeset: the last one wins.
      model = new Map(model);
      for (const c of changes) {
        if (c.value === undefined) model.delete(dec(c.key)!);
        else model.set(dec(c.key)!, dec(c.value)!);
      }
      const root = await commitChanges(store, changes, v);
      const shuffled = [...new Map(changes.map((c) => [dec(c.key), c])).values()].reverse();
      expect(toHex(await commitChanges(twin, shuffled, v))).toBe(toHex(root));
      history.push({ version: v, model, root });

      const latest: string[] = [];
      for await (const [k, val] of store.committed().iterate()) latest.push(`${dec(k)}=${dec(val)}`);
      expect(latest).toEqual([...model.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, val]) => `${k}=${val}`));

      for (const h of history.slice(-keep)) {
        const probe = `k${Math.floor(rand() * 130)}`;
        const reader = store.at(h.version);
        expect(dec(reader.get(enc(probe)))).toBe(h.model.get(probe));
        const { value, proof } = store.getWithProof(enc(probe), h.version);
        expect(dec(value)).toBe(h.model.get(probe));
        verifyStoreProof(h.root, enc(probe), value, proof);
      }
    }
    expect(() => store.at(history.length - keep > 0 ? BigInt(history.length - keep) : 0n)).toThrow(/pruned/);
    const [firstKey, firstValue] = [...history[0]!.model][0]!;
    expect(dec(twin.at(1n).get(enc(firstKey)))).toBe(firstValue);
  });
});

describe("CommitStore committed value cache", () => {
  it("committed() get/has match the model across versions, with a cache far smaller than the state, and after reopen", async () => {
    const { store, dir } = await openStore({ valueCacheSize: 8 });
    const rand = prng(7);
    const model = new Map<string, string>();
    // Random order over 24 keys with room for 8: hits, misses and evictions all happen.
    const probeAll = (s: CommitStore) => {
      for (let i = 0; i < 60; i++) {
        const k = `k${Math.floor(rand() * 24)}`;
        expect(dec(s.committed().get(enc(k)))).toBe(model.get(k));
        expect(s.committed().has(enc(k))).toBe(model.has(k));
      }
    };
    for (let v = 1n; v <= 30n; v++) {
      // Read before staging too, so stale entries would be cached if commit() did not refresh them.
      probeAll(store);
      const changes: KVChange[] = [];
      for (let i = 0; i < 10; i++) {
        const k = `k${Math.floor(rand() * 24)}`;
        if (rand() < 0.3) changes.push(del(k));
        else changes.push(set(k, `${k}@${v}.${i}`));
      }
      for (const c of changes) {
        if (c.value === undefined) model.delete(dec(c.key)!);
        else model.set(dec(c.key)!, dec(c.value)!);
      }
      await commitChanges(store, changes, v);
      probeAll(store);
    }
    await store.close();
    const { store: reopened } = await openStore({ valueCacheSize: 8 }, dir);
    probeAll(reopened);
  });

  it("reads made while a commit is being written see the new values once it returns", async () => {
    const { store } = await openStore();
    await commitChanges(store, [set("a", "1"), set("b", "1")], 1n);
    const staged = store.stage([set("a", "2"), del("b"), set("c", "2")], 2n);
    const writing = store.commit(staged);
    // Cached now, from the old version or the new one (LevelDB applies the batch on its own thread).
    const during = ["a", "b", "c"].map((k) => dec(store.committed().get(enc(k))));
    expect(["1", "2"]).toContain(during[0]);
    expect(["1", undefined]).toContain(during[1]);
    expect([undefined, "2"]).toContain(during[2]);
    await writing;
    expect(["a", "b", "c"].map((k) => dec(store.committed().get(enc(k))))).toEqual(["2", undefined, "2"]);
    expect(store.committed().has(enc("b"))).toBe(false);
  });

  it("a caller changing a value it read or committed changes nothing stored", async () => {
    const { store } = await openStore();
    const change = set("k", "value");
    await commitChanges(store, [change], 1n);
    change.value!.fill(0x21);
    const read = store.committed().get(enc("k"))!;
    expect(dec(read)).toBe("value");
    read.fill(0x21);
    expect(dec(store.committed().get(enc("k")))).toBe("value");
  });

  it("a large value replacing a cached small one is read back whole (large values are not cached)", async () => {
    const { store } = await openStore();
    await commitChanges(store, [set("big", "small")], 1n);
    expect(dec(store.committed().get(enc("big")))).toBe("small");
    const large = "x".repeat(64 * 1024);
    await commitChanges(store, [set("big", large)], 2n);
    expect(dec(store.committed().get(enc("big")))).toBe(large);
    expect(dec(store.committed().get(enc("big")))).toBe(large);
    await commitChanges(store, [del("big")], 3n);
    expect(store.committed().get(enc("big"))).toBeUndefined();
  });

  it("valueCacheSize 0 disables the cache and reads stay correct", async () => {
    const { store } = await openStore({ valueCacheSize: 0 });
    await commitChanges(store, [set("a", "1")], 1n);
    expect(dec(store.committed().get(enc("a")))).toBe("1");
    await commitChanges(store, [set("a", "2")], 2n);
    expect(dec(store.committed().get(enc("a")))).toBe("2");
  });
});

describe("CommitStore LevelDB block cache option", () => {
  it("reads and reopens the same with a block cache of 0 or the default; a bad size is refused before the database is opened", async () => {
    const { store, dir } = await openStore({ blockCacheBytes: 0 });
    const root = await commitChanges(store, [set("a", "1"), set("b", "2")], 1n);
    await store.close();
    const { store: reopened } = await openStore({}, dir);
    expect(toHex(reopened.rootHash)).toBe(toHex(root));
    expect(dec(reopened.committed().get(enc("b")))).toBe("2");
    await reopened.close();
    for (const bad of [-1, 1.5, 2 ** 32, Number.NaN]) {
      await expect(CommitStore.open(dir, { blockCacheBytes: bad })).rejects.toThrow(/blockCacheBytes must be an integer from 0 to 4 GiB - 1/);
    }
    const { store: again } = await openStore({}, dir);
    expect(again.version).toBe(1n);
  });
});
