/**
 * The node's content-addressed store of datanet record bodies: `<home>/data/content/<h0h1>/<hash>`,
 * one file per body, named by the hex SHA-256 of its bytes. Not consensus state: the Merkle state
 * holds the hashes; every node fills its own store from the blocks it executes (see indexer.ts),
 * and `tributary datanet rebuild-content` refills it from any node's RPC.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, hexToBytes } from "@noble/hashes/utils.js";
import { homePaths } from "../home.ts";

export class ContentHashMismatchError extends Error {
  override readonly name = "ContentHashMismatchError";
}

export const contentDir = (home: string) => join(homePaths(home).dataDir, "content");

export class ContentStore {
  constructor(readonly dir: string) {}

  static forHome(home: string): ContentStore {
    return new ContentStore(contentDir(home));
  }

  private pathOf(hex: string): string {
    return join(this.dir, hex.slice(0, 2), hex);
  }

  /** The body whose SHA-256 is `hash`, or undefined when this node does not hold it. */
  get(hash: Uint8Array): Uint8Array | undefined {
    const file = this.pathOf(bytesToHex(hash));
    if (!existsSync(file)) return undefined;
    return new Uint8Array(readFileSync(file));
  }

  has(hash: Uint8Array): boolean {
    return existsSync(this.pathOf(bytesToHex(hash)));
  }

  /**
   * Stores `body` under its SHA-256 and returns the hash. With `expected`, refuses a body whose
   * hash differs (a bug or a corrupt source: the store never holds a body under a wrong name).
   * Idempotent; the write is a temp file renamed into place, so a crash leaves no half file.
   */
  put(body: Uint8Array, expected?: Uint8Array): Uint8Array {
    const hash = sha256(body);
    const hex = bytesToHex(hash);
    if (expected && bytesToHex(expected) !== hex) {
      throw new ContentHashMismatchError(`content hash mismatch: expected ${bytesToHex(expected)}, the body hashes to ${hex}`);
    }
    const file = this.pathOf(hex);
    if (existsSync(file)) return hash;
    mkdirSync(join(this.dir, hex.slice(0, 2)), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}`;
    writeFileSync(tmp, body);
    renameSync(tmp, file);
    return hash;
  }

  /** Every stored body, in hash order (genesis export). PERF: reads every file. */
  *entries(): Generator<[Uint8Array, Uint8Array]> {
    if (!existsSync(this.dir)) return;
    for (const shard of readdirSync(this.dir).sort()) {
      for (const name of readdirSync(join(this.dir, shard)).sort()) {
        if (!/^[0-9a-f]{64}$/.test(name)) continue;
        yield [hexToBytes(name), new Uint8Array(readFileSync(join(this.dir, shard, name)))];
      }
    }
  }
}
