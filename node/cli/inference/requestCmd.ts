/**
 * `tributary tx inference request <model-id> --prompt …`: pays for one inference and prints
 * what the tx returned (output, fee, payouts) with the top credited contributors of its
 * attribution record.
 */
import { Command } from "commander";
import { requestGasLimit, simulateDetailed, simulatedTokens, stepGas } from "../../../client/inferenceGas.ts";
import { msgRequestInference, requestInferenceResponse } from "../../../client/inferenceMsgs.ts";
import type { Model, Sampling } from "../../../client/inferenceTypes.ts";
import { TributaryClientError } from "../../../client/errors.ts";
import type { AttributionRecord } from "../../../modules/attribution/types.ts";
import { attributionChain } from "../attribution/chainQueries.ts";
import { outputFormat, printJson } from "../common.ts";
import { parseId } from "../datanet/args.ts";
import { addDatanetTxOptions, type FromOpts } from "../datanet/txFlags.ts";
import { UserError } from "../errors.ts";
import { inDenom, parseFeeAmount, parsePrompt, parseSampling, parseUint, type SamplingFlags } from "./args.ts";
import { printRequestReport, requestReportJson } from "./report.ts";
import { confirmAndDeliver, gasFor, type TxSession, withTxSession } from "./session.ts";

interface RequestFlags extends FromOpts, SamplingFlags {
  prompt: string;
  maxTokens?: string;
  maxFee?: string;
  top: string;
}

/** --max-tokens (default: the model's limit) and --max-fee (default: the most it can cost). */
function limits(o: RequestFlags, model: Model, feeDenom: string): { maxTokens: number; maxFee: string } {
  const maxTokens = o.maxTokens === undefined ? model.maxOutputTokens : parseUint(o.maxTokens, "--max-tokens", 1, 0xffff_ffff);
  const most = model.pricing.baseFee + model.pricing.feePerToken * BigInt(maxTokens);
  const maxFee = o.maxFee === undefined ? most.toString() : inDenom(parseFeeAmount(o.maxFee, "--max-fee"), feeDenom, "--max-fee");
  return { maxTokens, maxFee: `${maxFee}${feeDenom}` };
}

interface Parsed {
  modelId: bigint;
  prompt: string;
  sampling: Sampling;
  format: "json" | "text";
  top: number;
}

async function request(s: TxSession, o: RequestFlags, { modelId, prompt, sampling, format, top }: Parsed): Promise<void> {
  const [model, params] = await Promise.all([s.inference.model(modelId), s.inference.params()]);
  const { maxTokens, maxFee } = limits(o, model, params.feeDenom);
  let msg;
  try {
    msg = msgRequestInference(s.from, { modelId, prompt, maxOutputTokens: maxTokens, maxFee, sampling });
  } catch (e) {
    if (e instanceof TributaryClientError) throw new UserError(e.shortMessage);
    throw e;
  }
  // A top-k draw is seeded with the tx hash: the delivered one may run longer than the simulated
  // one, so the gas of the tokens it did not generate is added (before --gas-adjustment).
  const limit = await gasFor(o, async () => {
    const { sequence } = await s.client.getSequence(s.from);
    const sim = await simulateDetailed(s.query, s.client.registry, s.signer, s.from, sequence, [msg], o.memo);
    return requestGasLimit({ simulatedGas: sim.gasUsed, simulatedTokens: simulatedTokens(sim), maxOutputTokens: maxTokens, mode: sampling.mode, stepGas: stepGas(model, params), adjustment: 1 });
  });
  const samplingText = sampling.mode === "GREEDY" ? "greedy" : `top-${sampling.topK}, seed ${sampling.seed}`;
  const summary = `request up to ${maxTokens} tokens from model ${modelId} (${JSON.stringify(model.name)}, ${samplingText}), paying at most ${maxFee}, as ${o.from} (${s.from})`;
  const tx = await confirmAndDeliver(s, o, [msg], summary, limit);
  const result = requestInferenceResponse(tx);
  let record: AttributionRecord | undefined;
  if (result.attributionRecordId !== 0n) record = await attributionChain(s.comet).record(result.attributionRecordId);
  if (format === "json") return printJson(requestReportJson(tx, result, record, top));
  printRequestReport(tx, result, record, top, maxFee);
}

export function requestCmd(): Command {
  const cmd = new Command("request")
    .description("pay for one inference: the model runs in the block, its output is attributed to the training data and the fee split; prints the output, the top credited contributors and every payout")
    .argument("<model-id>", "model id")
    .requiredOption("--prompt <text|@file>", "the text to continue, inline or @file")
    .option("--max-tokens <n>", "most tokens to generate (default: the model's max_output_tokens)")
    .option("--max-fee <amount>", "most to pay, escrowed, the unused part refunded (default: base fee + fee per token × --max-tokens)")
    .option("--sampling <mode>", "greedy or top-k", "greedy")
    .option("--top-k <k>", "with --sampling top-k: candidates per step, 1..64 (default 40)")
    .option("--seed <n>", "with --sampling top-k: seed (mixed with the tx hash)")
    .option("--top <n>", "contributors to list", "5");
  return addDatanetTxOptions(cmd).action(async (idArg: string, o: RequestFlags) => {
    const parsed: Parsed = {
      modelId: parseId(idArg, "model id"),
      prompt: parsePrompt(o.prompt),
      sampling: parseSampling(o),
      format: outputFormat(o.output),
      top: parseUint(o.top, "--top", 0, 1000),
    };
    await withTxSession(o, (s) => request(s, o, parsed));
  });
}
