/**
 * Which words of an output repeat a credited contribution, for highlighting. The chain stores
 * each record's credit (points per contributor and contribution) but not its spans, so they are
 * found again here from public data: the output's words against the token sequences of the
 * record's credited contributions (mapped to words through the datanet's vocabulary), with the
 * engine's rule for spans (a run of at least MIN_SPAN words, maximal, each word credited through
 * the longest span covering it). Display only: the record's points are the authority, and words
 * the engine left uncredited (prompt echoes, over-frequent runs) can still show here.
 */

/** The engine's minimum span length (MIN_LEN, the same in parameter sets 1 and 2). */
export const MIN_SPAN = 5;

export interface Word {
  /** The word as written (for display) and its [start, end) offsets in the text. */
  text: string;
  start: number;
  end: number;
  /** The folded form the datanet vocabulary holds (lower case, NFKC). */
  key: string;
}

/**
 * Words as the chain cuts them, close enough for display: runs of letters, digits and marks;
 * one token per letter of a script written without spaces; one per other symbol.
 */
export function words(text: string): Word[] {
  const re = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]\p{M}*|[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;
  const out: Word[] = [];
  for (const m of text.matchAll(re)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length, key: m[0].normalize("NFKC").toLowerCase() });
  return out;
}

export interface Source {
  contribution: string;
  contributor: string;
  /** The contribution's words (null where the chain masked a token). */
  words: (string | null)[];
}

export interface Highlight {
  /** Word indexes [from, to) in the output. */
  from: number;
  to: number;
  contributors: string[];
  contributions: string[];
}

/** Length of the longest common run starting at out[l] and src[j]. */
function runAt(out: string[], l: number, src: (string | null)[], j: number): number {
  let n = 0;
  while (l + n < out.length && j + n < src.length && src[j + n] !== null && out[l + n] === src[j + n]) n++;
  return n;
}

/** The longest run of `out` from l found in any source, and the sources holding it. */
function longestAt(out: string[], l: number, sources: Source[], index: Map<string, [number, number][]>): { len: number; holders: Set<number> } {
  let len = 0;
  let holders = new Set<number>();
  for (const [s, j] of index.get(out[l]!) ?? []) {
    const n = runAt(out, l, sources[s]!.words, j);
    if (n > len) {
      len = n;
      holders = new Set([s]);
    } else if (n === len && n > 0) holders.add(s);
  }
  return { len, holders };
}

/** Highlights of `output` (its words) credited to `sources`, in order, not overlapping. */
export function highlights(output: Word[], sources: Source[], minLen = MIN_SPAN): Highlight[] {
  const out = output.map((w) => w.key);
  const index = new Map<string, [number, number][]>();
  sources.forEach((src, s) =>
    src.words.forEach((w, j) => {
      if (w !== null) index.set(w, [...(index.get(w) ?? []), [s, j]]);
    }),
  );
  // Maximal spans: starts whose run reaches past the previous run's end.
  const spans: { start: number; len: number; holders: Set<number> }[] = [];
  let prevEnd = 0;
  for (let l = 0; l < out.length; l++) {
    const { len, holders } = longestAt(out, l, sources, index);
    if (len >= minLen && l + len > prevEnd) spans.push({ start: l, len, holders });
    prevEnd = Math.max(prevEnd, l + len);
  }
  // Each word through the longest span covering it (ties: the earlier one).
  const owner = new Int32Array(out.length).fill(-1);
  spans.forEach((sp, i) => {
    for (let k = sp.start; k < sp.start + sp.len; k++) if (owner[k]! < 0 || spans[owner[k]!]!.len < sp.len) owner[k] = i;
  });
  const out2: Highlight[] = [];
  for (let k = 0; k < out.length; k++) {
    const o = owner[k]!;
    if (o < 0) continue;
    const last = out2[out2.length - 1];
    if (last && last.to === k && owner[k - 1] === o) {
      last.to = k + 1;
      continue;
    }
    const held = [...spans[o]!.holders].map((s) => sources[s]!);
    out2.push({ from: k, to: k + 1, contributors: [...new Set(held.map((s) => s.contributor))].sort(), contributions: held.map((s) => s.contribution) });
  }
  return out2;
}
