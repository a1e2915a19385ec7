import type { Context } from "../../chain/context.ts";
import { type StoredBody, storedBody } from "./content.ts";
import { bandCandidates, copySources, type DedupKeys, dedupKeys, exactDuplicate } from "./dedup.ts";
import { datanetErrors } from "./errors.ts";
import { chargeIngest, chargeJaccard, chargeRuns } from "./gas.ts";
import type { DatanetKeeper } from "./keeper.ts";
import { TEXT_RULES, maxRecordBytes } from "./rules.ts";
import { DatanetTextError, MASK_MIN_RUN, applyMask, sharedRuns, shingleJaccardAtLeast } from "./text/index.ts";
import type { Datanet, DatanetParams, Run } from "./types.ts";
import type { VocabMapper } from "./vocab.ts";

/** Near-duplicate threshold: exact 5-gram Jaccard ≥ 4/5. */
const NEAR_DUP_NUM = 4;
const NEAR_DUP_DEN = 5;

/** A record that passed every check, ready to be written. */
export interface IngestedRecord {
  stored: StoredBody;
  unmasked: Int32Array;
  /** VOID at masked positions. */
  ids: Int32Array;
  masks: Run[];
  maskedTokens: number;
  keys: DedupKeys;
}

export interface IngestEnv {
  ctx: Context;
  keeper: DatanetKeeper;
  datanet: Datanet;
  params: DatanetParams;
  limits: { minTokens: number; maxTokens: number; maxBytes: number };
  vocab: VocabMapper;
}

/**
 * Runs the ingestion checks on one record, in order: bounds, strict UTF-8,
 * redaction, tokenising, exact duplicate, near-duplicate, copied runs (masked) and the
 * half-masked rule. Earlier records win: everything already indexed (including earlier records
 * of the same message) came first. Throws a datanet error naming `index` and the reason.
 * PERF: O(bytes + tokens × 112) for the record, plus O(candidate tokens) per near-duplicate
 * candidate (≤ 14 × band cap) and per copy source (≤ max_copy_sources), all charged as gas.
 */
export function ingestRecord(env: IngestEnv, body: Uint8Array, index: number): IngestedRecord {
  const { ctx, datanet, limits } = env;
  const at = `record ${index}`;
  if (body.length === 0) throw datanetErrors.invalidRecord.wrap(`${at}: empty record (no bytes)`);
  const maxBytes = maxRecordBytes(ctx.rules, limits.maxBytes);
  if (body.length > maxBytes) {
    const why = maxBytes < limits.maxBytes ? ` (the cap of rules version ${ctx.rules.version})` : "";
    throw datanetErrors.recordSize.wrap(`${at}: ${body.length} bytes, above the maximum of ${maxBytes} bytes per record${why}`);
  }
  chargeIngest(ctx, body.length, 0);
  const stored = decode(body, datanet.policy.piiRedaction, at);
  const words = TEXT_RULES.at(ctx.rules).tokenize(stored.text);
  if (words.length === 0) throw datanetErrors.invalidRecord.wrap(`${at}: empty record (no tokens after normalisation)`);
  if (words.length < limits.minTokens || words.length > limits.maxTokens) {
    throw datanetErrors.recordSize.wrap(`${at}: ${words.length} tokens, outside ${limits.minTokens}..${limits.maxTokens} tokens per record`);
  }
  chargeIngest(ctx, 0, words.length);
  const unmasked = env.vocab.map(words);
  const keys = dedupKeys(unmasked);
  rejectDuplicates(env, unmasked, keys, at);
  const { ids, masks, maskedTokens } = maskCopiedRuns(env, unmasked, keys, at);
  return { stored, unmasked, ids, masks, maskedTokens, keys };
}

function decode(body: Uint8Array, redact: boolean, at: string): StoredBody {
  try {
    return storedBody(body, redact);
  } catch (e) {
    if (e instanceof DatanetTextError) throw datanetErrors.invalidRecord.wrap(`${at}: ${e.message}`);
    throw e;
  }
}

function rejectDuplicates(env: IngestEnv, unmasked: Int32Array, keys: DedupKeys, at: string): void {
  const dn = env.datanet.id;
  const exact = exactDuplicate(env.ctx, dn, keys);
  if (exact !== undefined) {
    throw datanetErrors.duplicate.wrap(`${at}: same token sequence as contribution ${exact} of datanet ${dn}`);
  }
  for (const id of bandCandidates(env.ctx, dn, keys)) {
    const earlier = mustSequence(env, id);
    chargeJaccard(env.ctx, unmasked.length, earlier.length);
    if (shingleJaccardAtLeast(unmasked, earlier, NEAR_DUP_NUM, NEAR_DUP_DEN)) {
      throw datanetErrors.nearDuplicate.wrap(`${at}: near-duplicate of contribution ${id} of datanet ${dn} (5-gram Jaccard similarity ≥ 0.8)`);
    }
  }
}

function maskCopiedRuns(env: IngestEnv, unmasked: Int32Array, keys: DedupKeys, at: string) {
  const runs: Run[] = [];
  const sources: bigint[] = [];
  for (const id of copySources(env.ctx, env.datanet.id, keys, env.params.maxCopySources)) {
    const earlier = mustSequence(env, id);
    chargeRuns(env.ctx, unmasked.length, earlier.length);
    const found = sharedRuns(unmasked, earlier, MASK_MIN_RUN);
    if (found.length > 0) sources.push(id);
    for (const r of found) runs.push([r[0], r[1]]);
  }
  const masks = mergeRuns(runs);
  const { masked, maskedTokens } = applyMask(unmasked, masks);
  if (maskedTokens * 2 > unmasked.length) {
    const from = sources.sort((a, b) => (a < b ? -1 : 1)).join(", ");
    throw datanetErrors.mostlyCopied.wrap(
      `${at}: ${maskedTokens} of ${unmasked.length} tokens repeat runs of ≥ ${MASK_MIN_RUN} tokens of earlier contributions (${from}); at most half may be masked`,
    );
  }
  return { ids: masked, masks, maskedTokens };
}

/** Sorted, disjoint, non-adjacent runs covering the union of `runs`. */
export function mergeRuns(runs: readonly Run[]): Run[] {
  const sorted = [...runs].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function mustSequence(env: IngestEnv, id: bigint): Int32Array {
  const s = env.keeper.getSequence(env.ctx.kv, id);
  // An index entry without its sequence is a broken invariant, not bad input.
  if (!s) throw new Error(`dedup index names contribution ${id}, which has no token sequence`);
  return s.unmasked;
}
