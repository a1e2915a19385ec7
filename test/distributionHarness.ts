/**
 * Distribution tests on the real App: a StakingHarness whose txs choose their fee (a fee is how
 * coins reach fee_collector, and so the next block's allocation), blocks that carry the
 * previous block's votes (who signed, with what power) and evidence, typed distribution
 * queries and message builders. Mint is held at zero inflation unless asked otherwise, so an
 * allocation is exactly the fees of the block before.
 */
import type { EncodeObject } from "@cosmjs/proto-signing";
import * as dq from "cosmjs-types/cosmos/distribution/v1beta1/query";
import { MsgFundCommunityPool, MsgSetWithdrawAddress, MsgWithdrawDelegatorReward, MsgWithdrawValidatorCommission } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { MisbehaviorType, type ExecTxResult, type ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { BlockIDFlag } from "cosmjs-types/tendermint/types/validator";
import { bytesToHex } from "@noble/hashes/utils.js";
import { addressBytes, addressString, moduleAddress } from "../chain/address.ts";
import { authKeys } from "../modules/auth/keys.ts";
import { type Dec, formatDec } from "../chain/dec.ts";
import { registry } from "./appHarness.ts";
import { type HarnessOptions, StakingHarness, consAddr } from "./stakingHarness.ts";

for (const [url, type] of [
  ["/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward", MsgWithdrawDelegatorReward],
  ["/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission", MsgWithdrawValidatorCommission],
  ["/cosmos.distribution.v1beta1.MsgSetWithdrawAddress", MsgSetWithdrawAddress],
  ["/cosmos.distribution.v1beta1.MsgFundCommunityPool", MsgFundCommunityPool],
] as const) if (!registry.lookupType(url)) registry.register(url, type as never);

export const DISTRIBUTION_ADDRESS = addressString(moduleAddress("distribution"));
export const FEE_COLLECTOR_ADDRESS = addressString(moduleAddress("fee_collector"));

/** A vote of the previous block: consensus key index and power. */
export interface Vote {
  key: number;
  power: bigint;
}

export interface DistributionHarnessOptions extends HarnessOptions {
  /** Dotted decimal; default "0" (the SDK's keeper tests call AllocateTokensToValidator, untaxed). */
  communityTax?: string;
  withdrawAddrEnabled?: boolean;
  /** Keep mint's default inflation (default: zero inflation, so allocations are exactly the fees). */
  inflation?: boolean;
}

const ZERO = "0.000000000000000000";
/** Amounts of DecCoins as dotted decimals (what the SDK's tests compare). */
export const decText = (coins: { denom: string; amount: string }[]): string[] => coins.map((c) => `${formatDec(BigInt(c.amount))}${c.denom}`);

export class DistributionHarness {
  private constructor(readonly s: StakingHarness) {}

  static async create(opts: DistributionHarnessOptions = {}): Promise<DistributionHarness> {
    const s = await StakingHarness.create({
      ...opts,
      appState: (st) => {
        st.distribution = {
          params: { community_tax: opts.communityTax ?? ZERO, base_proposer_reward: ZERO, bonus_proposer_reward: ZERO, withdraw_addr_enabled: opts.withdrawAddrEnabled ?? true },
        };
        if (!opts.inflation) {
          st.mint = {
            minter: { inflation: ZERO, annual_provisions: ZERO },
            params: { mint_denom: "utrib", inflation_rate_change: ZERO, inflation_max: ZERO, inflation_min: ZERO, goal_bonded: "0.670000000000000000", blocks_per_year: "6311520" },
          };
        }
        opts.appState?.(st);
      },
    });
    return new DistributionHarness(s);
  }

  get height(): bigint {
    return this.s.h.height;
  }

  close(): Promise<void> {
    return this.s.close();
  }

  /**
   * Signs and delivers one tx of account `i` with `fee` utrib (default 0); the block carries
   * `votes` as its last commit (default: none, so the previous fees go to the community pool).
   */
  async tx(i: number, msgs: EncodeObject[], o: { fee?: bigint; votes?: Vote[]; gas?: number } = {}): Promise<{ result: ExecTxResult; block: ResponseFinalizeBlock }> {
    const fee = o.fee ?? 0n;
    const tx = await this.s.h.signTx(i, { msgs, gas: o.gas ?? 600_000, fee: fee > 0n ? [{ denom: "utrib", amount: fee.toString() }] : [] });
    const block = await this.s.h.deliver([tx], this.commit(o.votes ?? []));
    const result = block.txResults[0]!;
    if (result.code === 0 || result.log.includes("fee and sequence kept")) this.s.h.accounts[i]!.sequence++;
    return { result, block };
  }

  /** A block without txs whose last commit has `votes` (COMMIT) and `absent` (ABSENT). */
  block(votes: Vote[] = [], absent: Vote[] = [], evidence: { key: number; power: bigint; height: bigint }[] = []): Promise<ResponseFinalizeBlock> {
    const misbehavior = evidence.map((e) => ({
      type: MisbehaviorType.DUPLICATE_VOTE,
      validator: { address: consAddr(e.key), power: e.power },
      height: e.height,
      time: { seconds: this.s.h.nextBlockSeconds() - 1n, nanos: 0 },
      totalVotingPower: e.power,
    }));
    return this.s.h.deliver([], { ...this.commit(votes, absent), misbehavior });
  }

  private commit(votes: Vote[], absent: Vote[] = []) {
    const vote = (v: Vote, flag: BlockIDFlag) => ({ validator: { address: consAddr(v.key), power: v.power }, blockIdFlag: flag });
    return { decidedLastCommit: { round: 0, votes: [...votes.map((v) => vote(v, BlockIDFlag.BLOCK_ID_FLAG_COMMIT)), ...absent.map((v) => vote(v, BlockIDFlag.BLOCK_ID_FLAG_ABSENT))] } };
  }

  /** A tx of account `payer` paying `fee` (a self-send of 1 utrib), so the next allocation has `fee`. */
  async collect(payer: number, fee: bigint, votes: Vote[] = []): Promise<void> {
    const { result } = await this.tx(payer, [this.s.h.send(payer, this.s.address(payer), "1")], { fee, votes });
    if (result.code !== 0) throw new Error(`fee tx failed: ${result.log}`);
  }

  // --- messages -----------------------------------------------------------------------------

  withdrawReward(i: number, valoper: string): EncodeObject {
    return { typeUrl: "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward", value: { delegatorAddress: this.s.address(i), validatorAddress: valoper } };
  }

  withdrawCommission(i: number): EncodeObject {
    return { typeUrl: "/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission", value: { validatorAddress: this.s.valoper(i) } };
  }

  setWithdrawAddress(i: number, to: string): EncodeObject {
    return { typeUrl: "/cosmos.distribution.v1beta1.MsgSetWithdrawAddress", value: { delegatorAddress: this.s.address(i), withdrawAddress: to } };
  }

  fundCommunityPool(i: number, amount: bigint, denom = "utrib"): EncodeObject {
    return { typeUrl: "/cosmos.distribution.v1beta1.MsgFundCommunityPool", value: { depositor: this.s.address(i), amount: [{ denom, amount: amount.toString() }] } };
  }

  /** MsgCreateValidator with commission `rate` (dotted) as both rate and max rate, change 0. */
  createValidator(i: number, selfBond: bigint, rate: string, key = i): EncodeObject {
    // Protobuf carries LegacyDec as the integer scaled by 10^18.
    const scaled = (d: string): string => {
      const [w = "", f = ""] = d.split(".");
      return (BigInt(w) * 10n ** 18n + BigInt((f + "0".repeat(18)).slice(0, 18))).toString();
    };
    return this.s.createValidator(i, { selfBond, key, rate: scaled(rate), maxRate: scaled(rate), maxChangeRate: "0" });
  }

  // --- queries ------------------------------------------------------------------------------

  private q<Req, Res>(method: string, req: Req, codecs: [{ encode(r: Req): { finish(): Uint8Array } }, { decode(b: Uint8Array): Res }]): Promise<Res> {
    return this.s.query(`/cosmos.distribution.v1beta1.Query/${method}`, req, codecs as never);
  }

  /** The raw query, for rejection tests: code, codespace and log. */
  async rawQuery(method: string, data: Uint8Array) {
    return this.s.h.app.query({ path: `/cosmos.distribution.v1beta1.Query/${method}`, data, height: 0n, prove: false });
  }

  async rewards(i: number, valoper: string): Promise<string[]> {
    const r = await this.q("DelegationRewards", { delegatorAddress: this.s.address(i), validatorAddress: valoper }, [dq.QueryDelegationRewardsRequest, dq.QueryDelegationRewardsResponse]);
    return decText(r.rewards);
  }

  async totalRewards(i: number) {
    return this.q("DelegationTotalRewards", { delegatorAddress: this.s.address(i) }, [dq.QueryDelegationTotalRewardsRequest, dq.QueryDelegationTotalRewardsResponse]);
  }

  async commission(valoper: string): Promise<string[]> {
    const r = await this.q("ValidatorCommission", { validatorAddress: valoper }, [dq.QueryValidatorCommissionRequest, dq.QueryValidatorCommissionResponse]);
    return decText(r.commission.commission);
  }

  async outstanding(valoper: string): Promise<string[]> {
    const r = await this.q("ValidatorOutstandingRewards", { validatorAddress: valoper }, [dq.QueryValidatorOutstandingRewardsRequest, dq.QueryValidatorOutstandingRewardsResponse]);
    return decText(r.rewards.rewards);
  }

  async communityPool(): Promise<string[]> {
    const r = await this.q("CommunityPool", {}, [dq.QueryCommunityPoolRequest, dq.QueryCommunityPoolResponse]);
    return decText(r.pool);
  }

  async withdrawAddress(i: number): Promise<string> {
    const r = await this.q("DelegatorWithdrawAddress", { delegatorAddress: this.s.address(i) }, [dq.QueryDelegatorWithdrawAddressRequest, dq.QueryDelegatorWithdrawAddressResponse]);
    return r.withdrawAddress;
  }

  async delegatorValidators(i: number): Promise<string[]> {
    const r = await this.q("DelegatorValidators", { delegatorAddress: this.s.address(i) }, [dq.QueryDelegatorValidatorsRequest, dq.QueryDelegatorValidatorsResponse]);
    return r.validators;
  }

  async slashes(valoper: string, startingHeight = 0n, endingHeight = 1n << 62n, pagination?: dq.QueryValidatorSlashesRequest["pagination"]) {
    return this.q("ValidatorSlashes", { validatorAddress: valoper, startingHeight, endingHeight, pagination }, [dq.QueryValidatorSlashesRequest, dq.QueryValidatorSlashesResponse]);
  }

  async params() {
    return (await this.q("Params", {}, [dq.QueryParamsRequest, dq.QueryParamsResponse])).params;
  }

  balance(address: string): Promise<bigint> {
    return this.s.h.balance(address);
  }

  /** Every committed key and value, hex. */
  async snapshot(): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for await (const [k, v] of this.s.h.store.committed().iterate()) out.set(bytesToHex(k), bytesToHex(v));
    return out;
  }

  /**
   * Delivers a tx (no fee, no votes) that must fail with `codespace`/`code` and a log matching
   * `pattern`, and checks that nothing but the signer's account (its sequence) changed.
   */
  async expectRefused(i: number, msgs: EncodeObject[], codespace: string, code: number, pattern: RegExp): Promise<void> {
    const before = await this.snapshot();
    const { result } = await this.tx(i, msgs);
    if (result.code === 0) throw new Error(`expected a refusal matching ${pattern}, the tx passed`);
    if (result.codespace !== codespace || result.code !== code || !pattern.test(result.log)) {
      throw new Error(`expected ${codespace}/${code} matching ${pattern}, got ${result.codespace}/${result.code}: ${result.log}`);
    }
    const after = await this.snapshot();
    const allowed = bytesToHex(authKeys.account(addressBytes(this.s.address(i))));
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k) && k !== allowed);
    if (changed.length > 0) throw new Error(`a refused tx changed ${changed.map((k) => Buffer.from(k, "hex").toString("latin1")).join(", ")}`);
  }

  /** Σ reference counts of every historical rewards record (the SDK's GetValidatorHistoricalReferenceCount). */
  async referenceCount(): Promise<number> {
    const g = (await this.s.exportAppState()).distribution as { validator_historical_rewards: { rewards: { reference_count: number } }[] };
    return g.validator_historical_rewards.reduce((s, h) => s + h.rewards.reference_count, 0);
  }
}

/** `n` as the SDK prints a LegacyDec amount with its denom. */
export const dec = (n: Dec, denom = "utrib"): string => `${formatDec(n)}${denom}`;
export const whole = (n: bigint, denom = "utrib"): string => dec(n * 10n ** 18n, denom);
