/**
 * Staking and slashing tests on the real App: an AppHarness whose accounts can be genesis
 * validators (through genesis/staking.ts), message builders for every staking message, typed
 * queries, and blocks that carry decided_last_commit votes and misbehaviour.
 */
import { ed25519 } from "@noble/curves/ed25519.js";
import { sha256 } from "@noble/hashes/sha2.js";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { QueryTotalSupplyRequest, QueryTotalSupplyResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { MsgUnjail } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import * as slashingQuery from "cosmjs-types/cosmos/slashing/v1beta1/query";
import * as stakingQuery from "cosmjs-types/cosmos/staking/v1beta1/query";
import type { Validator } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { MisbehaviorType, type ExecTxResult, type ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { BlockIDFlag } from "cosmjs-types/tendermint/types/validator";
import { addressBytes, addressString, consAddressString, moduleAddress, valoperString } from "../chain/address.ts";
import { addGenesisValidator } from "../genesis/staking.ts";
import type { GenesisDoc } from "../genesis/types.ts";
import { createModules } from "../modules/index.ts";
import { pubkeyAny } from "../modules/staking/types.ts";
import { exportAppState } from "../node/export.ts";
import { AppHarness, registry } from "./appHarness.ts";

if (!registry.lookupType("/cosmos.slashing.v1beta1.MsgUnjail")) registry.register("/cosmos.slashing.v1beta1.MsgUnjail", MsgUnjail);

export const TRIB = 1_000_000n;
export const FEE = 5000n;

/** Deterministic ed25519 consensus key number `i`. */
export const consKey = (i: number): Uint8Array => ed25519.getPublicKey(sha256(new TextEncoder().encode(`cons-key-${i}`)));
export const consAddr = (i: number): Uint8Array => sha256(consKey(i)).slice(0, 20);

export interface HarnessOptions {
  accounts?: number;
  /** Genesis validators: account index, power (self-bond = power × 10^6), consensus key index. */
  validators?: { account: number; power: bigint; key?: number }[];
  staking?: (s: any) => void;
  slashing?: (s: any) => void;
  appState?: (s: any) => void;
  /** First block height (default 1), e.g. the exported height + 1 for a chain started from an export. */
  initialHeight?: bigint;
}

type QueryCodec<Req, Res> = { encode(r: Req): { finish(): Uint8Array }; decode(b: Uint8Array): Res };

export class StakingHarness {
  private constructor(readonly h: AppHarness) {}

  static async create(opts: HarnessOptions = {}): Promise<StakingHarness> {
    const h = await AppHarness.create({
      accounts: opts.accounts ?? 4,
      initialHeight: opts.initialHeight,
      appState: (s) => {
        const m = createModules();
        const defaults = Object.fromEntries(m.modules.filter((x) => x.defaultGenesis).map((x) => [x.name, x.defaultGenesis!()]));
        s.staking = defaults.staking;
        s.slashing = defaults.slashing;
        opts.staking?.(s.staking);
        opts.slashing?.(s.slashing);
        // The harness shares one coins array between accounts: give each its own.
        s.bank.balances = JSON.parse(JSON.stringify(s.bank.balances));
        const doc = { app_state: s, genesis_time: "2023-11-14T22:13:20Z" } as unknown as GenesisDoc;
        for (const v of opts.validators ?? []) {
          addGenesisValidator(doc, { operator: s.bank.balances[v.account].address, consensusPubkey: consKey(v.key ?? v.account), selfBond: v.power * TRIB, moniker: `val${v.account}` });
        }
        opts.appState?.(s);
      },
    });
    return new StakingHarness(h);
  }

  close(): Promise<void> {
    return this.h.close();
  }

  address(i: number): string {
    return this.h.accounts[i]!.address;
  }

  valoper(i: number): string {
    return valoperString(addressBytes(this.h.accounts[i]!.address));
  }

  /** Signs and delivers one tx of account `i`; keeps its sequence in step. */
  async tx(i: number, msgs: EncodeObject[], gas = 400_000): Promise<{ result: ExecTxResult; block: ResponseFinalizeBlock }> {
    const block = await this.h.deliver([await this.h.signTx(i, { msgs, gas })]);
    const result = block.txResults[0]!;
    if (result.code === 0 || result.log.includes("fee and sequence kept")) this.h.accounts[i]!.sequence++;
    return { result, block };
  }

  async block(opts: Parameters<AppHarness["deliver"]>[1] = {}): Promise<ResponseFinalizeBlock> {
    return this.h.deliver([], opts);
  }

  /** A block whose last commit has votes of `signers` (commit) and `absent` (absent), by key index. */
  async blockWithVotes(signers: { key: number; power: bigint }[], absent: { key: number; power: bigint }[]): Promise<ResponseFinalizeBlock> {
    const vote = (v: { key: number; power: bigint }, flag: BlockIDFlag) => ({ validator: { address: consAddr(v.key), power: v.power }, blockIdFlag: flag });
    return this.h.deliver([], {
      decidedLastCommit: { round: 0, votes: [...signers.map((v) => vote(v, BlockIDFlag.BLOCK_ID_FLAG_COMMIT)), ...absent.map((v) => vote(v, BlockIDFlag.BLOCK_ID_FLAG_ABSENT))] },
    });
  }

  /** A block carrying DUPLICATE_VOTE evidence against key `key` at `height`. */
  async blockWithDoubleSign(key: number, power: bigint, height: bigint, secondsAgo = 0n): Promise<ResponseFinalizeBlock> {
    const seconds = this.h.nextBlockSeconds() - secondsAgo;
    return this.h.deliver([], {
      misbehavior: [{ type: MisbehaviorType.DUPLICATE_VOTE, validator: { address: consAddr(key), power }, height, time: { seconds, nanos: 0 }, totalVotingPower: power }],
    });
  }

  // --- messages -----------------------------------------------------------------------------

  createValidator(i: number, o: { selfBond: bigint; key?: number; rate?: string; maxRate?: string; maxChangeRate?: string; minSelf?: string; moniker?: string; details?: string; denom?: string }): EncodeObject {
    return {
      typeUrl: "/cosmos.staking.v1beta1.MsgCreateValidator",
      value: {
        description: { moniker: o.moniker ?? `val${i}`, identity: "", website: "", securityContact: "", details: o.details ?? "" },
        // Protobuf carries LegacyDec as the integer scaled by 10^18.
        commission: { rate: o.rate ?? "100000000000000000", maxRate: o.maxRate ?? "200000000000000000", maxChangeRate: o.maxChangeRate ?? "10000000000000000" },
        minSelfDelegation: o.minSelf ?? "1",
        delegatorAddress: "",
        validatorAddress: this.valoper(i),
        pubkey: pubkeyAny(consKey(o.key ?? i)),
        value: { denom: o.denom ?? "utrib", amount: o.selfBond.toString() },
      },
    };
  }

  editValidator(i: number, o: { moniker?: string; rate?: string; minSelf?: string }): EncodeObject {
    return {
      typeUrl: "/cosmos.staking.v1beta1.MsgEditValidator",
      value: {
        description: { moniker: o.moniker ?? "[do-not-modify]", identity: "[do-not-modify]", website: "[do-not-modify]", securityContact: "[do-not-modify]", details: "[do-not-modify]" },
        validatorAddress: this.valoper(i),
        commissionRate: o.rate ?? "",
        minSelfDelegation: o.minSelf ?? "",
      },
    };
  }

  delegate(i: number, valoper: string, amount: bigint, denom = "utrib"): EncodeObject {
    return { typeUrl: "/cosmos.staking.v1beta1.MsgDelegate", value: { delegatorAddress: this.address(i), validatorAddress: valoper, amount: { denom, amount: amount.toString() } } };
  }

  undelegate(i: number, valoper: string, amount: bigint): EncodeObject {
    return { typeUrl: "/cosmos.staking.v1beta1.MsgUndelegate", value: { delegatorAddress: this.address(i), validatorAddress: valoper, amount: { denom: "utrib", amount: amount.toString() } } };
  }

  redelegate(i: number, src: string, dst: string, amount: bigint): EncodeObject {
    return {
      typeUrl: "/cosmos.staking.v1beta1.MsgBeginRedelegate",
      value: { delegatorAddress: this.address(i), validatorSrcAddress: src, validatorDstAddress: dst, amount: { denom: "utrib", amount: amount.toString() } },
    };
  }

  unjail(i: number): EncodeObject {
    return { typeUrl: "/cosmos.slashing.v1beta1.MsgUnjail", value: { validatorAddr: this.valoper(i) } };
  }

  // --- queries ------------------------------------------------------------------------------

  async query<Req, Res>(path: string, req: Req, codecs: [QueryCodec<Req, unknown>, QueryCodec<unknown, Res>]): Promise<Res> {
    const res = await this.h.app.query({ path, data: codecs[0].encode(req).finish(), height: 0n, prove: false });
    if (res.code !== 0) throw new Error(`${path}: ${res.codespace}/${res.code} ${res.log}`);
    return codecs[1].decode(res.value) as Res;
  }

  async validator(valoper: string): Promise<Validator> {
    const r = await this.query("/cosmos.staking.v1beta1.Query/Validator", { validatorAddr: valoper }, [stakingQuery.QueryValidatorRequest, stakingQuery.QueryValidatorResponse]);
    return r.validator;
  }

  async validators(status = ""): Promise<Validator[]> {
    const r = await this.query("/cosmos.staking.v1beta1.Query/Validators", { status }, [stakingQuery.QueryValidatorsRequest, stakingQuery.QueryValidatorsResponse]);
    return r.validators;
  }

  async hasValidator(valoper: string): Promise<boolean> {
    const res = await this.h.app.query({ path: "/cosmos.staking.v1beta1.Query/Validator", data: stakingQuery.QueryValidatorRequest.encode({ validatorAddr: valoper }).finish(), height: 0n, prove: false });
    return res.code === 0;
  }

  /** Delegation balance in tokens (0 when there is none). */
  async delegated(i: number, valoper: string): Promise<bigint> {
    const res = await this.h.app.query({
      path: "/cosmos.staking.v1beta1.Query/Delegation",
      data: stakingQuery.QueryDelegationRequest.encode({ delegatorAddr: this.address(i), validatorAddr: valoper }).finish(),
      height: 0n,
      prove: false,
    });
    if (res.code !== 0) return 0n;
    return BigInt(stakingQuery.QueryDelegationResponse.decode(res.value).delegationResponse!.balance.amount);
  }

  async unbondings(i: number) {
    const r = await this.query("/cosmos.staking.v1beta1.Query/DelegatorUnbondingDelegations", { delegatorAddr: this.address(i) }, [
      stakingQuery.QueryDelegatorUnbondingDelegationsRequest,
      stakingQuery.QueryDelegatorUnbondingDelegationsResponse,
    ]);
    return r.unbondingResponses;
  }

  async redelegations(i: number) {
    const r = await this.query("/cosmos.staking.v1beta1.Query/Redelegations", { delegatorAddr: this.address(i), srcValidatorAddr: "", dstValidatorAddr: "" }, [
      stakingQuery.QueryRedelegationsRequest,
      stakingQuery.QueryRedelegationsResponse,
    ]);
    return r.redelegationResponses;
  }

  async pool(): Promise<{ bonded: bigint; notBonded: bigint }> {
    const r = await this.query("/cosmos.staking.v1beta1.Query/Pool", {}, [stakingQuery.QueryPoolRequest, stakingQuery.QueryPoolResponse]);
    return { bonded: BigInt(r.pool.bondedTokens), notBonded: BigInt(r.pool.notBondedTokens) };
  }

  /** The pools' bank balances, which must always equal the pool query. */
  async poolBalances(): Promise<{ bonded: bigint; notBonded: bigint }> {
    return {
      bonded: await this.h.balance(addressString(moduleAddress("bonded_tokens_pool"))),
      notBonded: await this.h.balance(addressString(moduleAddress("not_bonded_tokens_pool"))),
    };
  }

  async supply(): Promise<bigint> {
    const r = await this.query("/cosmos.bank.v1beta1.Query/TotalSupply", {}, [QueryTotalSupplyRequest, QueryTotalSupplyResponse]);
    return BigInt(r.supply.find((c) => c.denom === "utrib")?.amount ?? "0");
  }

  async signingInfo(key: number) {
    const r = await this.query("/cosmos.slashing.v1beta1.Query/SigningInfo", { consAddress: consAddressString(consAddr(key)) }, [
      slashingQuery.QuerySigningInfoRequest,
      slashingQuery.QuerySigningInfoResponse,
    ]);
    return r.valSigningInfo;
  }

  /** Every module's genesis export of the committed state. */
  async exportAppState(): Promise<Record<string, unknown>> {
    return exportAppState(this.h.store.committed(), this.h.height);
  }
}

/** `type.key=value` strings of a tx's or block's events, for containment checks. */
export function flatEvents(events: { type: string; attributes: { key: string; value: string }[] }[]): string[] {
  return events.flatMap((e) => e.attributes.map((a) => `${e.type}.${a.key}=${a.value}`));
}
