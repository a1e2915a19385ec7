/**
 * The model factory's pipeline: documents → document-level split → BPE tokenizer learnt on the
 * training documents → token streams → float MLP trained by Adam → int8 quantisation → the
 * "tributary-mlp-v1" ONNX artifact → held-out perplexities (float, int8, unigram). Everything
 * that is random is seeded by `seed`, so the same documents and options give the same bytes.
 */
import type { Tokenizer } from "../../modules/inference/tokenizer.ts";
import { learnTokenizer } from "./bpe.ts";
import { buildStream, sampleStream, splitDocuments, truncateStream } from "./dataset.ts";
import { type Evaluation, evaluateModels } from "./evaluate.ts";
import { exportMlp } from "./export.ts";
import type { MlpShape } from "./mlp.ts";
import { type QuantizedMlp, quantizeMlp } from "./quantize.ts";
import { type Progress, trainMlp } from "./train.ts";

export interface FactoryOptions {
  vocab: number;
  window: number;
  embed: number;
  hidden: number;
  steps: number;
  batch: number;
  lr: number;
  seed: number;
  threads: number;
  /** Share of documents held out, in percent (default 10). */
  heldOutPercent: number;
  /** Held-out targets evaluated at the end (a prefix of the held-out documents). */
  evalTargets: number;
}

export const DEFAULT_FACTORY_OPTIONS: FactoryOptions = {
  vocab: 1024,
  window: 8,
  embed: 32,
  hidden: 128,
  steps: 6000,
  batch: 128,
  lr: 0.003,
  seed: 1,
  threads: 2,
  heldOutPercent: 10,
  evalTargets: 50_000,
};

export interface FactoryResult {
  artifact: Uint8Array;
  sha256: string;
  tokenizer: Tokenizer;
  shape: MlpShape;
  quantized: QuantizedMlp;
  params: Float32Array;
  evaluation: Evaluation;
  corpus: { documents: number; bytes: number; trainDocuments: number; heldOutDocuments: number; trainTargets: number; heldOutTargets: number };
  seconds: { tokenizer: number; train: number; quantize: number; evaluate: number; total: number };
}

export type FactoryEvent = { kind: "stage"; message: string } | { kind: "progress"; progress: Progress };

function checkShape(o: FactoryOptions): void {
  const int = (v: number, lo: number, hi: number, name: string) => {
    if (!Number.isInteger(v) || v < lo || v > hi) throw new RangeError(`${name} must be an integer in ${lo}..${hi}, got ${v}`);
  };
  int(o.vocab, 260, 65_536, "vocab");
  int(o.window, 1, 64, "window");
  int(o.embed, 1, 512, "embed");
  int(o.hidden, 1, 4096, "hidden");
  int(o.heldOutPercent, 1, 50, "held-out percent");
  int(o.evalTargets, 1, 1 << 30, "eval targets");
  // int32 accumulator of the first layer: W·E·127² must stay below the Clip bound 2^24.
  if (o.window * o.embed * 127 * 127 >= 1 << 24) throw new RangeError(`window × embed = ${o.window * o.embed} is too large for the int32 graph (at most 1040)`);
}

/** Trains, quantises, exports and evaluates a model on the documents (UTF-8 bytes each). */
export async function runFactory(docs: readonly Uint8Array[], o: FactoryOptions, on: (e: FactoryEvent) => void = () => {}): Promise<FactoryResult> {
  checkShape(o);
  if (docs.length < 2) throw new RangeError(`need at least 2 documents (one is held out), got ${docs.length}`);
  const t0 = Date.now();
  const split = splitDocuments(docs.length, o.seed, o.heldOutPercent);
  const trainDocs = split.train.map((i) => docs[i]!);
  const heldDocs = split.heldOut.map((i) => docs[i]!);
  const bytes = docs.reduce((s, d) => s + d.length, 0);
  on({ kind: "stage", message: `corpus: ${docs.length} documents, ${bytes} bytes; ${trainDocs.length} for training, ${heldDocs.length} held out` });
  const tokenizer = learnTokenizer(trainDocs, { vocabSize: o.vocab });
  const train = buildStream(tokenizer, trainDocs);
  const held = buildStream(tokenizer, heldDocs);
  const t1 = Date.now();
  on({ kind: "stage", message: `tokenizer: ${tokenizer.vocabSize} ids learnt in ${((t1 - t0) / 1000).toFixed(1)} s; ${train.positions.length} training and ${held.positions.length} held-out targets` });
  const shape: MlpShape = { vocab: tokenizer.vocabSize, window: o.window, embed: o.embed, hidden: o.hidden };
  const evalSet = truncateStream(held, o.evalTargets);
  const params = await trainMlp(shape, train, evalSet, { steps: o.steps, batch: o.batch, lr: o.lr, seed: o.seed, threads: o.threads, probeTargets: 4096 }, (progress) => on({ kind: "progress", progress }));
  const t2 = Date.now();
  const quantized = quantizeMlp(shape, params, sampleStream(train, 8192));
  const { bytes: artifact, sha256 } = exportMlp(quantized, tokenizer);
  const t3 = Date.now();
  on({ kind: "stage", message: `quantised and exported: ${artifact.length} bytes, logit scale ${quantized.logitScale}, requantisation divisor ${quantized.d1}` });
  const evaluation = evaluateModels(shape, params, quantized, tokenizer, train, evalSet);
  const t4 = Date.now();
  return {
    artifact, sha256, tokenizer, shape, quantized, params, evaluation,
    corpus: { documents: docs.length, bytes, trainDocuments: trainDocs.length, heldOutDocuments: heldDocs.length, trainTargets: train.positions.length, heldOutTargets: held.positions.length },
    seconds: { tokenizer: (t1 - t0) / 1000, train: (t2 - t1) / 1000, quantize: (t3 - t2) / 1000, evaluate: (t4 - t3) / 1000, total: (t4 - t0) / 1000 },
  };
}
