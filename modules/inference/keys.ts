import { concatBytes, u32be, u64be, utf8 } from "../../chain/keys.ts";

/** Store keys of the inference module (see STORE_LAYOUT.md); ids are u64 big-endian. */
export const inferenceKeys = {
  params: utf8("inference/p"),
  nextModelId: utf8("inference/nm"),
  nextInferenceId: utf8("inference/ni"),
  modelPrefix: utf8("inference/m/"),
  model: (id: bigint) => concatBytes(inferenceKeys.modelPrefix, u64be(id)),
  /** `inference/mo/` ‖ owner (20 bytes) ‖ model id → empty. */
  byOwnerPrefix: utf8("inference/mo/"),
  byOwner: (addr: Uint8Array) => concatBytes(inferenceKeys.byOwnerPrefix, addr),
  byOwnerEntry: (addr: Uint8Array, id: bigint) => concatBytes(inferenceKeys.byOwnerPrefix, addr, u64be(id)),
  /** `inference/md/` ‖ datanet id ‖ model id → empty (one entry per datanet of the training manifest). */
  byDatanetPrefix: utf8("inference/md/"),
  byDatanet: (dn: bigint) => concatBytes(inferenceKeys.byDatanetPrefix, u64be(dn)),
  byDatanetEntry: (dn: bigint, id: bigint) => concatBytes(inferenceKeys.byDatanetPrefix, u64be(dn), u64be(id)),
  /** `inference/a/` ‖ sha256 → artifact bytes. */
  artifactPrefix: utf8("inference/a/"),
  artifact: (hash: Uint8Array) => concatBytes(inferenceKeys.artifactPrefix, hash),
  /** `inference/u/` ‖ uploader ‖ sha256 ‖ u32 index → chunk bytes. */
  uploadPrefix: utf8("inference/u/"),
  upload: (addr: Uint8Array, hash: Uint8Array) => concatBytes(inferenceKeys.uploadPrefix, addr, hash),
  uploadChunk: (addr: Uint8Array, hash: Uint8Array, index: number) => concatBytes(inferenceKeys.uploadPrefix, addr, hash, u32be(index)),
  /** `inference/um/` ‖ uploader ‖ sha256 → UploadMeta (total size and chunks). */
  uploadMetaPrefix: utf8("inference/um/"),
  uploadMeta: (addr: Uint8Array, hash: Uint8Array) => concatBytes(inferenceKeys.uploadMetaPrefix, addr, hash),
  inferencePrefix: utf8("inference/i/"),
  inference: (id: bigint) => concatBytes(inferenceKeys.inferencePrefix, u64be(id)),
  byModelPrefix: utf8("inference/im/"),
  byModel: (modelId: bigint) => concatBytes(inferenceKeys.byModelPrefix, u64be(modelId)),
  byModelEntry: (modelId: bigint, id: bigint) => concatBytes(inferenceKeys.byModelPrefix, u64be(modelId), u64be(id)),
  byRequesterPrefix: utf8("inference/ir/"),
  byRequester: (addr: Uint8Array) => concatBytes(inferenceKeys.byRequesterPrefix, addr),
  byRequesterEntry: (addr: Uint8Array, id: bigint) => concatBytes(inferenceKeys.byRequesterPrefix, addr, u64be(id)),
  /** `inference/dp/` ‖ datanet ‖ version → DataPool. */
  poolPrefix: utf8("inference/dp/"),
  poolsOf: (dn: bigint) => concatBytes(inferenceKeys.poolPrefix, u64be(dn)),
  pool: (dn: bigint, v: bigint) => concatBytes(inferenceKeys.poolPrefix, u64be(dn), u64be(v)),
  /** `inference/dc/` ‖ contribution id → u256 BE: Σ acc_per_token over its pools at its last claim. */
  claimCheckpointPrefix: utf8("inference/dc/"),
  claimCheckpoint: (contributionId: bigint) => concatBytes(inferenceKeys.claimCheckpointPrefix, u64be(contributionId)),
};
