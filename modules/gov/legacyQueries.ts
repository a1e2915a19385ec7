import type { Deposit, Proposal, TallyResult, Vote } from "cosmjs-types/cosmos/gov/v1/gov";
import { Deposit as DepositCodec, Vote as VoteCodec } from "cosmjs-types/cosmos/gov/v1/gov";
import type * as legacy from "cosmjs-types/cosmos/gov/v1beta1/gov";
import * as q from "cosmjs-types/cosmos/gov/v1beta1/query";
import { coinToWire } from "../../chain/coins.ts";
import { decToWire } from "../../chain/dec.ts";
import { sdkErrors } from "../../chain/errors.ts";
import type { QueryHandler } from "../../chain/module.ts";
import { paginate } from "../../chain/pagination.ts";
import { decodeRequest } from "../../chain/queryArgs.ts";
import { queryService } from "../../chain/queryService.ts";
import { toDuration } from "../../chain/timestamp.ts";
import { MsgExecLegacyContent } from "cosmjs-types/cosmos/gov/v1/tx";
import type { GovKeeper } from "./keeper.ts";
import { govKeys } from "./keys.ts";
import { addressArg, currentTally, filteredProposals, mustProposal, proposalIdArg } from "./queryCommon.ts";
import { EXEC_LEGACY_CONTENT_URL } from "./types.ts";
import { optionsFromProto, optionsToLegacyProto } from "./votes.ts";

const enc = new TextEncoder();
const ZERO_TIME = { seconds: 0n, nanos: 0 };

function legacyTally(t: TallyResult | undefined): legacy.TallyResult {
  return { yes: t?.yesCount ?? "0", abstain: t?.abstainCount ?? "0", no: t?.noCount ?? "0", noWithVeto: t?.noWithVetoCount ?? "0" };
}

/**
 * The SDK's ConvertToLegacyProposal: the content of its MsgExecLegacyContent, or else (so
 * v1beta1 clients still see something) its first message as the content.
 */
export function legacyProposal(p: Proposal): legacy.Proposal {
  const exec = p.messages.find((m) => m.typeUrl === EXEC_LEGACY_CONTENT_URL);
  const content = exec ? MsgExecLegacyContent.decode(exec.value).content : p.messages[0];
  return {
    proposalId: p.id,
    content,
    status: p.status,
    finalTallyResult: legacyTally(p.finalTallyResult),
    submitTime: p.submitTime ?? ZERO_TIME,
    depositEndTime: p.depositEndTime ?? ZERO_TIME,
    totalDeposit: p.totalDeposit,
    votingStartTime: p.votingStartTime ?? ZERO_TIME,
    votingEndTime: p.votingEndTime ?? ZERO_TIME,
  };
}

/** v1beta1 Vote: weights as LegacyDec's scaled integer; `option` set for a single full-weight option. */
export function legacyVote(v: Vote): legacy.Vote {
  const options = optionsFromProto(v.options);
  const single = options.length === 1 ? options[0]!.option : 0;
  return { proposalId: v.proposalId, voter: v.voter, option: single, options: optionsToLegacyProto(options) };
}

const legacyDeposit = (d: Deposit): legacy.Deposit => ({ proposalId: d.proposalId, depositor: d.depositor, amount: d.amount });

/**
 * cosmos.gov.v1beta1.Query, which @cosmjs/stargate's setupGovExtension calls. Params needs a
 * params_type (deposit, voting or tallying) and fills only that part; tally decimals are bytes
 * holding LegacyDec.Marshal's text (the scaled integer), as decodeCosmosSdkDecFromProto expects.
 */
export function legacyGovQueries(k: GovKeeper): QueryHandler[] {
  return queryService("cosmos.gov.v1beta1.Query", {
    Proposal: (ctx, data) => {
      const req = decodeRequest(q.QueryProposalRequest, data, "QueryProposalRequest");
      return q.QueryProposalResponse.encode({ proposal: legacyProposal(mustProposal(k, ctx.kv, req.proposalId)) }).finish();
    },
    Proposals: async (ctx, data) => {
      const req = decodeRequest(q.QueryProposalsRequest, data, "QueryProposalsRequest");
      const { items, pagination } = await filteredProposals(k, ctx.kv, req);
      return q.QueryProposalsResponse.encode({ proposals: items.map(legacyProposal), pagination }).finish();
    },
    Vote: (ctx, data) => {
      const req = decodeRequest(q.QueryVoteRequest, data, "QueryVoteRequest");
      const vote = k.getVote(ctx.kv, proposalIdArg(req.proposalId), addressArg(req.voter, "voter"));
      if (!vote) throw sdkErrors.notFound.wrap(`voter: ${req.voter} not found for proposal: ${req.proposalId}`);
      return q.QueryVoteResponse.encode({ vote: legacyVote(vote) }).finish();
    },
    Votes: async (ctx, data) => {
      const req = decodeRequest(q.QueryVotesRequest, data, "QueryVotesRequest");
      const { items, pagination } = await paginate(ctx.kv, govKeys.votesOf(proposalIdArg(req.proposalId)), req.pagination, (_k, v) => legacyVote(VoteCodec.decode(v)));
      return q.QueryVotesResponse.encode({ votes: items, pagination }).finish();
    },
    Params: (ctx, data) => {
      const req = decodeRequest(q.QueryParamsRequest, data, "QueryParamsRequest");
      const p = k.getParams(ctx.kv);
      const res: q.QueryParamsResponse = {
        votingParams: { votingPeriod: toDuration(0n) },
        depositParams: { minDeposit: [], maxDepositPeriod: toDuration(0n) },
        tallyParams: { quorum: new Uint8Array(), threshold: new Uint8Array(), vetoThreshold: new Uint8Array() },
      };
      if (req.paramsType === "voting") res.votingParams = { votingPeriod: toDuration(p.votingPeriod) };
      else if (req.paramsType === "deposit") res.depositParams = { minDeposit: p.minDeposit.map(coinToWire), maxDepositPeriod: toDuration(p.maxDepositPeriod) };
      else if (req.paramsType === "tallying") {
        res.tallyParams = { quorum: enc.encode(decToWire(p.quorum)), threshold: enc.encode(decToWire(p.threshold)), vetoThreshold: enc.encode(decToWire(p.vetoThreshold)) };
      } else throw sdkErrors.invalidRequest.wrap(`${JSON.stringify(req.paramsType)} is not a valid parameter type; use deposit, voting or tallying`);
      return q.QueryParamsResponse.encode(res).finish();
    },
    Deposit: (ctx, data) => {
      const req = decodeRequest(q.QueryDepositRequest, data, "QueryDepositRequest");
      const deposit = k.getDeposit(ctx.kv, proposalIdArg(req.proposalId), addressArg(req.depositor, "depositor"));
      if (!deposit) throw sdkErrors.notFound.wrap(`depositer: ${req.depositor} not found for proposal: ${req.proposalId}`);
      return q.QueryDepositResponse.encode({ deposit: legacyDeposit(deposit) }).finish();
    },
    Deposits: async (ctx, data) => {
      const req = decodeRequest(q.QueryDepositsRequest, data, "QueryDepositsRequest");
      const { items, pagination } = await paginate(ctx.kv, govKeys.depositsOf(proposalIdArg(req.proposalId)), req.pagination, (_k, v) => legacyDeposit(DepositCodec.decode(v)));
      return q.QueryDepositsResponse.encode({ deposits: items, pagination }).finish();
    },
    TallyResult: async (ctx, data) => {
      const req = decodeRequest(q.QueryTallyResultRequest, data, "QueryTallyResultRequest");
      return q.QueryTallyResultResponse.encode({ tally: legacyTally(await currentTally(k, ctx, mustProposal(k, ctx.kv, req.proposalId))) }).finish();
    },
  });
}

