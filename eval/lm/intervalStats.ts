/**
 * Per-contributor and per-half-set statistics of one index interval, from one scan: what the
 * batched ground truth needs to evaluate the LM of D∖c for every contributor c, and of every
 * half-set S_j, at once. For a context interval (grouped by the key at `depth`, PAD excluded):
 * its count and number of continuation types, per contributor its count and the number of types
 * only it holds, per half-set the count and types. For an n-gram interval: the counts only.
 */
import { intervalKey } from "./model.ts";
import { type NgramIndex, PAD } from "./ngramIndex.ts";

export interface IntervalStats {
  count: number;
  /** Distinct continuation types (contexts only; 0 for n-gram intervals). */
  types: number;
  /** Contributors with a non-zero count, ascending, and their counts. */
  contribs: Int32Array;
  counts: Int32Array;
  /** Per entry of `contribs`: continuation types held by that contributor alone (contexts only). */
  sole: Int32Array;
  /** Per half-set: the count, and (contexts) the types held by a member. */
  setCount: Int32Array;
  setTypes: Int32Array;
}

/** Membership of M half-sets as bit masks, W = ⌈M/32⌉ words per contributor. */
export interface HalfSetMasks {
  sets: number;
  words: number;
  /** contributor c's words at [c·words, (c+1)·words). */
  masks: Uint32Array;
}

const GRAM_DEPTH_SLOT = 7;
/** Intervals at least this large are cached (small ones are cheaper to rescan than to keep). */
const CACHE_MIN = 32;

export class IntervalStatsScanner {
  private readonly cache = new Map<number, IntervalStats>();
  private readonly tmpCount: Int32Array;
  private readonly tmpSole: Int32Array;
  private readonly touched: number[] = [];
  private readonly runMask: Uint32Array;

  constructor(
    private readonly index: NgramIndex,
    private readonly half: HalfSetMasks,
  ) {
    this.tmpCount = new Int32Array(index.contributors);
    this.tmpSole = new Int32Array(index.contributors);
    this.runMask = new Uint32Array(Math.max(1, half.words));
  }

  get cached(): number {
    return this.cache.size;
  }

  context(lo: number, hi: number, depth: number): IntervalStats {
    return this.cached_(intervalKey(lo, hi, depth), hi - lo, () => this.scan(lo, hi, depth));
  }

  gram(lo: number, hi: number): IntervalStats {
    return this.cached_(intervalKey(lo, hi, GRAM_DEPTH_SLOT), hi - lo, () => this.scan(lo, hi, -1));
  }

  private cached_(key: number, size: number, make: () => IntervalStats): IntervalStats {
    if (size < CACHE_MIN) return make();
    let s = this.cache.get(key);
    if (!s) this.cache.set(key, (s = make()));
    return s;
  }

  /** depth −1: one group, no type statistics. PERF: O(size · W + types · M + contributors · M). */
  private scan(lo: number, hi: number, depth: number): IntervalStats {
    const { index, half, tmpCount, tmpSole, touched, runMask } = this;
    const W = half.words;
    const setTypes = new Int32Array(half.sets);
    let count = 0;
    let types = 0;
    for (let s = lo; s < hi; ) {
      const e = depth < 0 ? hi : index.runEnd(s, hi, depth);
      if (depth >= 0 && index.key(index.sorted[s]!, depth) === PAD) {
        s = e;
        continue;
      }
      runMask.fill(0);
      let holder = -1;
      let many = false;
      for (let i = s; i < e; i++) {
        const c = index.sortedContributor[i]!;
        if (tmpCount[c]!++ === 0) touched.push(c);
        if (holder < 0) holder = c;
        else if (c !== holder) many = true;
        for (let w = 0; w < W; w++) runMask[w]! |= half.masks[c * W + w]!;
      }
      count += e - s;
      if (depth >= 0) {
        types++;
        if (!many) tmpSole[holder]!++;
        forEachBit(runMask, W, (j) => setTypes[j]!++);
      }
      s = e;
    }
    touched.sort((a, b) => a - b);
    const contribs = Int32Array.from(touched);
    const counts = new Int32Array(contribs.length);
    const sole = new Int32Array(contribs.length);
    const setCount = new Int32Array(half.sets);
    for (let t = 0; t < contribs.length; t++) {
      const c = contribs[t]!;
      const n = tmpCount[c]!;
      counts[t] = n;
      sole[t] = tmpSole[c]!;
      tmpCount[c] = 0;
      tmpSole[c] = 0;
      for (let w = 0; w < W; w++) {
        let m = half.masks[c * W + w]!;
        while (m !== 0) {
          const low = m & -m;
          setCount[w * 32 + (31 - Math.clz32(low))]! += n;
          m ^= low;
        }
      }
    }
    touched.length = 0;
    return { count, types, contribs, counts, sole, setCount, setTypes };
  }
}

function forEachBit(words: Uint32Array, W: number, f: (bit: number) => void): void {
  for (let w = 0; w < W; w++) {
    let m = words[w]!;
    while (m !== 0) {
      const low = m & -m;
      f(w * 32 + (31 - Math.clz32(low)));
      m ^= low;
    }
  }
}
