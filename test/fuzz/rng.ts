/**
 * A seeded PRNG (splitmix64 feeding xoshiro128**): every case gets its own stream derived from
 * (seed, target, case index), so `FUZZ_SEED=… FUZZ_CASE=…` rebuilds exactly one failing case
 * without replaying the ones before it. Not cryptographic; fuzzing only.
 */
export class Rng {
  private s: Uint32Array;

  constructor(seed: bigint) {
    let x = BigInt.asUintN(64, seed);
    const next = () => {
      x = BigInt.asUintN(64, x + 0x9e3779b97f4a7c15n);
      let z = x;
      z = BigInt.asUintN(64, (z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n);
      z = BigInt.asUintN(64, (z ^ (z >> 27n)) * 0x94d049bb133111ebn);
      return z ^ (z >> 31n);
    };
    const a = next();
    const b = next();
    this.s = new Uint32Array([Number(a & 0xffffffffn), Number(a >> 32n), Number(b & 0xffffffffn), Number(b >> 32n) | 1]);
  }

  /** Seed of case `index` of `target`: FNV-1a of the target name mixed with the run seed. */
  static forCase(seed: bigint, target: string, index: number): Rng {
    let h = 0xcbf29ce484222325n;
    for (const c of new TextEncoder().encode(target)) h = BigInt.asUintN(64, (h ^ BigInt(c)) * 0x100000001b3n);
    return new Rng(seed ^ h ^ (BigInt(index) * 0x9e3779b97f4a7c15n));
  }

  u32(): number {
    const s = this.s;
    const result = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return result;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return n <= 0 ? 0 : Math.floor((this.u32() / 0x1_0000_0000) * n);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.u32() / 0x1_0000_0000 < p;
  }

  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error("Rng.pick: empty list");
    return xs[this.int(xs.length)];
  }

  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this.u32() & 0xff;
    return out;
  }

  /** A u64 as bigint. */
  u64(): bigint {
    return (BigInt(this.u32()) << 32n) | BigInt(this.u32());
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
