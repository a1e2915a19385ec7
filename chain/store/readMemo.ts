import { bytesToMapKey } from "./bytes.ts";
import type { KVReader } from "./types.ts";

/** Past this many remembered keys the memo starts over (it only ever costs speed). */
const DEFAULT_LIMIT = 250_000;

/**
 * Remembers point reads of the committed view, for as long as the committed version stays the
 * one the memo was filled at (`version()` is checked on every read: a Commit or a state-sync
 * restore moves it, and the memo starts over). Every tx of a block
 * reads the same params, send-enabled flags and module accounts, and several reads of one tx
 * hit the same account and balance keys; without the memo each is a LevelDB `getSync`.
 *
 * Callers see the same Uint8Array for repeated reads of a key, as they already do for values a
 * branch holds; store values are never mutated in place. Iteration passes straight through.
 * Node-local; it changes speed, never results (gas is charged above it, per access).
 */
export function memoReads(reader: KVReader, version: () => bigint, limit = DEFAULT_LIMIT): KVReader {
  const memo = new Map<string, Uint8Array | undefined>();
  let filledAt = version();
  // PERF: one Map lookup per read; a LevelDB getSync only on the first read of a key.
  const get = (key: Uint8Array): Uint8Array | undefined => {
    const now = version();
    if (now !== filledAt) {
      memo.clear();
      filledAt = now;
    }
    const k = bytesToMapKey(key);
    const hit = memo.get(k);
    if (hit !== undefined || memo.has(k)) return hit;
    const value = reader.get(key);
    if (memo.size >= limit) memo.clear();
    memo.set(k, value);
    return value;
  };
  return {
    get,
    has: (key) => get(key) !== undefined,
    iterate: (opts) => reader.iterate(opts),
  };
}
