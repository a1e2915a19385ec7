/**
 * The queries `tributary … attribution` needs, over a node's RPC: the attribution module's
 * (`/tributary.attribution.v1.Query/…`), the datanet vocabulary, and account numbers (the
 * contributor numbers of the indexes). Values come back as the module's own types, so the
 * shared chain code (documents.ts, compute.ts) runs on them unchanged.
 */
import { create } from "@bufbuild/protobuf";
import { accountFromAny, createProtobufRpcClient, QueryClient, setupAuthExtension } from "@cosmjs/stargate";
import type { Comet38Client } from "@cosmjs/tendermint-rpc";
import * as pb from "../../../proto/gen/tributary/attribution/v1/index.ts";
import * as dpb from "../../../proto/gen/tributary/datanet/v1/index.ts";
import { type DatanetQueries, setupDatanetExtension } from "../../../client/datanetQueries.ts";
import { setupInferenceExtension } from "../../../client/inferenceQueries.ts";
import { type Rules, SCHEDULE_KEY as RULES_SCHEDULE_KEY, rulesAt } from "../../../chain/rules.ts";
import { commitmentIn, manifestOut, paramsIn, recordIn } from "../../../modules/attribution/codec.ts";
import type { AttributionModuleParams, AttributionRecord, IndexCommitment, ManifestEntry } from "../../../modules/attribution/types.ts";
import { resolveNode } from "../common.ts";
import { queryError } from "../datanet/connect.ts";
import { UserError } from "../errors.ts";
import { connectComet, onNode } from "../rpcClients.ts";
import { decode, encode } from "../../../proto/codec.ts";

const SERVICE = "tributary.attribution.v1.Query";

export interface RecordsPage {
  records: AttributionRecord[];
  nextKey: Uint8Array | undefined;
}

export interface AttributionChain {
  params(): Promise<AttributionModuleParams>;
  commitment(datanetId: bigint, version: bigint): Promise<IndexCommitment>;
  record(id: bigint): Promise<AttributionRecord>;
  recordsByContributor(address: string, key?: Uint8Array): Promise<RecordsPage>;
  recordsByContribution(id: bigint, key?: Uint8Array): Promise<RecordsPage>;
  attribute(manifest: ManifestEntry[], output: string, prompt: string): Promise<{ record: AttributionRecord; gas: bigint }>;
  /** A datanet's whole vocabulary (every page). PERF: O(vocabulary) over the wire. */
  vocabulary(datanetId: bigint): Promise<Map<string, number>>;
  accountNumber(address: string): Promise<bigint | undefined>;
  /** The denom of inference fees, in which records credit contributors (text output names it). */
  feeDenom(): Promise<string>;
  /** The consensus rules version the block at `height` ran (the chain's rules schedule, chain/rules.ts). */
  rulesAt(height: bigint): Promise<Rules>;
  datanet: DatanetQueries;
}

const PAGE = 1000;

export function attributionChain(comet: Comet38Client): AttributionChain {
  const base = QueryClient.withExtensions(comet, setupDatanetExtension, setupAuthExtension, setupInferenceExtension);
  const rpc = createProtobufRpcClient(base);
  const call = (method: string, data: Uint8Array) => rpc.request(SERVICE, method, data);
  const page = (r: pb.QueryRecordsResponse): RecordsPage => ({
    records: r.records.map(recordIn),
    nextKey: r.pagination?.nextKey && r.pagination.nextKey.length > 0 ? r.pagination.nextKey : undefined,
  });
  return {
    datanet: base.datanet,
    async feeDenom() {
      return (await base.inference.params()).feeDenom;
    },
    async rulesAt(height) {
      // The latest schedule is enough: a switch is appended, never rewritten, so it still says
      // which version ran at every past height (and an empty value means version 1 throughout).
      const { value } = await base.queryAbci("/store/key", RULES_SCHEDULE_KEY);
      return rulesAt({ get: () => (value.length > 0 ? value : undefined) }, height);
    },
    async params() {
      return paramsIn(decode(pb.QueryParamsResponseSchema, await call("Params", encode(pb.QueryParamsRequestSchema, {}))).params ?? create(pb.ParamsSchema));
    },
    async commitment(datanetId, version) {
      const req = encode(pb.QueryCommitmentRequestSchema, { datanetId: datanetId, version: version });
      return commitmentIn(decode(pb.QueryCommitmentResponseSchema, await call("Commitment", req)).commitment ?? create(pb.IndexCommitmentSchema));
    },
    async record(id) {
      const r = decode(pb.QueryRecordResponseSchema, await call("Record", encode(pb.QueryRecordRequestSchema, { id: id })));
      if (!r.record) throw new UserError(`the node returned no attribution record for id ${id}`);
      return recordIn(r.record);
    },
    async recordsByContributor(contributor, key) {
      const req = encode(pb.QueryRecordsByContributorRequestSchema, { contributor, pagination: { key, limit: BigInt(PAGE) } });
      return page(decode(pb.QueryRecordsResponseSchema, await call("RecordsByContributor", req)));
    },
    async recordsByContribution(id, key) {
      const req = encode(pb.QueryRecordsByContributionRequestSchema, { contributionId: id, pagination: { key, limit: BigInt(PAGE) } });
      return page(decode(pb.QueryRecordsResponseSchema, await call("RecordsByContribution", req)));
    },
    async attribute(manifest, output, prompt) {
      const req = encode(pb.QueryAttributeRequestSchema, { manifest: manifestOut(manifest), output, prompt });
      const r = decode(pb.QueryAttributeResponseSchema, await call("Attribute", req));
      return { record: recordIn(r.record ?? create(pb.AttributionRecordSchema)), gas: BigInt(String(r.gas ?? 0)) };
    },
    async vocabulary(datanetId) {
      const words = new Map<string, number>();
      let key: Uint8Array | undefined;
      do {
        const req = encode(dpb.QueryVocabularyRequestSchema, { datanetId: datanetId, pagination: { key, limit: BigInt(PAGE) } });
        const r = decode(dpb.QueryVocabularyResponseSchema, await rpc.request("tributary.datanet.v1.Query", "Vocabulary", req));
        for (const w of r.words) words.set(w.word ?? "", w.id ?? 0);
        key = r.pagination?.nextKey && r.pagination.nextKey.length > 0 ? r.pagination.nextKey : undefined;
      } while (key);
      return words;
    },
    async accountNumber(address) {
      const any = await base.auth.account(address);
      return any ? BigInt(accountFromAny(any).accountNumber) : undefined;
    },
  };
}

/** Runs `fn` against the node (--node, else the home's RPC); node errors become one-line UserErrors. */
export async function withAttributionChain<T>(o: { node?: string; home: string }, fn: (c: AttributionChain) => Promise<T>): Promise<T> {
  const url = resolveNode(o);
  const comet = await connectComet(url);
  try {
    return await onNode(url, () => fn(attributionChain(comet)));
  } catch (e) {
    throw queryError(e);
  } finally {
    comet.disconnect();
  }
}

/** Every record of a paged list. */
export async function allRecords(fetch: (key?: Uint8Array) => Promise<RecordsPage>): Promise<AttributionRecord[]> {
  const out: AttributionRecord[] = [];
  let key: Uint8Array | undefined;
  do {
    const p = await fetch(key);
    out.push(...p.records);
    key = p.nextKey;
  } while (key);
  return out;
}
