/** Random contributor half-sets S_1..S_M for the LDS: each holds exactly ⌊C/2⌋ contributors. */
import type { Rng } from "../rng.ts";
import type { HalfSetMasks } from "./intervalStats.ts";

export function makeHalfSets(contributors: number, sets: number, rng: Rng): HalfSetMasks {
  const words = Math.ceil(sets / 32);
  const masks = new Uint32Array(contributors * words);
  const ids = Array.from({ length: contributors }, (_, i) => i);
  for (let j = 0; j < sets; j++) {
    rng.shuffle(ids);
    for (let t = 0; t < contributors >> 1; t++) masks[ids[t]! * words + (j >>> 5)]! |= 1 << (j & 31);
  }
  return { sets, words, masks };
}

/** Whether contributor c is in half-set j. */
export function inHalfSet(h: HalfSetMasks, c: number, j: number): boolean {
  return ((h.masks[c * h.words + (j >>> 5)]! >>> (j & 31)) & 1) === 1;
}
