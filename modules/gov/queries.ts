import { Deposit as DepositCodec, Vote as VoteCodec } from "cosmjs-types/cosmos/gov/v1/gov";
import * as q from "cosmjs-types/cosmos/gov/v1/query";
import { coinToWire } from "../../chain/coins.ts";
import { sdkErrors } from "../../chain/errors.ts";
import type { QueryHandler } from "../../chain/module.ts";
import { paginate } from "../../chain/pagination.ts";
import { decodeRequest } from "../../chain/queryArgs.ts";
import { queryService } from "../../chain/queryService.ts";
import { toDuration } from "../../chain/timestamp.ts";
import type { GovKeeper } from "./keeper.ts";
import { govKeys } from "./keys.ts";
import { legacyGovQueries } from "./legacyQueries.ts";
import { paramsToProto } from "./params.ts";
import { addressArg, currentTally, filteredProposals, mustProposal, proposalIdArg } from "./queryCommon.ts";
import { formatDec } from "../../chain/dec.ts";

const PARAM_TYPES = ["deposit", "voting", "tallying"];

/** The gRPC query services cosmos.gov.v1.Query and cosmos.gov.v1beta1.Query. */
export function govQueries(k: GovKeeper): QueryHandler[] {
  return [...v1Queries(k), ...legacyGovQueries(k)];
}

function v1Queries(k: GovKeeper): QueryHandler[] {
  return queryService("cosmos.gov.v1.Query", {
    Constitution: (ctx) => q.QueryConstitutionResponse.encode({ constitution: k.getConstitution(ctx.kv) }).finish(),
    Proposal: (ctx, data) => {
      const req = decodeRequest(q.QueryProposalRequest, data, "QueryProposalRequest");
      return q.QueryProposalResponse.encode({ proposal: mustProposal(k, ctx.kv, req.proposalId) }).finish();
    },
    Proposals: async (ctx, data) => {
      const req = decodeRequest(q.QueryProposalsRequest, data, "QueryProposalsRequest");
      const { items, pagination } = await filteredProposals(k, ctx.kv, req);
      return q.QueryProposalsResponse.encode({ proposals: items, pagination }).finish();
    },
    Vote: (ctx, data) => {
      const req = decodeRequest(q.QueryVoteRequest, data, "QueryVoteRequest");
      const vote = k.getVote(ctx.kv, proposalIdArg(req.proposalId), addressArg(req.voter, "voter"));
      if (!vote) throw sdkErrors.notFound.wrap(`voter: ${req.voter} not found for proposal: ${req.proposalId}`);
      return q.QueryVoteResponse.encode({ vote }).finish();
    },
    Votes: async (ctx, data) => {
      const req = decodeRequest(q.QueryVotesRequest, data, "QueryVotesRequest");
      const { items, pagination } = await paginate(ctx.kv, govKeys.votesOf(proposalIdArg(req.proposalId)), req.pagination, (_k, v) => VoteCodec.decode(v));
      return q.QueryVotesResponse.encode({ votes: items, pagination }).finish();
    },
    Params: (ctx, data) => {
      const req = decodeRequest(q.QueryParamsRequest, data, "QueryParamsRequest");
      if (req.paramsType !== "" && !PARAM_TYPES.includes(req.paramsType)) throw sdkErrors.invalidRequest.wrap(`${req.paramsType} is not a valid parameter type; use deposit, voting or tallying`);
      const p = k.getParams(ctx.kv);
      const res: q.QueryParamsResponse = { params: paramsToProto(p) };
      if (req.paramsType === "deposit") res.depositParams = { minDeposit: p.minDeposit.map(coinToWire), maxDepositPeriod: toDuration(p.maxDepositPeriod) };
      if (req.paramsType === "voting") res.votingParams = { votingPeriod: toDuration(p.votingPeriod) };
      if (req.paramsType === "tallying") res.tallyParams = { quorum: formatDec(p.quorum), threshold: formatDec(p.threshold), vetoThreshold: formatDec(p.vetoThreshold) };
      return q.QueryParamsResponse.encode(res).finish();
    },
    Deposit: (ctx, data) => {
      const req = decodeRequest(q.QueryDepositRequest, data, "QueryDepositRequest");
      const deposit = k.getDeposit(ctx.kv, proposalIdArg(req.proposalId), addressArg(req.depositor, "depositor"));
      if (!deposit) throw sdkErrors.notFound.wrap(`depositer: ${req.depositor} not found for proposal: ${req.proposalId}`);
      return q.QueryDepositResponse.encode({ deposit }).finish();
    },
    Deposits: async (ctx, data) => {
      const req = decodeRequest(q.QueryDepositsRequest, data, "QueryDepositsRequest");
      const { items, pagination } = await paginate(ctx.kv, govKeys.depositsOf(proposalIdArg(req.proposalId)), req.pagination, (_k, v) => DepositCodec.decode(v));
      return q.QueryDepositsResponse.encode({ deposits: items, pagination }).finish();
    },
    TallyResult: async (ctx, data) => {
      const req = decodeRequest(q.QueryTallyResultRequest, data, "QueryTallyResultRequest");
      return q.QueryTallyResultResponse.encode({ tally: await currentTally(k, ctx, mustProposal(k, ctx.kv, req.proposalId)) }).finish();
    },
  });
}
