import type { Context } from "../../chain/context.ts";
import type { KVReader } from "../../chain/store/types.ts";
import type { Dec } from "../../chain/dec.ts";

/** A validator as slashing needs to see it. */
export interface SlashingValidator {
  operator: Uint8Array;
  consAddress: Uint8Array;
  jailed: boolean;
  status: "bonded" | "unbonding" | "unbonded";
  minSelfDelegation: bigint;
}

/** What slashing needs from staking; modules/index.ts wires staking's implementation in. */
export interface SlashingStakingKeeper {
  validatorByConsAddr(kv: KVReader, cons: Uint8Array): SlashingValidator | undefined;
  validatorByOperator(kv: KVReader, op: Uint8Array): SlashingValidator | undefined;
  /** Tokens the operator's self-delegation is worth; undefined if it has none. */
  selfDelegationTokens(kv: KVReader, op: Uint8Array): bigint | undefined;
  /** Burns `fraction` of the stake at the infraction; returns the tokens burnt from the validator. */
  slash(ctx: Context, cons: Uint8Array, infractionHeight: bigint, power: bigint, fraction: Dec): Promise<bigint>;
  jail(ctx: Context, cons: Uint8Array): void;
  unjail(ctx: Context, cons: Uint8Array): void;
  /** Nanoseconds. */
  unbondingTime(kv: KVReader): bigint;
  bondedConsAddresses(kv: KVReader): Promise<Uint8Array[]>;
}
