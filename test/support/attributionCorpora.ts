/**
 * Random manifests for the property tests and golden vectors: words of a small shared universe,
 * each index with its own vocabulary (a word may be missing: -1 in that index's output), several
 * segments, deleted documents, VOID runs, outputs that copy document runs with noise, prompts
 * that repeat parts of the output.
 */
import type { AttributionRequest } from "../../modules/attribution/engine/attribute.ts";
import { makeIndex } from "../../modules/attribution/engine/attributionIndex.ts";
import { type AttributionParams, makeParams } from "../../modules/attribution/engine/params.ts";
import type { ReferenceRequest } from "../../modules/attribution/engine/reference.ts";
import { buildSegment, type SegmentDoc, VOID } from "../../modules/attribution/engine/segment.ts";
import type { Rng } from "./rng.ts";

export interface CaseShape {
  corpora: [number, number];
  segments: [number, number];
  docs: [number, number];
  docLength: [number, number];
  universe: readonly number[];
  contributors: number;
  outputLength: [number, number];
  /** Length of the runs outputs and documents copy from earlier documents. */
  copyRun: [number, number];
  /** Chance in 1,000 that a copied word is replaced. */
  noise: number;
  /** Spread word ids up to ~2^31 (segments then have no first-token table). */
  sparseIds?: boolean;
}

export const SMALL: CaseShape = { corpora: [1, 3], segments: [1, 3], docs: [0, 4], docLength: [0, 18], universe: [1, 2, 3, 5, 9], contributors: 5, outputLength: [0, 40], copyRun: [1, 12], noise: 50 };

export interface RandomCase {
  engine: AttributionRequest;
  reference: ReferenceRequest;
  params: AttributionParams;
}

export function randomParams(rng: Rng): AttributionParams {
  const minLen = rng.range(1, 4);
  return makeParams({
    minLen,
    nMax: rng.range(minLen, minLen + 5),
    occCap: rng.range(1, 12),
    lMax: rng.range(1, 45),
    maxPayees: rng.range(1, 4),
    alpha: rng.pick([{ num: 0, den: 1 }, { num: 1, den: 2 }, { num: 1, den: 1 }, { num: 2, den: 1 }]),
    lenWeightCap: rng.range(1, 32),
  });
}

/** Universe words are 0..U-1; U stands for a word no vocabulary holds. */
function mapWords(words: readonly number[], vocab: Int32Array): Int32Array {
  return Int32Array.from(words, (w) => (w < vocab.length ? vocab[w]! : -1));
}

export function randomCase(rng: Rng, shape: CaseShape, params: AttributionParams): RandomCase {
  const U = rng.pick(shape.universe);
  const corpusCount = rng.range(shape.corpora[0], shape.corpora[1]);
  let nextContribution = BigInt(rng.range(1, 1000));
  const universeDocs: number[][] = [];
  const engineCorpora: AttributionRequest["corpora"][number][] = [];
  const refCorpora: ReferenceRequest["corpora"][number][] = [];
  const vocabs: Int32Array[] = [];
  for (let c = 0; c < corpusCount; c++) {
    // Each index maps universe words to its own ids (≥ 3); some words are absent (-1).
    const vocab = Int32Array.from({ length: U }, (_, w) => (rng.chance(1, 8) ? -1 : 3 + ((w * 7 + c * 3) % (U + 4))));
    const used = new Set<number>();
    for (let w = 0; w < U; w++) {
      while (vocab[w]! >= 0 && used.has(vocab[w]!)) vocab[w]!++;
      if (vocab[w]! >= 0) used.add(vocab[w]!);
    }
    if (shape.sparseIds === true) for (let w = 0; w < U; w++) if (vocab[w]! >= 0) vocab[w] = 3 + vocab[w]! * 99_999_989;
    vocabs.push(vocab);
    const segDocs: SegmentDoc[][] = [];
    for (let s = rng.range(shape.segments[0], shape.segments[1]); s > 0; s--) {
      const docs: SegmentDoc[] = [];
      for (let d = rng.range(shape.docs[0], shape.docs[1]); d > 0; d--) {
        const words = randomWords(rng, rng.range(shape.docLength[0], shape.docLength[1]), U, universeDocs, shape);
        universeDocs.push(words);
        const ids = Int32Array.from(words, (w) => (vocab[w]! >= 0 && !rng.chance(1, 25) ? vocab[w]! : VOID));
        docs.push({ tokens: ids, contributionId: nextContribution, contributor: rng.int(shape.contributors) });
        nextContribution += BigInt(rng.range(1, 3));
      }
      segDocs.push(docs);
    }
    const total = segDocs.reduce((n, d) => n + d.length, 0);
    const deleted = Array.from({ length: total }, () => rng.chance(1, 7));
    const bitmap = new Uint8Array((total + 7) >> 3);
    deleted.forEach((x, d) => {
      if (x) bitmap[d >> 3]! |= 1 << (d & 7);
    });
    const index = makeIndex(segDocs.map(buildSegment), bitmap);
    engineCorpora.push({ index, output: new Int32Array(0) });
    refCorpora.push({ segments: segDocs, deleted, output: new Int32Array(0) });
  }
  const outWords = randomWords(rng, rng.range(shape.outputLength[0], shape.outputLength[1]), U, universeDocs, shape, true);
  for (let c = 0; c < corpusCount; c++) {
    const output = mapWords(outWords, vocabs[c]!);
    engineCorpora[c] = { ...engineCorpora[c]!, output };
    refCorpora[c] = { ...refCorpora[c]!, output };
  }
  let echo: RandomCase["engine"]["echo"];
  if (rng.chance(1, 2)) {
    const promptWords = randomWords(rng, rng.range(0, 30), U, [outWords], shape, true);
    const local = (w: number): number => (w < U ? w + 3 : -1);
    echo = { output: Int32Array.from(outWords, local), prompt: Int32Array.from(promptWords, local) };
  }
  return { engine: { corpora: engineCorpora, echo }, reference: { corpora: refCorpora, echo }, params };
}

/** Words mixing fresh draws and copied runs of earlier documents; `unknown` adds word U. */
function randomWords(rng: Rng, n: number, U: number, sources: readonly number[][], shape: Pick<CaseShape, "copyRun" | "noise">, unknown = false): number[] {
  const out: number[] = [];
  while (out.length < n) {
    const src = sources.length > 0 && rng.chance(2, 3) ? rng.pick(sources) : undefined;
    if (src !== undefined && src.length > 0) {
      const from = rng.int(src.length);
      const run = rng.range(shape.copyRun[0], shape.copyRun[1]);
      for (let i = from; i < src.length && i < from + run && out.length < n; i++) out.push(rng.chance(shape.noise, 1000) ? rng.int(U) : src[i]!);
    } else {
      out.push(unknown && rng.chance(1, 15) ? U : rng.int(U));
    }
  }
  return out;
}
