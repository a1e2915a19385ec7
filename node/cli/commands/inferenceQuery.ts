/** `tributary query inference …`: the inference module's queries over RPC. */
import { writeFileSync } from "node:fs";
import { Command } from "commander";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import type { InferenceQueries } from "../../../client/inferenceQueries.ts";
import type { DataPool, Inference, Model } from "../../../client/inferenceTypes.ts";
import { checkAddressArg, outputFormat, type OutputFormat, type QueryOpts, withQueryOptions } from "../common.ts";
import { type PageOpts, parseId } from "../datanet/args.ts";
import { listed, withPageOptions } from "./pages.ts";
import { pageJson } from "../datanet/format.ts";
import { type Json, printValue } from "../output.ts";
import { UserError } from "../errors.ts";
import { parseHash } from "../inference/args.ts";
import { withInferenceQueries } from "../inference/connect.ts";
import { inferenceJson, inferenceParamsJson, modelJson, payoutJson, poolJson, rewardPoolsJson } from "../inference/format.ts";

type View<T> = (t: T) => { [k: string]: Json };

/** The fee denom, asked only for text (JSON keeps simd-style bare amounts). */
const denomFor = async (format: OutputFormat, q: InferenceQueries) => (format === "json" ? "" : (await q.params()).feeDenom);

/** JSON as is; text with the prices in the fee denom. `tokenizer`: the whole definition, else a summary. */
const modelView = (format: OutputFormat, denom: string, tokenizer: boolean): View<Model> => (m) => {
  const j = modelJson(m, { tokenizer });
  return format === "json" ? j : { ...j, pricing: { base_fee: `${m.pricing.baseFee}${denom}`, fee_per_token: `${m.pricing.feePerToken}${denom}` } };
};

/** JSON as is; text with each payout in the fee's denom. */
const inferenceView = (format: OutputFormat, denom: string): View<Inference> => (x) =>
  format === "json" ? inferenceJson(x) : { ...inferenceJson(x), payouts: x.payouts.map((p) => ({ ...payoutJson(p), amount: `${p.amount}${x.fee?.denom || denom}` })) };

const poolView = (format: OutputFormat, denom: string): View<DataPool> => (p) => (format === "json" ? poolJson(p) : { ...poolJson(p), total_paid_in: `${p.totalPaidIn}${denom}` });

function paramsCmd(): Command {
  return withQueryOptions(new Command("params").description("the inference module's parameters")).action(async (o: QueryOpts) => {
    const format = outputFormat(o.output);
    printValue(inferenceParamsJson(await withInferenceQueries(o, (q) => q.params())), format);
  });
}

function modelCmd(): Command {
  const cmd = new Command("model").description("a registered model (JSON output includes the whole tokenizer definition)").argument("<id>", "model id");
  return withQueryOptions(cmd).action(async (id: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    const [m, denom] = await withInferenceQueries(o, (q) => Promise.all([q.model(parseId(id, "model id")), denomFor(format, q)]));
    printValue(modelView(format, denom, format === "json")(m), format);
  });
}

function modelsCmd(): Command {
  const cmd = new Command("models").description("registered models, optionally by owner or by training datanet").option("--owner <address>", "owner trib1… address").option("--datanet <id>", "datanet id in the training manifest");
  return withPageOptions(cmd).action(async (o: QueryOpts & PageOpts & { owner?: string; datanet?: string }) => {
    const format = outputFormat(o.output);
    if (o.owner !== undefined && o.datanet !== undefined) throw new UserError("give --owner or --datanet, not both");
    const filter = { owner: o.owner === undefined ? undefined : checkAddressArg(o.owner, "--owner"), datanetId: o.datanet === undefined ? undefined : parseId(o.datanet, "--datanet id") };
    const list = listed<Model>(o);
    const [page, denom] = await withInferenceQueries(o, (q) => Promise.all([list((p) => q.models(filter, p)), denomFor(format, q)]));
    printValue(pageJson("models", page, modelView(format, denom, false)), format);
  });
}

function artifactCmd(): Command {
  const cmd = new Command("artifact").description("a stored model artifact by sha256: its size, or the bytes written to --out").argument("<hash>", "artifact sha256 (hex)").option("--out <file>", "write the artifact here");
  return withQueryOptions(cmd).action(async (hashArg: string, o: QueryOpts & { out?: string }) => {
    const format = outputFormat(o.output);
    const hash = parseHash(hashArg);
    const bytes = await withInferenceQueries(o, (q) => q.artifact(hash));
    const got = bytesToHex(sha256(bytes));
    if (got !== hashArg.toLowerCase()) throw new UserError(`the node returned ${bytes.length} bytes whose sha256 is ${got}, not ${hashArg.toLowerCase()}`);
    if (o.out !== undefined) {
      try {
        writeFileSync(o.out, bytes);
      } catch (e) {
        throw new UserError(`cannot write --out ${o.out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
    }
    printValue({ artifact_hash: got, bytes: bytes.length, verified: true, out: o.out ?? null }, format);
  });
}

function inferenceCmd(): Command {
  const cmd = new Command("inference").description("a paid inference: prompt, output, fee, payouts, attribution record").argument("<id>", "inference id");
  return withQueryOptions(cmd).action(async (id: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    const [x, denom] = await withInferenceQueries(o, (q) => Promise.all([q.inference(parseId(id, "inference id")), denomFor(format, q)]));
    printValue(inferenceView(format, denom)(x), format);
  });
}

function inferencesCmd(): Command {
  const cmd = new Command("inferences").description("inferences of a model or of a requester, in id order").option("--model <id>", "model id").option("--requester <address>", "requester trib1… address");
  return withPageOptions(cmd).action(async (o: QueryOpts & PageOpts & { model?: string; requester?: string }) => {
    const format = outputFormat(o.output);
    if ((o.model === undefined) === (o.requester === undefined)) throw new UserError("give exactly one of --model <id> or --requester <address>");
    const filter = { modelId: o.model === undefined ? undefined : parseId(o.model, "--model id"), requester: o.requester === undefined ? undefined : checkAddressArg(o.requester, "--requester") };
    const list = listed<Inference>(o);
    const [page, denom] = await withInferenceQueries(o, (q) => Promise.all([list((p) => q.inferences(filter, p)), denomFor(format, q)]));
    printValue(pageJson("inferences", page, inferenceView(format, denom)), format);
  });
}

function poolCmd(): Command {
  const cmd = new Command("pool").description("a datanet version's reward pool (attribution residuals paid in)").argument("<datanet-id>", "datanet id").argument("<version>", "version number");
  return withQueryOptions(cmd).action(async (dn: string, v: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    const [pool, denom] = await withInferenceQueries(o, (q) => Promise.all([q.dataPool(parseId(dn, "datanet id"), parseId(v, "version number")), denomFor(format, q)]));
    printValue(poolView(format, denom)(pool), format);
  });
}

function claimableCmd(): Command {
  const cmd = new Command("claimable").description("what a contribution's contributor can claim from datanet pools now").argument("<contribution-id>", "contribution id");
  return withQueryOptions(cmd).action(async (id: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    const cid = parseId(id, "contribution id");
    const c = await withInferenceQueries(o, (q) => q.claimableRewards(cid));
    const json = { contribution_id: cid.toString(), amount: c.amount, denom: c.denom };
    printValue(format === "json" ? json : { ...json, amount: `${c.amount}${c.denom}` }, format);
  });
}

function rewardPoolsCmd(): Command {
  return withQueryOptions(new Command("reward-pools").description("the inference compute share (pending for the next allocation to validators, last allocated, total), the community pool and the datanet pools")).action(async (o: QueryOpts) => {
    const format = outputFormat(o.output);
    printValue(rewardPoolsJson(await withInferenceQueries(o, (q) => q.rewardPools())), format);
  });
}

export function inferenceQueryCommand(): Command {
  const cmd = new Command("inference").description("model registry and inference queries");
  for (const c of [paramsCmd(), modelCmd(), modelsCmd(), artifactCmd(), inferenceCmd(), inferencesCmd(), poolCmd(), claimableCmd(), rewardPoolsCmd()]) cmd.addCommand(c);
  return cmd;
}
