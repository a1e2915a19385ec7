import { Delegation, UnbondingDelegation } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { moduleAddress } from "../../chain/address.ts";
import type { Context } from "../../chain/context.ts";
import { prefixEnd } from "../../chain/keys.ts";
import type { Invariant } from "../../chain/module.ts";
import type { StakingKeeper } from "./keeper.ts";
import { stakingKeys } from "./keys.ts";
import { BONDED, BONDED_POOL, NOT_BONDED_POOL, sharesOf, tokensOf } from "./types.ts";

async function* values(ctx: Context, prefix: Uint8Array): AsyncIterable<Uint8Array> {
  for await (const [, v] of ctx.kv.iterate({ gte: prefix, lt: prefixEnd(prefix) })) yield v;
}

/**
 * x/staking's invariants: the pools hold exactly the stake the module says (bonded pool = the
 * tokens of bonded validators; not-bonded pool = the tokens of the others plus every unbonding
 * entry's balance), and each validator's shares are the sum of its delegations' shares.
 */
export function stakingInvariants(k: StakingKeeper): Invariant[] {
  return [
    {
      name: "staking/module-accounts",
      async check(ctx: Context) {
        const denom = k.getParams(ctx.kv).bondDenom;
        let bonded = 0n;
        let notBonded = 0n;
        for (const v of await k.allValidators(ctx.kv)) {
          if (v.status === BONDED) bonded += tokensOf(v);
          else notBonded += tokensOf(v);
        }
        for await (const raw of values(ctx, stakingKeys.ubdPrefix)) {
          for (const e of UnbondingDelegation.decode(raw).entries) notBonded += BigInt(e.balance);
        }
        const bondedPool = k.bank.getBalance(ctx.kv, moduleAddress(BONDED_POOL), denom);
        const notBondedPool = k.bank.getBalance(ctx.kv, moduleAddress(NOT_BONDED_POOL), denom);
        if (bondedPool !== bonded) return `bonded pool holds ${bondedPool}${denom} but bonded validators hold ${bonded}${denom}`;
        if (notBondedPool !== notBonded) return `not-bonded pool holds ${notBondedPool}${denom} but unbonded stake and unbonding entries add up to ${notBonded}${denom}`;
        return undefined;
      },
    },
    {
      name: "staking/delegator-shares",
      async check(ctx: Context) {
        const shares = new Map<string, bigint>();
        for await (const raw of values(ctx, stakingKeys.delegationPrefix)) {
          const d = Delegation.decode(raw);
          if (BigInt(d.shares) <= 0n) return `delegation of ${d.delegatorAddress} to ${d.validatorAddress} has ${d.shares} shares`;
          shares.set(d.validatorAddress, (shares.get(d.validatorAddress) ?? 0n) + BigInt(d.shares));
        }
        for (const v of await k.allValidators(ctx.kv)) {
          const sum = shares.get(v.operatorAddress) ?? 0n;
          if (sum !== sharesOf(v)) return `validator ${v.operatorAddress} has ${sharesOf(v)} shares but its delegations add up to ${sum}`;
        }
        return undefined;
      },
    },
  ];
}
