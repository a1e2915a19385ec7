/**
 * Micro-benchmark of the datanet text pipeline (modules/datanet/text) on the SpamAssassin corpus:
 * decoding, redaction and tokenisation throughput, and the per-record cost of the dedup
 * primitives at the record sizes the chain accepts (32–20,000 tokens). One JSON line per
 * measurement. Run: `npx tsx bench/datanet-text.ts` (never part of the test suite).
 */
import { GOLDEN_INPUTS } from "../modules/datanet/text/gen/goldenCases.ts";
import { loadCorpus } from "../test/corpus.ts";
import {
  applyMask,
  bandKeys,
  decodeUtf8Strict,
  minhashSignature,
  redactPii,
  sequenceHash,
  sharedRuns,
  shingleJaccardAtLeast,
  tokenize,
  winnowFingerprints,
} from "../modules/datanet/text/index.ts";
import { emit, note } from "./lib/emit.ts";
import { median } from "./lib/stats.ts";

const MAILS = 3_000;
const REPEATS = 5;

/** Median over REPEATS runs of the wall time of `fn` (after one warm-up run), in microseconds. */
function timeUs(fn: () => void): number {
  fn();
  const runs: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const start = process.hrtime.bigint();
    fn();
    runs.push(Number(process.hrtime.bigint() - start) / 1_000);
  }
  return median(runs);
}

/** Mean microseconds per call of `fn` over `items`. */
function perItemUs<T>(items: T[], fn: (x: T) => void): number {
  return timeUs(() => {
    for (const x of items) fn(x);
  }) / items.length;
}

function corpusBytes(): { bytes: Uint8Array[]; total: number } {
  const enc = new TextEncoder();
  // Mail bodies hold control characters (form feeds, escapes) that decodeUtf8Strict rightly
  // rejects; replace them so that every record decodes.
  const clean = (s: string): string => Array.from(s, (ch) => ((ch < " " && ch !== "\t" && ch !== "\n" && ch !== "\r") || (ch >= "\u007f" && ch <= "\u009f") ? " " : ch)).join("");
  const bytes = loadCorpus({ limit: MAILS }).map((m) => enc.encode(clean(m.body)));
  return { bytes, total: bytes.reduce((s, b) => s + b.length, 0) };
}

/** Consecutive slices of `len` token ids from the corpus token stream. */
function records(stream: Int32Array, len: number, count: number): Int32Array[] {
  const out: Int32Array[] = [];
  for (let i = 0; i < count && (i + 1) * len <= stream.length; i++) out.push(stream.slice(i * len, (i + 1) * len));
  return out;
}

function main(): void {
  note(`loading ${MAILS} SpamAssassin mails`);
  const { bytes, total } = corpusBytes();
  const mb = total / 1e6;
  const texts = bytes.map((b) => decodeUtf8Strict(b));
  emit("datanet_decode_utf8", { mb, mb_per_s: mb / (timeUs(() => bytes.forEach((b) => decodeUtf8Strict(b))) / 1e6) });
  emit("datanet_redact_pii", { mb, mb_per_s: mb / (timeUs(() => texts.forEach((t) => redactPii(t))) / 1e6) });
  let tokens = 0;
  const tokenUs = timeUs(() => {
    tokens = 0;
    for (const t of texts) tokens += tokenize(t).length;
  });
  emit("datanet_tokenize", { mb, tokens, mb_per_s: mb / (tokenUs / 1e6), m_tokens_per_s: tokens / tokenUs });
  const multilingual = Object.values(GOLDEN_INPUTS.tokenize).join("\n").repeat(1_000);
  const mlMb = new TextEncoder().encode(multilingual).length / 1e6;
  emit("datanet_tokenize_multilingual", { mb: mlMb, mb_per_s: mlMb / (timeUs(() => tokenize(multilingual)) / 1e6), note: "golden inputs: accents, Greek, Cyrillic, CJK, Thai, emoji" });

  const vocab = new Map<string, number>();
  const stream = Int32Array.from(texts.flatMap((t) => tokenize(t)), (w) => {
    let id = vocab.get(w);
    if (id === undefined) vocab.set(w, (id = vocab.size + 3));
    return id;
  });
  for (const len of [1_000, 20_000]) {
    const recs = records(stream, len, len === 1_000 ? 200 : 10);
    const sigs = recs.map((r) => minhashSignature(r));
    emit(`datanet_minhash_${len}`, { records: recs.length, tokens_per_record: len, us_per_record: perItemUs(recs, (r) => minhashSignature(r)) });
    if (len === 1_000) emit("datanet_band_keys", { records: recs.length, us_per_record: perItemUs(sigs, (s) => bandKeys(s)) });
    emit(`datanet_winnow_${len}`, { records: recs.length, tokens_per_record: len, us_per_record: perItemUs(recs, (r) => winnowFingerprints(r)) });
    emit(`datanet_sequence_hash_${len}`, { records: recs.length, us_per_record: perItemUs(recs, (r) => sequenceHash(r)) });
    const pairs = recs.slice(1).map((r, i) => [recs[i]!, r] as const);
    emit(`datanet_jaccard_${len}`, { pairs: pairs.length, us_per_pair: perItemUs(pairs, ([a, b]) => shingleJaccardAtLeast(a, b, 4, 5)) });
  }
  const pairs = records(stream, 2_000, 60);
  const runPairs: [Int32Array, Int32Array][] = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const [first, second] = [pairs[i]!, pairs[i + 1]!];
    const cand = Int32Array.from(first);
    cand.set(second.subarray(500, 900), 1_000); // a 400-token copy to find and mask
    runPairs.push([cand, second]);
  }
  let masked = 0;
  emit("datanet_shared_runs_2000x2000", {
    pairs: runPairs.length,
    us_per_pair: perItemUs(runPairs, ([c, e]) => {
      masked = applyMask(c, sharedRuns(c, e)).maskedTokens;
    }),
    masked_tokens_last_pair: masked,
  });
}

main();
