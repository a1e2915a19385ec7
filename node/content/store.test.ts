import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { afterAll, describe, expect, it } from "vitest";
import { ContentHashMismatchError, ContentStore } from "./store.ts";

const dir = mkdtempSync(join(tmpdir(), "trib-content-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const enc = (s: string) => new TextEncoder().encode(s);

describe("ContentStore", () => {
  it("stores bodies under their SHA-256, reads them back, lists them in hash order", () => {
    const store = new ContentStore(join(dir, "a"));
    const bodies = ["first record", "second record", "third"].map(enc);
    const hashes = bodies.map((b) => store.put(b));
    hashes.forEach((h, i) => {
      expect(h).toEqual(sha256(bodies[i]!));
      expect(store.get(h)).toEqual(bodies[i]);
      expect(store.has(h)).toBe(true);
    });
    expect(store.put(bodies[0]!)).toEqual(hashes[0]); // idempotent
    const listed = [...store.entries()].map(([h]) => bytesToHex(h));
    expect(listed).toEqual(hashes.map(bytesToHex).sort());
    expect(store.get(sha256(enc("absent")))).toBeUndefined();
  });

  it("refuses a body that does not match the expected hash, and writes nothing", () => {
    const store = new ContentStore(join(dir, "b"));
    expect(() => store.put(enc("tampered"), sha256(enc("original")))).toThrow(ContentHashMismatchError);
    expect(existsSync(store.dir) ? readdirSync(store.dir) : []).toEqual([]);
  });
});
