/**
 * The Proof-of-Attribution engine: pure, deterministic, integer-only.
 * Index build (SA-IS segments, canonical bytes and hashes), longest-match crediting, the exact
 * fee split and the gas formula. The on-chain module (state, messages, queries, the build
 * worker, persistence) calls only what is exported here; see README.md.
 */
export { AttributionEngineError } from "./errors.ts";
export { suffixArray } from "./sais.ts";
export { buildSegment, buildSegmentFromStream, END, FIRST_WORD, type Segment, type SegmentDoc, segmentBytes, type SegmentStream, SEPARATOR, VOID } from "./segment.ts";
export { type AttributionIndex, bigintSearch, deleteContributions, documentCount, isDeleted, makeIndex } from "./attributionIndex.ts";
export { type DeserializeOptions, deserializeIndex, INDEX_FORMAT_VERSION, indexChunks, indexHash, segmentChunks, segmentHash, serializeIndex } from "./serialize.ts";
export { checkSuffixArray } from "./checkSuffixArray.ts";
export {
  type AttributionParams,
  makeParams,
  MAX_LEN_WEIGHT,
  PARAMS_V1,
  PARAMS_V2,
  PARAMS_V3,
  type ParamsOverrides,
  paramsForVersion,
  POINTS_PER_TOKEN,
  pointsPerContributor,
  RELEASED_PARAMS,
  releasedParamsVersions,
  specificityTable,
} from "./params.ts";
export { type AttributedSpan, attribute, type Attribution, type AttributionCorpus, type AttributionRequest, type MatchStats, type ResidualParts } from "./attribute.ts";
export type { SourceDocument } from "./sources.ts";
export { echoIds } from "./echoIds.ts";
export { type FeeSplit, splitFee } from "./split.ts";
export { ATTRIBUTION_GAS_V1, attributionGas, type AttributionGasParams } from "./gas.ts";
