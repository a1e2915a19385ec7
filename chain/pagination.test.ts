import { describe, expect, it } from "vitest";
import { utf8 } from "./keys.ts";
import { paginate } from "./pagination.ts";
import { compareBytes } from "./store/bytes.ts";
import type { IterateOptions, KVReader } from "./store/types.ts";

/** A sorted in-memory reader: enough for the pager, which only iterates. */
function reader(keys: string[]): KVReader {
  const entries = keys.map((k) => [utf8(k), utf8(`v:${k}`)] as [Uint8Array, Uint8Array]).sort((a, b) => compareBytes(a[0], b[0]));
  return {
    get: () => undefined,
    has: () => false,
    async *iterate(o: IterateOptions = {}) {
      const inRange = entries.filter(([k]) => (!o.gte || compareBytes(k, o.gte) >= 0) && (!o.lt || compareBytes(k, o.lt) < 0));
      for (const e of o.reverse ? inRange.reverse() : inRange) yield e;
    },
  };
}

const kv = reader(["p/a", "p/b", "p/c", "q/z"]);
const page = (p: object | undefined) => paginate(kv, utf8("p/"), p as never, (k) => new TextDecoder().decode(k));

describe("paginate", () => {
  it("counts the total when no limit is given (as the SDK), and only on request otherwise", async () => {
    expect((await page(undefined)).pagination.total).toBe(3n);
    expect((await page({ key: new Uint8Array(), offset: 0n, limit: 0n, countTotal: false, reverse: false })).pagination.total).toBe(3n);
    expect((await page({ key: new Uint8Array(), offset: 0n, limit: 2n, countTotal: false, reverse: false })).pagination.total).toBe(0n);
    const two = await page({ key: new Uint8Array(), offset: 0n, limit: 2n, countTotal: true, reverse: false });
    expect([two.items, two.pagination.total, new TextDecoder().decode(two.pagination.nextKey)]).toEqual([["a", "b"], 3n, "c"]);
  });

  it("refuses a key and an offset together, and a limit over 1000", async () => {
    await expect(page({ key: utf8("b"), offset: 1n, limit: 1n, countTotal: false, reverse: false })).rejects.toThrow(/either offset or key is expected, got both/);
    await expect(page({ key: new Uint8Array(), offset: 0n, limit: 1001n, countTotal: false, reverse: false })).rejects.toThrow(/pagination limit 1001 exceeds 1000/);
  });
});
