/**
 * Typed builders for the datanet module's messages (EncodeObjects CosmJS signs with the
 * registry of registry.ts) and decoders of their responses from a DeliverTxResponse.
 */
import type { EncodeObject } from "@cosmjs/proto-signing";
import type { Coin, DeliverTxResponse } from "@cosmjs/stargate";
import * as pb from "../proto/gen/tributary/datanet/v1/index.ts";
import { addressToBytes } from "./address.ts";
import { TributaryClientError } from "./errors.ts";
import type { TributaryTypeEntry } from "./registry.ts";
import { notUtf8Reason } from "./unicode.ts";
import {
  CONTRIBUTION_STATUSES, CURATION_POLICIES, type ContributionStatusName, type CurationPolicyName, DATANET_STATUSES,
  type DatanetMetadata, type DatanetStatusName, type KeyValue, type RecordLimits, bytesIn, u64In, u64Out,
} from "./datanetTypes.ts";
import { decode, encode } from "../proto/codec.ts";

const PREFIX = "/tributary.datanet.v1.";

export const DATANET_MSG_TYPE_URLS = {
  createDatanet: `${PREFIX}MsgCreateDatanet`,
  updateDatanet: `${PREFIX}MsgUpdateDatanet`,
  contribute: `${PREFIX}MsgContribute`,
  reviewContribution: `${PREFIX}MsgReviewContribution`,
  withdrawContribution: `${PREFIX}MsgWithdrawContribution`,
  publishVersion: `${PREFIX}MsgPublishVersion`,
} as const;

/** The datanet messages, for `createTributaryRegistry` (registered there by default). */
export const DATANET_TYPES: readonly TributaryTypeEntry[] = [
  [DATANET_MSG_TYPE_URLS.createDatanet, pb.MsgCreateDatanetSchema],
  [DATANET_MSG_TYPE_URLS.updateDatanet, pb.MsgUpdateDatanetSchema],
  [DATANET_MSG_TYPE_URLS.contribute, pb.MsgContributeSchema],
  [DATANET_MSG_TYPE_URLS.reviewContribution, pb.MsgReviewContributionSchema],
  [DATANET_MSG_TYPE_URLS.withdrawContribution, pb.MsgWithdrawContributionSchema],
  [DATANET_MSG_TYPE_URLS.publishVersion, pb.MsgPublishVersionSchema],
];

type Id = bigint | number | string;

/** How a datanet takes contributions (replaced as a whole by an update). */
export interface DatanetPolicyInput {
  curation: CurationPolicyName;
  piiRedaction?: boolean;
  /** Per record of a CURATED datanet: "1000utrib" or a Coin. */
  contributionDeposit?: Coin | string;
  limits?: Partial<RecordLimits>;
}

export interface CreateDatanetInput {
  metadata: Partial<DatanetMetadata> & { name: string };
  policy: DatanetPolicyInput;
  curators?: string[];
}

/** Each field given replaces the datanet's; at least one is needed. */
export interface UpdateDatanetInput {
  metadata?: Partial<DatanetMetadata> & { name: string };
  policy?: DatanetPolicyInput;
  curators?: string[];
  status?: DatanetStatusName;
}

/** One record: the body (UTF-8 text or its bytes) and optional metadata. */
export interface RecordInput {
  body: Uint8Array | string;
  title?: string;
  source?: string;
  licence?: string;
  extra?: KeyValue[] | Record<string, string>;
}

const utf8 = new TextEncoder();

function id(v: Id, what: string): bigint {
  try {
    const s = u64Out(v);
    if (s === 0n) throw new RangeError("ids start at 1");
    return s;
  } catch (e) {
    throw new TributaryClientError("VALUE_INVALID", `${what} ${String(v)} is not a valid id`, { hint: "ids are positive integers (uint64)", cause: e });
  }
}

function address(a: string): string {
  addressToBytes(a);
  return a;
}

/** "100utrib" or a Coin, as a Coin; one coin only. */
export function coinInput(c: Coin | string): Coin {
  if (typeof c !== "string") return c;
  const m = /^([0-9]+)([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/.exec(c.trim());
  if (!m) throw new TributaryClientError("VALUE_INVALID", `invalid coin "${c}"`, { hint: 'write one coin as amount and denom, e.g. "1000utrib"' });
  return { amount: BigInt(m[1]!).toString(), denom: m[2]! };
}

function metadataOut(m: Partial<DatanetMetadata> & { name: string }) {
  const texts: [string, string | undefined][] = [["name", m.name], ["description", m.description], ["licence", m.licence], ...(m.tags ?? []).map((t, i): [string, string] => [`tag ${i}`, t])];
  for (const [what, text] of texts) {
    const why = text === undefined ? undefined : notUtf8Reason(text);
    if (why) throw new TributaryClientError("VALUE_INVALID", `datanet ${what} is not valid Unicode text: ${why}`, { hint: "fix the text at its source; the chain stores it as UTF-8" });
  }
  return { name: m.name, tags: [...(m.tags ?? [])].sort(), description: m.description ?? "", licence: m.licence ?? "" };
}

function policyOut(p: DatanetPolicyInput) {
  const curation = CURATION_POLICIES.indexOf(p.curation);
  if (curation <= 0) throw new TributaryClientError("VALUE_INVALID", `unknown curation policy "${p.curation}"`, { hint: 'use "OPEN" or "CURATED"' });
  return {
    curation,
    piiRedaction: p.piiRedaction ?? false,
    contributionDeposit: p.contributionDeposit === undefined ? undefined : coinInput(p.contributionDeposit),
    limits: { minTokens: p.limits?.minTokens ?? 0, maxTokens: p.limits?.maxTokens ?? 0, maxBytes: p.limits?.maxBytes ?? 0 },
  };
}

export function msgCreateDatanet(owner: string, input: CreateDatanetInput): EncodeObject {
  return {
    typeUrl: DATANET_MSG_TYPE_URLS.createDatanet,
    value: { owner: address(owner), metadata: metadataOut(input.metadata), policy: policyOut(input.policy), curators: (input.curators ?? []).map(address) },
  };
}

export function msgUpdateDatanet(owner: string, datanetId: Id, input: UpdateDatanetInput): EncodeObject {
  if (!input.metadata && !input.policy && !input.curators && !input.status) {
    throw new TributaryClientError("VALUE_INVALID", "an update needs at least one of metadata, policy, curators or status");
  }
  return {
    typeUrl: DATANET_MSG_TYPE_URLS.updateDatanet,
    value: {
      owner: address(owner),
      datanetId: id(datanetId, "datanet"),
      metadata: input.metadata ? metadataOut(input.metadata) : undefined,
      policy: input.policy ? policyOut(input.policy) : undefined,
      curators: input.curators ? { addresses: input.curators.map(address) } : undefined,
      status: input.status ? DATANET_STATUSES.indexOf(input.status) : 0,
    },
  };
}

/** Refuses a string UTF-8 cannot carry unchanged (a lone surrogate), naming the record and field. */
function wellFormed(s: string, what: string, index: number): void {
  const why = notUtf8Reason(s);
  if (why) throw new TributaryClientError("VALUE_INVALID", `record ${index}: ${what} is not valid Unicode text: ${why}`, { hint: "fix the text at its source; the chain stores records as UTF-8" });
}

export function recordOut(r: RecordInput, index = 0) {
  const extra = Array.isArray(r.extra) ? r.extra : Object.entries(r.extra ?? {}).map(([key, value]) => ({ key, value }));
  if (typeof r.body === "string") wellFormed(r.body, "body", index);
  for (const f of ["title", "source", "licence"] as const) if (r[f] !== undefined) wellFormed(r[f], f, index);
  for (const kv of extra) {
    wellFormed(kv.key, "extra key", index);
    wellFormed(kv.value, `extra value of ${JSON.stringify(kv.key)}`, index);
  }
  return {
    body: typeof r.body === "string" ? utf8.encode(r.body) : r.body,
    title: r.title ?? "",
    source: r.source ?? "",
    licence: r.licence ?? "",
    extra: extra.map((kv) => ({ key: kv.key, value: kv.value })),
  };
}

export function msgContribute(contributor: string, datanetId: Id, records: readonly RecordInput[]): EncodeObject {
  if (records.length === 0) throw new TributaryClientError("VALUE_INVALID", "a contribution needs at least one record");
  return { typeUrl: DATANET_MSG_TYPE_URLS.contribute, value: { contributor: address(contributor), datanetId: id(datanetId, "datanet"), records: records.map((r, i) => recordOut(r, i)) } };
}

/** Protobuf size of a MsgContribute with these records (for batching under the tx size limit). */
export function msgContributeSize(contributor: string, datanetId: Id, records: readonly RecordInput[]): number {
  return encode(pb.MsgContributeSchema, msgContribute(contributor, datanetId, records).value).length;
}

export function msgReviewContribution(curator: string, contributionId: Id, accept: boolean, reason = ""): EncodeObject {
  if (!accept && reason.trim() === "") {
    throw new TributaryClientError("VALUE_INVALID", "a rejection needs a reason", { hint: "say why, e.g. \"off-topic\"; the contributor sees it" });
  }
  return { typeUrl: DATANET_MSG_TYPE_URLS.reviewContribution, value: { curator: address(curator), contributionId: id(contributionId, "contribution"), accept, reason } };
}

export function msgWithdrawContribution(contributor: string, contributionId: Id): EncodeObject {
  return { typeUrl: DATANET_MSG_TYPE_URLS.withdrawContribution, value: { contributor: address(contributor), contributionId: id(contributionId, "contribution") } };
}

export function msgPublishVersion(owner: string, datanetId: Id): EncodeObject {
  return { typeUrl: DATANET_MSG_TYPE_URLS.publishVersion, value: { owner: address(owner), datanetId: id(datanetId, "datanet") } };
}

export interface ContributionResult {
  contributionId: bigint;
  status: ContributionStatusName | "UNSPECIFIED";
  contentHash: Uint8Array;
  tokens: number;
  maskedTokens: number;
}

export interface PublishedVersion {
  number: bigint;
  merkleRoot: Uint8Array;
  recordCount: bigint;
}

/** The response value of the `index`-th message of type `typeUrl` in a delivered tx. */
function msgResponse(tx: DeliverTxResponse, typeUrl: string, index = 0): Uint8Array {
  const found = tx.msgResponses.filter((r) => r.typeUrl === typeUrl)[index];
  if (!found) throw new TributaryClientError("VALUE_INVALID", `transaction ${tx.transactionHash} has no ${typeUrl} (message ${index})`);
  return found.value;
}

export function createDatanetResponse(tx: DeliverTxResponse, index = 0): bigint {
  return u64In(decode(pb.MsgCreateDatanetResponseSchema, msgResponse(tx, `${PREFIX}MsgCreateDatanetResponse`, index)).datanetId);
}

/** One result per record, in record order. */
export function contributeResponse(tx: DeliverTxResponse, index = 0): ContributionResult[] {
  return contributeResults(msgResponse(tx, `${PREFIX}MsgContributeResponse`, index));
}

export function contributeResults(bytes: Uint8Array): ContributionResult[] {
  return decode(pb.MsgContributeResponseSchema, bytes).results.map((r) => ({
    contributionId: u64In(r.contributionId),
    status: CONTRIBUTION_STATUSES[r.status ?? 0] ?? "UNSPECIFIED",
    contentHash: bytesIn(r.contentHash),
    tokens: r.tokens ?? 0,
    maskedTokens: r.maskedTokens ?? 0,
  }));
}

export function publishVersionResponse(tx: DeliverTxResponse, index = 0): PublishedVersion {
  const r = decode(pb.MsgPublishVersionResponseSchema, msgResponse(tx, `${PREFIX}MsgPublishVersionResponse`, index));
  return { number: u64In(r.number), merkleRoot: bytesIn(r.merkleRoot), recordCount: u64In(r.recordCount) };
}
