import { registerError } from "../../chain/errors.ts";

/**
 * Attribution module errors (codespace "attribution"). Numbers are part of the API: never
 * renumber, only add.
 */
export const attributionErrors = {
  invalidManifest: registerError("attribution", 2, "invalid manifest"),
  versionNotAttributable: registerError("attribution", 3, "version not attributable yet"),
  commitmentNotFound: registerError("attribution", 4, "index commitment not found"),
  invalidOutput: registerError("attribution", 5, "invalid output"),
  recordNotFound: registerError("attribution", 6, "attribution record not found"),
  /** The params name an engine set the block's rules version does not have yet (modules/attribution/rules.ts). */
  paramsSetUnavailable: registerError("attribution", 10, "engine parameter set not available under these rules"),
};
