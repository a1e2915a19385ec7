/**
 * The multi-step inference flows behind TributaryClient's helpers: uploading an artifact in
 * chunks then registering it by hash, and a paid request whose gas covers a longer top-k draw
 * than the simulated one.
 */
import type { OfflineSigner } from "@cosmjs/proto-signing";
import { calculateFee, type DeliverTxResponse, type GasPrice, type QueryClient, type SigningStargateClient, type StdFee, type TxExtension } from "@cosmjs/stargate";
import { type FeeInput, signAndBroadcastChecked } from "./broadcast.ts";
import { TributaryClientError, errorText } from "./errors.ts";
import {
  DEFAULT_CHUNK_BYTES, type RegisterModelInput, type RequestInferenceInput, artifactChunks, msgRegisterModel, msgRequestInference,
  registerModelResponse, requestInferenceResponse, uploadArtifactChunkResponse, uploadMsgs,
} from "./inferenceMsgs.ts";
import { requestGasLimit, simulateDetailed, simulatedTokens, stepGas } from "./inferenceGas.ts";
import type { InferenceQueries } from "./inferenceQueries.ts";
import type { InferenceResult } from "./inferenceTypes.ts";

export interface UploadOptions {
  /** Bytes per chunk, 1..512 KiB (default 384 KiB). */
  chunkSize?: number;
  /** Called after each chunk is in a block. */
  onProgress?: (p: { chunk: number; chunks: number; bytes: number; totalBytes: number }) => void;
}

export interface RegisterOptions extends UploadOptions {
  /** Artifacts up to this size go inline in MsgRegisterModel (default: one chunk); larger ones are uploaded first. */
  inlineMaxBytes?: number;
}

/** Uploads `artifact` in chunks (one tx each); returns its sha256 for MsgRegisterModel. */
export async function uploadArtifact(client: SigningStargateClient, uploader: string, artifact: Uint8Array, fee: FeeInput, opts: UploadOptions = {}): Promise<{ artifactHash: Uint8Array; txs: DeliverTxResponse[] }> {
  const c = artifactChunks(artifact, opts.chunkSize ?? DEFAULT_CHUNK_BYTES);
  const txs: DeliverTxResponse[] = [];
  let bytes = 0;
  for (const [i, msg] of uploadMsgs(uploader, c).entries()) {
    const tx = await signAndBroadcastChecked(client, uploader, [msg], fee);
    uploadArtifactChunkResponse(tx);
    txs.push(tx);
    bytes += c.chunks[i]!.length; // one msg per chunk
    opts.onProgress?.({ chunk: i + 1, chunks: c.chunks.length, bytes, totalBytes: c.totalSize });
  }
  return { artifactHash: c.hash, txs };
}

/** Registers a model, uploading its artifact in chunks first when it is over `inlineMaxBytes`. */
export async function registerModel(client: SigningStargateClient, owner: string, input: RegisterModelInput, fee: FeeInput, opts: RegisterOptions = {}) {
  let msgInput = input;
  let uploads: DeliverTxResponse[] = [];
  const artifact = input.artifact;
  if (artifact && artifact.length > (opts.inlineMaxBytes ?? opts.chunkSize ?? DEFAULT_CHUNK_BYTES)) {
    const up = await uploadArtifact(client, owner, artifact, fee, opts);
    uploads = up.txs;
    msgInput = { ...input, artifact: undefined, artifactHash: up.artifactHash };
  }
  const tx = await signAndBroadcastChecked(client, owner, [msgRegisterModel(owner, msgInput)], fee);
  return { ...registerModelResponse(tx), tx, uploads };
}

export interface RequestContext {
  client: SigningStargateClient;
  query: QueryClient & TxExtension;
  queries: InferenceQueries;
  signer: OfflineSigner;
  gasPrice: GasPrice;
}

/** The fee of a request: "auto" / a multiplier simulate first and cover a longer top-k draw; a StdFee is used as given. */
export async function requestFee(c: RequestContext, requester: string, input: RequestInferenceInput, fee: FeeInput, memo: string): Promise<StdFee> {
  if (typeof fee === "object") return fee;
  const msg = msgRequestInference(requester, input);
  const { sequence } = await c.client.getSequence(requester);
  let sim;
  try {
    sim = await simulateDetailed(c.query, c.client.registry, c.signer, requester, sequence, [msg], memo);
  } catch (e) {
    if (e instanceof TributaryClientError) throw e;
    throw new TributaryClientError("TX_REJECTED", "the node refused to simulate the inference request", { hint: "the details say why (unknown model, max fee below the base fee, …)", details: errorText(e), cause: e });
  }
  const [model, params] = await Promise.all([c.queries.model(input.modelId), c.queries.params()]);
  const limit = requestGasLimit({
    simulatedGas: sim.gasUsed, simulatedTokens: simulatedTokens(sim), maxOutputTokens: input.maxOutputTokens,
    mode: input.sampling?.mode ?? "GREEDY", stepGas: stepGas(model, params), adjustment: fee === "auto" ? 1.4 : fee,
  });
  return calculateFee(limit, c.gasPrice);
}

/** Pays for one inference; the output, attribution record id and payouts come back in the same tx. */
export async function requestInference(c: RequestContext, requester: string, input: RequestInferenceInput, fee: FeeInput, memo = ""): Promise<InferenceResult & { tx: DeliverTxResponse }> {
  const stdFee = await requestFee(c, requester, input, fee, memo);
  const tx = await signAndBroadcastChecked(c.client, requester, [msgRequestInference(requester, input)], stdFee, memo);
  return { ...requestInferenceResponse(tx), tx };
}
