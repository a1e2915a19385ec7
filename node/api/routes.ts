/**
 * The REST routes: one table mapping the Cosmos SDK gateway's paths (the `google.api.http`
 * options of the SDK's query.proto files) and ours to the gRPC method served through ABCI
 * query, with the codec that builds its request and prints its response. `{name}` segments are
 * path parameters, named as the request message's fields.
 *
 * Routes served by the node itself (cosmos.base.tendermint, cosmos.tx) are in nodeRoutes.ts.
 */
import * as auth from "cosmjs-types/cosmos/auth/v1beta1/query";
import * as bank from "cosmjs-types/cosmos/bank/v1beta1/query";
import * as dist from "cosmjs-types/cosmos/distribution/v1beta1/query";
import * as mint from "cosmjs-types/cosmos/mint/v1beta1/query";
import * as slashing from "cosmjs-types/cosmos/slashing/v1beta1/query";
import * as staking from "cosmjs-types/cosmos/staking/v1beta1/query";
import * as upgrade from "cosmjs-types/cosmos/upgrade/v1beta1/query";
import * as gov from "cosmjs-types/cosmos/gov/v1/query";
import * as govBeta from "cosmjs-types/cosmos/gov/v1beta1/query";
import { SimulateRequest, SimulateResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { ConfigRequest, ConfigResponse } from "cosmjs-types/cosmos/base/node/v1beta1/query";
import { type Codec, accountInfo, cosmjs, tributary } from "./codecs.ts";

export interface QueryRoute {
  http: "GET" | "POST";
  /** e.g. "/cosmos/bank/v1beta1/balances/{address}" */
  path: string;
  /** The gRPC method path App.query serves, e.g. "/cosmos.bank.v1beta1.Query/AllBalances". */
  method: string;
  codec: Codec;
}

/** Staking's LegacyDec fields (commission rates, shares, params' min commission rate). */
const STAKING_DECS = { decs: ["rate", "max_rate", "max_change_rate", "delegator_shares", "shares", "min_commission_rate"] };
/** Every coin a distribution query returns is a DecCoin. */
const DIST_DECS = { decs: ["amount", "community_tax", "base_proposer_reward", "bonus_proposer_reward"] };
const MINT_PARAM_DECS = { decs: ["inflation_rate_change", "inflation_max", "inflation_min", "goal_bonded"] };
const SLASHING_DECS = { decBytes: ["min_signed_per_window", "slash_fraction_double_sign", "slash_fraction_downtime"] };

const get = (path: string, method: string, codec: Codec): QueryRoute => ({ http: "GET", path, method, codec });
const svc = (s: string) => (m: string) => `/${s}.Query/${m}`;
const A = svc("cosmos.auth.v1beta1");
const B = svc("cosmos.bank.v1beta1");
const S = svc("cosmos.staking.v1beta1");
const SL = svc("cosmos.slashing.v1beta1");
const D = svc("cosmos.distribution.v1beta1");
const M = svc("cosmos.mint.v1beta1");
const U = svc("cosmos.upgrade.v1beta1");
const G = svc("cosmos.gov.v1");
const GB = svc("cosmos.gov.v1beta1");
/**
 * gov v1 Params as v0.50.10's gateway prints them: cosmjs-types (v0.53's protos) adds
 * `min_deposit_ratio` (field 16), which v0.50.10 does not have, as json.ts drops TxBody's
 * post-v0.50 fields.
 */
function govV1Params(): Codec {
  const base = cosmjs(gov.QueryParamsRequest, gov.QueryParamsResponse);
  return {
    ...base,
    toJson(bytes) {
      const json = base.toJson(bytes) as { params?: Record<string, unknown> | null };
      if (json.params) delete json.params.min_deposit_ratio;
      return json;
    },
  };
}

/** v1beta1 carries weights and tally params as LegacyDec (v1: dotted strings, printed as they are). */
const GOV_BETA_DECS = { decs: ["weight"], decBytes: ["quorum", "threshold", "veto_threshold"] };

/** A Tributary route: `/tributary/<module>/v1/<rest>` → `tributary.<module>.v1.Query/<method>`. */
function trib(module: string, rest: string, method: string, request: string, response: string): QueryRoute {
  const pkg = `tributary.${module}.v1`;
  return get(`/tributary/${module}/v1/${rest}`, `/${pkg}.Query/${method}`, tributary(pkg, request, response));
}

export const QUERY_ROUTES: QueryRoute[] = [
  // auth
  get("/cosmos/auth/v1beta1/accounts", A("Accounts"), cosmjs(auth.QueryAccountsRequest, auth.QueryAccountsResponse)),
  get("/cosmos/auth/v1beta1/accounts/{address}", A("Account"), cosmjs(auth.QueryAccountRequest, auth.QueryAccountResponse)),
  // Served from the Account query: the app keeps only base and module accounts.
  get("/cosmos/auth/v1beta1/account_info/{address}", A("Account"), accountInfo()),
  get("/cosmos/auth/v1beta1/module_accounts/{name}", A("ModuleAccountByName"), cosmjs(auth.QueryModuleAccountByNameRequest, auth.QueryModuleAccountByNameResponse)),
  get("/cosmos/auth/v1beta1/params", A("Params"), cosmjs(auth.QueryParamsRequest, auth.QueryParamsResponse)),
  get("/cosmos/auth/v1beta1/bech32", A("Bech32Prefix"), cosmjs(auth.Bech32PrefixRequest, auth.Bech32PrefixResponse)),
  // bank
  get("/cosmos/bank/v1beta1/balances/{address}", B("AllBalances"), cosmjs(bank.QueryAllBalancesRequest, bank.QueryAllBalancesResponse)),
  get("/cosmos/bank/v1beta1/balances/{address}/by_denom", B("Balance"), cosmjs(bank.QueryBalanceRequest, bank.QueryBalanceResponse)),
  get("/cosmos/bank/v1beta1/spendable_balances/{address}", B("SpendableBalances"), cosmjs(bank.QuerySpendableBalancesRequest, bank.QuerySpendableBalancesResponse)),
  get("/cosmos/bank/v1beta1/spendable_balances/{address}/by_denom", B("SpendableBalanceByDenom"), cosmjs(bank.QuerySpendableBalanceByDenomRequest, bank.QuerySpendableBalanceByDenomResponse)),
  get("/cosmos/bank/v1beta1/supply", B("TotalSupply"), cosmjs(bank.QueryTotalSupplyRequest, bank.QueryTotalSupplyResponse)),
  get("/cosmos/bank/v1beta1/supply/by_denom", B("SupplyOf"), cosmjs(bank.QuerySupplyOfRequest, bank.QuerySupplyOfResponse)),
  get("/cosmos/bank/v1beta1/denoms_metadata", B("DenomsMetadata"), cosmjs(bank.QueryDenomsMetadataRequest, bank.QueryDenomsMetadataResponse)),
  get("/cosmos/bank/v1beta1/denoms_metadata/{denom}", B("DenomMetadata"), cosmjs(bank.QueryDenomMetadataRequest, bank.QueryDenomMetadataResponse)),
  get("/cosmos/bank/v1beta1/params", B("Params"), cosmjs(bank.QueryParamsRequest, bank.QueryParamsResponse)),
  get("/cosmos/bank/v1beta1/send_enabled", B("SendEnabled"), cosmjs(bank.QuerySendEnabledRequest, bank.QuerySendEnabledResponse)),
  // staking
  get("/cosmos/staking/v1beta1/validators", S("Validators"), cosmjs(staking.QueryValidatorsRequest, staking.QueryValidatorsResponse, STAKING_DECS)),
  get("/cosmos/staking/v1beta1/validators/{validator_addr}", S("Validator"), cosmjs(staking.QueryValidatorRequest, staking.QueryValidatorResponse, STAKING_DECS)),
  get("/cosmos/staking/v1beta1/validators/{validator_addr}/delegations", S("ValidatorDelegations"), cosmjs(staking.QueryValidatorDelegationsRequest, staking.QueryValidatorDelegationsResponse, STAKING_DECS)),
  get("/cosmos/staking/v1beta1/validators/{validator_addr}/unbonding_delegations", S("ValidatorUnbondingDelegations"), cosmjs(staking.QueryValidatorUnbondingDelegationsRequest, staking.QueryValidatorUnbondingDelegationsResponse, STAKING_DECS)),
  get("/cosmos/staking/v1beta1/validators/{validator_addr}/delegations/{delegator_addr}", S("Delegation"), cosmjs(staking.QueryDelegationRequest, staking.QueryDelegationResponse, STAKING_DECS)),
  get("/cosmos/staking/v1beta1/validators/{validator_addr}/delegations/{delegator_addr}/unbonding_delegation", S("UnbondingDelegation"), cosmjs(staking.QueryUnbondingDelegationRequest, staking.QueryUnbondingDelegationResponse, STAKING_DECS)),
  get("/cosmos/staking/v1beta1/delegations/{delegator_addr}", S("DelegatorDelegations"), cosmjs(staking.QueryDelegatorDelegationsRequest, staking.QueryDelegatorDelegationsResponse, STAKING_DECS)),
  get("/cosmos/staking/v1beta1/delegators/{delegator_addr}/unbonding_delegations", S("DelegatorUnbondingDelegations"), cosmjs(staking.QueryDelegatorUnbondingDelegationsRequest, staking.QueryDelegatorUnbondingDelegationsResponse, STAKING_DECS)),
  get("/cosmos/staking/v1beta1/delegators/{delegator_addr}/redelegations", S("Redelegations"), cosmjs(staking.QueryRedelegationsRequest, staking.QueryRedelegationsResponse, STAKING_DECS)),
  get("/cosmos/staking/v1beta1/delegators/{delegator_addr}/validators", S("DelegatorValidators"), cosmjs(staking.QueryDelegatorValidatorsRequest, staking.QueryDelegatorValidatorsResponse, STAKING_DECS)),
  get("/cosmos/staking/v1beta1/delegators/{delegator_addr}/validators/{validator_addr}", S("DelegatorValidator"), cosmjs(staking.QueryDelegatorValidatorRequest, staking.QueryDelegatorValidatorResponse, STAKING_DECS)),
  get("/cosmos/staking/v1beta1/pool", S("Pool"), cosmjs(staking.QueryPoolRequest, staking.QueryPoolResponse)),
  get("/cosmos/staking/v1beta1/params", S("Params"), cosmjs(staking.QueryParamsRequest, staking.QueryParamsResponse, STAKING_DECS)),
  // slashing
  get("/cosmos/slashing/v1beta1/params", SL("Params"), cosmjs(slashing.QueryParamsRequest, slashing.QueryParamsResponse, SLASHING_DECS)),
  get("/cosmos/slashing/v1beta1/signing_infos", SL("SigningInfos"), cosmjs(slashing.QuerySigningInfosRequest, slashing.QuerySigningInfosResponse)),
  get("/cosmos/slashing/v1beta1/signing_infos/{cons_address}", SL("SigningInfo"), cosmjs(slashing.QuerySigningInfoRequest, slashing.QuerySigningInfoResponse)),
  // distribution
  get("/cosmos/distribution/v1beta1/params", D("Params"), cosmjs(dist.QueryParamsRequest, dist.QueryParamsResponse, DIST_DECS)),
  get("/cosmos/distribution/v1beta1/validators/{validator_address}/outstanding_rewards", D("ValidatorOutstandingRewards"), cosmjs(dist.QueryValidatorOutstandingRewardsRequest, dist.QueryValidatorOutstandingRewardsResponse, DIST_DECS)),
  get("/cosmos/distribution/v1beta1/validators/{validator_address}/commission", D("ValidatorCommission"), cosmjs(dist.QueryValidatorCommissionRequest, dist.QueryValidatorCommissionResponse, DIST_DECS)),
  get("/cosmos/distribution/v1beta1/validators/{validator_address}/slashes", D("ValidatorSlashes"), cosmjs(dist.QueryValidatorSlashesRequest, dist.QueryValidatorSlashesResponse, { decs: ["fraction"] })),
  get("/cosmos/distribution/v1beta1/delegators/{delegator_address}/rewards", D("DelegationTotalRewards"), cosmjs(dist.QueryDelegationTotalRewardsRequest, dist.QueryDelegationTotalRewardsResponse, DIST_DECS)),
  get("/cosmos/distribution/v1beta1/delegators/{delegator_address}/rewards/{validator_address}", D("DelegationRewards"), cosmjs(dist.QueryDelegationRewardsRequest, dist.QueryDelegationRewardsResponse, DIST_DECS)),
  get("/cosmos/distribution/v1beta1/delegators/{delegator_address}/validators", D("DelegatorValidators"), cosmjs(dist.QueryDelegatorValidatorsRequest, dist.QueryDelegatorValidatorsResponse)),
  get("/cosmos/distribution/v1beta1/delegators/{delegator_address}/withdraw_address", D("DelegatorWithdrawAddress"), cosmjs(dist.QueryDelegatorWithdrawAddressRequest, dist.QueryDelegatorWithdrawAddressResponse)),
  get("/cosmos/distribution/v1beta1/community_pool", D("CommunityPool"), cosmjs(dist.QueryCommunityPoolRequest, dist.QueryCommunityPoolResponse, DIST_DECS)),
  // mint
  get("/cosmos/mint/v1beta1/params", M("Params"), cosmjs(mint.QueryParamsRequest, mint.QueryParamsResponse, MINT_PARAM_DECS)),
  get("/cosmos/mint/v1beta1/inflation", M("Inflation"), cosmjs(mint.QueryInflationRequest, mint.QueryInflationResponse, { decBytes: ["inflation"] })),
  get("/cosmos/mint/v1beta1/annual_provisions", M("AnnualProvisions"), cosmjs(mint.QueryAnnualProvisionsRequest, mint.QueryAnnualProvisionsResponse, { decBytes: ["annual_provisions"] })),
  // gov v1
  get("/cosmos/gov/v1/constitution", G("Constitution"), cosmjs(gov.QueryConstitutionRequest, gov.QueryConstitutionResponse)),
  get("/cosmos/gov/v1/proposals", G("Proposals"), cosmjs(gov.QueryProposalsRequest, gov.QueryProposalsResponse)),
  get("/cosmos/gov/v1/proposals/{proposal_id}", G("Proposal"), cosmjs(gov.QueryProposalRequest, gov.QueryProposalResponse)),
  get("/cosmos/gov/v1/proposals/{proposal_id}/votes", G("Votes"), cosmjs(gov.QueryVotesRequest, gov.QueryVotesResponse)),
  get("/cosmos/gov/v1/proposals/{proposal_id}/votes/{voter}", G("Vote"), cosmjs(gov.QueryVoteRequest, gov.QueryVoteResponse)),
  get("/cosmos/gov/v1/proposals/{proposal_id}/deposits", G("Deposits"), cosmjs(gov.QueryDepositsRequest, gov.QueryDepositsResponse)),
  get("/cosmos/gov/v1/proposals/{proposal_id}/deposits/{depositor}", G("Deposit"), cosmjs(gov.QueryDepositRequest, gov.QueryDepositResponse)),
  get("/cosmos/gov/v1/proposals/{proposal_id}/tally", G("TallyResult"), cosmjs(gov.QueryTallyResultRequest, gov.QueryTallyResultResponse)),
  get("/cosmos/gov/v1/params/{params_type}", G("Params"), govV1Params()),
  // gov v1beta1 (what CosmJS's setupGovExtension reads)
  get("/cosmos/gov/v1beta1/proposals", GB("Proposals"), cosmjs(govBeta.QueryProposalsRequest, govBeta.QueryProposalsResponse, GOV_BETA_DECS)),
  get("/cosmos/gov/v1beta1/proposals/{proposal_id}", GB("Proposal"), cosmjs(govBeta.QueryProposalRequest, govBeta.QueryProposalResponse, GOV_BETA_DECS)),
  get("/cosmos/gov/v1beta1/proposals/{proposal_id}/votes", GB("Votes"), cosmjs(govBeta.QueryVotesRequest, govBeta.QueryVotesResponse, GOV_BETA_DECS)),
  get("/cosmos/gov/v1beta1/proposals/{proposal_id}/votes/{voter}", GB("Vote"), cosmjs(govBeta.QueryVoteRequest, govBeta.QueryVoteResponse, GOV_BETA_DECS)),
  get("/cosmos/gov/v1beta1/proposals/{proposal_id}/deposits", GB("Deposits"), cosmjs(govBeta.QueryDepositsRequest, govBeta.QueryDepositsResponse)),
  get("/cosmos/gov/v1beta1/proposals/{proposal_id}/deposits/{depositor}", GB("Deposit"), cosmjs(govBeta.QueryDepositRequest, govBeta.QueryDepositResponse)),
  get("/cosmos/gov/v1beta1/proposals/{proposal_id}/tally", GB("TallyResult"), cosmjs(govBeta.QueryTallyResultRequest, govBeta.QueryTallyResultResponse)),
  get("/cosmos/gov/v1beta1/params/{params_type}", GB("Params"), cosmjs(govBeta.QueryParamsRequest, govBeta.QueryParamsResponse, GOV_BETA_DECS)),
  // upgrade (UpgradedConsensusState is for IBC light clients, which Tributary does not have)
  get("/cosmos/upgrade/v1beta1/current_plan", U("CurrentPlan"), cosmjs(upgrade.QueryCurrentPlanRequest, upgrade.QueryCurrentPlanResponse)),
  get("/cosmos/upgrade/v1beta1/applied_plan/{name}", U("AppliedPlan"), cosmjs(upgrade.QueryAppliedPlanRequest, upgrade.QueryAppliedPlanResponse)),
  get("/cosmos/upgrade/v1beta1/module_versions", U("ModuleVersions"), cosmjs(upgrade.QueryModuleVersionsRequest, upgrade.QueryModuleVersionsResponse)),
  get("/cosmos/upgrade/v1beta1/authority", U("Authority"), cosmjs(upgrade.QueryAuthorityRequest, upgrade.QueryAuthorityResponse)),
  // the node's own config (minimum gas price, pruning), answered by the app like a query
  { http: "GET", path: "/cosmos/base/node/v1beta1/config", method: "/cosmos.base.node.v1beta1.Service/Config", codec: cosmjs(ConfigRequest, ConfigResponse) },
  // tx simulation goes through ABCI query like every query (chain/query.ts SIMULATE_PATHS)
  { http: "POST", path: "/cosmos/tx/v1beta1/simulate", method: "/cosmos.tx.v1beta1.Service/Simulate", codec: cosmjs(SimulateRequest, SimulateResponse) },
  // tributary
  trib("datanet", "params", "Params", "QueryParamsRequest", "QueryParamsResponse"),
  trib("datanet", "datanets", "Datanets", "QueryDatanetsRequest", "QueryDatanetsResponse"),
  trib("datanet", "datanets/{id}", "Datanet", "QueryDatanetRequest", "QueryDatanetResponse"),
  trib("datanet", "datanets/{datanet_id}/contributions", "Contributions", "QueryContributionsRequest", "QueryContributionsResponse"),
  trib("datanet", "datanets/{datanet_id}/versions", "Versions", "QueryVersionsRequest", "QueryVersionsResponse"),
  trib("datanet", "datanets/{datanet_id}/versions/{number}", "Version", "QueryVersionRequest", "QueryVersionResponse"),
  trib("datanet", "contributions/{id}", "Contribution", "QueryContributionRequest", "QueryContributionResponse"),
  trib("datanet", "datanets/{datanet_id}/versions/{number}/contributions", "VersionContributions", "QueryVersionContributionsRequest", "QueryVersionContributionsResponse"),
  trib("datanet", "datanets/{datanet_id}/vocabulary", "Vocabulary", "QueryVocabularyRequest", "QueryVocabularyResponse"),
  trib("datanet", "contributions/{id}/content", "ContributionContent", "QueryContributionContentRequest", "QueryContributionContentResponse"),
  trib("datanet", "contributions/{contribution_id}/tokens", "TokenSequence", "QueryTokenSequenceRequest", "QueryTokenSequenceResponse"),
  trib("datanet", "contributors/{contributor}/stats", "ContributorStats", "QueryContributorStatsRequest", "QueryContributorStatsResponse"),
  trib("attribution", "params", "Params", "QueryParamsRequest", "QueryParamsResponse"),
  trib("attribution", "records/{id}", "Record", "QueryRecordRequest", "QueryRecordResponse"),
  trib("attribution", "contributors/{contributor}/records", "RecordsByContributor", "QueryRecordsByContributorRequest", "QueryRecordsResponse"),
  trib("attribution", "contributions/{contribution_id}/records", "RecordsByContribution", "QueryRecordsByContributionRequest", "QueryRecordsResponse"),
  trib("attribution", "datanets/{datanet_id}/versions/{version}/commitment", "Commitment", "QueryCommitmentRequest", "QueryCommitmentResponse"),
  trib("inference", "params", "Params", "QueryParamsRequest", "QueryParamsResponse"),
  trib("inference", "models", "Models", "QueryModelsRequest", "QueryModelsResponse"),
  trib("inference", "models/{id}", "Model", "QueryModelRequest", "QueryModelResponse"),
  trib("inference", "models/{model_id}/inferences", "InferencesByModel", "QueryInferencesByModelRequest", "QueryInferencesResponse"),
  trib("inference", "inferences/{id}", "Inference", "QueryInferenceRequest", "QueryInferenceResponse"),
  trib("inference", "requesters/{requester}/inferences", "InferencesByRequester", "QueryInferencesByRequesterRequest", "QueryInferencesResponse"),
  trib("inference", "owners/{owner}/models", "ModelsByOwner", "QueryModelsByOwnerRequest", "QueryModelsResponse"),
  trib("inference", "datanets/{datanet_id}/models", "ModelsByDatanet", "QueryModelsByDatanetRequest", "QueryModelsResponse"),
  trib("inference", "datanets/{datanet_id}/versions/{version}/data_pool", "DataPool", "QueryDataPoolRequest", "QueryDataPoolResponse"),
  trib("inference", "contributions/{contribution_id}/claimable_rewards", "ClaimableRewards", "QueryClaimableRewardsRequest", "QueryClaimableRewardsResponse"),
  trib("inference", "reward_pools", "RewardPools", "QueryRewardPoolsRequest", "QueryRewardPoolsResponse"),
  trib("rewards", "params", "Params", "QueryParamsRequest", "QueryParamsResponse"),
  trib("rewards", "nodes", "Nodes", "QueryNodesRequest", "QueryNodesResponse"),
  trib("rewards", "nodes/{operator}", "Node", "QueryNodeRequest", "QueryNodeResponse"),
  trib("rewards", "epoch", "Epoch", "QueryEpochRequest", "QueryEpochResponse"),
  trib("rewards", "nodes/{operator}/challenges", "Challenges", "QueryChallengesRequest", "QueryChallengesResponse"),
  trib("rewards", "nodes/{operator}/refunds", "Refunds", "QueryRefundsRequest", "QueryRefundsResponse"),
];
