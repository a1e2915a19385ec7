/** Test helpers: a seeded PRNG (mulberry32, integer-only) and token-id helpers. Not used by consensus code. */

export type Rng = () => number;

/** mulberry32: a uint32 stream from a 32-bit seed. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Uniform integer in [0, n) (n small, so the modulo bias is irrelevant for tests). */
export function below(r: Rng, n: number): number {
  return r() % n;
}

/** `n` random word ids in [3, 3 + vocab). */
export function randomIds(r: Rng, n: number, vocab: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = 3 + below(r, vocab);
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
