/**
 * Copied-run detection between a candidate record and an earlier one: which
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

/**
 * Suffix automaton (Blumer et al.) of an int32 sequence. Most states have one outgoing
 * transition, so the first is kept inline in typed arrays and a Map is made only for a state's
 * second and later transitions: far fewer allocations than a Map per state. Maps are only read
 * and written by key (and copied whole for a clone), never iterated for a decision.
 */
class SuffixAutomaton {
  readonly len: Int32Array;
  readonly link: Int32Array;
  private readonly hasOne: Uint8Array;
  private readonly oneToken: Int32Array;
  private readonly oneTarget: Int32Array;
  private readonly more: (Map<number, number> | undefined)[];
  private size = 1;
  private last = 0;

  constructor(seq: Int32Array) {
    const cap = 2 * seq.length + 2;
    this.len = new Int32Array(cap);
    this.link = new Int32Array(cap).fill(-1);
    this.hasOne = new Uint8Array(cap);
    this.oneToken = new Int32Array(cap);
    this.oneTarget = new Int32Array(cap);
    this.more = new Array<Map<number, number> | undefined>(cap).fill(undefined);
    for (let i = 0; i < seq.length; i++) this.extend(seq[i]!);
  }

  /** Target of the transition of state `s` on token `c`, or -1. */
  next(s: number, c: number): number {
    if (this.hasOne[s] === 1 && this.oneToken[s] === c) return this.oneTarget[s]!;
    const m = this.more[s];
    if (m === undefined) return -1;
    const t = m.get(c);
    return t === undefined ? -1 : t;
  }

  private setNext(s: number, c: number, t: number): void {
    if (this.hasOne[s] === 0 || this.oneToken[s] === c) {
      this.hasOne[s] = 1;
      this.oneToken[s] = c;
      this.oneTarget[s] = t;
      return;
    }
    let m = this.more[s];
    if (m === undefined) this.more[s] = m = new Map();
    m.set(c, t);
  }

  private newState(length: number, link: number): number {
    const s = this.size++;
    this.len[s] = length;
    this.link[s] = link;
    return s;
  }

  private cloneOf(q: number, length: number): number {
    const c = this.newState(length, this.link[q]!);
    this.hasOne[c] = this.hasOne[q]!;
    this.oneToken[c] = this.oneToken[q]!;
    this.oneTarget[c] = this.oneTarget[q]!;
    const m = this.more[q];
    if (m !== undefined) this.more[c] = new Map(m);
    return c;
  }

  private extend(c: number): void {
    const cur = this.newState(this.len[this.last]! + 1, -1);
    let p = this.last;
    while (p !== -1 && this.next(p, c) < 0) {
      this.setNext(p, c, cur);
      p = this.link[p]!;
    }
    if (p === -1) {
      this.link[cur] = 0;
    } else {
      const q = this.next(p, c);
      if (this.len[p]! + 1 === this.len[q]) {
        this.link[cur] = q;
      } else {
        const clone = this.cloneOf(q, this.len[p]! + 1);
        while (p !== -1 && this.next(p, c) === q) {
          this.setNext(p, c, clone);
          p = this.link[p]!;
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
 * PERF: O(n + m) transition lookups for n candidate and m earlier tokens (the automaton of `earlier`
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
    const c = candidate[j]!;
    if (c < FIRST_WORD_ID) {
      state = 0;
      matched = 0;
      continue;
    }
    let to = sam.next(state, c);
    while (state !== 0 && to < 0) {
      state = sam.link[state]!;
      matched = sam.len[state]!;
      to = sam.next(state, c);
    }
    if (to < 0) {
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
