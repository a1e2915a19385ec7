import { addressBytes, moduleAddress } from "../../chain/address.ts";
import type { Context } from "../../chain/context.ts";
import { prefixEnd } from "../../chain/keys.ts";
import type { KVReader } from "../../chain/store/types.ts";
import {
  challengeIn, challengeOut, epochIn, epochOut, nodeIn, nodeOut, paramsIn, paramsOut, pb, refundIn, refundOut, workIn, workOut,
} from "./codec.ts";
import { rewardsErrors } from "./errors.ts";
import type { RewardsAccountKeeper, RewardsBankKeeper, RewardsDatanetKeeper, RewardsMintKeeper } from "./expected.ts";
import { rewardsKeys } from "./keys.ts";
import {
  BOND_POOL, type BondRefund, type Challenge, DEFAULT_REWARDS_PARAMS, type EpochInfo, type EpochWork, GENESIS_EPOCH, type Node, type RewardsParams,
  STORAGE_POOL,
} from "./types.ts";
import { decode, encode } from "../../proto/codec.ts";

const EMPTY = new Uint8Array();

/**
 * The rewards store: params, the epoch clock, nodes, the current epoch's challenges and work,
 * and the bond refund queue. The state transitions live beside it (msgs/node.ts, msgs/proof.ts,
 * epoch.ts, payout.ts) and use these accessors.
 */
export class RewardsKeeper {
  readonly bondPool = moduleAddress(BOND_POOL);
  readonly storagePool = moduleAddress(STORAGE_POOL);
  private mintKeeper: RewardsMintKeeper | undefined;

  constructor(
    readonly bank: RewardsBankKeeper,
    readonly accounts: RewardsAccountKeeper,
    readonly datanet: RewardsDatanetKeeper,
    /** The fee collector's module name (inflation and datanet fees arrive there). */
    readonly feeCollector: string,
    mint?: RewardsMintKeeper,
  ) {
    this.mintKeeper = mint;
  }

  /** Wires mint (its keeper is built with the app's other keepers). */
  setMint(m: RewardsMintKeeper): void {
    this.mintKeeper = m;
  }

  get mint(): RewardsMintKeeper | undefined {
    return this.mintKeeper;
  }

  getParams(kv: KVReader): RewardsParams {
    const raw = kv.get(rewardsKeys.params);
    return raw ? paramsIn(decode(pb.ParamsSchema, raw)) : DEFAULT_REWARDS_PARAMS;
  }

  setParams(ctx: Context, p: RewardsParams): void {
    ctx.kv.set(rewardsKeys.params, encode(pb.ParamsSchema, paramsOut(p)));
  }

  getEpoch(kv: KVReader): EpochInfo {
    const raw = kv.get(rewardsKeys.epoch);
    return raw ? epochIn(decode(pb.EpochInfoSchema, raw)) : GENESIS_EPOCH;
  }

  setEpoch(ctx: Context, e: EpochInfo): void {
    ctx.kv.set(rewardsKeys.epoch, encode(pb.EpochInfoSchema, epochOut(e)));
  }

  // --- nodes --------------------------------------------------------------------------------

  getNode(kv: KVReader, addr: Uint8Array): Node | undefined {
    const raw = kv.get(rewardsKeys.node(addr));
    return raw ? nodeIn(decode(pb.NodeSchema, raw)) : undefined;
  }

  mustGetNode(kv: KVReader, operator: string): Node {
    const n = this.getNode(kv, addressBytes(operator, "operator"));
    if (!n) throw rewardsErrors.nodeNotFound.wrap(`${operator} is not a registered node`);
    return n;
  }

  setNode(ctx: Context, n: Node): void {
    ctx.kv.set(rewardsKeys.node(addressBytes(n.operator)), encode(pb.NodeSchema, nodeOut(n)));
  }

  deleteNode(ctx: Context, operator: string): void {
    ctx.kv.delete(rewardsKeys.node(addressBytes(operator)));
  }

  /** Every node in operator address order. PERF: O(nodes) (epoch start, genesis, invariants). */
  async listNodes(kv: KVReader): Promise<Node[]> {
    return this.scan(kv, rewardsKeys.nodePrefix, (v) => nodeIn(decode(pb.NodeSchema, v)));
  }

  // --- challenges and work of the current epoch ---------------------------------------------

  getChallenge(kv: KVReader, addr: Uint8Array, index: number): Challenge | undefined {
    const raw = kv.get(rewardsKeys.challenge(addr, index));
    return raw ? challengeIn(decode(pb.ChallengeSchema, raw)) : undefined;
  }

  setChallenge(ctx: Context, c: Challenge): void {
    ctx.kv.set(rewardsKeys.challenge(addressBytes(c.operator), c.index), encode(pb.ChallengeSchema, challengeOut(c)));
  }

  /** Challenges of one node (index order) or of every node (operator, index order). */
  async listChallenges(kv: KVReader, addr?: Uint8Array): Promise<Challenge[]> {
    return this.scan(kv, addr ? rewardsKeys.challenges(addr) : rewardsKeys.challengePrefix, (v) => challengeIn(decode(pb.ChallengeSchema, v)));
  }

  getWork(kv: KVReader, addr: Uint8Array): EpochWork | undefined {
    const raw = kv.get(rewardsKeys.work(addr));
    return raw ? workIn(decode(pb.EpochWorkSchema, raw)) : undefined;
  }

  setWork(ctx: Context, w: EpochWork): void {
    ctx.kv.set(rewardsKeys.work(addressBytes(w.operator)), encode(pb.EpochWorkSchema, workOut(w)));
  }

  async listWork(kv: KVReader): Promise<EpochWork[]> {
    return this.scan(kv, rewardsKeys.workPrefix, (v) => workIn(decode(pb.EpochWorkSchema, v)));
  }

  /** Deletes every challenge and work record (after the epoch's payout). PERF: O(challenges + nodes challenged). */
  async clearEpoch(ctx: Context): Promise<void> {
    for (const prefix of [rewardsKeys.challengePrefix, rewardsKeys.workPrefix]) {
      const keys: Uint8Array[] = [];
      for await (const [k] of ctx.kv.iterate({ gte: prefix, lt: prefixEnd(prefix) })) keys.push(k);
      for (const k of keys) ctx.kv.delete(k);
    }
  }

  // --- bond refunds -------------------------------------------------------------------------

  /** Queues a refund; one operator's refunds maturing at the same height are merged. */
  addRefund(ctx: Context, r: BondRefund): void {
    const addr = addressBytes(r.operator);
    const key = rewardsKeys.refund(r.completionHeight, addr);
    const raw = ctx.kv.get(key);
    const amount = raw ? refundIn(decode(pb.BondRefundSchema, raw)).amount.amount + r.amount.amount : r.amount.amount;
    ctx.kv.set(key, encode(pb.BondRefundSchema, refundOut({ ...r, amount: { denom: r.amount.denom, amount } })));
    ctx.kv.set(rewardsKeys.refundByOperator(addr, r.completionHeight), EMPTY);
  }

  /** Every queued refund in (completion height, operator) order. */
  async listRefunds(kv: KVReader): Promise<BondRefund[]> {
    return this.scan(kv, rewardsKeys.refundPrefix, (v) => refundIn(decode(pb.BondRefundSchema, v)));
  }

  /** Takes (deletes and returns) the refunds that mature at or before `height`. PERF: one seek, plus O(matured). */
  async takeMatureRefunds(ctx: Context, height: bigint): Promise<BondRefund[]> {
    const out: BondRefund[] = [];
    for await (const [, v] of ctx.kv.iterate({ gte: rewardsKeys.refundPrefix, lt: rewardsKeys.refundsUpTo(height) })) out.push(refundIn(decode(pb.BondRefundSchema, v)));
    for (const r of out) {
      const addr = addressBytes(r.operator);
      ctx.kv.delete(rewardsKeys.refund(r.completionHeight, addr));
      ctx.kv.delete(rewardsKeys.refundByOperator(addr, r.completionHeight));
    }
    return out;
  }

  /** One operator's pending refunds, in completion order. PERF: O(its refunds). */
  async refundsOf(kv: KVReader, addr: Uint8Array): Promise<BondRefund[]> {
    const prefix = rewardsKeys.refundsOf(addr);
    const heights = await this.scan(kv, prefix, (_v, k) => k);
    return heights.map((k) => refundIn(decode(pb.BondRefundSchema, kv.get(rewardsKeys.refund(readHeight(k, prefix.length), addr))!)));
  }

  /** Whether `addr` is jailed in epoch `epoch`. */
  static jailed(n: Node, epoch: bigint): boolean {
    return n.jailedUntilEpoch > 0n && epoch <= n.jailedUntilEpoch;
  }

  private async scan<T>(kv: KVReader, prefix: Uint8Array, f: (v: Uint8Array, k: Uint8Array) => T): Promise<T[]> {
    const out: T[] = [];
    for await (const [k, v] of kv.iterate({ gte: prefix, lt: prefixEnd(prefix) })) out.push(f(v, k));
    return out;
  }
}

const readHeight = (k: Uint8Array, at: number) => new DataView(k.buffer, k.byteOffset, k.byteLength).getBigUint64(at);

