/**
 * `tributary tx inference …`: register models (artifacts over one chunk are uploaded in chunks
 * first), update and retire them, pay for inferences, claim datanet pool rewards. The prompt is
 * --prompt; -o / --output is the output format, as on every command.
 */
import { Command } from "commander";
import { bytesToHex } from "@noble/hashes/utils.js";
import { DEFAULT_CHUNK_BYTES, claimDataRewardsResponse, msgClaimDataRewards, msgRegisterModel, msgRetireModel, msgUpdateModel, registerModelResponse, type PricingInput, type RegisterModelInput } from "../../../client/inferenceMsgs.ts";
import { TributaryClientError } from "../../../client/errors.ts";
import { outputFormat } from "../common.ts";
import { printValue } from "../output.ts";
import { parseId } from "../datanet/args.ts";
import { addDatanetTxOptions, type FromOpts } from "../datanet/txFlags.ts";
import { UserError } from "../errors.ts";
import { inDenom, parseChunkSize, parseFeeAmount, parseHash, parseManifestList, parseSplit, parseUint, readArtifact } from "../inference/args.ts";
import { coinText } from "../inference/format.ts";
import { requestCmd } from "../inference/requestCmd.ts";
import { confirmAndDeliver, gasFor, sendOne, txResultJson, type TxSession, withTxSession } from "../inference/session.ts";
import { uploadChunks, uploadPlan } from "../inference/upload.ts";
import { confirm } from "./tx.ts";

/** Client-side input errors (bad address, amounts, …) as one-line user errors. */
function userInput<T>(build: () => T): T {
  try {
    return build();
  } catch (e) {
    if (e instanceof TributaryClientError) throw new UserError(e.shortMessage);
    throw e;
  }
}

function printTx(fields: Record<string, unknown>, format: "json" | "text"): void {
  printValue(fields, format);
}

const progress = (line: string) => process.stderr.write(`${line}\n`);

interface RegisterFlags extends FromOpts {
  artifact?: string;
  artifactHash?: string;
  name: string;
  description: string;
  manifest: string;
  baseFee: string;
  feePerToken: string;
  split: string;
  contextLength: string;
  maxOutputTokens: string;
  chunkSize: string;
}

function registerInput(o: RegisterFlags, feeDenom: string): Omit<RegisterModelInput, "artifact" | "artifactHash"> {
  return {
    name: o.name,
    description: o.description,
    trainingManifest: parseManifestList(o.manifest),
    pricing: { baseFee: inDenom(parseFeeAmount(o.baseFee, "--base-fee"), feeDenom, "--base-fee"), feePerToken: inDenom(parseFeeAmount(o.feePerToken, "--fee-per-token"), feeDenom, "--fee-per-token") },
    split: parseSplit(o.split),
    contextLength: parseUint(o.contextLength, "--context-length", 2, 0xffff_ffff),
    maxOutputTokens: parseUint(o.maxOutputTokens, "--max-output-tokens", 1, 0xffff_ffff),
  };
}

/** Inline when the artifact fits one chunk; else chunks (confirmed once for all), then by hash. */
async function register(s: TxSession, o: RegisterFlags, format: "json" | "text"): Promise<void> {
  const base = registerInput(o, (await s.inference.params()).feeDenom);
  const chunkSize = parseChunkSize(o.chunkSize);
  const what = `register model ${JSON.stringify(o.name)} trained on ${o.manifest} as ${o.from} (${s.from})`;
  if (o.artifactHash !== undefined) {
    const tx = await sendOne(s, o, userInput(() => msgRegisterModel(s.from, { ...base, artifactHash: parseHash(o.artifactHash!) })), `${what} from uploaded chunks of ${o.artifactHash}`);
    return printTx({ ...txResultJson(tx), model_id: registerModelResponse(tx).modelId.toString(), artifact_hash: o.artifactHash.toLowerCase() }, format);
  }
  const artifact = readArtifact(o.artifact!);
  if (artifact.length <= chunkSize) {
    const tx = await sendOne(s, o, userInput(() => msgRegisterModel(s.from, { ...base, artifact })), `${what} (artifact ${o.artifact}, ${artifact.length} bytes, inline)`);
    const r = registerModelResponse(tx);
    return printTx({ ...txResultJson(tx), model_id: r.modelId.toString(), artifact_hash: bytesToHex(r.artifactHash), artifact_bytes: artifact.length }, format);
  }
  const plan = uploadPlan(artifact, chunkSize);
  userInput(() => msgRegisterModel(s.from, { ...base, artifactHash: parseHash(plan.hash) })); // refuse bad flags before uploading
  await confirm(`${what}: ${plan.text}, then register it by hash (${plan.chunks + 1} txs, gas ${o.gas === "auto" ? "simulated for each" : o.gas})`, o.yes);
  const up = await uploadChunks(s, o, artifact, chunkSize, progress);
  const msg = msgRegisterModel(s.from, { ...base, artifactHash: up.artifactHash });
  const tx = await confirmAndDeliver(s, o, [msg], `${what} from its ${up.chunks} uploaded chunks`, await gasFor(o, () => s.client.simulate(s.from, [msg], o.memo)));
  printTx({ ...txResultJson(tx), model_id: registerModelResponse(tx).modelId.toString(), artifact_hash: plan.hash, artifact_bytes: artifact.length, upload_txs: up.txs.map((t) => t.transactionHash) }, format);
}

function registerCmd(): Command {
  const cmd = new Command("register-model")
    .description("register an ONNX model (tributary-mlp-v1); the chain validates the graph and dry-runs it. An artifact over --chunk-size is uploaded in chunks first")
    .option("--artifact <file.onnx>", "the model artifact (e.g. from `tributary model train`)")
    .option("--artifact-hash <hex>", "register chunks uploaded earlier with `tx inference upload` instead")
    .requiredOption("--name <name>", "model name")
    .option("--description <text>", "what the model does", "")
    .requiredOption("--manifest <dn:v,…>", "the datanet versions it was trained on (READY for attribution), e.g. 1:1")
    .requiredOption("--base-fee <amount>", "fee per request, in the fee denom (e.g. 1000 or 1000utrib)")
    .requiredOption("--fee-per-token <amount>", "fee per generated token, in the fee denom")
    .option("--split <o,d,c,p>", "revenue split in basis points: owner,data,compute,protocol (sum 10000)", "3000,5000,1000,1000")
    .option("--context-length <n>", "most tokens of prompt plus output per request", "256")
    .option("--max-output-tokens <n>", "most tokens one request may generate", "64")
    .option("--chunk-size <bytes>", "upload chunk size (artifacts larger than one chunk are uploaded in chunks)", String(DEFAULT_CHUNK_BYTES));
  return addDatanetTxOptions(cmd).action(async (o: RegisterFlags) => {
    const format = outputFormat(o.output);
    if ((o.artifact === undefined) === (o.artifactHash === undefined)) throw new UserError("give --artifact <file.onnx>, or --artifact-hash <hex> of chunks uploaded with `tx inference upload`");
    await withTxSession(o, (s) => register(s, o, format));
  });
}

function uploadCmd(): Command {
  const cmd = new Command("upload")
    .description("upload an artifact in chunks (one tx each) for `register-model --artifact-hash`; re-running resends every chunk")
    .argument("<file.onnx>", "the model artifact")
    .option("--chunk-size <bytes>", "bytes per chunk (at most 524288)", String(DEFAULT_CHUNK_BYTES));
  return addDatanetTxOptions(cmd).action(async (file: string, o: FromOpts & { chunkSize: string }) => {
    const format = outputFormat(o.output);
    const chunkSize = parseChunkSize(o.chunkSize);
    const artifact = readArtifact(file);
    const plan = uploadPlan(artifact, chunkSize);
    await withTxSession(o, async (s) => {
      await confirm(`${plan.text} as ${o.from} (${s.from}), chain ${s.chainId}`, o.yes);
      const up = await uploadChunks(s, o, artifact, chunkSize, progress);
      printTx({ artifact_hash: plan.hash, artifact_bytes: artifact.length, chunks: up.chunks, txs: up.txs.map((t) => t.transactionHash) }, format);
    });
  });
}

function updateCmd(): Command {
  const cmd = new Command("update-model")
    .description("change a model's pricing and/or description (owner only); a price not given keeps its value")
    .argument("<model-id>", "model id")
    .option("--base-fee <amount>", "new fee per request")
    .option("--fee-per-token <amount>", "new fee per generated token")
    .option("--description <text>", "new description");
  type Flags = FromOpts & { baseFee?: string; feePerToken?: string; description?: string };
  return addDatanetTxOptions(cmd).action(async (idArg: string, o: Flags) => {
    const format = outputFormat(o.output);
    const id = parseId(idArg, "model id");
    if (o.baseFee === undefined && o.feePerToken === undefined && o.description === undefined) throw new UserError("nothing to update: give --base-fee, --fee-per-token and/or --description");
    await withTxSession(o, async (s) => {
      let pricing: PricingInput | undefined;
      if (o.baseFee !== undefined || o.feePerToken !== undefined) {
        // Pricing is replaced as a whole on chain: keep the price not given.
        const [model, params] = await Promise.all([s.inference.model(id), s.inference.params()]);
        pricing = {
          baseFee: o.baseFee === undefined ? model.pricing.baseFee : inDenom(parseFeeAmount(o.baseFee, "--base-fee"), params.feeDenom, "--base-fee"),
          feePerToken: o.feePerToken === undefined ? model.pricing.feePerToken : inDenom(parseFeeAmount(o.feePerToken, "--fee-per-token"), params.feeDenom, "--fee-per-token"),
        };
      }
      const msg = userInput(() => msgUpdateModel(s.from, id, { pricing, description: o.description }));
      printTx(txResultJson(await sendOne(s, o, msg, `update model ${id} as ${o.from} (${s.from})`)), format);
    });
  });
}

function retireCmd(): Command {
  const cmd = new Command("retire-model").description("retire a model (owner only): it serves no more requests").argument("<model-id>", "model id");
  return addDatanetTxOptions(cmd).action(async (idArg: string, o: FromOpts) => {
    const format = outputFormat(o.output);
    const id = parseId(idArg, "model id");
    await withTxSession(o, async (s) => printTx(txResultJson(await sendOne(s, o, msgRetireModel(s.from, id), `retire model ${id} as ${o.from} (${s.from})`)), format));
  });
}

function claimCmd(): Command {
  const cmd = new Command("claim")
    .description("claim your share of datanet reward pools (attribution residuals) for your contributions")
    .argument("<contribution-id...>", "ids of your contributions");
  return addDatanetTxOptions(cmd).action(async (ids: string[], o: FromOpts) => {
    const format = outputFormat(o.output);
    const parsed = ids.map((v) => parseId(v, "contribution id"));
    await withTxSession(o, async (s) => {
      const tx = await sendOne(s, o, userInput(() => msgClaimDataRewards(s.from, parsed)), `claim datanet pool rewards of contribution(s) ${ids.join(", ")} as ${o.from} (${s.from})`);
      printTx({ ...txResultJson(tx), claimed: coinText(claimDataRewardsResponse(tx)) || "0" }, format);
    });
  });
}

export function inferenceTxCommand(): Command {
  const cmd = new Command("inference").description("model registry and paid inference transactions");
  for (const c of [registerCmd(), uploadCmd(), updateCmd(), retireCmd(), requestCmd(), claimCmd()]) cmd.addCommand(c);
  return cmd;
}
