import { addressBytes } from "../../chain/address.ts";
import type { Coin } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import { prefixEnd, readU64be, u64be } from "../../chain/keys.ts";
import type { KVReader } from "../../chain/store/types.ts";
import { decodeCommitment, decodeRecord, encodeCommitment, encodeRecord, paramsIn, paramsOut, pb } from "./codec.ts";
import { type DocumentSource, buildVersionIndex, type SegmentCache } from "./documents.ts";
import { type Attribution, type AttributionIndex, attributionGas } from "./engine/index.ts";
import { attributionErrors } from "./errors.ts";
import type { AttributionAccountReader, AttributionDatanetKeeper, IndexProvider, TextRulesOf } from "./expected.ts";
import { attributeText, buildRecord, type ManifestCorpus } from "./compute.ts";
import { attributionKeys } from "./keys.ts";
import { attributionParamsFor } from "./rules.ts";
import { type AttributionModuleParams, type AttributionRecord, DEFAULT_ATTRIBUTION_PARAMS, type IndexCommitment, type ManifestEntry, MAX_MANIFEST_ENTRIES } from "./types.ts";
import { decode, encode } from "../../proto/codec.ts";

const EMPTY = new Uint8Array();

/**
 * Index commitments of datanet versions and attribution records with their contributor and
 * contribution indexes. The index bytes come from the node's IndexProvider; without one
 * (consensus-only setups, some tests) the keeper builds them in process from state, the same bytes.
 */
export class AttributionKeeper {
  private readonly inline = new Map<string, AttributionIndex>();
  /** In-process builds share segments across versions, as the node's provider does. */
  private readonly inlineSegments: SegmentCache = new Map();
  readonly source: DocumentSource;

  constructor(
    readonly datanet: AttributionDatanetKeeper,
    readonly accounts: AttributionAccountReader,
    /** The datanet text rules by rules version: an output is cut by those of its block. */
    readonly textRules: TextRulesOf,
    readonly indexes?: IndexProvider,
  ) {
    this.source = { datanet, accounts };
  }

  getParams(kv: KVReader): AttributionModuleParams {
    const raw = kv.get(attributionKeys.params);
    return raw ? paramsIn(decode(pb.ParamsSchema, raw)) : DEFAULT_ATTRIBUTION_PARAMS;
  }

  setParams(ctx: Context, p: AttributionModuleParams): void {
    ctx.kv.set(attributionKeys.params, encode(pb.ParamsSchema, paramsOut(p)));
  }

  getCommitment(kv: KVReader, dn: bigint, v: bigint): IndexCommitment | undefined {
    const raw = kv.get(attributionKeys.commitment(dn, v));
    return raw ? decodeCommitment(raw) : undefined;
  }

  setCommitment(ctx: Context, c: IndexCommitment): void {
    ctx.kv.set(attributionKeys.commitment(c.datanetId, c.version), encodeCommitment(c));
    if (c.status === "PENDING") ctx.kv.set(attributionKeys.pendingEntry(c.readyHeight, c.datanetId, c.version), EMPTY);
    else ctx.kv.delete(attributionKeys.pendingEntry(c.readyHeight, c.datanetId, c.version));
  }

  /**
   * (datanet, version) of every PENDING commitment, in ready-height order (the node starts
   * their builds at startup). PERF: O(pending commitments).
   */
  async pendingVersions(kv: KVReader): Promise<[bigint, bigint][]> {
    const p = attributionKeys.pendingPrefix;
    const out: [bigint, bigint][] = [];
    for await (const [k] of kv.iterate({ gte: p, lt: prefixEnd(p) })) out.push([readU64be(k, p.length + 8), readU64be(k, p.length + 16)]);
    return out;
  }

  /** The index of a version: from the node's provider, else built in process (cached: the bytes are fixed). */
  async index(kv: KVReader, dn: bigint, v: bigint): Promise<AttributionIndex> {
    if (this.indexes) return this.indexes.get(dn, v);
    const key = `${dn}/${v}`;
    let idx = this.inline.get(key);
    if (!idx) {
      idx = buildVersionIndex(this.source, kv, dn, v, this.inlineSegments);
      this.inline.set(key, idx);
    }
    return idx;
  }

  // --- records ------------------------------------------------------------------------------

  takeRecordId(ctx: Context): bigint {
    const raw = ctx.kv.get(attributionKeys.nextRecordId);
    const id = raw ? readU64be(raw) : 1n;
    ctx.kv.set(attributionKeys.nextRecordId, u64be(id + 1n));
    return id;
  }

  nextRecordId(kv: KVReader): bigint {
    const raw = kv.get(attributionKeys.nextRecordId);
    return raw ? readU64be(raw) : 1n;
  }

  setNextRecordId(ctx: Context, id: bigint): void {
    ctx.kv.set(attributionKeys.nextRecordId, u64be(id));
  }

  getRecord(kv: KVReader, id: bigint): AttributionRecord | undefined {
    const raw = kv.get(attributionKeys.record(id));
    return raw ? decodeRecord(raw) : undefined;
  }

  /** Writes a record and its contributor and contribution index entries. */
  setRecord(ctx: Context, r: AttributionRecord): void {
    ctx.kv.set(attributionKeys.record(r.id), encodeRecord(r));
    for (const c of r.contributors) ctx.kv.set(attributionKeys.byContributorEntry(addressBytes(c.contributor), r.id), EMPTY);
    for (const c of r.contributions) ctx.kv.set(attributionKeys.byContributionEntry(c.contributionId, r.id), EMPTY);
  }

  // --- attribution --------------------------------------------------------------------------

  /**
   * The manifest's corpora: every entry a READY version, no duplicates.
   * PERF: one commitment read per entry; index from the provider's memory.
   */
  async corpora(ctx: Context, manifest: readonly ManifestEntry[]): Promise<ManifestCorpus[]> {
    checkManifest(manifest);
    const out: ManifestCorpus[] = [];
    for (const entry of manifest) {
      const c = this.getCommitment(ctx.kv, entry.datanetId, entry.version);
      if (!c) throw attributionErrors.commitmentNotFound.wrap(`datanet ${entry.datanetId} version ${entry.version} has no index commitment (is the version published?)`);
      if (c.status !== "READY") {
        throw attributionErrors.versionNotAttributable.wrap(`datanet ${entry.datanetId} version ${entry.version} is attributable from height ${c.readyHeight + 1n} (its index hash is recorded at the end of block ${c.readyHeight}; now ${ctx.block.height})`);
      }
      const index = await this.index(ctx.kv, entry.datanetId, entry.version);
      out.push({ entry, index, wordId: (w) => this.datanet.getWordId(ctx.kv, entry.datanetId, w) });
    }
    return out;
  }

  /**
   * Attributes `output` and charges the engine's gas to ctx.gasMeter; changes no state. The
   * engine set and the tokenizer are those of the block's rules version (`ctx.rules`).
   * PERF: O(output words) vocabulary reads + the engine's O(L · segments · log n) (metered).
   */
  async attribute(ctx: Context, manifest: readonly ManifestEntry[], output: string, prompt: string): Promise<{ attribution: Attribution; gas: bigint }> {
    const params = attributionParamsFor(ctx.rules, this.getParams(ctx.kv).paramsVersion);
    const attribution = attributeText(await this.corpora(ctx, manifest), output, prompt, params, this.textRules(ctx.rules));
    const gas = BigInt(attributionGas(attribution.stats));
    ctx.gasMeter.consume(gas, "attribution");
    return { attribution, gas };
  }

  /** The record `attribute` would give, without storing it (Query/Attribute, record id 0). */
  preview(ctx: Context, a: Attribution, manifest: ManifestEntry[], output: string, prompt: string, fee?: Coin): AttributionRecord {
    return buildRecord(a, { id: 0n, submitter: "", manifest, output, prompt, fee, height: ctx.block.height, contributorOf: (id) => this.contributorOf(ctx.kv, id) });
  }

  /**
   * Attributes `output`, splits `fee` (zero for MsgRecordAttribution) by points and stores the
   * record; bumps `times_attributed` of every credited contribution. Moving the fee is the
   * caller's job (payable inference). PERF: the engine (metered) + O(credited contributions) writes.
   */
  async attributeAndRecord(ctx: Context, manifest: ManifestEntry[], output: string, prompt: string, fee: Coin | undefined, submitter = ""): Promise<AttributionRecord> {
    const { attribution } = await this.attribute(ctx, manifest, output, prompt);
    const record = buildRecord(attribution, {
      id: this.takeRecordId(ctx), submitter, manifest, output, prompt, fee, height: ctx.block.height,
      contributorOf: (id) => this.contributorOf(ctx.kv, id),
    });
    this.setRecord(ctx, record);
    for (const c of record.contributions) this.datanet.incrementTimesAttributed(ctx, c.contributionId);
    return record;
  }

  contributorOf(kv: KVReader, contributionId: bigint): string {
    const c = this.datanet.getContribution(kv, contributionId);
    if (!c) throw new Error(`an index names contribution ${contributionId}, which does not exist`);
    return c.contributor;
  }
}

/** Stateless manifest checks (also validateBasic): 1..MAX entries, ids > 0, no duplicates. */
export function checkManifest(manifest: readonly ManifestEntry[]): void {
  if (manifest.length === 0) throw attributionErrors.invalidManifest.wrap("the manifest is empty: name at least one datanet version");
  if (manifest.length > MAX_MANIFEST_ENTRIES) throw attributionErrors.invalidManifest.wrap(`the manifest has ${manifest.length} entries, at most ${MAX_MANIFEST_ENTRIES}`);
  const seen = new Set<bigint>();
  manifest.forEach((e, i) => {
    if (e.datanetId === 0n || e.version === 0n) throw attributionErrors.invalidManifest.wrap(`manifest entry ${i} (${e.datanetId}:${e.version}): datanet and version must be > 0`);
    if (seen.has(e.datanetId)) throw attributionErrors.invalidManifest.wrap(`manifest entry ${i} names datanet ${e.datanetId} a second time`);
    seen.add(e.datanetId);
  });
}
