/**
 * Builds everything the metrics need, once: corpus and split, the LM, generated outputs with
 * their ground truth, half-sets, planted outputs and sybil cases, and the attribution backend's
 * index over the training documents.
 */
import { POINTS_PER_TOKEN } from "../modules/attribution/engine/params.ts";
import type { AttributionBackend, Attributor } from "./attribution/attributor.ts";
import { SuffixIndex } from "./attribution/suffixIndex.ts";
import { type EvalCorpus, loadEvalCorpus, splitContributors, trainingDocs } from "./corpus.ts";
import type { EvalOutput, Prepared } from "./evaluate.ts";
import { Sampler } from "./lm/generate.ts";
import { GroundTruthEvaluator } from "./lm/groundTruth.ts";
import { makeHalfSets } from "./lm/halfSets.ts";
import { IntervalStatsScanner } from "./lm/intervalStats.ts";
import { BOS, NgramIndex } from "./lm/ngramIndex.ts";
import { makePlants } from "./metrics/planted.ts";
import { makeSybilCases } from "./metrics/sybil.ts";
import { Rng } from "./rng.ts";
import type { AttributionParams } from "../modules/attribution/engine/params.ts";

export interface EvalConfig {
  seed: number;
  /** At most this many mails (0 = all). */
  mails: number;
  holdout: number;
  outputsPerTemperature: number;
  temperatures: number[];
  outputLen: number;
  promptLen: number;
  halfSets: number;
  plantsPerCell: number;
  plantLengths: number[];
  plantNoises: number[];
  plantMaxOccurrences: number;
  sybilHonest: number[];
  sybilCounts: number[];
  sybilBackgroundDocs: number;
  epsilon: number;
}

export interface PreparedEval extends Prepared {
  corpus: EvalCorpus;
  facts: Record<string, number>;
  /** The backend's attributor factory over the training documents. */
  attributorFor: (params: AttributionParams) => Attributor;
  /** The training documents (contributors renumbered densely). */
  trainDocs: { tokens: Int32Array; contributor: number }[];
}

function ms(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e6;
}

export function prepare(cfg: EvalConfig, backend: AttributionBackend, note: (m: string) => void): PreparedEval {
  const rng = new Rng(cfg.seed);
  let t = process.hrtime.bigint();
  const corpus = loadEvalCorpus({ limit: cfg.mails > 0 ? cfg.mails : undefined });
  const split = splitContributors(corpus, cfg.holdout, rng.fork(1));
  const { docs } = trainingDocs(corpus, split);
  const C = split.train.length;
  const facts: Record<string, number> = {
    docs: corpus.docs.length,
    contributors: corpus.contributors.length,
    train_docs: docs.length,
    train_contributors: C,
    train_tokens: docs.reduce((s, d) => s + d.tokens.length, 0),
    vocab: corpus.vocabSize - 3,
    load_ms: ms(t),
  };
  note(`corpus: ${facts.docs} mails, ${facts.train_docs} training mails from ${C} contributors, ${facts.train_tokens} tokens`);

  t = process.hrtime.bigint();
  const lm = new NgramIndex(docs, C, corpus.vocabSize);
  facts.lm_build_ms = ms(t);
  t = process.hrtime.bigint();
  const attributorFor = backend.build(docs, C);
  facts.index_build_ms = ms(t);
  note(`LM counts in ${facts.lm_build_ms.toFixed(0)} ms, ${backend.name} index in ${facts.index_build_ms.toFixed(0)} ms`);

  const held = new Set(split.heldOut);
  const promptDocs = corpus.docs.filter((d) => held.has(d.contributor) && d.tokens.length >= cfg.promptLen);
  const half = makeHalfSets(C, cfg.halfSets, rng.fork(2));
  const evaluator = new GroundTruthEvaluator(lm, new IntervalStatsScanner(lm, half), half);
  const outputs: EvalOutput[] = [];
  let genMs = 0;
  let truthMs = 0;
  for (const temperature of cfg.temperatures) {
    const sampler = new Sampler(lm, temperature);
    const trng = rng.fork(1_000 + Math.round(temperature * 100));
    for (let k = 0; k < cfg.outputsPerTemperature; k++) {
      const doc = promptDocs[trng.int(promptDocs.length)]!;
      const prompt = doc.tokens.slice(0, cfg.promptLen);
      t = process.hrtime.bigint();
      const output = sampler.generate(prompt, cfg.outputLen, trng.fork(k));
      genMs += ms(t);
      t = process.hrtime.bigint();
      const seq = new Int32Array(1 + prompt.length + output.length);
      seq[0] = BOS;
      seq.set(prompt, 1);
      seq.set(output, 1 + prompt.length);
      outputs.push({ temperature, prompt, output, truth: evaluator.evaluate(seq, 1 + prompt.length) });
      truthMs += ms(t);
    }
    note(`T=${temperature}: ${cfg.outputsPerTemperature} outputs generated and scored`);
  }
  facts.generate_ms_per_output = genMs / Math.max(1, outputs.length);
  facts.ground_truth_ms_per_output = truthMs / Math.max(1, outputs.length);

  t = process.hrtime.bigint();
  const fillers = outputs.filter((o) => o.temperature === cfg.temperatures[0]).map((o) => o.output);
  const plants = makePlants({
    docs,
    index: new SuffixIndex(docs, C),
    fillers,
    lengths: cfg.plantLengths,
    noises: cfg.plantNoises,
    perCell: cfg.plantsPerCell,
    vocabSize: corpus.vocabSize,
    maxOccurrences: cfg.plantMaxOccurrences,
    rng: rng.fork(3),
  });
  const background = docs.slice(0, cfg.sybilBackgroundDocs);
  const sybil = makeSybilCases({ background, contributors: C, freshBase: corpus.vocabSize, honest: cfg.sybilHonest, sybils: cfg.sybilCounts, backend, rng: rng.fork(4) });
  facts.plants_and_sybils_ms = ms(t);
  return { corpus, facts, attributorFor, trainDocs: docs, contributors: C, outputs, half, plants, sybil, pointsPerToken: POINTS_PER_TOKEN, epsilon: cfg.epsilon };
}
