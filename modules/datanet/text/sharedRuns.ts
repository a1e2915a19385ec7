/**
 * Copied-run detection between a candidate record and an earlier one (spec §3.3): which
 * positions of the candidate lie in a run of at least minLen tokens that also occurs,
 * contiguously, somewhere in the earlier sequence.
 *
 * A suffix automaton of `earlier` gives, for every end position j of the candidate, the longest
 * run candidate[j − ℓ + 1 .. j] that occurs in `earlier` (the matching statistics); the union of
 * those runs with ℓ >= minLen is the answer. Linear in both lengths whatever the input, with no
 * hash that an adversary could collide. Reserved ids (< 3: end sentinel, document separator,
 * VOID) and negative ids never match, so runs never cross a document boundary or a masked run.
 */
import { DatanetTextError } from "./errors.ts";

export const MASK_MIN_RUN = 32;
/** Smallest id that can match: 0 = end sentinel, 1 = document separator, 2 = VOID. */
const FIRST_WORD_ID = 3;

/** Suffix automaton (Blumer et al.) of an int32 sequence; transitions kept per state in a Map. */
class SuffixAutomaton {
  readonly len: Int32Array;
  readonly link: Int32Array;
  readonly next: Map<number, number>[];
  size = 1;
  private last = 0;

  constructor(seq: Int32Array) {
    const cap = 2 * seq.length + 2;
    this.len = new Int32Array(cap);
    this.link = new Int32Array(cap).fill(-1);
    this.next = [new Map()];
    for (let i = 0; i < seq.length; i++) this.extend(seq[i]);
  }

  private newState(length: number, link: number, next: Map<number, number>): number {
    const s = this.size++;
    this.len[s] = length;
    this.link[s] = link;
    this.next.push(next);
    return s;
  }

  private extend(c: number): void {
    const cur = this.newState(this.len[this.last] + 1, -1, new Map());
    let p = this.last;
    while (p !== -1 && !this.next[p].has(c)) {
      this.next[p].set(c, cur);
      p = this.link[p];
    }
    if (p === -1) {
      this.link[cur] = 0;
    } else {
      const q = this.next[p].get(c) as number;
      if (this.len[p] + 1 === this.len[q]) {
        this.link[cur] = q;
      } else {
        const clone = this.newState(this.len[p] + 1, this.link[q], new Map(this.next[q]));
        while (p !== -1 && this.next[p].get(c) === q) {
          this.next[p].set(c, clone);
          p = this.link[p];
        }
        this.link[q] = clone;
        this.link[cur] = clone;
      }
    }
    this.last = cur;
  }
}

function checkMinLen(minLen: number): void {
  if (!Number.isSafeInteger(minLen) || minLen < 1) {
    throw new DatanetTextError(`sharedRuns: minLen must be a positive integer, got ${minLen}`);
  }
}

/**
 * Maximal [start, end) runs of `candidate` of length >= minLen that occur contiguously in
 * `earlier`, sorted; overlapping or touching runs are merged, so the result is the exact set of
 * candidate positions to mask.
 * PERF: O(n + m) Map operations for n candidate and m earlier tokens (the automaton of `earlier`
 * has at most 2m states).
 */
export function sharedRuns(candidate: Int32Array, earlier: Int32Array, minLen: number = MASK_MIN_RUN): [number, number][] {
  checkMinLen(minLen);
  const runs: [number, number][] = [];
  if (candidate.length < minLen || earlier.length < minLen) return runs;
  const sam = new SuffixAutomaton(earlier);
  let state = 0;
  let matched = 0;
  for (let j = 0; j < candidate.length; j++) {
    const c = candidate[j];
    if (c < FIRST_WORD_ID) {
      state = 0;
      matched = 0;
      continue;
    }
    while (state !== 0 && !sam.next[state].has(c)) {
      state = sam.link[state];
      matched = sam.len[state];
    }
    const to = sam.next[state].get(c);
    if (to === undefined) {
      matched = 0;
    } else {
      state = to;
      matched++;
    }
    if (matched < minLen) continue;
    const start = j + 1 - matched;
    const last = runs.length > 0 ? runs[runs.length - 1] : undefined;
    if (last !== undefined && start <= last[1]) last[1] = j + 1;
    else runs.push([start, j + 1]);
  }
  return runs;
}
