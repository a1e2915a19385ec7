import { addressBytes } from "../../chain/address.ts";
import type { Coin } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import { prefixEnd, readU64be, u64be } from "../../chain/keys.ts";
import type { KVReader } from "../../chain/store/types.ts";
import {
  contributorCountersIn, contributorCountersOut, countersIn, countersOut, decodeContribution, decodeDatanet,
  decodeSequence, decodeVersion, encodeContribution, encodeDatanet, encodeSequence, encodeVersion, paramsIn,
  paramsOut, pb, quotaIn, quotaOut, u64,
} from "./codec.ts";
import { datanetErrors } from "./errors.ts";
import type { ContentReader, DatanetAccountKeeper, DatanetBankKeeper } from "./expected.ts";
import { datanetKeys } from "./keys.ts";
import type { Frontier } from "./merkle.ts";
import {
  type Contribution, type ContributorCounters, type Datanet, type DatanetCounters, type DatanetParams,
  type DatanetVersion, DEFAULT_DATANET_PARAMS, type QuotaUsage, type TokenSequence, contributionStatusNumber,
  zeroContributorCounters,
} from "./types.ts";
import { decode, encode } from "../../proto/codec.ts";

const EMPTY = new Uint8Array();
const FIRST_WORD_ID = 3;

/** Called by later modules (attribution, rewards) inside the same tx. */
export interface DatanetHooks {
  afterVersionPublished(ctx: Context, v: DatanetVersion): void;
  /** Fees (the creation fee) were just sent to the fee collector; rewards takes its share. */
  afterFeesCollected?(ctx: Context, fees: readonly Coin[]): void;
}

/**
 * The datanet store: datanets with their owner and tag indexes and counters, contributions
 * with their status and contributor indexes, token sequences, vocabularies, versions and their
 * membership index and Merkle frontier, contributor counters and quotas. The state
 * transitions live beside it (ingest.ts, review.ts, publish.ts) and use these accessors.
 */
export class DatanetKeeper {
  /** The module account creation fees go to (auth's fee collector). */
  readonly feeCollector: string;
  /** The node's content store; absent in consensus-only setups (queries then answer NotFound). */
  readonly content: ContentReader | undefined;

  hooks: DatanetHooks | undefined;

  constructor(
    readonly bank: DatanetBankKeeper,
    readonly accounts: DatanetAccountKeeper,
    opts: { feeCollector: string; content?: ContentReader },
  ) {
    this.feeCollector = opts.feeCollector;
    this.content = opts.content;
  }

  setHooks(h: DatanetHooks): void {
    this.hooks = h;
  }

  // --- params and id counters ---------------------------------------------------------------

  getParams(kv: KVReader): DatanetParams {
    const raw = kv.get(datanetKeys.params);
    return raw ? paramsIn(decode(pb.ParamsSchema, raw)) : DEFAULT_DATANET_PARAMS;
  }

  setParams(ctx: Context, p: DatanetParams): void {
    ctx.kv.set(datanetKeys.params, encode(pb.ParamsSchema, paramsOut(p)));
  }

  /** Takes the next id from a counter key (ids start at 1, so 0 never names anything). */
  private takeId(ctx: Context, key: Uint8Array): bigint {
    const raw = ctx.kv.get(key);
    const id = raw ? readU64be(raw) : 1n;
    ctx.kv.set(key, u64be(id + 1n));
    return id;
  }

  takeDatanetId = (ctx: Context) => this.takeId(ctx, datanetKeys.nextDatanetId);
  takeContributionId = (ctx: Context) => this.takeId(ctx, datanetKeys.nextContributionId);

  setNextIds(ctx: Context, datanet: bigint, contribution: bigint): void {
    ctx.kv.set(datanetKeys.nextDatanetId, u64be(datanet));
    ctx.kv.set(datanetKeys.nextContributionId, u64be(contribution));
  }

  // --- datanets -----------------------------------------------------------------------------

  getDatanet(kv: KVReader, id: bigint): Datanet | undefined {
    const raw = kv.get(datanetKeys.datanet(id));
    return raw ? decodeDatanet(raw) : undefined;
  }

  mustGetDatanet(kv: KVReader, id: bigint): Datanet {
    const d = this.getDatanet(kv, id);
    if (!d) throw datanetErrors.datanetNotFound.wrap(`datanet ${id} does not exist`);
    return d;
  }

  /** Writes a datanet and keeps the owner and tag indexes in step with `previous`. */
  setDatanet(ctx: Context, d: Datanet, previous?: Datanet): void {
    ctx.kv.set(datanetKeys.datanet(d.id), encodeDatanet(d));
    if (!previous) ctx.kv.set(datanetKeys.byOwnerEntry(addressBytes(d.owner), d.id), EMPTY);
    for (const t of previous?.metadata.tags ?? []) {
      if (!d.metadata.tags.includes(t)) ctx.kv.delete(datanetKeys.byTagEntry(t, d.id));
    }
    for (const t of d.metadata.tags) {
      if (!previous?.metadata.tags.includes(t)) ctx.kv.set(datanetKeys.byTagEntry(t, d.id), EMPTY);
    }
  }

  getCounters(kv: KVReader, id: bigint): DatanetCounters {
    const raw = kv.get(datanetKeys.counters(id));
    if (!raw) return { pending: 0n, accepted: 0n, acceptedTokens: 0n, nextWordId: FIRST_WORD_ID, latestVersion: 0n };
    return countersIn(decode(pb.DatanetCountersSchema, raw));
  }

  setCounters(ctx: Context, id: bigint, c: DatanetCounters): void {
    ctx.kv.set(datanetKeys.counters(id), encode(pb.DatanetCountersSchema, countersOut(c)));
  }

  /** Whether `addr` may review contributions of `d`: the owner or a listed curator. */
  isCurator(d: Datanet, addr: string): boolean {
    return d.owner === addr || d.curators.includes(addr);
  }

  // --- contributions ------------------------------------------------------------------------

  getContribution(kv: KVReader, id: bigint): Contribution | undefined {
    const raw = kv.get(datanetKeys.contribution(id));
    return raw ? decodeContribution(raw) : undefined;
  }

  mustGetContribution(kv: KVReader, id: bigint): Contribution {
    const c = this.getContribution(kv, id);
    if (!c) throw datanetErrors.contributionNotFound.wrap(`contribution ${id} does not exist`);
    return c;
  }

  /** Writes a contribution and moves its status index entry from `previousStatus`. */
  setContribution(ctx: Context, c: Contribution, previousStatus?: Contribution["status"]): void {
    ctx.kv.set(datanetKeys.contribution(c.id), encodeContribution(c));
    if (previousStatus === undefined) {
      ctx.kv.set(datanetKeys.byContributorEntry(addressBytes(c.contributor), c.id), EMPTY);
      ctx.kv.set(datanetKeys.byDatanetAllEntry(c.datanetId, c.id), EMPTY);
    } else if (previousStatus !== c.status) {
      ctx.kv.delete(datanetKeys.byStatusEntry(c.datanetId, contributionStatusNumber(previousStatus), c.id));
    }
    if (previousStatus !== c.status) {
      ctx.kv.set(datanetKeys.byStatusEntry(c.datanetId, contributionStatusNumber(c.status), c.id), EMPTY);
    }
  }

  /** One more attribution record credits contribution `id` (attribution module). PERF: one read, one write. */
  incrementTimesAttributed(ctx: Context, id: bigint): void {
    const c = this.mustGetContribution(ctx.kv, id);
    ctx.kv.set(datanetKeys.contribution(id), encodeContribution({ ...c, timesAttributed: c.timesAttributed + 1n }));
  }

  /** Payable inference credits a contribution (its share of a contributor's amount, or a pool claim). */
  addEarned(ctx: Context, id: bigint, amount: bigint): void {
    const c = this.mustGetContribution(ctx.kv, id);
    ctx.kv.set(datanetKeys.contribution(id), encodeContribution({ ...c, totalEarned: c.totalEarned + amount }));
  }

  getSequence(kv: KVReader, id: bigint): TokenSequence | undefined {
    const raw = kv.get(datanetKeys.sequence(id));
    return raw ? decodeSequence(raw) : undefined;
  }

  setSequence(ctx: Context, id: bigint, s: TokenSequence): void {
    ctx.kv.set(datanetKeys.sequence(id), encodeSequence(s));
  }

  getContributorCounters(kv: KVReader, addr: Uint8Array): ContributorCounters {
    const raw = kv.get(datanetKeys.contributorCounters(addr));
    return raw ? contributorCountersIn(decode(pb.ContributorCountersSchema, raw)) : zeroContributorCounters();
  }

  setContributorCounters(ctx: Context, addr: Uint8Array, c: ContributorCounters): void {
    ctx.kv.set(datanetKeys.contributorCounters(addr), encode(pb.ContributorCountersSchema, contributorCountersOut(c)));
  }

  getQuota(kv: KVReader, addr: Uint8Array): QuotaUsage | undefined {
    const raw = kv.get(datanetKeys.quota(addr));
    return raw ? quotaIn(raw) : undefined;
  }

  setQuota(ctx: Context, addr: Uint8Array, q: QuotaUsage): void {
    ctx.kv.set(datanetKeys.quota(addr), quotaOut(q));
  }

  // --- vocabulary ---------------------------------------------------------------------------

  getWordId(kv: KVReader, dn: bigint, word: string): number | undefined {
    const raw = kv.get(datanetKeys.word(dn, word));
    return raw ? new DataView(raw.buffer, raw.byteOffset, 4).getUint32(0) : undefined;
  }

  setWordId(ctx: Context, dn: bigint, word: string, id: number): void {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, id);
    ctx.kv.set(datanetKeys.word(dn, word), b);
  }

  /** The vocabulary of a datanet in id order (genesis export). PERF: O(vocabulary) + a sort. */
  async getVocabulary(kv: KVReader, dn: bigint): Promise<string[]> {
    const prefix = datanetKeys.words(dn);
    const entries: [number, string][] = [];
    const dec = new TextDecoder();
    for await (const [k, v] of kv.iterate({ gte: prefix, lt: prefixEnd(prefix) })) {
      entries.push([new DataView(v.buffer, v.byteOffset, 4).getUint32(0), dec.decode(k.subarray(prefix.length))]);
    }
    entries.sort((a, b) => a[0] - b[0]);
    return entries.map(([, w]) => w);
  }

  // --- versions -----------------------------------------------------------------------------

  getVersion(kv: KVReader, dn: bigint, n: bigint): DatanetVersion | undefined {
    const raw = kv.get(datanetKeys.version(dn, n));
    return raw ? decodeVersion(raw) : undefined;
  }

  /** Every version of every datanet, in (datanet, number) order. PERF: O(versions) (genesis only). */
  async listVersions(kv: KVReader): Promise<DatanetVersion[]> {
    const out: DatanetVersion[] = [];
    for await (const [, v] of kv.iterate({ gte: datanetKeys.versionPrefix, lt: prefixEnd(datanetKeys.versionPrefix) })) out.push(decodeVersion(v));
    return out;
  }

  /** Writes a version and the version-order positions of the records it adds. */
  setVersion(ctx: Context, v: DatanetVersion): void {
    ctx.kv.set(datanetKeys.version(v.datanetId, v.number), encodeVersion(v));
    let pos = v.recordCount - BigInt(v.addedContributionIds.length);
    for (const id of v.addedContributionIds) ctx.kv.set(datanetKeys.position(v.datanetId, pos++), u64be(id));
  }

  getFrontier(kv: KVReader, dn: bigint): Frontier {
    const raw = kv.get(datanetKeys.frontier(dn));
    if (!raw) return { leafCount: 0n, peaks: [] };
    const m = decode(pb.MerkleFrontierSchema, raw);
    return { leafCount: u64(m.leafCount), peaks: m.peaks ?? [] };
  }

  setFrontier(ctx: Context, dn: bigint, f: Frontier): void {
    ctx.kv.set(datanetKeys.frontier(dn), encode(pb.MerkleFrontierSchema, { leafCount: f.leafCount, peaks: f.peaks }));
  }

  /** Marks an accepted record as waiting for the next version. */
  setUnpublished(ctx: Context, dn: bigint, id: bigint): void {
    ctx.kv.set(datanetKeys.unpublishedEntry(dn, id), EMPTY);
  }

  /**
   * Takes the accepted records not yet in a version, in id order, clearing the queue.
   * PERF: one iterator step and one delete per record taken.
   */
  async takeUnpublished(ctx: Context, dn: bigint): Promise<bigint[]> {
    const prefix = datanetKeys.unpublished(dn);
    const out: bigint[] = [];
    for await (const [k] of ctx.kv.iterate({ gte: prefix, lt: prefixEnd(prefix) })) out.push(readU64be(k, prefix.length));
    for (const id of out) ctx.kv.delete(datanetKeys.unpublishedEntry(dn, id));
    return out;
  }
}
