import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { EXP16, greedy, sampleNext, samplerFor, SamplingError, stepDraw, topCandidates, topK } from "./sampling.ts";

const logitsOf = (xs: number[]) => Int32Array.from(xs);

describe("sampling", () => {
  it("EXP16 is floor(2^20 · e^(−j/16)), regenerated here with floats", () => {
    const regenerated = Array.from({ length: 256 }, (_, j) => Math.floor(2 ** 20 * Math.exp(-j / 16)));
    expect(EXP16).toEqual(regenerated);
    expect(EXP16[0]).toBe(1 << 20);
    expect(EXP16[16]).toBe(385749); // one nat down: 2^20 / e
  });

  describe("greedy", () => {
    it("takes the highest logit", () => {
      expect(greedy(logitsOf([0, 0, 5, 9, -3, 8]))).toBe(3);
    });
    it("takes the lowest id on ties", () => {
      expect(greedy(logitsOf([0, 0, 5, 9, 9, 9]))).toBe(3);
    });
    it("never picks PAD or BOS, even when their logits are highest", () => {
      expect(greedy(logitsOf([1000, 999, -5, -7]))).toBe(2);
    });
    it("refuses logits with nothing but PAD and BOS", () => {
      expect(() => greedy(logitsOf([1, 2]))).toThrow(SamplingError);
    });
  });

  describe("top-k", () => {
    it("candidates are the k highest, ties to the lower id, PAD/BOS excluded", () => {
      const l = logitsOf([100, 100, 3, 7, 7, 1, 9, 7]);
      expect(topCandidates(l, 3)).toEqual([6, 3, 4]);
      expect(topCandidates(l, 5)).toEqual([6, 3, 4, 7, 2]);
      expect(topCandidates(l, 64)).toEqual([6, 3, 4, 7, 2, 5]);
    });

    it("k = 1 is greedy whatever the draw", () => {
      const l = logitsOf([0, 0, 4, 12, 12, -1]);
      for (const draw of [0n, 1n, 123456789n, 2n ** 64n - 1n]) expect(topK(l, 1, 100n, draw)).toBe(greedy(l));
    });

    it("weights follow EXP16 of the logit gap in 1/16 nats", () => {
      // S = 160: a gap of 160 is one nat, d = 16; a gap of 10 is d = 1.
      const l = logitsOf([0, 0, 1000, 840, 990]);
      // Candidates: 2 (w = 2^20), 4 (d = 1, w = EXP16[1]), 3 (d = 16, w = EXP16[16]).
      const w = [EXP16[0], EXP16[1], EXP16[16]];
      const total = BigInt(w[0]! + w[1]! + w[2]!);
      expect(topK(l, 3, 160n, 0n)).toBe(2);
      expect(topK(l, 3, 160n, BigInt(w[0]! - 1))).toBe(2);
      expect(topK(l, 3, 160n, BigInt(w[0]!))).toBe(4);
      expect(topK(l, 3, 160n, BigInt(w[0]! + w[1]! - 1))).toBe(4);
      expect(topK(l, 3, 160n, BigInt(w[0]! + w[1]!))).toBe(3);
      expect(topK(l, 3, 160n, total - 1n)).toBe(3);
      // The draw is reduced mod Σw.
      expect(topK(l, 3, 160n, total)).toBe(2);
    });

    it("a candidate more than 255/16 nats below the top weighs 0 and is never drawn", () => {
      const l = logitsOf([0, 0, 100_000, 0]);
      for (let r = 0n; r < 2000n; r += 7n) expect(topK(l, 2, 10n, r * 1000n)).toBe(2);
    });
  });

  describe("draws", () => {
    it("stepDraw is sha256(context ‖ seed u64 BE ‖ step u32 BE), first 8 bytes big-endian", () => {
      const ctx = new Uint8Array([1, 2, 3]);
      const seed = 0x0102030405060708n;
      const msg = Buffer.concat([Buffer.from(ctx), Buffer.from("0102030405060708", "hex"), Buffer.from("0000002a", "hex")]);
      const want = createHash("sha256").update(msg).digest().readBigUInt64BE(0);
      expect(stepDraw(ctx, seed, 42)).toBe(want);
    });

    it("a sampler advances one step per token and is reproducible", () => {
      const l = logitsOf([0, 0, ...Array.from({ length: 50 }, (_, i) => (i * 37) % 101)]);
      const run = (ctx: number) => {
        const s = samplerFor({ mode: "TOP_K", topK: 8, seed: 99n }, 20n, new Uint8Array([ctx]));
        const out = Array.from({ length: 40 }, () => sampleNext(s, l));
        expect(s.step).toBe(40);
        return out;
      };
      expect(run(1)).toEqual(run(1));
      expect(run(1)).not.toEqual(run(2));
      expect(new Set(run(1)).size).toBeGreaterThan(1);
      const g = samplerFor({ mode: "GREEDY", topK: 0, seed: 0n }, 20n, new Uint8Array());
      expect(sampleNext(g, l)).toBe(greedy(l));
    });

    it("refuses parameters outside the rules, by name", () => {
      const ctx = new Uint8Array();
      expect(() => samplerFor({ mode: "TOP_K", topK: 0, seed: 1n }, 10n, ctx)).toThrow(/top_k 0 is out of range/);
      expect(() => samplerFor({ mode: "TOP_K", topK: 65, seed: 1n }, 10n, ctx)).toThrow(/top_k 65/);
      expect(() => samplerFor({ mode: "NUCLEUS" as "GREEDY", topK: 1, seed: 1n }, 10n, ctx)).toThrow(/unknown sampling mode/);
      expect(() => samplerFor({ mode: "TOP_K", topK: 4, seed: -1n }, 10n, ctx)).toThrow(/not a u64/);
      expect(() => samplerFor({ mode: "GREEDY", topK: 0, seed: 0n }, 0n, ctx)).toThrow(/logit scale 0/);
    });
  });
});
