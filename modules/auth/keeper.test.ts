import { describe, expect, it } from "vitest";
import type { Context } from "../../chain/context.ts";
import { MemBranch } from "../../chain/store/memBranch.ts";
import type { KVReader } from "../../chain/store/types.ts";
import { AuthKeeper } from "./keeper.ts";
import { DEFAULT_AUTH_PARAMS } from "./types.ts";

const empty: KVReader = {
  get: () => undefined,
  has: () => false,
  iterate: async function* () {},
};

describe("AuthKeeper.getParams", () => {
  it("decodes once per stored bytes object, follows every rewrite, and shares a frozen result", () => {
    const kv = new MemBranch(empty);
    const ctx = { kv } as unknown as Context;
    const k = new AuthKeeper();
    expect(k.getParams(kv)).toBe(DEFAULT_AUTH_PARAMS);

    k.setParams(ctx, { ...DEFAULT_AUTH_PARAMS, maxMemoCharacters: 100n });
    const first = k.getParams(kv);
    expect(first.maxMemoCharacters).toBe(100n);
    expect(k.getParams(kv)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      (first as { txSigLimit: bigint }).txSigLimit = 1n;
    }).toThrow(TypeError);

    // A rewrite, even to equal values, is a new bytes object: decoded again, never stale.
    k.setParams(ctx, { ...DEFAULT_AUTH_PARAMS, maxMemoCharacters: 200n, txSizeCostPerByte: 3n });
    const second = k.getParams(kv);
    expect(second).not.toBe(first);
    expect(second).toEqual({ ...DEFAULT_AUTH_PARAMS, maxMemoCharacters: 200n, txSizeCostPerByte: 3n });
    expect(first.maxMemoCharacters).toBe(100n);
  });
});
