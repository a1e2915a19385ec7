/**
 * `tributary model train`: the model factory (node/factory) from the command line. Documents
 * come from a datanet version on a node (--datanet/--version) or from local text (--text);
 * progress goes to stderr, the report (artifact hash, size, perplexities) to stdout.
 */
import { writeFileSync } from "node:fs";
import { Command } from "commander";
import { QueryClient } from "@cosmjs/stargate";
import { setupRewardsExtension } from "../../../client/rewardsQueries.ts";
import { addHomeOption, addNodeOption, addOutputOption, outputFormat, printJson, printLine } from "../common.ts";
import { withDatanetQueries } from "../datanet/connect.ts";
import { parseId } from "../datanet/args.ts";
import { UserError } from "../errors.ts";
import { DEFAULT_FACTORY_OPTIONS, type FactoryEvent, type FactoryOptions, type FactoryResult, runFactory } from "../../factory/factory.ts";
import { fetchVersionDocuments, readTextDocuments, SourceError } from "../../factory/sources.ts";
import type { Progress } from "../../factory/train.ts";

interface TrainFlags {
  datanet?: string;
  version?: string;
  fromStorageNodes: boolean;
  text?: string;
  out: string;
  node?: string;
  home: string;
  output: string;
  vocab: string;
  window: string;
  embed: string;
  hidden: string;
  steps: string;
  batch: string;
  lr: string;
  seed: string;
  threads: string;
  heldOut: string;
  evalTokens: string;
}

function intFlag(v: string, flag: string, lo: number, hi: number): number {
  if (!/^[0-9]+$/.test(v.trim()) || Number(v) < lo || Number(v) > hi) throw new UserError(`${flag} must be an integer in ${lo}..${hi}, got ${JSON.stringify(v)}`);
  return Number(v);
}

function lrFlag(v: string): number {
  const n = Number(v);
  if (!/^[0-9.eE+-]+$/.test(v.trim()) || !(n > 0 && n < 1)) throw new UserError(`--lr must be a number in (0, 1), e.g. 0.003, got ${JSON.stringify(v)}`);
  return n;
}

export function factoryOptions(o: TrainFlags): FactoryOptions {
  const window = intFlag(o.window, "--window", 1, 64);
  const embed = intFlag(o.embed, "--embed", 1, 512);
  if (window * embed > 1040) throw new UserError(`--window × --embed is ${window * embed}; the int32 graph allows at most 1040 (W·E·127² below 2^24)`);
  return {
    vocab: intFlag(o.vocab, "--vocab", 260, 65_536),
    window,
    embed,
    hidden: intFlag(o.hidden, "--hidden", 1, 4096),
    steps: intFlag(o.steps, "--steps", 1, 100_000_000),
    batch: intFlag(o.batch, "--batch", 1, 65_536),
    lr: lrFlag(o.lr),
    seed: intFlag(o.seed, "--seed", 0, 0xffff_ffff),
    threads: intFlag(o.threads, "--threads", 1, 2),
    heldOutPercent: intFlag(o.heldOut, "--held-out", 1, 50),
    evalTargets: intFlag(o.evalTokens, "--eval-tokens", 1, 1 << 30),
  };
}

function duration(s: number): string {
  if (!Number.isFinite(s)) return "?";
  const m = Math.floor(s / 60);
  return m > 0 ? `${m}m${String(Math.round(s % 60)).padStart(2, "0")}s` : `${Math.round(s)}s`;
}

export function progressLine(p: Progress): string {
  const held = p.heldOut === undefined ? "" : `  held-out ${p.heldOut.toFixed(3)}`;
  return `step ${p.step}/${p.steps}  loss ${p.loss.toFixed(3)}${held}  ${Math.round(p.tokensPerSecond)} tok/s  ETA ${duration(p.etaSeconds)}`;
}

function onEvent(e: FactoryEvent): void {
  process.stderr.write(`${e.kind === "stage" ? e.message : progressLine(e.progress)}\n`);
}

/** The JSON report (also the basis of the text one). */
export function reportJson(r: FactoryResult, out: string) {
  const ppl = (p: FactoryResult["evaluation"]["float"]) => ({ per_token: Number(p.perToken.toFixed(3)), per_byte: Number(p.perByte.toFixed(4)), nll_per_token: Number(p.nllPerToken.toFixed(4)) });
  return {
    out,
    sha256: r.sha256,
    bytes: r.artifact.length,
    shape: r.shape,
    logit_scale: r.quantized.logitScale,
    corpus: r.corpus,
    held_out: { targets: r.evaluation.targets, bytes: r.evaluation.bytes },
    perplexity: { float: ppl(r.evaluation.float), int8: ppl(r.evaluation.quantized), unigram: ppl(r.evaluation.unigram) },
    argmax_agreement: Number(r.evaluation.argmaxAgreement.toFixed(4)),
    seconds: r.seconds,
  };
}

function printReport(r: FactoryResult, out: string): void {
  const e = r.evaluation;
  const row = (name: string, p: typeof e.float) => `  ${name.padEnd(8)} ${p.perToken.toFixed(2).padStart(10)} ${p.perByte.toFixed(3).padStart(10)}`;
  printLine(`wrote ${out}: ${r.artifact.length} bytes, sha256 ${r.sha256}`);
  printLine(`model tributary-mlp-v1: vocab ${r.shape.vocab}, window ${r.shape.window}, embed ${r.shape.embed}, hidden ${r.shape.hidden}, logit scale ${r.quantized.logitScale}`);
  printLine(`held-out perplexity (${e.targets} tokens, ${e.bytes} bytes of ${r.corpus.heldOutDocuments} held-out documents):`);
  printLine(`  ${"model".padEnd(8)} ${"per token".padStart(10)} ${"per byte".padStart(10)}`);
  printLine(row("float", e.float));
  printLine(row("int8", e.quantized));
  printLine(row("unigram", e.unigram));
  printLine(`float and int8 agree on the most likely next token at ${(e.argmaxAgreement * 100).toFixed(1)}% of positions`);
  const s = r.seconds;
  printLine(`time: tokenizer ${s.tokenizer.toFixed(1)} s, training ${s.train.toFixed(1)} s, quantise+export ${s.quantize.toFixed(1)} s, evaluation ${s.evaluate.toFixed(1)} s (total ${s.total.toFixed(1)} s)`);
}

async function documents(o: TrainFlags): Promise<Uint8Array[]> {
  if ((o.text === undefined) === (o.datanet === undefined)) throw new UserError("give either --datanet <id> --version <n> (records from a node) or --text <file-or-dir> (local text)");
  try {
    if (o.text !== undefined) {
      if (o.version !== undefined) throw new UserError("--version goes with --datanet; --text trains on local text");
      if (o.fromStorageNodes) throw new UserError("--from-storage-nodes goes with --datanet; --text trains on local text");
      const r = readTextDocuments(o.text);
      if (r.skipped.length > 0) process.stderr.write(`skipped ${r.skipped.length} binary file(s), first: ${r.skipped[0]}\n`);
      return r.documents;
    }
    if (o.version === undefined) throw new UserError("--datanet needs --version <n> (a published version number)");
    const dn = parseId(o.datanet!, "--datanet id");
    const version = parseId(o.version, "--version");
    const docs = await withDatanetQueries(o, (q, comet) =>
      fetchVersionDocuments(
        q,
        dn,
        version,
        (done, total) => {
          if (done === total || done % 500 === 0) process.stderr.write(`fetched ${done}/${total} records of datanet ${dn} version ${version}\n`);
        },
        // Bodies the node lacks (or all, with --from-storage-nodes) come from registered storage nodes, checked against the chain.
        { fromStorageNodes: o.fromStorageNodes, rewards: QueryClient.withExtensions(comet, setupRewardsExtension).rewards, onNote: (line) => process.stderr.write(`${line}\n`) },
      ),
    );
    if (docs.length < 2) throw new UserError(`datanet ${dn} version ${version} has ${docs.length} record(s); training needs at least 2 (one is held out)`);
    return docs;
  } catch (e) {
    if (e instanceof SourceError) throw new UserError(e.message);
    throw e;
  }
}

function trainCmd(): Command {
  const d = DEFAULT_FACTORY_OPTIONS;
  const cmd = new Command("train")
    .description("train a tributary-mlp-v1 model (BPE tokenizer, float MLP, int8 quantisation) on a datanet version's records or local text, and write the ONNX artifact")
    .option("--datanet <id>", "datanet id (with --version): train on its records, fetched from --node")
    .option("--version <n>", "published version number of --datanet (versions 1..n)")
    .option("--from-storage-nodes", "fetch the record bodies from the registered storage nodes serving --datanet (checked against the chain's hashes) instead of --node; bodies --node lacks come from them anyway", false)
    .option("--text <file-or-dir>", "train on local text instead: a directory (one document per file) or a file (split at blank lines)")
    .requiredOption("--out <file.onnx>", "where to write the artifact")
    .option("--vocab <n>", "tokenizer vocabulary size, at most (fewer when the corpus has fewer mergeable pairs)", String(d.vocab))
    .option("--window <n>", "context window W (tokens)", String(d.window))
    .option("--embed <n>", "embedding width E", String(d.embed))
    .option("--hidden <n>", "hidden units H", String(d.hidden))
    .option("--steps <n>", "training steps", String(d.steps))
    .option("--batch <n>", "examples per step", String(d.batch))
    .option("--lr <x>", "Adam learning rate (peak)", String(d.lr))
    .option("--seed <n>", "seed of the split, initialisation and batch order", String(d.seed))
    .option("--threads <n>", "1 or 2 (the model is the same)", String(d.threads))
    .option("--held-out <percent>", "documents held out for evaluation, percent", String(d.heldOutPercent))
    .option("--eval-tokens <n>", "held-out tokens evaluated at the end", String(d.evalTargets));
  addNodeOption(cmd);
  addHomeOption(cmd);
  return addOutputOption(cmd).action(async (o: TrainFlags) => {
    const format = outputFormat(o.output);
    const opts = factoryOptions(o);
    const docs = await documents(o);
    const r = await runFactory(docs, opts, onEvent);
    try {
      writeFileSync(o.out, r.artifact);
    } catch (e) {
      throw new UserError(`cannot write --out ${o.out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    if (format === "json") printJson(reportJson(r, o.out));
    else printReport(r, o.out);
  });
}

export function modelCommand(): Command {
  return new Command("model").description("the model factory: train models for payable inference").addCommand(trainCmd());
}
