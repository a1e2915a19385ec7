/**
 * The datanet module's queries as a CosmJS QueryClient extension
 * (`QueryClient.withExtensions(comet, setupDatanetExtension)`), at the gRPC method paths
 * /tributary.datanet.v1.Query/<Method>. Lists take a page (key or offset, limit) and return
 * the next key; `allPages` walks them.
 */
import { createProtobufRpcClient, type QueryClient } from "@cosmjs/stargate";
import * as pb from "../proto/gen/tributary/datanet/v1/index.ts";
import { addressToBytes } from "./address.ts";
import {
  CONTRIBUTION_STATUSES, type Contribution, type ContributionStatusName, type ContributorCounters, type Datanet,
  type DatanetCounters, type DatanetParams, type DatanetVersion, type TokenSequence, contributionIn, contributorCountersIn,
  bytesIn, countersIn, datanetIn, paramsIn, sequenceIn, u64In, u64Out, versionIn,
} from "./datanetTypes.ts";
import { TributaryClientError } from "./errors.ts";
import { decode, encode, type PageRequestMsg, type PageResponseMsg } from "../proto/codec.ts";

const SERVICE = "tributary.datanet.v1.Query";

type Id = bigint | number | string;

export interface PageRequest {
  /** `nextKey` of the previous page. */
  key?: Uint8Array;
  offset?: bigint | number;
  limit?: bigint | number;
  countTotal?: boolean;
  reverse?: boolean;
}

export interface Page<T> {
  items: T[];
  /** Undefined on the last page. */
  nextKey: Uint8Array | undefined;
  /** With `countTotal` on the first page: the number of matches. */
  total: bigint;
}

export interface DatanetsFilter {
  tag?: string;
  owner?: string;
}

export interface ContributionsFilter {
  datanetId?: Id;
  status?: ContributionStatusName;
  contributor?: string;
}

export interface DatanetQueries {
  params(): Promise<DatanetParams>;
  datanet(id: Id): Promise<{ datanet: Datanet; counters: DatanetCounters }>;
  datanets(filter?: DatanetsFilter, page?: PageRequest): Promise<Page<Datanet>>;
  contribution(id: Id): Promise<Contribution>;
  contributions(filter?: ContributionsFilter, page?: PageRequest): Promise<Page<Contribution>>;
  /** The stored body, from the queried node's content store. */
  contributionContent(id: Id): Promise<{ contentHash: Uint8Array; body: Uint8Array }>;
  tokenSequence(contributionId: Id): Promise<TokenSequence>;
  /** number 0 (default): the latest version. */
  version(datanetId: Id, number?: Id): Promise<DatanetVersion>;
  versions(datanetId: Id, page?: PageRequest): Promise<Page<DatanetVersion>>;
  versionContributions(datanetId: Id, number?: Id, page?: PageRequest): Promise<Page<bigint>>;
  /** datanetId 0 (default): over every datanet. */
  contributorStats(contributor: string, datanetId?: Id): Promise<{ stats: ContributorCounters; acceptanceRateBps: number }>;
}

export interface DatanetExtension {
  readonly datanet: DatanetQueries;
}

/** A page request as the wire's PageRequest (one copy for every client query extension). */
export function pageOut(p: PageRequest | undefined): PageRequestMsg | undefined {
  if (!p) return undefined;
  return {
    key: p.key,
    offset: p.offset === undefined ? undefined : u64Out(BigInt(p.offset)),
    limit: p.limit === undefined ? undefined : u64Out(BigInt(p.limit)),
    countTotal: p.countTotal,
    reverse: p.reverse,
  };
}

export function pageIn<T>(items: T[], p: PageResponseMsg | undefined): Page<T> {
  const next = p?.nextKey;
  return { items, nextKey: next && next.length > 0 ? next : undefined, total: u64In(p?.total) };
}

function address(a: string): string {
  addressToBytes(a);
  return a;
}

function statusNumber(s: ContributionStatusName | undefined): number {
  if (s === undefined) return 0;
  const n = CONTRIBUTION_STATUSES.indexOf(s);
  if (n <= 0) throw new TributaryClientError("VALUE_INVALID", `unknown contribution status "${s}"`, { hint: "PENDING, ACCEPTED, REJECTED or WITHDRAWN" });
  return n;
}

export function setupDatanetExtension(base: QueryClient): DatanetExtension {
  const rpc = createProtobufRpcClient(base);
  const call = (method: string, data: Uint8Array) => rpc.request(SERVICE, method, data);
  return {
    datanet: {
      async params() {
        return paramsIn(decode(pb.QueryParamsResponseSchema, await call("Params", encode(pb.QueryParamsRequestSchema, {}))).params);
      },
      async datanet(id) {
        const r = decode(pb.QueryDatanetResponseSchema, await call("Datanet", encode(pb.QueryDatanetRequestSchema, { id: u64Out(id) })));
        if (!r.datanet) throw new TributaryClientError("QUERY_FAILED", `the node returned no datanet for id ${id}`);
        return { datanet: datanetIn(r.datanet), counters: countersIn(r.counters) };
      },
      async datanets(filter = {}, page) {
        const req = { tag: filter.tag ?? "", owner: filter.owner ? address(filter.owner) : "", pagination: pageOut(page) };
        const r = decode(pb.QueryDatanetsResponseSchema, await call("Datanets", encode(pb.QueryDatanetsRequestSchema, req)));
        return pageIn(r.datanets.map(datanetIn), r.pagination);
      },
      async contribution(id) {
        const r = decode(pb.QueryContributionResponseSchema, await call("Contribution", encode(pb.QueryContributionRequestSchema, { id: u64Out(id) })));
        if (!r.contribution) throw new TributaryClientError("QUERY_FAILED", `the node returned no contribution for id ${id}`);
        return contributionIn(r.contribution);
      },
      async contributions(filter = {}, page) {
        const req = {
          datanetId: u64Out(filter.datanetId ?? 0),
          status: statusNumber(filter.status),
          contributor: filter.contributor ? address(filter.contributor) : "",
          pagination: pageOut(page),
        };
        const r = decode(pb.QueryContributionsResponseSchema, await call("Contributions", encode(pb.QueryContributionsRequestSchema, req)));
        return pageIn(r.contributions.map(contributionIn), r.pagination);
      },
      async contributionContent(id) {
        const r = decode(pb.QueryContributionContentResponseSchema, 
          await call("ContributionContent", encode(pb.QueryContributionContentRequestSchema, { id: u64Out(id) })),
        );
        return { contentHash: bytesIn(r.contentHash), body: bytesIn(r.body) };
      },
      async tokenSequence(contributionId) {
        const req = encode(pb.QueryTokenSequenceRequestSchema, { contributionId: u64Out(contributionId) });
        return sequenceIn(decode(pb.QueryTokenSequenceResponseSchema, await call("TokenSequence", req)).sequence);
      },
      async version(datanetId, number = 0) {
        const req = encode(pb.QueryVersionRequestSchema, { datanetId: u64Out(datanetId), number: u64Out(number) });
        const r = decode(pb.QueryVersionResponseSchema, await call("Version", req));
        if (!r.version) throw new TributaryClientError("QUERY_FAILED", `the node returned no version ${number} of datanet ${datanetId}`);
        return versionIn(r.version);
      },
      async versions(datanetId, page) {
        const req = encode(pb.QueryVersionsRequestSchema, { datanetId: u64Out(datanetId), pagination: pageOut(page) });
        const r = decode(pb.QueryVersionsResponseSchema, await call("Versions", req));
        return pageIn(r.versions.map(versionIn), r.pagination);
      },
      async versionContributions(datanetId, number = 0, page) {
        const req = encode(pb.QueryVersionContributionsRequestSchema, { datanetId: u64Out(datanetId), number: u64Out(number), pagination: pageOut(page) });
        const r = decode(pb.QueryVersionContributionsResponseSchema, await call("VersionContributions", req));
        return pageIn(r.contributionIds.map(u64In), r.pagination);
      },
      async contributorStats(contributor, datanetId = 0) {
        const req = encode(pb.QueryContributorStatsRequestSchema, { contributor: address(contributor), datanetId: u64Out(datanetId) });
        const r = decode(pb.QueryContributorStatsResponseSchema, await call("ContributorStats", req));
        return { stats: contributorCountersIn(r.stats), acceptanceRateBps: r.acceptanceRateBps ?? 0 };
      },
    },
  };
}

/**
 * Every item of a paginated list: calls `fetch` with each next key until the last page.
 * `pageSize` items per request (default 100).
 */
export async function allPages<T>(fetch: (page: PageRequest) => Promise<Page<T>>, pageSize = 100): Promise<T[]> {
  const out: T[] = [];
  let key: Uint8Array | undefined;
  do {
    const page = await fetch({ key, limit: pageSize });
    out.push(...page.items);
    key = page.nextKey;
  } while (key !== undefined);
  return out;
}
