import * as pb from "../../../proto/gen/tributary/inference/v1/index.ts";
import { sha256 } from "@noble/hashes/sha2.js";
import { addressBytes } from "../../../chain/address.ts";
import type { Context } from "../../../chain/context.ts";
import { sdkErrors } from "../../../chain/errors.ts";
import type { MsgImpl, MsgImplOf } from "../../../chain/msgService.ts";
import { type ArtifactInfo, assembleChunks, checkHash, dryRun, hex, inspectArtifact } from "../artifact.ts";
import { manifestIn, splitIn, u64 } from "../codec.ts";
import { inferenceErrors } from "../errors.ts";
import { emitModelRegistered, emitModelRetired, emitModelUpdated } from "../events.ts";
import type { InferenceKeeper } from "../keeper.ts";
import { checkDescription, checkLimits, checkName, checkSplit, checkTrainingManifest, pricingIn } from "../registry.ts";
import type { Model } from "../types.ts";
import { type Filled } from "../../../proto/codec.ts";

type MsgUpdateModel = Filled<pb.MsgUpdateModel, "description">; // unset = keep (PRESENCE_FIELDS)

export function requireModelId(v: Parameters<typeof u64>[0]): bigint {
  const id = u64(v);
  if (id === 0n) throw sdkErrors.invalidRequest.wrap("model_id must be set (ids start at 1; give uint64 fields as a number or decimal string)");
  return id;
}

function requireHash(h: Uint8Array | null | undefined): Uint8Array {
  if (!h || h.length !== 32) throw inferenceErrors.invalidChunk.wrap(`artifact_hash must be a 32-byte sha256, got ${h?.length ?? 0} bytes`);
  return h;
}

/** The model, which must exist and belong to `owner`. */
function ownedModel(ctx: Context, keeper: InferenceKeeper, id: bigint, owner: string): Model {
  const m = keeper.getModel(ctx.kv, id);
  if (!m) throw inferenceErrors.modelNotFound.wrap(`model ${id} does not exist`);
  if (m.owner !== owner) throw inferenceErrors.notOwner.wrap(`model ${id} belongs to ${m.owner}, not ${owner}`);
  return m;
}

export function msgUploadArtifactChunkHandler(keeper: InferenceKeeper): MsgImplOf<typeof pb.Msg.method.uploadArtifactChunk> {
  return {
    validateBasic(msg) {
      addressBytes(msg.uploader, "uploader");
      requireHash(msg.artifactHash);
      const total = msg.totalChunks ?? 0;
      if (total < 1) throw inferenceErrors.invalidChunk.wrap("total_chunks must be at least 1");
      if ((msg.index ?? 0) >= total) throw inferenceErrors.invalidChunk.wrap(`index ${msg.index} is not below total_chunks ${total}`);
      if (!msg.data || msg.data.length === 0) throw inferenceErrors.invalidChunk.wrap("data is empty");
      if (u64(msg.totalSize) < BigInt(msg.data.length)) throw inferenceErrors.invalidChunk.wrap(`total_size ${u64(msg.totalSize)} is smaller than this chunk (${msg.data.length} bytes)`);
    },
    signers: (msg) => [msg.uploader],
    // PERF: O(chunk bytes) (one write), charged per byte.
    handle(ctx, msg) {
      const params = keeper.getParams(ctx.kv);
      const totalSize = u64(msg.totalSize);
      if (totalSize > params.maxArtifactBytes) throw inferenceErrors.artifactTooLarge.wrap(`the artifact is ${totalSize} bytes, the maximum is ${params.maxArtifactBytes} (param max_artifact_bytes)`);
      ctx.gasMeter.consume(params.gasPerArtifactByte * BigInt(msg.data.length), "artifact chunk");
      const addr = addressBytes(msg.uploader);
      const hash = msg.artifactHash;
      const meta = keeper.getUploadMeta(ctx.kv, addr, hash);
      if (meta && (meta.totalSize !== totalSize || meta.totalChunks !== msg.totalChunks)) {
        throw inferenceErrors.invalidChunk.wrap(`earlier chunks of ${hex(hash)} declared ${meta.totalChunks} chunks and ${meta.totalSize} bytes; this one says ${msg.totalChunks} and ${totalSize}`);
      }
      if (!meta) keeper.setUploadMeta(ctx, addr, hash, { totalSize, totalChunks: msg.totalChunks });
      // A re-sent chunk replaces the earlier one, so an uploader can repair a bad chunk.
      keeper.putChunk(ctx, addr, hash, msg.index, msg.data);
      return { received: keeper.countChunks(ctx.kv, addr, hash, msg.totalChunks), totalChunks: msg.totalChunks };
    },
  };
}

export function msgRegisterModelHandler(keeper: InferenceKeeper): MsgImplOf<typeof pb.Msg.method.registerModel> {
  return {
    validateBasic(msg) {
      addressBytes(msg.owner, "owner");
      checkName(msg.name);
      checkDescription(msg.description);
      pricingIn(msg.pricing);
      const hasInline = (msg.artifact?.length ?? 0) > 0;
      const hasHash = (msg.artifactHash?.length ?? 0) > 0;
      if (!hasInline && !hasHash) throw inferenceErrors.invalidModel.wrap("give the artifact inline or the artifact_hash of uploaded chunks");
      if (hasHash) requireHash(msg.artifactHash);
    },
    signers: (msg) => [msg.owner],
    // PERF: O(artifact bytes) (decode, hash, store; charged per byte) + O(graph) validation + one dry run.
    async handle(ctx, msg) {
      const params = keeper.getParams(ctx.kv);
      const manifest = manifestIn(msg.trainingManifest);
      const split = splitIn(msg.split);
      checkSplit(split, params.minDataShareBps);
      checkLimits(msg.contextLength, msg.maxOutputTokens, params);
      checkTrainingManifest(keeper, ctx.kv, manifest);
      let bytes: Uint8Array;
      let hash: Uint8Array;
      if ((msg.artifact?.length ?? 0) > 0) {
        bytes = msg.artifact;
        if ((msg.artifactHash?.length ?? 0) > 0) checkHash(bytes, msg.artifactHash);
        hash = sha256(bytes);
      } else {
        hash = msg.artifactHash;
        bytes = await assembleChunks(ctx, keeper, msg.owner, hash);
      }
      if (BigInt(bytes.length) > params.maxArtifactBytes) throw inferenceErrors.artifactTooLarge.wrap(`the artifact is ${bytes.length} bytes, the maximum is ${params.maxArtifactBytes} (param max_artifact_bytes)`);
      ctx.gasMeter.consume(params.gasPerArtifactByte * BigInt(bytes.length), "model registration");
      const info: ArtifactInfo = inspectArtifact(bytes);
      if (msg.contextLength < info.window) {
        // Not an error of the graph: a shorter context would only waste the window.
        throw inferenceErrors.invalidModel.wrap(`context_length ${msg.contextLength} is shorter than the model's window of ${info.window} tokens`);
      }
      await dryRun(keeper.runner, hash, bytes, info);
      keeper.setArtifact(ctx, hash, bytes);
      const model: Model = {
        id: keeper.takeModelId(ctx), owner: msg.owner, name: msg.name, description: msg.description, artifactHash: hash, artifactSize: BigInt(bytes.length),
        tokenizer: info.tokenizerJson, contextLength: msg.contextLength, trainingManifest: manifest, pricing: pricingIn(msg.pricing), split,
        maxOutputTokens: msg.maxOutputTokens, status: "ACTIVE", createdHeight: ctx.block.height, format: info.format, vocabSize: info.vocab,
        window: info.window, macsPerToken: info.macsPerToken, logitScale: info.logitScale,
      };
      keeper.setModel(ctx, model);
      emitModelRegistered(ctx, model);
      return { modelId: model.id, artifactHash: hash };
    },
  };
}

export function msgUpdateModelHandler(keeper: InferenceKeeper): MsgImpl<typeof pb.MsgUpdateModelSchema, typeof pb.MsgUpdateModelResponseSchema, MsgUpdateModel> {
  return {
    validateBasic(msg) {
      addressBytes(msg.owner, "owner");
      requireModelId(msg.modelId);
      if (!msg.pricing && msg.description == null) throw inferenceErrors.invalidModel.wrap("nothing to update: set pricing or description");
      if (msg.pricing) pricingIn(msg.pricing);
      if (msg.description != null) checkDescription(msg.description);
    },
    signers: (msg) => [msg.owner],
    // PERF: O(1).
    handle(ctx, msg) {
      const m = ownedModel(ctx, keeper, requireModelId(msg.modelId), msg.owner);
      if (m.status === "RETIRED") throw inferenceErrors.modelRetired.wrap(`model ${m.id} is retired and cannot be updated`);
      const next: Model = { ...m, pricing: msg.pricing ? pricingIn(msg.pricing) : m.pricing, description: msg.description ?? m.description };
      keeper.setModel(ctx, next);
      emitModelUpdated(ctx, next);
      return {};
    },
  };
}

export function msgRetireModelHandler(keeper: InferenceKeeper): MsgImplOf<typeof pb.Msg.method.retireModel> {
  return {
    validateBasic(msg) {
      addressBytes(msg.owner, "owner");
      requireModelId(msg.modelId);
    },
    signers: (msg) => [msg.owner],
    // PERF: O(1).
    handle(ctx, msg) {
      const m = ownedModel(ctx, keeper, requireModelId(msg.modelId), msg.owner);
      if (m.status === "RETIRED") throw inferenceErrors.modelRetired.wrap(`model ${m.id} is already retired`);
      const next: Model = { ...m, status: "RETIRED" };
      keeper.setModel(ctx, next);
      emitModelRetired(ctx, next);
      return {};
    },
  };
}
