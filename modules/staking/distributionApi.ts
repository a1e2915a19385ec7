import { Delegation, type Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { KVReader } from "../../chain/store/types.ts";
import { type Dec, decFromWire } from "../../chain/dec.ts";
import { prefixEnd } from "../../chain/keys.ts";
import { type StakingKeeper, operatorOf } from "./keeper.ts";
import { stakingKeys } from "./keys.ts";
import { sharesOf, tokensOf } from "./types.ts";

/** A validator as distribution sees it. */
export interface DistributionValidatorView {
  operator: Uint8Array;
  operatorAddress: string;
  tokens: bigint;
  delegatorShares: Dec;
  commissionRate: Dec;
}

function view(v: Validator): DistributionValidatorView {
  return {
    operator: operatorOf(v),
    operatorAddress: v.operatorAddress,
    tokens: tokensOf(v),
    delegatorShares: sharesOf(v),
    commissionRate: decFromWire(v.commission.commissionRates.rate, "commission rate"),
  };
}

/**
 * What staking offers the distribution module (which declares the matching interface in its own
 * expected.ts): validator and delegation lookups, a delegator's delegations, and for invariants
 * every validator and a validator's delegators.
 */
export function stakingForDistribution(k: StakingKeeper) {
  return {
    validator(kv: KVReader, op: Uint8Array): DistributionValidatorView | undefined {
      const v = k.getValidator(kv, op);
      return v && view(v);
    },
    validatorByConsAddr(kv: KVReader, cons: Uint8Array): DistributionValidatorView | undefined {
      const v = k.getValidatorByCons(kv, cons);
      return v && view(v);
    },
    delegationShares(kv: KVReader, del: Uint8Array, op: Uint8Array): Dec | undefined {
      const d = k.getDelegation(kv, del, op);
      return d ? BigInt(d.shares) : undefined;
    },
    /** PERF: grows with the delegator's delegations. */
    async delegationsOf(kv: KVReader, del: Uint8Array): Promise<{ operator: Uint8Array; shares: Dec }[]> {
      const p = stakingKeys.delegationsOf(del);
      const out: { operator: Uint8Array; shares: Dec }[] = [];
      for await (const [key, value] of kv.iterate({ gte: p, lt: prefixEnd(p) })) out.push({ operator: key.slice(p.length), shares: BigInt(Delegation.decode(value).shares) });
      return out;
    },
    async allValidators(kv: KVReader): Promise<DistributionValidatorView[]> {
      return (await k.allValidators(kv)).map(view);
    },
    bondDenom: (kv: KVReader): string => k.getParams(kv).bondDenom,
    /** PERF: grows with the validator's delegators. */
    async delegatorsOf(kv: KVReader, op: Uint8Array): Promise<Uint8Array[]> {
      const p = stakingKeys.delegationsTo(op);
      const out: Uint8Array[] = [];
      for await (const [key] of kv.iterate({ gte: p, lt: prefixEnd(p) })) out.push(key.slice(p.length));
      return out;
    },
  };
}
