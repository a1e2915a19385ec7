import { Deposit, Params, Proposal, Vote } from "cosmjs-types/cosmos/gov/v1/gov";
import type { Context } from "../../chain/context.ts";
import { prefixEnd, readU64be, u64be } from "../../chain/keys.ts";
import type { KVReader } from "../../chain/store/types.ts";
import type { GovAccountKeeper, GovBankKeeper, GovRouter, GovStakingKeeper } from "./expected.ts";
import { govKeys, queueEntry } from "./keys.ts";
import { paramsFromProto, paramsToProto } from "./params.ts";
import { BURNER_PERMISSION, DEFAULT_GOV_PARAMS_V1, GOV_MODULE, type GovParams } from "./types.ts";

const enc = new TextEncoder();
const dec = new TextDecoder();

/**
 * gov's state: params, the next proposal id, proposals (cosmos.gov.v1.Proposal), the deposit
 * and voting queues, deposits and votes. Absent params and id read as the frozen defaults, so a
 * chain whose genesis had no gov section writes nothing until someone submits a proposal.
 */
export class GovKeeper {
  private router?: GovRouter;

  constructor(
    readonly bank: GovBankKeeper,
    readonly accounts: GovAccountKeeper,
    readonly staking: GovStakingKeeper,
  ) {}

  /** The app's router, set by the wiring once every module's handlers exist. */
  setRouter(router: GovRouter): void {
    this.router = router;
  }

  routerOrThrow(): GovRouter {
    if (!this.router) throw new Error("gov: no message router wired (modules/index.ts sets it)");
    return this.router;
  }

  // PERF: one read and a protobuf decode.
  getParams(kv: KVReader): GovParams {
    const raw = kv.get(govKeys.params);
    return raw ? paramsFromProto(Params.decode(raw)) : DEFAULT_GOV_PARAMS_V1;
  }

  setParams(ctx: Context, p: GovParams): void {
    ctx.kv.set(govKeys.params, Params.encode(paramsToProto(p)).finish());
  }

  /** The id the next proposal gets (1 on a chain that never had one). */
  getNextProposalId(kv: KVReader): bigint {
    const raw = kv.get(govKeys.nextProposalId);
    return raw ? readU64be(raw) : 1n;
  }

  setNextProposalId(ctx: Context, id: bigint): void {
    ctx.kv.set(govKeys.nextProposalId, u64be(id));
  }

  getConstitution(kv: KVReader): string {
    const raw = kv.get(govKeys.constitution);
    return raw ? dec.decode(raw) : "";
  }

  setConstitution(ctx: Context, text: string): void {
    if (text !== "") ctx.kv.set(govKeys.constitution, enc.encode(text));
  }

  getProposal(kv: KVReader, id: bigint): Proposal | undefined {
    const raw = kv.get(govKeys.proposal(id));
    return raw ? Proposal.decode(raw) : undefined;
  }

  setProposal(ctx: Context, p: Proposal): void {
    ctx.kv.set(govKeys.proposal(p.id), Proposal.encode(p).finish());
  }

  deleteProposal(ctx: Context, id: bigint): void {
    ctx.kv.delete(govKeys.proposal(id));
  }

  /** Every proposal in id order. PERF: the whole proposal range. */
  async iterateProposals(kv: KVReader): Promise<Proposal[]> {
    const out: Proposal[] = [];
    const p = govKeys.proposalPrefix;
    for await (const [, v] of kv.iterate({ gte: p, lt: prefixEnd(p) })) out.push(Proposal.decode(v));
    return out;
  }

  insertQueue(ctx: Context, queue: "inactive" | "active", end: bigint, id: bigint): void {
    ctx.kv.set(govKeys[queue](end, id), new Uint8Array());
  }

  removeQueue(ctx: Context, queue: "inactive" | "active", end: bigint, id: bigint): void {
    ctx.kv.delete(govKeys[queue](end, id));
  }

  /** Entries of a queue whose end time is at or before `now`, by end time then id. PERF: those entries. */
  async iterateQueueDue(kv: KVReader, queue: "inactive" | "active", now: bigint): Promise<{ end: bigint; id: bigint }[]> {
    const p = queue === "inactive" ? govKeys.inactivePrefix : govKeys.activePrefix;
    const out: { end: bigint; id: bigint }[] = [];
    // Everything with end <= now: keys below the prefix ‖ (now + 1).
    for await (const [k] of kv.iterate({ gte: p, lt: govKeys[queue](now + 1n, 0n) })) out.push(queueEntry(k.subarray(p.length)));
    return out;
  }

  getDeposit(kv: KVReader, id: bigint, depositor: Uint8Array): Deposit | undefined {
    const raw = kv.get(govKeys.deposit(id, depositor));
    return raw ? Deposit.decode(raw) : undefined;
  }

  setDeposit(ctx: Context, depositor: Uint8Array, d: Deposit): void {
    ctx.kv.set(govKeys.deposit(d.proposalId, depositor), Deposit.encode(d).finish());
  }

  deleteDeposit(ctx: Context, id: bigint, depositor: Uint8Array): void {
    ctx.kv.delete(govKeys.deposit(id, depositor));
  }

  /** Deposits of a proposal (every proposal when `id` is undefined), by depositor address bytes. */
  async iterateDeposits(kv: KVReader, id?: bigint): Promise<{ depositor: Uint8Array; deposit: Deposit }[]> {
    const p = id === undefined ? govKeys.depositPrefix : govKeys.depositsOf(id);
    const out: { depositor: Uint8Array; deposit: Deposit }[] = [];
    for await (const [k, v] of kv.iterate({ gte: p, lt: prefixEnd(p) })) {
      out.push({ depositor: k.slice(govKeys.depositPrefix.length + 8), deposit: Deposit.decode(v) });
    }
    return out;
  }

  getVote(kv: KVReader, id: bigint, voter: Uint8Array): Vote | undefined {
    const raw = kv.get(govKeys.vote(id, voter));
    return raw ? Vote.decode(raw) : undefined;
  }

  setVote(ctx: Context, voter: Uint8Array, v: Vote): void {
    ctx.kv.set(govKeys.vote(v.proposalId, voter), Vote.encode(v).finish());
  }

  deleteVote(ctx: Context, id: bigint, voter: Uint8Array): void {
    ctx.kv.delete(govKeys.vote(id, voter));
  }

  /** Votes of a proposal (every proposal when `id` is undefined), by voter address bytes. */
  async iterateVotes(kv: KVReader, id?: bigint): Promise<{ voter: Uint8Array; vote: Vote }[]> {
    const p = id === undefined ? govKeys.votePrefix : govKeys.votesOf(id);
    const out: { voter: Uint8Array; vote: Vote }[] = [];
    for await (const [k, v] of kv.iterate({ gte: p, lt: prefixEnd(p) })) out.push({ voter: k.slice(govKeys.votePrefix.length + 8), vote: Vote.decode(v) });
    return out;
  }

  /** Creates the gov module account (burner) if missing; returns its address. */
  ensureModuleAccount(ctx: Context): void {
    this.accounts.moduleAccount(ctx, GOV_MODULE, [BURNER_PERMISSION]);
  }
}
