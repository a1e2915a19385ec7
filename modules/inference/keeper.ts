import { addressBytes } from "../../chain/address.ts";
import type { Context } from "../../chain/context.ts";
import { concatBytes, readU64be, u32be, u64be } from "../../chain/keys.ts";
import type { KVReader } from "../../chain/store/types.ts";
import { decodeInference, decodeModel, decodeParams, decodePool, encodeInference, encodeModel, encodeParams, encodePool } from "./codec.ts";
import { unmetered } from "../../chain/store/gasKv.ts";
import type {
  InferenceAccountKeeper, InferenceAttributionKeeper, InferenceBankKeeper, InferenceDatanetKeeper, InferenceDistributionKeeper, LoadedModel, ModelRunner,
} from "./expected.ts";
import { inferenceKeys } from "./keys.ts";
import { interpreterRunner } from "./runner.ts";
import type { Tokenizer } from "./tokenizer.ts";
import { TokenizerCache } from "./tokenizerCache.ts";
import { type DataPool, DEFAULT_INFERENCE_PARAMS, type Inference, type InferenceParams, type Model } from "./types.ts";

const EMPTY = new Uint8Array();

export interface UploadMeta {
  totalSize: bigint;
  totalChunks: number;
}

/**
 * The model registry (models, artifacts, chunked uploads), paid inferences and the datanet
 * reward pools. Models run through `runner`: the node's onnxruntime-node sessions, or the
 * pure-TypeScript interpreter when none is given (same bits by construction, see onnx/README.md).
 */
export class InferenceKeeper {
  readonly runner: ModelRunner;
  /** Node-local, results never depend on it (tokenizerCache.ts). */
  readonly tokenizers = new TokenizerCache();

  constructor(
    readonly bank: InferenceBankKeeper,
    readonly accounts: InferenceAccountKeeper,
    readonly attribution: InferenceAttributionKeeper,
    readonly datanet: InferenceDatanetKeeper,
    readonly distribution: InferenceDistributionKeeper,
    runner?: ModelRunner,
  ) {
    this.runner = runner ?? interpreterRunner();
  }

  getParams(kv: KVReader): InferenceParams {
    const raw = kv.get(inferenceKeys.params);
    return raw ? decodeParams(raw) : DEFAULT_INFERENCE_PARAMS;
  }

  setParams(ctx: Context, p: InferenceParams): void {
    ctx.kv.set(inferenceKeys.params, encodeParams(p));
  }

  // --- ids ----------------------------------------------------------------------------------

  private takeId(ctx: Context, key: Uint8Array): bigint {
    const raw = ctx.kv.get(key);
    const id = raw ? readU64be(raw) : 1n;
    ctx.kv.set(key, u64be(id + 1n));
    return id;
  }

  nextId(kv: KVReader, key: Uint8Array): bigint {
    const raw = kv.get(key);
    return raw ? readU64be(raw) : 1n;
  }

  setNextId(ctx: Context, key: Uint8Array, id: bigint): void {
    ctx.kv.set(key, u64be(id));
  }

  takeModelId = (ctx: Context) => this.takeId(ctx, inferenceKeys.nextModelId);
  takeInferenceId = (ctx: Context) => this.takeId(ctx, inferenceKeys.nextInferenceId);

  // --- models and artifacts -----------------------------------------------------------------

  getModel(kv: KVReader, id: bigint): Model | undefined {
    const raw = kv.get(inferenceKeys.model(id));
    return raw ? decodeModel(raw) : undefined;
  }

  /** Writes a model and its owner and datanet index entries (all idempotent). */
  setModel(ctx: Context, m: Model): void {
    ctx.kv.set(inferenceKeys.model(m.id), encodeModel(m));
    ctx.kv.set(inferenceKeys.byOwnerEntry(addressBytes(m.owner), m.id), EMPTY);
    for (const e of m.trainingManifest) ctx.kv.set(inferenceKeys.byDatanetEntry(e.datanetId, m.id), EMPTY);
  }

  getArtifact(kv: KVReader, hash: Uint8Array): Uint8Array | undefined {
    return kv.get(inferenceKeys.artifact(hash));
  }

  /**
   * The runner's model for `m`. The artifact is read only if the runner has no model for its
   * hash, and then without gas: whether that read happens depends on the node's cache, so it
   * must not change gas_used (the request charges a gas per KiB of `m.artifactSize` instead,
   * msgs/request.ts). Artifacts are never deleted, so a model's artifact is always in state.
   * PERF: a cache lookup; on a miss one point read and the runner's load (O(artifact bytes)).
   */
  loadModel(ctx: Context, m: Model): Promise<LoadedModel> {
    return this.runner.load(m.artifactHash, () => {
      const bytes = unmetered(ctx.kv).get(inferenceKeys.artifact(m.artifactHash));
      if (!bytes) throw new Error(`model ${m.id}'s artifact is missing from state`);
      return bytes;
    });
  }

  /** The model's tokenizer, parsed once per artifact (tokenizerCache.ts). */
  tokenizerOf(m: Model): Tokenizer {
    return this.tokenizers.get(m.artifactHash, m.tokenizer);
  }

  setArtifact(ctx: Context, hash: Uint8Array, bytes: Uint8Array): void {
    ctx.kv.set(inferenceKeys.artifact(hash), bytes);
  }

  /** A chunked upload in progress: declared total size and chunk count (12 bytes: u64 ‖ u32). */
  getUploadMeta(kv: KVReader, uploader: Uint8Array, hash: Uint8Array): UploadMeta | undefined {
    const raw = kv.get(inferenceKeys.uploadMeta(uploader, hash));
    if (!raw) return undefined;
    return { totalSize: readU64be(raw), totalChunks: new DataView(raw.buffer, raw.byteOffset + 8, 4).getUint32(0) };
  }

  setUploadMeta(ctx: Context, uploader: Uint8Array, hash: Uint8Array, m: UploadMeta): void {
    ctx.kv.set(inferenceKeys.uploadMeta(uploader, hash), concatBytes(u64be(m.totalSize), u32be(m.totalChunks)));
  }

  putChunk(ctx: Context, uploader: Uint8Array, hash: Uint8Array, index: number, data: Uint8Array): void {
    ctx.kv.set(inferenceKeys.uploadChunk(uploader, hash, index), data);
  }

  /** PERF: O(total chunks) point reads. */
  countChunks(kv: KVReader, uploader: Uint8Array, hash: Uint8Array, total: number): number {
    let n = 0;
    for (let i = 0; i < total; i++) if (kv.has(inferenceKeys.uploadChunk(uploader, hash, i))) n++;
    return n;
  }

  // --- inferences ---------------------------------------------------------------------------

  getInference(kv: KVReader, id: bigint): Inference | undefined {
    const raw = kv.get(inferenceKeys.inference(id));
    return raw ? decodeInference(raw) : undefined;
  }

  setInference(ctx: Context, x: Inference): void {
    ctx.kv.set(inferenceKeys.inference(x.id), encodeInference(x));
    ctx.kv.set(inferenceKeys.byModelEntry(x.modelId, x.id), EMPTY);
    ctx.kv.set(inferenceKeys.byRequesterEntry(addressBytes(x.requester), x.id), EMPTY);
  }

  // --- datanet pools ------------------------------------------------------------------------

  getPool(kv: KVReader, dn: bigint, v: bigint): DataPool | undefined {
    const raw = kv.get(inferenceKeys.pool(dn, v));
    return raw ? decodePool(raw) : undefined;
  }

  setPool(ctx: Context, p: DataPool): void {
    ctx.kv.set(inferenceKeys.pool(p.datanetId, p.version), encodePool(p));
  }

  /** Module account address (created on first use). */
  moduleAddress(ctx: Context, name: string): Uint8Array {
    return this.accounts.ensureModuleAccount(ctx, name);
  }
}
