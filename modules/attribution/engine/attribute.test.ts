import { describe, expect, it } from "vitest";
import { attribute, type AttributionCorpus } from "./attribute.ts";
import { deleteContributions, makeIndex } from "./attributionIndex.ts";
import { echoIds } from "./echoIds.ts";
import { attributionGas } from "./gas.ts";
import { makeParams, PARAMS_V1, PARAMS_V2, PARAMS_V3, paramsForVersion, POINTS_PER_TOKEN as P } from "./params.ts";
import { buildSegment, type SegmentDoc } from "./segment.ts";

/** Word ids 100.. for passage words, so they never collide with filler. */
const passage = (from: number, n: number): number[] => Array.from({ length: n }, (_, i) => 100 + from + i);
const doc = (tokens: number[], contributionId: number, contributor: number): SegmentDoc => ({ tokens: Int32Array.from(tokens), contributionId: BigInt(contributionId), contributor });
const corpus = (docs: SegmentDoc[][], output: number[]): AttributionCorpus => ({ index: makeIndex(docs.map(buildSegment)), output: Int32Array.from(output) });
const unknown = (n: number): number[] => Array(n).fill(-1);
const pointsOf = (r: ReturnType<typeof attribute>): Record<number, number> => Object.fromEntries(r.contributors.map((c) => [c.contributor, c.points]));

describe("attribute: crediting rules (params v1)", () => {
  it("a verbatim 40-token copy from one contributor earns it the full P per token; the rest is unmatched", () => {
    const c = corpus([[doc([5, 6, ...passage(0, 40), 7], 1, 9)]], [...passage(0, 40), ...unknown(10)]);
    const r = attribute({ corpora: [c] });
    expect(r.tokens).toBe(50);
    expect(r.contributors).toEqual([{ contributor: 9, points: 40 * P }]);
    expect(r.contributions).toEqual([{ contribution: 1n, contributor: 9, points: 40 * P }]);
    expect(r.residualParts).toEqual({ unmatched: 10 * P, echo: 0, generic: 0, deleted: 0, specificity: 0, unpaid: 0 });
    expect(r.spans.map((s) => [s.start, s.length, s.tokens])).toEqual([[0, 40, 40]]);
  });

  it("k contributors holding the span share 1/k^2 of it, split equally; extra copies under one identity count once", () => {
    const text = passage(0, 32);
    const c = corpus([[doc(text, 1, 1), doc(text, 2, 2), doc([9, ...text], 3, 2)]], text);
    const r = attribute({ corpora: [c] });
    // k = 2: p = 32 · ⌊2^16 / 4⌋ / 32 = 16384 each; the other half of every token is residual.
    expect(pointsOf(r)).toEqual({ 1: 32 * 16384, 2: 32 * 16384 });
    expect(r.contributions).toEqual([{ contribution: 1n, contributor: 1, points: 32 * 16384 }, { contribution: 2n, contributor: 2, points: 32 * 16384 }]);
    expect(r.residualParts.specificity).toBe(32 * (P - 2 * 16384));
  });

  it("shorter spans weigh less (LEN_W = min(m, 32)) and spans under MIN_LEN earn nothing", () => {
    const c = corpus([[doc(passage(0, 8), 1, 1), doc(passage(50, 4), 2, 2)]], [...passage(0, 8), -1, ...passage(50, 4)]);
    const r = attribute({ corpora: [c] });
    expect(pointsOf(r)).toEqual({ 1: 8 * ((8 * P) >> 5) });
    expect(r.residualParts.unmatched).toBe(5 * P);
  });

  it("only the longest match earns: a document holding a partial copy gets nothing for those tokens", () => {
    const full = passage(0, 20);
    const c = corpus([[doc(full, 1, 1), doc(full.slice(0, 12), 2, 2)]], full);
    expect(pointsOf(attribute({ corpora: [c] }))).toEqual({ 1: 20 * ((20 * P) >> 5) });
  });

  it("a span occurring more than OCC_CAP times is generic: residual", () => {
    const text = passage(0, 6);
    const docs = Array.from({ length: 5 }, (_, i) => doc(text, i + 1, i));
    const c = corpus([docs], text);
    expect(attribute({ corpora: [c] }, makeParams({ occCap: 4 })).residualParts.generic).toBe(6 * P);
    expect(attribute({ corpora: [c] }, makeParams({ occCap: 5 })).contributors).toHaveLength(5);
  });

  it("deleted documents are dropped: credit moves to the live holders, or to the residual", () => {
    const text = passage(0, 10);
    const c = corpus([[doc(text, 1, 1)], [doc(text, 2, 2)]], text);
    const one = { ...c, index: deleteContributions(c.index, [1n]) };
    expect(pointsOf(attribute({ corpora: [one] }))).toEqual({ 2: 10 * ((10 * P) >> 5) });
    const both = { ...c, index: deleteContributions(c.index, [1n, 2n]) };
    const r = attribute({ corpora: [both] });
    expect(r.contributors).toEqual([]);
    expect(r.residualParts.deleted).toBe(10 * P);
  });

  it("prompt echo: output runs of ≥ MIN_LEN also in the prompt go to the residual", () => {
    const words = Array.from({ length: 30 }, (_, i) => `w${i}`);
    const c = corpus([[doc(passage(0, 30), 1, 1)]], passage(0, 30));
    const echo = echoIds(words, ["please", "repeat", ...words.slice(10, 20)]);
    const r = attribute({ corpora: [c], echo });
    expect(r.residualParts.echo).toBe(10 * P);
    // The span is still the whole 30-token copy (echo removes tokens from credit, not from matching).
    expect(pointsOf(r)).toEqual({ 1: 20 * ((30 * P) >> 5) });
    const short = attribute({ corpora: [c], echo: echoIds(words, words.slice(3, 7)) });
    expect(short.residualParts.echo).toBe(0);
  });

  it("outputs are truncated at L_MAX", () => {
    const c = corpus([[doc(passage(0, 30), 1, 1)]], passage(0, 30));
    const r = attribute({ corpora: [c] }, makeParams({ lMax: 12 }));
    expect(r.tokens).toBe(12);
    expect(r.totalPoints).toBe(12 * P);
    expect(pointsOf(r)).toEqual({ 1: 12 * ((12 * P) >> 5) });
  });

  it("only the MAX_PAYEES best contributors are paid (points desc, then lower id); the rest is residual", () => {
    const docs = [doc(passage(0, 10), 1, 7), doc(passage(20, 10), 2, 3), doc(passage(40, 20), 3, 5)];
    const c = corpus([docs], [...passage(0, 10), -1, ...passage(20, 10), -1, ...passage(40, 20)]);
    const r = attribute({ corpora: [c] }, makeParams({ maxPayees: 2 }));
    const ten = 10 * ((10 * P) >> 5);
    expect(r.contributors).toEqual([{ contributor: 3, points: ten }, { contributor: 5, points: 20 * ((20 * P) >> 5) }]);
    expect(r.residualParts.unpaid).toBe(ten);
    expect(r.contributions.map((x) => x.contribution)).toEqual([2n, 3n]);
  });

  it("a manifest of several datanets: each maps the output through its own vocabulary; contributors count once across them", () => {
    const a = corpus([[doc([3, 4, 5, 6, 7, 8], 1, 1)]], [3, 4, 5, 6, 7, 8]);
    const b = corpus([[doc([13, 14, 15, 16, 17, 18], 2, 2), doc([13, 14, 15, 16, 17, 18], 3, 1)]], [13, 14, 15, 16, 17, 18]);
    const r = attribute({ corpora: [a, b] });
    const p = (6 * 16384) >> 5;
    expect(pointsOf(r)).toEqual({ 1: 6 * p, 2: 6 * p });
    expect(r.spans[0]!.documents.map((d) => [d.corpus, d.document])).toEqual([[0, 0], [1, 0], [1, 1]]);
    expect(r.stats).toEqual({ tokens: 6, segments: 2, spans: 1, occurrences: 3, promptTokens: 0 });
  });

  it("sybils: j copies under new identities next to c honest holders take at most 1/(4c) of a token", () => {
    const text = passage(0, 32);
    for (let honest = 1; honest <= 4; honest++) {
      for (let j = 0; j <= 12; j++) {
        const docs = Array.from({ length: honest + j }, (_, i) => doc(text, i + 1, i));
        const r = attribute({ corpora: [corpus([docs], text)] });
        const sybil = r.contributors.filter((x) => x.contributor >= honest).reduce((s, x) => s + x.points, 0);
        expect(sybil * 4 * honest, `c=${honest} j=${j}`).toBeLessThanOrEqual(32 * P);
      }
    }
  });

  it("every token's points are accounted for: contributors + residual = L · P", () => {
    const c = corpus([[doc(passage(0, 12), 1, 1), doc(passage(0, 12), 2, 2), doc(passage(0, 12), 3, 3)]], [...passage(0, 12), -1, 4]);
    const r = attribute({ corpora: [c] });
    expect(r.contributors.reduce((s, x) => s + x.points, 0) + r.residual).toBe(r.totalPoints);
  });

  it("refuses malformed requests, naming the problem", () => {
    const c = corpus([[doc(passage(0, 6), 1, 1)]], passage(0, 6));
    expect(() => attribute({ corpora: [] })).toThrow(/manifest has no index/);
    expect(() => attribute({ corpora: [c, { ...c, output: Int32Array.of(3) }] })).toThrow(/corpus 1 output has 1 tokens, corpus 0 has 6/);
    expect(() => attribute({ corpora: [{ ...c, output: Int32Array.of(3, 1, 4) }] })).toThrow(/token 1 is 1; output ids are words \(≥ 3\) or -1/);
    expect(() => attribute({ corpora: [c], echo: { output: Int32Array.of(3), prompt: Int32Array.of() } })).toThrow(/echo output has 1 tokens/);
    expect(() => attribute({ corpora: [c], echo: { output: Int32Array.from(passage(0, 6)), prompt: Int32Array.of(0) } })).toThrow(/echo prompt: token 0 is 0/);
  });

  it("an empty output attributes nothing", () => {
    const r = attribute({ corpora: [corpus([[doc([5], 1, 1)]], [])] });
    expect([r.tokens, r.totalPoints, r.residual, r.contributors.length]).toEqual([0, 0, 0, 0]);
  });

  it("gas grows with output length, segments and occurrences", () => {
    const small = attribute({ corpora: [corpus([[doc(passage(0, 6), 1, 1)]], passage(0, 6))] });
    const big = attribute({ corpora: [corpus([[doc(passage(0, 60), 1, 1)], [doc(passage(0, 60), 2, 2)]], passage(0, 60))] });
    expect(attributionGas(big.stats)).toBeGreaterThan(attributionGas(small.stats));
    expect(attributionGas({ tokens: 1024, segments: 8, spans: 1024, occurrences: 1024 * 256, promptTokens: 4096 })).toBeLessThan(Number.MAX_SAFE_INTEGER);
  });
});

describe("params", () => {
  it("v1 is frozen and its SPEC table is ⌊2^16 / k²⌋", () => {
    expect(Object.isFrozen(PARAMS_V1) && Object.isFrozen(PARAMS_V1.spec) && Object.isFrozen(PARAMS_V1.lenWeight)).toBe(true);
    expect(PARAMS_V1.spec.slice(0, 5)).toEqual([0, 65536, 16384, 7281, 4096]);
    expect(PARAMS_V1.spec[256]).toBe(1);
    expect(PARAMS_V1.lenWeight[5]).toBe(5);
    expect(PARAMS_V1.lenWeight[64]).toBe(32);
  });

  it("v2 is frozen and is v1 with LEN_W[m] = min(32, 4m) only", () => {
    expect(Object.isFrozen(PARAMS_V2) && Object.isFrozen(PARAMS_V2.spec) && Object.isFrozen(PARAMS_V2.lenWeight) && Object.isFrozen(PARAMS_V2.alpha)).toBe(true);
    expect(PARAMS_V2.lenWeight.slice(0, 10)).toEqual([0, 4, 8, 12, 16, 20, 24, 28, 32, 32]);
    expect(PARAMS_V2.lenWeight[64]).toBe(32);
    expect({ ...PARAMS_V2, paramsVersion: 1, lenWeight: PARAMS_V1.lenWeight }).toEqual(PARAMS_V1);
    // A 5-token span (MIN_LEN) with one contributor: v1 pays 5/32 of P, v2 20/32.
    const five = corpus([[doc(passage(0, 5), 1, 1)]], passage(0, 5));
    expect(attribute({ corpora: [five] }, PARAMS_V1).contributors).toEqual([{ contributor: 1, points: 5 * 5 * 2048 }]);
    expect(attribute({ corpora: [five] }, PARAMS_V2).contributors).toEqual([{ contributor: 1, points: 5 * 20 * 2048 }]);
  });

  it("paramsForVersion gives the released sets and names the released versions otherwise", () => {
    expect(paramsForVersion(1)).toBe(PARAMS_V1);
    expect(paramsForVersion(2)).toBe(PARAMS_V2);
    expect(paramsForVersion(3)).toBe(PARAMS_V3);
    expect(() => paramsForVersion(0)).toThrow(/unknown attribution params version 0 \(released: 1, 2, 3\)/);
    expect(() => paramsForVersion(4)).toThrow(/unknown attribution params version 4 \(released: 1, 2, 3\)/);
  });

  it("fractional α is exact in integers", () => {
    // ⌊2^16 / k^1.5⌋: k = 4 → 8192; k = 2 → ⌊65536 / 2.828…⌋ = 23170; α = 0 → ⌊2^16 / k⌋.
    const half = makeParams({ alpha: { num: 1, den: 2 } }).spec;
    expect([half[1], half[2], half[4], half[9]]).toEqual([65536, 23170, 8192, 2427]);
    expect(makeParams({ alpha: { num: 0, den: 1 } }).spec[3]).toBe(21845);
  });

  it("refuses out-of-range experimental sets", () => {
    expect(() => makeParams({ minLen: 0 })).toThrow(/minLen = 0 is not an integer in \[1, 64\]/);
    expect(() => makeParams({ lenWeight: [0, 1] })).toThrow(/lenWeight has 2 entries, expected nMax \+ 1 = 65/);
    expect(() => makeParams({ lenWeightCap: 33 })).toThrow(/lenWeight\[33\] = 33/);
    expect(() => makeParams({ alpha: { num: 1, den: 5 } })).toThrow(/alpha.den = 5/);
  });
});
