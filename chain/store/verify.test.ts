import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ClassicLevel } from "classic-level";
import { afterEach, describe, expect, it } from "vitest";
import { CommitStore, StoreIntegrityError } from "./commitStore.ts";
import type { KVChange } from "./types.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A store of 200 keys over 5 versions (some updated, some deleted), closed. */
async function built(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "trib-verify-"));
  dirs.push(dir);
  const store = await CommitStore.open(dir, { keepRecent: 0 });
  for (let v = 1n; v <= 5n; v++) {
    const changes: KVChange[] = Array.from({ length: 40 }, (_, i) => ({ key: enc(`k${Number(v - 1n) * 40 + i}`), value: enc(`v${v}-${i}`) }));
    if (v > 1n) changes.push({ key: enc("k0"), value: enc(`updated ${v}`) }, { key: enc(`k${v}`), value: undefined });
    await store.commit(store.stage(changes, v));
  }
  await store.close();
  return dir;
}

/** Edits the raw LevelDB records, then reopens the store and verifies it. */
async function damagedThenVerified(dir: string, edit: (db: ClassicLevel<Uint8Array, Uint8Array>) => Promise<void>): Promise<unknown> {
  const db = new ClassicLevel<Uint8Array, Uint8Array>(dir, { keyEncoding: "view", valueEncoding: "view" });
  await db.open();
  await edit(db);
  await db.close();
  const store = await CommitStore.open(dir, { keepRecent: 0 });
  try {
    return await store.verifyLatest().then(() => undefined, (e: unknown) => e);
  } finally {
    await store.close();
  }
}

describe("CommitStore.verifyLatest", () => {
  it("a whole store verifies: every key of the latest version counted", async () => {
    const dir = await built();
    const store = await CommitStore.open(dir);
    expect(await store.verifyLatest()).toEqual({ version: 5n, keys: 196 });
    await store.close();
  });

  it("names a missing or changed latest value, an extra one, and a missing or changed tree node", async () => {
    const cases: [string, (db: ClassicLevel<Uint8Array, Uint8Array>) => Promise<void>, RegExp][] = [
      ["latest value deleted", (db) => db.del(enc("l/k7")), /key 6b37 is in the tree but has no latest value/],
      ["latest value changed", (db) => db.put(enc("l/k7"), enc("other")), /the latest value of key 6b37 differs from the tree's/],
      ["latest value added", (db) => db.put(enc("l/zz"), enc("x")), /holds 197 latest values but its tree has 196 keys/],
      [
        "tree node deleted",
        async (db) => {
          // Version 5's first node (its root, depth 0): the latest tree needs it.
          const v5 = Uint8Array.from([...enc("n/"), 0, 0, 0, 0, 0, 0, 0, 5]);
          for await (const k of db.keys({ gte: v5, limit: 1 })) await db.del(k);
        },
        /tree node missing|does not match its root/,
      ],
      [
        "tree node bytes changed",
        async (db) => {
          for await (const [k, v] of db.iterator({ gte: enc("n/"), lt: enc("n0") })) {
            const bad = Uint8Array.from(v);
            bad[bad.length - 1]! ^= 1;
            await db.put(k, bad);
          }
        },
        /does not hash to|does not match its root/,
      ],
    ];
    for (const [what, edit, message] of cases) {
      const err = await damagedThenVerified(await built(), edit);
      expect(err, what).toBeInstanceOf(StoreIntegrityError);
      expect((err as Error).message, what).toMatch(message);
      expect((err as Error).message, what).toMatch(/^version 5 /);
    }
  });

  it("an empty store verifies with no keys", async () => {
    const dir = mkdtempSync(join(tmpdir(), "trib-verify-"));
    dirs.push(dir);
    const store = await CommitStore.open(dir);
    expect(await store.verifyLatest()).toEqual({ version: 0n, keys: 0 });
    await store.close();
  });
});
