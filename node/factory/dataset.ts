/**
 * Training examples of the MLP: each document becomes [BOS, its tokens…, EOS] in one stream, and
 * every position after a BOS is a target whose context is the W ids before it within the same
 * document, left-padded with PAD. (So at inference the window of a prompt is [PAD…, BOS,
 * prompt…]: the model learnt that BOS starts a document.) Documents, not positions, are split
 * into training and held-out sets, so no held-out text was seen in training.
 */
import { BOS_ID, EOS_ID, PAD_ID, type Tokenizer, encodeBytes } from "../../modules/inference/tokenizer.ts";
import { Rng } from "./rng.ts";

export interface TokenStream {
  /** Every document's ids, [BOS, …, EOS] each, concatenated. */
  ids: Int32Array;
  /** Index in `ids` of each target. */
  positions: Int32Array;
  /** Index in `ids` of the BOS of each target's document. */
  starts: Int32Array;
  documents: number;
}

/** Splits document indexes into training and held-out (a seeded choice of ~`heldOutPercent`%, at least one of each when n ≥ 2). */
export function splitDocuments(n: number, seed: number, heldOutPercent: number): { train: number[]; heldOut: number[] } {
  const order = new Rng(seed ^ 0x5eed).shuffle(Int32Array.from({ length: n }, (_, i) => i));
  let held = Math.floor((n * heldOutPercent) / 100);
  if (n >= 2) held = Math.min(n - 1, Math.max(1, held));
  const heldOut = [...order.subarray(0, held)].sort((a, b) => a - b);
  const train = [...order.subarray(held)].sort((a, b) => a - b);
  return { train, heldOut };
}

/** Tokenises the documents into one stream. PERF: O(bytes) with the tokenizer's chunk cache. */
export function buildStream(tok: Tokenizer, docs: readonly Uint8Array[]): TokenStream {
  const encoded = docs.map((d) => encodeBytes(tok, d));
  const total = encoded.reduce((s, e) => s + e.length + 2, 0);
  const ids = new Int32Array(total);
  const positions = new Int32Array(total - docs.length);
  const starts = new Int32Array(total - docs.length);
  let at = 0, p = 0;
  for (const e of encoded) {
    const start = at;
    ids[at++] = BOS_ID;
    ids.set(e, at);
    at += e.length;
    ids[at++] = EOS_ID;
    for (let q = start + 1; q < at; q++) {
      positions[p] = q;
      starts[p++] = start;
    }
  }
  return { ids, positions, starts, documents: docs.length };
}

/** Writes the window of target `k` of the stream into ctx at `row` and returns the target id. */
export function windowAt(s: TokenStream, k: number, W: number, ctx: Int32Array, row: number): number {
  const p = s.positions[k]!, start = s.starts[k]!;
  for (let w = 0; w < W; w++) {
    const q = p - W + w;
    ctx[row * W + w] = q >= start ? s.ids[q]! : PAD_ID;
  }
  return s.ids[p]!;
}

/** Windows and targets of targets [from, from + n) of `order` (or of the stream in order). */
export function fillBatch(s: TokenStream, order: Int32Array | undefined, from: number, n: number, W: number, ctx: Int32Array, targets: Int32Array): void {
  for (let r = 0; r < n; r++) targets[r] = windowAt(s, order ? order[from + r]! : from + r, W, ctx, r);
}

/** The first targets of the stream up to `limit` (evaluation cap): a prefix of its positions. */
export function truncateStream(s: TokenStream, limit: number): TokenStream {
  if (s.positions.length <= limit) return s;
  return { ...s, positions: s.positions.subarray(0, limit), starts: s.starts.subarray(0, limit) };
}

/** About `n` targets spread evenly over the stream (every k-th), for calibration. */
export function sampleStream(s: TokenStream, n: number): TokenStream {
  const total = s.positions.length;
  if (total <= n) return s;
  const positions = new Int32Array(n), starts = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = Math.floor((i * total) / n);
    positions[i] = s.positions[k]!;
    starts[i] = s.starts[k]!;
  }
  return { ...s, positions, starts };
}
