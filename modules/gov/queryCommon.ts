import { type Proposal, ProposalStatus, Proposal as ProposalCodec } from "cosmjs-types/cosmos/gov/v1/gov";
import type { QueryProposalsRequest } from "cosmjs-types/cosmos/gov/v1/query";
import { addressBytes } from "../../chain/address.ts";
import type { Context } from "../../chain/context.ts";
import { sdkErrors } from "../../chain/errors.ts";
import { paginateFiltered } from "../../chain/pagination.ts";
import type { KVReader } from "../../chain/store/types.ts";
import type { GovKeeper } from "./keeper.ts";
import { govKeys } from "./keys.ts";
import { tallyProposal, tallyToProto } from "./tally.ts";

/** What the v1 and v1beta1 query services share: argument checks, proposal filters, the live tally. */

/** Query arguments as the SDK's gRPC server checks them (InvalidArgument). */
export function proposalIdArg(id: bigint): bigint {
  if (id === 0n) throw sdkErrors.invalidRequest.wrap("proposal id can not be 0");
  return id;
}

export function addressArg(value: string, what: string): Uint8Array {
  if (value === "") throw sdkErrors.invalidRequest.wrap(`empty ${what} address`);
  try {
    return addressBytes(value);
  } catch (e) {
    throw sdkErrors.invalidRequest.wrap(`invalid ${what} address: ${(e as Error).message}`);
  }
}

export function mustProposal(k: GovKeeper, kv: KVReader, id: bigint): Proposal {
  const p = k.getProposal(kv, proposalIdArg(id));
  if (!p) throw sdkErrors.notFound.wrap(`proposal ${id} doesn't exist`);
  return p;
}

/**
 * Proposals filtered as the SDK's: by status (0: any), and to those `voter` voted on and
 * `depositor` deposited on, when given. PERF: scans proposals until the page is full.
 */
export async function filteredProposals(k: GovKeeper, kv: KVReader, req: Pick<QueryProposalsRequest, "proposalStatus" | "voter" | "depositor" | "pagination">) {
  const voter = req.voter === "" ? undefined : addressArg(req.voter, "voter");
  const depositor = req.depositor === "" ? undefined : addressArg(req.depositor, "depositor");
  return paginateFiltered(kv, govKeys.proposalPrefix, req.pagination, (_key, value) => {
    const p = ProposalCodec.decode(value);
    if (req.proposalStatus !== ProposalStatus.PROPOSAL_STATUS_UNSPECIFIED && p.status !== req.proposalStatus) return undefined;
    if (voter && !k.getVote(kv, p.id, voter)) return undefined;
    if (depositor && !k.getDeposit(kv, p.id, depositor)) return undefined;
    return p;
  });
}

/** The tally as the SDK's TallyResult query: empty in the deposit period, final once ended, live while voting. */
export async function currentTally(k: GovKeeper, ctx: Context, p: Proposal) {
  if (p.status === ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD) return { yesCount: "0", abstainCount: "0", noCount: "0", noWithVetoCount: "0" };
  if (p.status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) return p.finalTallyResult ?? { yesCount: "0", abstainCount: "0", noCount: "0", noWithVetoCount: "0" };
  return tallyToProto((await tallyProposal(k, k.staking, ctx.kv, p.id)).results);
}
