/** Token-id helpers for the datanet text tests and golden inputs: random id sequences and a first-occurrence vocabulary. */
import type { Rng } from "./rng.ts";

/** `n` random word ids in [3, 3 + vocab). */
export function randomIds(r: Rng, n: number, vocab: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = 3 + r.int(vocab);
  return out;
}

/** Maps tokens to ids in order of first occurrence, like a datanet vocabulary (ids >= 3). */
export class Vocab {
  private readonly ids = new Map<string, number>();

  encode(tokens: string[]): Int32Array {
    return Int32Array.from(tokens, (t) => {
      let id = this.ids.get(t);
      if (id === undefined) {
        id = this.ids.size + 3;
        this.ids.set(t, id);
      }
      return id;
    });
  }
}
