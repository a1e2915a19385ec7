import { describe, expect, it } from "vitest";
import type { Context } from "../../chain/context.ts";
import type { StakingHooks } from "./expected.ts";
import { multiStakingHooks } from "./hooks.ts";
import { nextTurn } from "../../test/support/waitFor.ts";

const ctx = {} as Context;
const op = Uint8Array.of(1);
const del = Uint8Array.of(2);

describe("staking hook receivers", () => {
  it("calls every receiver in order, awaiting each, at every hook point", async () => {
    const calls: string[] = [];
    const record = (name: string): StakingHooks => ({
      async beforeDelegationSharesModified() {
        await nextTurn(); // a receiver that really suspends: the next one must wait for it
        calls.push(`${name}:shares`);
      },
      afterDelegationModified: () => void calls.push(`${name}:modified`),
      beforeValidatorSlashed: (_c, _op, fraction) => void calls.push(`${name}:slashed:${fraction}`),
    });
    const hooks = multiStakingHooks([record("distribution"), {}, record("slashing")]);
    await hooks.beforeDelegationSharesModified(ctx, del, op);
    await hooks.afterDelegationModified(ctx, del, op);
    await hooks.beforeValidatorSlashed(ctx, op, 5n);
    await hooks.afterValidatorCreated(ctx, op, op); // no receiver implements it
    expect(calls).toEqual(["distribution:shares", "slashing:shares", "distribution:modified", "slashing:modified", "distribution:slashed:5", "slashing:slashed:5"]);
  });

  it("stops at the first receiver that throws and fails the caller", async () => {
    const calls: string[] = [];
    const hooks = multiStakingHooks([
      { beforeDelegationCreated: () => { throw new Error("no rewards record"); } },
      { beforeDelegationCreated: () => void calls.push("second") },
    ]);
    await expect(hooks.beforeDelegationCreated(ctx, del, op)).rejects.toThrow(/no rewards record/);
    expect(calls).toEqual([]);
  });
});
