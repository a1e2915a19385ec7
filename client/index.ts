export { TributaryClient, type TributaryClientOptions, type TributaryQueryClient, type TributarySigningOptions } from "./client.ts";
export { type FeeInput } from "./broadcast.ts";
export { normaliseEndpoint } from "./endpoint.ts";
export { TributaryClientError, type TributaryClientErrorCode, TributaryTxError } from "./errors.ts";
export {
  asGeneratedType,
  createTributaryAminoTypes,
  createTributaryRegistry,
  registerTributaryTypes,
  type TributaryTypeEntry,
} from "./registry.ts";
export {
  DEFAULT_GAS_PRICE,
  TRIBUTARY_DENOM,
  TRIBUTARY_PREFIX,
  addressToBytes,
  bytesToAddress,
  isTributaryAddress,
  makeDevWallet,
} from "./address.ts";
export { authAccountKey, bankBalanceKey, bankSupplyKey, decodeStoredAmount } from "./storeKeys.ts";
export { STORE_KEY_PATH, queryVerified, type VerifiedQueryOptions, type VerifiedValue } from "./verified.ts";
export { ProofError, SMT_PROOF_OP_TYPE, proofFromProofOps, verifyStoreProof } from "./proof.ts";
export {
  DATANET_MSG_TYPE_URLS,
  DATANET_TYPES,
  coinInput,
  contributeResponse,
  contributeResults,
  createDatanetResponse,
  msgContribute,
  msgContributeSize,
  msgCreateDatanet,
  msgPublishVersion,
  msgReviewContribution,
  msgUpdateDatanet,
  msgWithdrawContribution,
  publishVersionResponse,
  type ContributionResult,
  type CreateDatanetInput,
  type DatanetPolicyInput,
  type PublishedVersion,
  type RecordInput,
  type UpdateDatanetInput,
} from "./datanetMsgs.ts";
export {
  allPages,
  setupDatanetExtension,
  type ContributionsFilter,
  type DatanetExtension,
  type DatanetQueries,
  type DatanetsFilter,
  type Page,
  type PageRequest,
} from "./datanetQueries.ts";
export * from "./datanetTypes.ts";
export { type RegisterOptions, type RequestContext, type UploadOptions, registerModel, requestFee, requestInference, uploadArtifact } from "./inference.ts";
export {
  DEFAULT_CHUNK_BYTES,
  INFERENCE_MSG_TYPE_URLS,
  INFERENCE_TYPES,
  MAX_CHUNK_BYTES,
  artifactChunks,
  claimDataRewardsResponse,
  inferenceResult,
  msgClaimDataRewards,
  msgRegisterModel,
  msgRequestInference,
  msgRetireModel,
  msgUpdateModel,
  msgUploadArtifactChunk,
  registerModelResponse,
  requestInferenceResponse,
  uploadArtifactChunkResponse,
  uploadMsgs,
  type ArtifactChunks,
  type PricingInput,
  type RegisterModelInput,
  type RequestInferenceInput,
  type UpdateModelInput,
} from "./inferenceMsgs.ts";
export { ATTRIBUTION_GAS_PER_TOKEN, requestGasLimit, simulateDetailed, simulatedTokens, stepGas, type DetailedSimulation, type RequestGasInput } from "./inferenceGas.ts";
export { setupInferenceExtension, type InferenceExtension, type InferenceQueries, type InferencesFilter, type ModelsFilter } from "./inferenceQueries.ts";
export * from "./inferenceTypes.ts";
export {
  REWARDS_MSG_TYPE_URLS,
  REWARDS_TYPES,
  msgRegisterNode,
  msgSubmitStorageProof,
  msgUnregisterNode,
  msgUpdateNode,
  registerNodeResponse,
  unregisterNodeResponse,
  updateNodeResponse,
  type RegisterNodeInput,
  type StorageProofInput,
  type UpdateNodeInput,
} from "./rewardsMsgs.ts";
export { setupRewardsExtension, type RewardsExtension, type RewardsQueries } from "./rewardsQueries.ts";
export {
  GOV_AUTHORITY_ADDRESS,
  GOV_MSG_TYPE_URLS,
  msgDeposit,
  msgSubmitProposal,
  msgVote,
  msgVoteWeighted,
  submitProposalResponse,
  type ProposalInput,
  type VoteOptionName,
} from "./govMsgs.ts";
export {
  CHALLENGE_STATUSES,
  NODE_ROLES,
  type BondRefund,
  type Challenge,
  type ChallengeStatusName,
  type EpochInfo,
  type EpochState,
  type EpochWork,
  type NodeDetails,
  type NodeRoleName,
  type NodeStats,
  type RewardsParams,
  type StorageNode,
} from "./rewardsTypes.ts";
export { RestApiError, RestClient, type PageOptions as RestPageOptions, type Fetch as RestFetch } from "./rest.ts";
export type * as RestJson from "./rest.ts";
