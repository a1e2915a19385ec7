/**
 * A model artifact from bytes to something the chain will run: decode the ONNX, validate the
 * graph (onnx/validate.ts: allow-listed integer ops, the input/output convention, no possible
 * overflow), parse the tokenizer from the metadata, and dry-run it once. Chunked uploads are
 * assembled here too.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { addressBytes } from "../../chain/address.ts";
import type { Context } from "../../chain/context.ts";
import { equalBytes, prefixEnd } from "../../chain/keys.ts";
import { inferenceErrors } from "./errors.ts";
import type { ModelRunner } from "./expected.ts";
import type { InferenceKeeper } from "./keeper.ts";
import { inferenceKeys } from "./keys.ts";
import { decodeModel as decodeOnnx } from "./onnx/codec.ts";
import { OnnxError } from "./onnx/errors.ts";
import { type GraphInfo, validateGraph } from "./onnx/validate.ts";
import { PAD_ID, parseTokenizer, type Tokenizer, TokenizerError } from "./tokenizer.ts";

export interface ArtifactInfo extends GraphInfo {
  tokenizer: Tokenizer;
}

/** PERF: O(artifact bytes) decode + O(graph) validation. */
export function inspectArtifact(bytes: Uint8Array): ArtifactInfo {
  let info: GraphInfo;
  try {
    info = validateGraph(decodeOnnx(bytes));
  } catch (e) {
    if (e instanceof OnnxError) throw inferenceErrors.invalidGraph.wrap(e.message);
    throw e;
  }
  let tokenizer: Tokenizer;
  try {
    tokenizer = parseTokenizer(info.tokenizerJson);
  } catch (e) {
    if (e instanceof TokenizerError) throw inferenceErrors.invalidGraph.wrap(`metadata tributary.tokenizer: ${e.message}`);
    throw e;
  }
  if (tokenizer.vocabSize !== info.vocab) {
    throw inferenceErrors.invalidGraph.wrap(`the tokenizer has ${tokenizer.vocabSize} ids but the graph's logits have ${info.vocab}`);
  }
  return { ...info, tokenizer };
}

/** Runs the model once on an all-PAD window: it loads and gives one logit per vocabulary id. */
export async function dryRun(runner: ModelRunner, hash: Uint8Array, bytes: Uint8Array, info: ArtifactInfo): Promise<void> {
  let logits: Int32Array;
  try {
    const model = await runner.load(hash, bytes);
    logits = await model.logits(new Int32Array(info.window).fill(PAD_ID));
  } catch (e) {
    throw inferenceErrors.invalidGraph.wrap(`dry run failed: ${(e as Error).message}`);
  }
  if (logits.length !== info.vocab) throw inferenceErrors.invalidGraph.wrap(`dry run gave ${logits.length} logits, the vocabulary has ${info.vocab}`);
}

export function checkHash(bytes: Uint8Array, hash: Uint8Array): void {
  const got = sha256(bytes);
  if (!equalBytes(got, hash)) throw inferenceErrors.artifactHashMismatch.wrap(`the artifact's sha256 is ${hex(got)}, the message names ${hex(hash)}`);
}

/**
 * The owner's uploaded chunks of `hash`, concatenated and checked, then deleted.
 * PERF: O(chunks) reads and deletes + one sha256 over the artifact.
 */
export async function assembleChunks(ctx: Context, keeper: InferenceKeeper, owner: string, hash: Uint8Array): Promise<Uint8Array> {
  const addr = addressBytes(owner);
  const meta = keeper.getUploadMeta(ctx.kv, addr, hash);
  if (!meta) throw inferenceErrors.missingChunk.wrap(`${owner} has uploaded no chunk of artifact ${hex(hash)}; send MsgUploadArtifactChunk first or put the artifact inline`);
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < meta.totalChunks; i++) {
    const c = ctx.kv.get(inferenceKeys.uploadChunk(addr, hash, i));
    if (!c) throw inferenceErrors.missingChunk.wrap(`chunk ${i} of ${meta.totalChunks} of artifact ${hex(hash)} has not been uploaded`);
    chunks.push(c);
  }
  const size = chunks.reduce((s, c) => s + c.length, 0);
  if (BigInt(size) !== meta.totalSize) throw inferenceErrors.invalidChunk.wrap(`the ${meta.totalChunks} chunks hold ${size} bytes, the upload declared ${meta.totalSize}`);
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  checkHash(bytes, hash);
  const prefix = inferenceKeys.upload(addr, hash);
  const keys: Uint8Array[] = [];
  for await (const [k] of ctx.kv.iterate({ gte: prefix, lt: prefixEnd(prefix) })) keys.push(k);
  for (const k of keys) ctx.kv.delete(k);
  ctx.kv.delete(inferenceKeys.uploadMeta(addr, hash));
  return bytes;
}

export const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
