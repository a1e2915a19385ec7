import { registerError } from "../../chain/errors.ts";

/** x/gov's registered errors (x/gov/types/errors.go), codespace `gov`, the SDK's codes. */
export const govErrors = {
  unknownProposal: registerError("gov", 2, "unknown proposal"),
  inactiveProposal: registerError("gov", 3, "inactive proposal"),
  invalidProposalContent: registerError("gov", 5, "invalid proposal content"),
  invalidVote: registerError("gov", 7, "invalid vote option"),
  invalidGenesis: registerError("gov", 8, "invalid genesis state"),
  unroutableProposalMsg: registerError("gov", 10, "proposal message not recognized by router"),
  invalidProposalMsg: registerError("gov", 12, "invalid proposal message"),
  /** Also what every governance-only message answers a wrong authority with. */
  invalidSigner: registerError("gov", 13, "expected gov account as only signer for proposal message"),
  metadataTooLong: registerError("gov", 15, "metadata too long"),
  minDepositTooSmall: registerError("gov", 16, "minimum deposit is too small"),
  invalidProposer: registerError("gov", 18, "invalid proposer"),
  invalidDepositDenom: registerError("gov", 23, "invalid deposit denom"),
};
