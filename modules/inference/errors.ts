import { registerError } from "../../chain/errors.ts";

/**
 * Inference module errors (codespace "inference"). Numbers are part of the API: never renumber,
 * only add.
 */
export const inferenceErrors = {
  invalidModel: registerError("inference", 2, "invalid model"),
  invalidGraph: registerError("inference", 3, "model graph not allowed"),
  artifactHashMismatch: registerError("inference", 4, "artifact hash mismatch"),
  missingChunk: registerError("inference", 5, "artifact chunk missing"),
  invalidChunk: registerError("inference", 6, "invalid artifact chunk"),
  artifactTooLarge: registerError("inference", 7, "artifact too large"),
  invalidSplit: registerError("inference", 8, "invalid revenue split"),
  invalidPricing: registerError("inference", 9, "invalid pricing"),
  modelNotFound: registerError("inference", 10, "model not found"),
  modelRetired: registerError("inference", 11, "model retired"),
  notOwner: registerError("inference", 12, "not the model owner"),
  invalidRequest: registerError("inference", 13, "invalid inference request"),
  maxFeeTooLow: registerError("inference", 14, "max fee below the base fee"),
  promptTooLong: registerError("inference", 15, "prompt over the context length"),
  inferenceNotFound: registerError("inference", 16, "inference not found"),
  poolNotFound: registerError("inference", 17, "data pool not found"),
  invalidClaim: registerError("inference", 18, "invalid claim"),
};
