import { registerError } from "../../chain/errors.ts";

/**
 * Rewards module errors (codespace "rewards"). Numbers are part of the API (clients, the CLI and
 * the storage node daemon branch on them): never renumber, only add.
 */
export const rewardsErrors = {
  invalidNode: registerError("rewards", 2, "invalid node settings"),
  nodeNotFound: registerError("rewards", 3, "node not found"),
  alreadyRegistered: registerError("rewards", 4, "node already registered"),
  unknownDatanet: registerError("rewards", 5, "unknown datanet"),
  bondTooSmall: registerError("rewards", 6, "bond too small"),
  wrongDenom: registerError("rewards", 7, "wrong bond denom"),
  challengeNotFound: registerError("rewards", 8, "challenge not found"),
  wrongEpoch: registerError("rewards", 9, "not the current epoch"),
  proofTooLate: registerError("rewards", 10, "proof after the deadline"),
  alreadyAnswered: registerError("rewards", 11, "challenge already answered"),
  invalidProof: registerError("rewards", 12, "invalid storage proof"),
  openChallenges: registerError("rewards", 13, "node has open challenges"),
  emptyUpdate: registerError("rewards", 14, "nothing to update"),
  malformedProof: registerError("rewards", 15, "malformed storage proof"),
};
