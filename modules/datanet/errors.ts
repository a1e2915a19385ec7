import { registerError } from "../../chain/errors.ts";

/**
 * Datanet module errors (codespace "datanet"). Numbers are part of the API (clients and the
 * CLI branch on them): never renumber, only add.
 */
export const datanetErrors = {
  invalidDatanet: registerError("datanet", 2, "invalid datanet settings"),
  datanetNotFound: registerError("datanet", 3, "datanet not found"),
  notOwner: registerError("datanet", 4, "not the datanet owner"),
  notCurator: registerError("datanet", 5, "not a curator of the datanet"),
  contributionNotFound: registerError("datanet", 6, "contribution not found"),
  invalidRecord: registerError("datanet", 7, "invalid record"),
  recordSize: registerError("datanet", 8, "record size out of bounds"),
  duplicate: registerError("datanet", 9, "duplicate record"),
  nearDuplicate: registerError("datanet", 10, "near-duplicate record"),
  mostlyCopied: registerError("datanet", 11, "record mostly copied"),
  quotaExceeded: registerError("datanet", 12, "contribution quota exceeded"),
  notPending: registerError("datanet", 13, "contribution is not pending"),
  nothingNew: registerError("datanet", 14, "nothing new to publish"),
  datanetClosed: registerError("datanet", 15, "datanet is closed"),
  notContributor: registerError("datanet", 16, "not the contributor"),
  versionNotFound: registerError("datanet", 17, "version not found"),
  contentNotFound: registerError("datanet", 18, "content not found"),
  invalidReview: registerError("datanet", 19, "invalid review"),
  invalidMetadata: registerError("datanet", 20, "invalid record metadata"),
  tooManyRecords: registerError("datanet", 21, "too many records"),
  emptyUpdate: registerError("datanet", 22, "nothing to update"),
};
