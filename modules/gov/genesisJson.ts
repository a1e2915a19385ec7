import { type Deposit, type Proposal, ProposalStatus, type Vote, proposalStatusFromJSON, proposalStatusToJSON } from "cosmjs-types/cosmos/gov/v1/gov";
import { fromBase64, toBase64 } from "@cosmjs/encoding";
import { GenesisError } from "../../chain/genesisError.ts";
import { expectAddress, expectArray, expectBool, expectCoins, expectObject, expectString, expectUint } from "../../chain/genesisJson.ts";
import { formatRfc3339, fromTimestamp, parseRfc3339, toTimestamp } from "../../chain/timestamp.ts";
import { optionsToProto, validOptions } from "./votes.ts";

/**
 * Proposals, deposits and votes in genesis JSON: the SDK's field names; a proposal's messages as
 * `{type_url, value}` with the protobuf value in base64 (the SDK writes them as `@type` JSON,
 * which needs every message's JSON codec; this form round-trips any message exactly).
 */
export interface ProposalJson {
  id: string;
  messages: { type_url: string; value: string }[];
  status: string;
  final_tally_result: { yes_count: string; abstain_count: string; no_count: string; no_with_veto_count: string };
  submit_time: string;
  deposit_end_time: string;
  total_deposit: { denom: string; amount: string }[];
  voting_start_time: string | null;
  voting_end_time: string | null;
  metadata: string;
  title: string;
  summary: string;
  proposer: string;
  expedited: boolean;
  failed_reason: string;
}

export interface DepositJson {
  proposal_id: string;
  depositor: string;
  amount: { denom: string; amount: string }[];
}

export interface VoteJson {
  proposal_id: string;
  voter: string;
  options: { option: string; weight: string }[];
  metadata: string;
}

const time = (t: { seconds: bigint; nanos: number } | undefined) => (t ? formatRfc3339(fromTimestamp(t)) : null);
const coinsJson = (c: readonly { denom: string; amount: string }[]) => c.map((x) => ({ denom: x.denom, amount: x.amount }));

export function proposalToJson(p: Proposal): ProposalJson {
  const t = p.finalTallyResult;
  return {
    id: p.id.toString(),
    messages: p.messages.map((m) => ({ type_url: m.typeUrl, value: toBase64(m.value) })),
    status: proposalStatusToJSON(p.status),
    final_tally_result: { yes_count: t?.yesCount ?? "0", abstain_count: t?.abstainCount ?? "0", no_count: t?.noCount ?? "0", no_with_veto_count: t?.noWithVetoCount ?? "0" },
    submit_time: time(p.submitTime) ?? "",
    deposit_end_time: time(p.depositEndTime) ?? "",
    total_deposit: coinsJson(p.totalDeposit),
    voting_start_time: time(p.votingStartTime),
    voting_end_time: time(p.votingEndTime),
    metadata: p.metadata,
    title: p.title,
    summary: p.summary,
    proposer: p.proposer,
    expedited: p.expedited,
    failed_reason: p.failedReason,
  };
}

function timeField(v: unknown, field: string, optional: boolean) {
  if (optional && (v === null || v === undefined)) return undefined;
  const s = expectString(v, field);
  try {
    return toTimestamp(parseRfc3339(s, field));
  } catch {
    throw new GenesisError(field, `${JSON.stringify(s)} is not an RFC 3339 time`);
  }
}

const wireCoins = (v: unknown, field: string) => expectCoins(v, field).map((c) => ({ denom: c.denom, amount: c.amount.toString() }));

export function proposalFromJson(v: unknown, f: string): Proposal {
  const o = expectObject(v, f);
  const status = proposalStatusFromJSON(expectString(o.status, `${f}.status`));
  if (status === ProposalStatus.UNRECOGNIZED || status === ProposalStatus.PROPOSAL_STATUS_UNSPECIFIED) throw new GenesisError(`${f}.status`, `unknown status ${JSON.stringify(o.status)}`);
  const tally = o.final_tally_result === undefined ? {} : expectObject(o.final_tally_result, `${f}.final_tally_result`);
  const count = (k: string) => (tally[k] === undefined ? "0" : expectUint(tally[k], `${f}.final_tally_result.${k}`).toString());
  const messages = expectArray(o.messages, `${f}.messages`).map((m, i) => {
    const mo = expectObject(m, `${f}.messages[${i}]`);
    const value = expectString(mo.value, `${f}.messages[${i}].value`);
    let bytes: Uint8Array;
    try {
      bytes = fromBase64(value);
    } catch {
      throw new GenesisError(`${f}.messages[${i}].value`, "not base64");
    }
    return { typeUrl: expectString(mo.type_url, `${f}.messages[${i}].type_url`), value: bytes };
  });
  const str = (k: string) => (o[k] === undefined ? "" : expectString(o[k], `${f}.${k}`));
  return {
    id: expectUint(o.id, `${f}.id`),
    messages,
    status,
    finalTallyResult: { yesCount: count("yes_count"), abstainCount: count("abstain_count"), noCount: count("no_count"), noWithVetoCount: count("no_with_veto_count") },
    submitTime: timeField(o.submit_time, `${f}.submit_time`, false),
    depositEndTime: timeField(o.deposit_end_time, `${f}.deposit_end_time`, false),
    totalDeposit: wireCoins(o.total_deposit, `${f}.total_deposit`),
    votingStartTime: timeField(o.voting_start_time, `${f}.voting_start_time`, true),
    votingEndTime: timeField(o.voting_end_time, `${f}.voting_end_time`, status !== ProposalStatus.PROPOSAL_STATUS_VOTING_PERIOD),
    metadata: str("metadata"),
    title: str("title"),
    summary: str("summary"),
    proposer: str("proposer"),
    expedited: o.expedited === undefined ? false : expectBool(o.expedited, `${f}.expedited`),
    failedReason: str("failed_reason"),
  };
}

export function depositToJson(d: Deposit): DepositJson {
  return { proposal_id: d.proposalId.toString(), depositor: d.depositor, amount: coinsJson(d.amount) };
}

export function depositFromJson(v: unknown, f: string): Deposit {
  const o = expectObject(v, f);
  expectAddress(o.depositor, `${f}.depositor`);
  return { proposalId: expectUint(o.proposal_id, `${f}.proposal_id`), depositor: o.depositor as string, amount: wireCoins(o.amount, `${f}.amount`) };
}

export function voteToJson(v: Vote): VoteJson {
  return { proposal_id: v.proposalId.toString(), voter: v.voter, options: v.options.map((o) => ({ option: ["", "VOTE_OPTION_YES", "VOTE_OPTION_ABSTAIN", "VOTE_OPTION_NO", "VOTE_OPTION_NO_WITH_VETO"][o.option] ?? "", weight: o.weight })), metadata: v.metadata };
}

const OPTION_NUMBERS: Record<string, number> = { VOTE_OPTION_YES: 1, VOTE_OPTION_ABSTAIN: 2, VOTE_OPTION_NO: 3, VOTE_OPTION_NO_WITH_VETO: 4 };

export function voteFromJson(v: unknown, f: string): Vote {
  const o = expectObject(v, f);
  expectAddress(o.voter, `${f}.voter`);
  const raw = expectArray(o.options, `${f}.options`).map((x, i) => {
    const xo = expectObject(x, `${f}.options[${i}]`);
    const name = expectString(xo.option, `${f}.options[${i}].option`);
    const option = OPTION_NUMBERS[name];
    if (option === undefined) throw new GenesisError(`${f}.options[${i}].option`, `unknown vote option ${JSON.stringify(name)}`);
    return { option, weight: expectString(xo.weight, `${f}.options[${i}].weight`) };
  });
  let options;
  try {
    options = validOptions(raw, "dotted");
  } catch (e) {
    throw new GenesisError(`${f}.options`, (e as Error).message);
  }
  return { proposalId: expectUint(o.proposal_id, `${f}.proposal_id`), voter: o.voter as string, options: optionsToProto(options), metadata: o.metadata === undefined ? "" : expectString(o.metadata, `${f}.metadata`) };
}
