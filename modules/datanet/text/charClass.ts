/**
 * Character classes of the tokenizer and the lookups over the frozen tables in tables.ts.
 *
 * Every decision about a character comes from tables.ts (generated once, committed, hashed by a
 * test), never from the running engine's Unicode data, so a Node or ICU upgrade cannot change a
 * token. Code points are looked up after folding, so the classes describe folded text.
 */
import { CLASS_OTHER } from "./classes.ts";
import { CLASS_STARTS, CLASS_VALUES, FOLD_FROM, FOLD_TO, FOLD_TO_OFFSETS } from "./tables.ts";

const BMP = 0x10000;

/** Class of every BMP code point, expanded once from the ranges: one array read per character. */
const BMP_CLASS = expandBmpClasses();
/** Index into FOLD_FROM of every BMP code point that folds, or -1. */
const BMP_FOLD = expandBmpFolds();

function expandBmpClasses(): Uint8Array {
  const out = new Uint8Array(BMP);
  for (let i = 0; i < CLASS_STARTS.length && CLASS_STARTS[i]! < BMP; i++) {
    const end = i + 1 < CLASS_STARTS.length ? Math.min(CLASS_STARTS[i + 1]!, BMP) : BMP;
    out.fill(CLASS_VALUES[i]!, CLASS_STARTS[i], end);
  }
  return out;
}

function expandBmpFolds(): Int32Array {
  const out = new Int32Array(BMP).fill(-1);
  for (let i = 0; i < FOLD_FROM.length && FOLD_FROM[i]! < BMP; i++) out[FOLD_FROM[i]!] = i;
  return out;
}

/** Index of the last element of `sorted` that is <= `x`, or -1. PERF: O(log n). */
function floorIndex(sorted: Int32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Tokenizer class of a (folded) code point. PERF: O(1) in the BMP, O(log ranges) above. */
export function classOf(cp: number): number {
  if (cp < BMP) return BMP_CLASS[cp]!;
  const i = floorIndex(CLASS_STARTS, cp);
  return i < 0 ? CLASS_OTHER : CLASS_VALUES[i]!;
}

/**
 * Index of `cp` in the fold table, or -1 when it folds to itself. Its replacement is
 * FOLD_TO[FOLD_TO_OFFSETS[i] .. FOLD_TO_OFFSETS[i + 1]) (code points, possibly none).
 */
export function foldIndex(cp: number): number {
  if (cp < BMP) return BMP_FOLD[cp]!;
  const i = floorIndex(FOLD_FROM, cp);
  return i >= 0 && FOLD_FROM[i] === cp ? i : -1;
}

export { FOLD_TO, FOLD_TO_OFFSETS };
