import type { Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { Context } from "../../chain/context.ts";
import type { KVReader } from "../../chain/store/types.ts";
import { type Dec, truncateInt } from "../../chain/dec.ts";
import { prefixEnd } from "../../chain/keys.ts";
import { type StakingKeeper, operatorOf } from "./keeper.ts";
import { stakingKeys } from "./keys.ts";
import { slash } from "./slash.ts";
import { BONDED, UNBONDING, tokensFromShares, validatorConsAddress } from "./types.ts";
import { jailValidator, unjailValidator } from "./valset.ts";

/** A validator as slashing sees it. */
export interface ValidatorView {
  operator: Uint8Array;
  consAddress: Uint8Array;
  jailed: boolean;
  status: "bonded" | "unbonding" | "unbonded";
  minSelfDelegation: bigint;
}

function view(v: Validator): ValidatorView {
  return {
    operator: operatorOf(v),
    consAddress: validatorConsAddress(v),
    jailed: v.jailed,
    status: v.status === BONDED ? "bonded" : v.status === UNBONDING ? "unbonding" : "unbonded",
    minSelfDelegation: BigInt(v.minSelfDelegation),
  };
}

/**
 * What staking offers the slashing module (which declares the matching interface in its own
 * expected.ts): validator lookups, slash, jail and unjail, and two params.
 */
export function stakingForSlashing(k: StakingKeeper) {
  return {
    validatorByConsAddr(kv: KVReader, cons: Uint8Array): ValidatorView | undefined {
      const v = k.getValidatorByCons(kv, cons);
      return v && view(v);
    },
    validatorByOperator(kv: KVReader, op: Uint8Array): ValidatorView | undefined {
      const v = k.getValidator(kv, op);
      return v && view(v);
    },
    /** Tokens the operator's own delegation is worth (truncated); undefined without one. */
    selfDelegationTokens(kv: KVReader, op: Uint8Array): bigint | undefined {
      const v = k.getValidator(kv, op);
      // The operator's account has the operator address's bytes.
      const d = v && k.getDelegation(kv, op, op);
      return v && d ? truncateInt(tokensFromShares(v, BigInt(d.shares))) : undefined;
    },
    slash: (ctx: Context, cons: Uint8Array, infractionHeight: bigint, power: bigint, fraction: Dec) => slash(k, ctx, cons, infractionHeight, power, fraction),
    jail(ctx: Context, cons: Uint8Array): void {
      const v = k.getValidatorByCons(ctx.kv, cons);
      if (v && !v.jailed) jailValidator(k, ctx, v);
    },
    unjail(ctx: Context, cons: Uint8Array): void {
      const v = k.getValidatorByCons(ctx.kv, cons);
      if (v) unjailValidator(k, ctx, v);
    },
    unbondingTime: (kv: KVReader): bigint => k.getParams(kv).unbondingTime,
    bondDenom: (kv: KVReader): string => k.getParams(kv).bondDenom,
    /** Consensus addresses of the last bonded set. PERF: grows with the set size. */
    async bondedConsAddresses(kv: KVReader): Promise<Uint8Array[]> {
      const out: Uint8Array[] = [];
      const p = stakingKeys.lastPowerPrefix;
      for await (const [key] of kv.iterate({ gte: p, lt: prefixEnd(p) })) {
        const v = k.getValidator(kv, key.slice(p.length));
        if (v) out.push(validatorConsAddress(v));
      }
      return out;
    },
  };
}
