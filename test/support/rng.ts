/**
 * The one seeded PRNG of the tests, the benchmarks and the offline generators: the same seed
 * draws the same numbers on every run and machine, so a failure names its seed and repeats.
 * Never for consensus code (randomness there comes from block data) and never for keys.
 *
 * The generator is xoshiro128** (Blackman and Vigna, 2018: 128-bit state, period 2^128 − 1),
 * its state expanded from the seed by splitmix so nearby seeds give unrelated streams: splitmix32
 * for a number seed, splitmix64 for a bigint seed (the fuzzer's 64-bit seeds). Integer-only
 * (Math.imul, >>>), so the streams are exact everywhere.
 *
 * Two older streams stay selectable because values drawn from them are pinned; nothing new
 * should pick them:
 * - "xorshift32" (Marsaglia 2003, state = seed, 0 replaced by 0x9e3779b9): the seeded ONNX
 *   fixture models (mlpFixture.ts: their bytes reach test/golden/appHashes.v1.json and the
 *   recorded inference digests), the golden chain's background traffic and texts
 *   (test/golden), scripts/inference-digests.ts's inputs, and test/datanetHarness.ts's words().
 * - "mulberry32" (Ettinger 2017): the random inputs stored in modules/datanet/text/golden.json.
 */
export type RngAlgorithm = "xoshiro128**" | "xorshift32" | "mulberry32";

export class Rng {
  private readonly next: () => number;

  constructor(seed: number | bigint, algorithm: RngAlgorithm = "xoshiro128**") {
    if (algorithm === "xoshiro128**") this.next = xoshiro128ss(typeof seed === "bigint" ? splitmix64State(seed) : splitmix32State(seed));
    else if (typeof seed === "bigint") throw new Error(`Rng: ${algorithm} takes a 32-bit number seed, not a bigint`);
    else this.next = algorithm === "xorshift32" ? xorshift32(seed) : mulberry32(seed);
  }

  /**
   * The stream of case `index` of `label` in a run seeded `seed`: FNV-1a of the label mixed with
   * the seed and the index, so one case is rebuilt without drawing the ones before it.
   */
  static forCase(seed: bigint, label: string, index: number): Rng {
    let h = 0xcbf29ce484222325n;
    for (const c of new TextEncoder().encode(label)) h = BigInt.asUintN(64, (h ^ BigInt(c)) * 0x100000001b3n);
    return new Rng(seed ^ h ^ (BigInt(index) * 0x9e3779b97f4a7c15n));
  }

  /** A uint32. */
  u32(): number {
    return this.next();
  }

  /** A u64 as a bigint (two draws, high word first). */
  u64(): bigint {
    return (BigInt(this.u32()) << 32n) | BigInt(this.u32());
  }

  /**
   * An integer in [0, n) for n ≤ 2^32 (u32 mod n: the bias, n / 2^32, is irrelevant for tests).
   * n ≤ 0 gives 0 without a draw, so `xs[rng.int(xs.length)]` on an empty list is undefined.
   */
  int(n: number): number {
    return n <= 0 ? 0 : this.u32() % n;
  }

  /** An integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  /** A number in [0, 1) with 32 random bits. */
  float(): number {
    return this.u32() / 0x1_0000_0000;
  }

  /** True with probability num/den (integers, so the odds are exact). */
  chance(num: number, den: number): boolean {
    return this.int(den) < num;
  }

  /** An element of a non-empty list. */
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error("Rng.pick: empty list");
    return xs[this.int(xs.length)]!;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(xs: readonly T[]): T[] {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  /** `n` bytes, one draw each (the low byte). */
  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this.u32() & 0xff;
    return out;
  }
}

type State = [number, number, number, number];

function xoshiro128ss(state: State): () => number {
  let [a, b, c, d] = state;
  return () => {
    const r = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return r;
  };
}

/** Four splitmix32 outputs; the last forced odd so the state is never all zero. */
function splitmix32State(seed: number): State {
  let x = seed >>> 0;
  const next = (): number => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  return [next(), next(), next(), (next() | 1) >>> 0];
}

/** Two splitmix64 outputs split into 32-bit words (low first); the last forced odd. */
function splitmix64State(seed: bigint): State {
  let x = BigInt.asUintN(64, seed);
  const next = (): bigint => {
    x = BigInt.asUintN(64, x + 0x9e3779b97f4a7c15n);
    let z = x;
    z = BigInt.asUintN(64, (z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n);
    z = BigInt.asUintN(64, (z ^ (z >> 27n)) * 0x94d049bb133111ebn);
    return z ^ (z >> 31n);
  };
  const a = next();
  const b = next();
  return [Number(a & 0xffffffffn), Number(a >> 32n), Number(b & 0xffffffffn), (Number(b >> 32n) | 1) >>> 0];
}

function xorshift32(seed: number): () => number {
  let s = seed >>> 0 || 0x9e3779b9;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
