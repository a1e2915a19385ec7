import { type Deposit, type Proposal, ProposalStatus, type Vote } from "cosmjs-types/cosmos/gov/v1/gov";
import { addressBytes, moduleAddress } from "../../chain/address.ts";
import { type Coin, addCoins, coinFromWire, coinsToString } from "../../chain/coins.ts";
import type { Context } from "../../chain/context.ts";
import { GenesisError } from "../../chain/genesisError.ts";
import { expectArray, expectObject, expectString, expectUint } from "../../chain/genesisJson.ts";
import { fromTimestamp } from "../../chain/timestamp.ts";
import { type DepositJson, type ProposalJson, type VoteJson, depositFromJson, depositToJson, proposalFromJson, proposalToJson, voteFromJson, voteToJson } from "./genesisJson.ts";
import type { GovKeeper } from "./keeper.ts";
import { type GovParamsJson, paramsFromJson, paramsToJson } from "./params.ts";
import { DEFAULT_GOV_PARAMS_V1, GOV_MODULE, type GovParams } from "./types.ts";

/** The gov section of app_state, in the SDK's v1 GenesisState shape. */
export interface GovGenesis {
  starting_proposal_id: string;
  deposits: DepositJson[];
  votes: VoteJson[];
  proposals: ProposalJson[];
  params: GovParamsJson;
  constitution: string;
}

interface ParsedGenesis {
  startingProposalId: bigint;
  params: GovParams;
  proposals: Proposal[];
  deposits: Deposit[];
  votes: Vote[];
  constitution: string;
}

export function defaultGovGenesis(): GovGenesis {
  return { starting_proposal_id: "1", deposits: [], votes: [], proposals: [], params: paramsToJson(DEFAULT_GOV_PARAMS_V1), constitution: "" };
}

/**
 * The SDK's ValidateGenesis (v0.50): valid params, a starting id of at least 1, no duplicate
 * proposal, deposit or vote, every deposit on a known proposal and every vote on one in its voting
 * period, ids below the starting id, and an open proposal's total deposit equal to its deposits.
 */
function parseGenesis(g: unknown): ParsedGenesis {
  const root = expectObject(g, "gov");
  const startingProposalId = expectUint(root.starting_proposal_id, "starting_proposal_id");
  if (startingProposalId === 0n) throw new GenesisError("starting_proposal_id", "must be at least 1");
  const params = paramsFromJson(root.params, "params");
  const proposals = expectArray(root.proposals, "proposals").map((p, i) => proposalFromJson(p, `proposals[${i}]`));
  const ids = new Set<bigint>();
  for (const [i, p] of proposals.entries()) {
    if (ids.has(p.id)) throw new GenesisError(`proposals[${i}].id`, `duplicate proposal id ${p.id}`);
    if (p.id >= startingProposalId) throw new GenesisError(`proposals[${i}].id`, `proposal id ${p.id} is not below starting_proposal_id ${startingProposalId}`);
    ids.add(p.id);
  }
  const deposits = expectArray(root.deposits, "deposits").map((d, i) => depositFromJson(d, `deposits[${i}]`));
  const sums = new Map<bigint, Coin[]>();
  const seenDeposits = new Set<string>();
  for (const [i, d] of deposits.entries()) {
    if (!ids.has(d.proposalId)) throw new GenesisError(`deposits[${i}].proposal_id`, `no proposal ${d.proposalId}`);
    const key = `${d.proposalId}/${d.depositor}`;
    if (seenDeposits.has(key)) throw new GenesisError(`deposits[${i}]`, `duplicate deposit of ${d.depositor} on proposal ${d.proposalId}`);
    seenDeposits.add(key);
    sums.set(d.proposalId, addCoins(sums.get(d.proposalId) ?? [], d.amount.map(coinFromWire)));
  }
  for (const [i, p] of proposals.entries()) {
    // A settled proposal keeps its total_deposit after its deposits were refunded or burned.
    if (p.status !== ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD && p.status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) continue;
    const want = coinsToString(addCoins([], p.totalDeposit.map(coinFromWire)));
    const got = coinsToString(sums.get(p.id) ?? []);
    if (want !== got) throw new GenesisError(`proposals[${i}].total_deposit`, `${want || "nothing"} but its deposits sum to ${got || "nothing"}`);
  }
  const votes = expectArray(root.votes, "votes").map((v, i) => voteFromJson(v, `votes[${i}]`));
  const seenVotes = new Set<string>();
  const votingIds = new Set(proposals.filter((p) => p.status === ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD).map((p) => p.id));
  for (const [i, v] of votes.entries()) {
    if (!votingIds.has(v.proposalId)) throw new GenesisError(`votes[${i}].proposal_id`, `no proposal ${v.proposalId} in its voting period`);
    const key = `${v.proposalId}/${v.voter}`;
    if (seenVotes.has(key)) throw new GenesisError(`votes[${i}]`, `duplicate vote of ${v.voter} on proposal ${v.proposalId}`);
    seenVotes.add(key);
  }
  const constitution = root.constitution === undefined ? "" : expectString(root.constitution, "constitution");
  return { startingProposalId, params, proposals, deposits, votes, constitution };
}

export function validateGovGenesis(g: GovGenesis): void {
  parseGenesis(g);
}

/**
 * The SDK's InitGenesis: params, the next id, proposals (each back in its queue), deposits and
 * votes; the module account, when there are deposits, must hold exactly them (bank's genesis funds it).
 */
export async function initGovGenesis(k: GovKeeper, ctx: Context, g: GovGenesis): Promise<void> {
  const s = parseGenesis(g);
  k.setParams(ctx, s.params);
  k.setNextProposalId(ctx, s.startingProposalId);
  k.setConstitution(ctx, s.constitution);
  // The module account appears with the first deposit (as addDeposit creates it), not here: an
  // export of a chain that never had one then imports to the same accounts.
  if (s.deposits.length > 0) k.ensureModuleAccount(ctx);
  for (const p of s.proposals) {
    k.setProposal(ctx, p);
    if (p.status === ProposalStatus.PROPOSAL_STATUS_DEPOSIT_PERIOD) k.insertQueue(ctx, "inactive", fromTimestamp(p.depositEndTime), p.id);
    if (p.status === ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD) k.insertQueue(ctx, "active", fromTimestamp(p.votingEndTime), p.id);
  }
  let total: Coin[] = [];
  for (const d of s.deposits) {
    k.setDeposit(ctx, addressBytes(d.depositor), d);
    total = addCoins(total, d.amount.map(coinFromWire));
  }
  for (const v of s.votes) k.setVote(ctx, addressBytes(v.voter), v);
  const balance = await k.bank.getAllBalances(ctx.kv, moduleAddress(GOV_MODULE));
  if (coinsToString(balance) !== coinsToString(total)) {
    throw new GenesisError("gov.deposits", `the gov module account holds ${coinsToString(balance) || "nothing"} but the deposits sum to ${coinsToString(total) || "nothing"}`);
  }
}

export async function exportGovGenesis(k: GovKeeper, ctx: Context): Promise<GovGenesis> {
  return {
    starting_proposal_id: k.getNextProposalId(ctx.kv).toString(),
    deposits: (await k.iterateDeposits(ctx.kv)).map((d) => depositToJson(d.deposit)),
    votes: (await k.iterateVotes(ctx.kv)).map((v) => voteToJson(v.vote)),
    proposals: (await k.iterateProposals(ctx.kv)).map(proposalToJson),
    params: paramsToJson(k.getParams(ctx.kv)),
    constitution: k.getConstitution(ctx.kv),
  };
}
