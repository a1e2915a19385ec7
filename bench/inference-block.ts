/**
 * A block of 100 paid inferences of 64 output tokens each, finalised (inference,
 * attribution, settlement) through FinalizeBlock + Commit on the real App, target ≤ 1 s.
 *
 * Chain (in process, bench/lib/inferenceChain.ts, wired as the node: content store filled from
 * the blocks; CheckTx before each block so signatures are verified and cached as the mempool
 * does): a datanet of BENCH_INFERENCE_RECORDS SpamAssassin records (bench/lib/datanetCorpus.ts)
 * from 10 contributors, published and READY; a model of the default factory shape (V=1024, W=8,
 * E=32, H=128) trained by the factory on those records (fewer steps than the CLI default: the
 * cost per token depends on the shape, not on training), its EOS logit disabled so every request
 * generates exactly 64 tokens, registered twice: in the layout the factory exports (`column`,
 * modules/inference/onnx/mlpGraph.ts) and in the row layout it exported before (`row`, same
 * integers, bench/lib/inferenceModels.ts), for comparison.
 *
 * Each measured block holds 100 MsgRequestInference txs from 100 requesters (prompts are the
 * first words of records; half greedy, half top-k 40 with seeds), on one model, run with
 * onnxruntime-node (the node's runner, one intra-op thread) or the interpreter (a bare App's):
 * ORT on both layouts, the interpreter on the column layout (its speed is the same on both).
 * The runner is swapped between blocks on the same chain: both give the same bits, so the state
 * is the same either way (test/inferenceReplay.test.ts). Reported per block: FinalizeBlock wall
 * time split into model calls (timed around the runner), attribution (timed around the keeper
 * call: engine + record) and the rest (ante, tokenizer, sampling, settlement transfers, state
 * writes), then Commit. A warm-up block first loads the sessions and builds the attribution
 * index in process (the node builds it off the block path); measured blocks then read no
 * artifact (`artifact_reads`: runner cache misses, models are loaded by hash).
 *
 *   npx tsx bench/inference-block.ts
 *   BENCH_INFERENCE_RECORDS=3000    records in the datanet
 *   BENCH_INFERENCE_TXS=100         inference txs per block
 *   BENCH_INFERENCE_ROUNDS=3        blocks per configuration (median reported)
 *   BENCH_INFERENCE_TRAIN_STEPS=600 factory training steps
 */
import { type BenchAccount, deriveAccounts } from "../test/support/accounts.ts";
import { corpusChunks, recordBody } from "./lib/datanetCorpus.ts";
import { emit, note } from "./lib/emit.ts";
import { type BlockTiming, InferenceChain, TimedRunner } from "../test/support/inferenceChain.ts";
import { rowLayout, withoutEos } from "../test/support/inferenceModels.ts";
import { contributeMsg, createDatanetMsg, inferenceTypes as inf, msgResponse, publishMsg, registerModelMsg, requestMsg } from "../test/support/inferenceMsgs.ts";
import { median, nowMs } from "./lib/stats.ts";
import { decodeModel, encodeModel } from "../modules/inference/onnx/codec.ts";
import { InterpreterRunner } from "../modules/inference/onnx/interpreter.ts";
import type { ModelRunner } from "../modules/inference/expected.ts";
import { DEFAULT_FACTORY_OPTIONS, runFactory } from "../node/factory/factory.ts";
import { OrtRunner } from "../node/inference/ortRunner.ts";

const RECORDS = Number(process.env.BENCH_INFERENCE_RECORDS ?? 3000);
const TXS = Number(process.env.BENCH_INFERENCE_TXS ?? 100);
const ROUNDS = Number(process.env.BENCH_INFERENCE_ROUNDS ?? 3);
const TRAIN_STEPS = Number(process.env.BENCH_INFERENCE_TRAIN_STEPS ?? 600);
const TOKENS = 64;
const CONTRIBUTORS = 10;
const RECORDS_PER_TX = 100;
const TXS_PER_BLOCK = 10;
const TARGET_MS = 1000;
const DATANET = 1n;

interface Setup {
  chain: InferenceChain;
  timed: TimedRunner;
  owner: BenchAccount;
  contributors: BenchAccount[];
  requesters: BenchAccount[];
  bodies: string[];
}

async function buildDatanet(s: Setup): Promise<void> {
  const { chain, owner, contributors, bodies } = s;
  await chain.block([chain.sign(owner, [createDatanetMsg(owner.address)])]);
  const t0 = nowMs();
  let txs: Uint8Array[] = [];
  for (let i = 0, n = 0; i < bodies.length; i += RECORDS_PER_TX, n++) {
    const c = contributors[n % contributors.length]!;
    txs.push(chain.sign(c, [contributeMsg(c.address, DATANET, bodies.slice(i, i + RECORDS_PER_TX))]));
    if (txs.length === TXS_PER_BLOCK || i + RECORDS_PER_TX >= bodies.length) {
      const b = await chain.block(txs);
      const refused = b.res.txResults.filter((r) => r.code !== 0);
      if (refused.length > 0) throw new Error(`a contribution was refused: ${refused[0]?.log}`);
      txs = [];
    }
  }
  await chain.block([chain.sign(owner, [publishMsg(owner.address, DATANET)])]);
  await chain.block([]);
  note(`datanet of ${bodies.length} records published and READY in ${((nowMs() - t0) / 1000).toFixed(1)} s`);
}

/** Trains the model and registers it in both layouts; returns [column id (as exported), row id]. */
async function registerModels(s: Setup): Promise<[bigint, bigint]> {
  const t0 = nowMs();
  const trained = await runFactory(s.bodies.map((b) => new TextEncoder().encode(b)), { ...DEFAULT_FACTORY_OPTIONS, steps: TRAIN_STEPS, evalTargets: 2000 });
  const ev = trained.evaluation;
  note(`factory: ${TRAIN_STEPS} steps in ${((nowMs() - t0) / 1000).toFixed(1)} s; held-out perplexity per token float ${ev.float.perToken.toFixed(1)}, int8 ${ev.quantized.perToken.toFixed(1)}, unigram ${ev.unigram.perToken.toFixed(1)}`);
  const model = withoutEos(decodeModel(trained.artifact));
  const manifest = [{ datanetId: DATANET, version: 1n }];
  const reg = (name: string, artifact: Uint8Array) => s.chain.sign(s.owner, [registerModelMsg({ owner: s.owner.address, name, artifact, manifest, contextLength: 256, maxOutputTokens: 128 })]);
  const b = await s.chain.block([reg("mail column", encodeModel(model)), reg("mail row", encodeModel(rowLayout(model)))]);
  const [a, c] = b.res.txResults.map((r) => BigInt(String(msgResponse(r, inf.MsgRegisterModelResponseSchema).modelId)));
  if (a === undefined || c === undefined) throw new Error(`registering two models gave ${b.res.txResults.length} results`);
  return [a, c];
}

/** The first `n` plain words (letters, at most 16 characters) of the first record from `start` that has them. */
function promptFrom(bodies: string[], start: number, n: number): string {
  for (let j = 0; j < bodies.length; j++) {
    const words = bodies[(start + j) % bodies.length]!.split(/\s+/).filter((w) => /^[A-Za-z][A-Za-z,.']{0,15}$/.test(w));
    if (words.length >= n) return words.slice(0, n).join(" ");
  }
  throw new Error(`no record has ${n} plain words`);
}

/** `n` requests on `modelId`: prompts are 4–9 words of records, odd ones top-k 40 with a seed. */
function requestTxs(s: Setup, modelId: bigint, n: number, salt: number, tokens = TOKENS): Uint8Array[] {
  return s.requesters.slice(0, n).map((r, i) => {
    const prompt = promptFrom(s.bodies, salt * 7919 + i * 31, 4 + (i % 6));
    const topK = i % 2 === 1 ? { k: 40, seed: BigInt(salt * 1000 + i) } : undefined;
    return s.chain.sign(r, [requestMsg({ requester: r.address, modelId, prompt, maxOutputTokens: tokens, topK })]);
  });
}

interface BlockRow {
  finalizeMs: number;
  modelMs: number;
  attributionMs: number;
  restMs: number;
  commitMs: number;
  checkMs: number;
  modelCalls: number;
  artifactReads: number;
  tokens: number;
  gasUsed: bigint;
  credited: number;
}

async function measuredBlock(s: Setup, modelId: bigint, salt: number, tokens = TOKENS): Promise<BlockRow> {
  const txs = requestTxs(s, modelId, TXS, salt, tokens);
  s.timed.reset();
  const b: BlockTiming = await s.chain.block(txs);
  const refused = b.res.txResults.filter((r) => r.code !== 0);
  if (refused.length > 0) throw new Error(`${refused.length} inference txs failed, first: ${refused[0]?.log}`);
  const responses = b.res.txResults.map((r) => msgResponse(r, inf.MsgRequestInferenceResponseSchema));
  if (s.timed.loads !== TXS) throw new Error(`expected one model load per request, saw ${s.timed.loads}`);
  return {
    finalizeMs: b.finalizeMs,
    modelMs: s.timed.ms,
    attributionMs: b.attributionMs,
    restMs: b.finalizeMs - s.timed.ms - b.attributionMs,
    commitMs: b.commitMs,
    checkMs: b.checkMs,
    modelCalls: s.timed.calls,
    artifactReads: s.timed.reads,
    tokens: responses.reduce((t, r) => t + r.tokensGenerated, 0),
    gasUsed: b.res.txResults.reduce((g, r) => g + r.gasUsed, 0n),
    credited: responses.filter((r) => r.payouts.some((p) => p.role === "contributor")).length,
  };
}

async function main(): Promise<void> {
  const accounts = deriveAccounts(1 + CONTRIBUTORS + TXS);
  const ort = new OrtRunner();
  const interpreter = new InterpreterRunner();
  const timed = new TimedRunner(ort);
  const chain = await InferenceChain.create(accounts, { modelRunner: timed });
  const chunks = corpusChunks();
  const s: Setup = { chain, timed, owner: accounts[0]!, contributors: accounts.slice(1, 1 + CONTRIBUTORS), requesters: accounts.slice(1 + CONTRIBUTORS), bodies: Array.from({ length: RECORDS }, (_, i) => recordBody(chunks, i)) };
  try {
    await buildDatanet(s);
    const [column, row] = await registerModels(s);
    const configs: [string, ModelRunner, string, bigint][] = [
      ["ort_1_thread", ort, "column", column],
      ["interpreter", interpreter, "column", column],
      ["ort_1_thread", ort, "row", row],
    ];

    // Warm-up: sessions loaded / graphs compiled, attribution index built in process.
    for (const [rname, runner, layout, id] of configs) {
      timed.inner = runner;
      const t0 = nowMs();
      const b = await chain.block(requestTxs(s, id, 10, 0));
      note(`warm-up ${rname} ${layout}: 10 requests in ${(nowMs() - t0).toFixed(0)} ms (attribution ${b.attributionMs.toFixed(0)} ms)`);
    }

    const rows = new Map<string, BlockRow[]>();
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [rname, runner, layout, id] of configs) {
        timed.inner = runner;
        const r = await measuredBlock(s, id, round);
        const key = `${rname} ${layout}`;
        rows.set(key, [...(rows.get(key) ?? []), r]);
        emit("inference_block_round", {
          runner: rname, layout, round, txs: TXS, tokens: r.tokens, finalize_ms: r.finalizeMs, model_ms: r.modelMs, attribution_ms: r.attributionMs, rest_ms: r.restMs,
          commit_ms: r.commitMs, check_ms: r.checkMs, model_calls: r.modelCalls, artifact_reads: r.artifactReads, credited_txs: r.credited, gas_per_tx: Number(r.gasUsed / BigInt(TXS)),
        });
      }
    }
    // What a request costs apart from its tokens: the same block with max_output_tokens 1.
    timed.inner = ort;
    const fixed: BlockRow[] = [];
    for (let round = 1; round <= ROUNDS; round++) fixed.push(await measuredBlock(s, column, 100 + round, 1));
    const fm = (f: (r: BlockRow) => number) => median(fixed.map(f));
    emit("inference_block_1_token", {
      runner: "ort_1_thread", layout: "column", txs: TXS, tokens: fm((r) => r.tokens), rounds: ROUNDS, finalize_ms: fm((r) => r.finalizeMs), model_ms: fm((r) => r.modelMs),
      attribution_ms: fm((r) => r.attributionMs), rest_ms: fm((r) => r.restMs), commit_ms: fm((r) => r.commitMs), gas_per_tx: fm((r) => Number(r.gasUsed / BigInt(TXS))),
    });
    for (const [key, rs] of rows) {
      const [runner = "", layout = ""] = key.split(" ");
      const m = (f: (r: BlockRow) => number) => median(rs.map(f));
      const total = m((r) => r.finalizeMs + r.commitMs);
      emit("inference_block", {
        runner, layout, records: RECORDS, txs: TXS, tokens_per_tx: TOKENS, tokens: m((r) => r.tokens), rounds: rs.length,
        finalize_ms: m((r) => r.finalizeMs), model_ms: m((r) => r.modelMs), model_us_per_token: (m((r) => r.modelMs) * 1000) / m((r) => r.modelCalls),
        attribution_ms: m((r) => r.attributionMs), rest_ms: m((r) => r.restMs), commit_ms: m((r) => r.commitMs), finalize_plus_commit_ms: total,
        gas_per_tx: m((r) => Number(r.gasUsed / BigInt(TXS))), artifact_reads: m((r) => r.artifactReads),
        target: `≤ ${TARGET_MS} ms`, meets_target: total <= TARGET_MS,
      });
    }
  } finally {
    await chain.close();
    await ort.close();
  }
}

await main();
