export { TributaryClient, type TributaryClientOptions, type TributaryQueryClient, type TributarySigningOptions } from "./client.ts";
export { type FeeInput } from "./broadcast.ts";
export { normaliseEndpoint } from "./endpoint.ts";
export { TributaryClientError, type TributaryClientErrorCode, TributaryTxError } from "./errors.ts";
export {
  asGeneratedType,
  createTributaryAminoTypes,
  createTributaryRegistry,
  registerTributaryTypes,
  type ProtobufjsStaticCodec,
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
