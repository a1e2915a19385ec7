import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import * as pb from "../../proto/gen/tributary/datanet/v1/index.ts";
import type { Context } from "../../chain/context.ts";
import { sdkErrors } from "../../chain/errors.ts";
import { equalBytes, readU64be } from "../../chain/keys.ts";
import type { QueryHandler } from "../../chain/module.ts";
import { queryService } from "../../chain/queryService.ts";
import { addressArg, decodeRequest, pageRequestIn, pageResponseOut } from "../../chain/queryArgs.ts";
import { paginate, paginateFiltered } from "../../chain/pagination.ts";
import {
  contributionOut, contributorCountersOut, countersOut, datanetOut, decodeContribution, decodeDatanet, decodeVersion,
  paramsOut, sequenceOut, u64, versionOut,
} from "./codec.ts";
import { datanetErrors } from "./errors.ts";
import type { DatanetKeeper } from "./keeper.ts";
import { datanetKeys } from "./keys.ts";
import { contributorStats } from "./stats.ts";
import { type Contribution, CONTRIBUTION_STATUS_NAMES, type DatanetVersion } from "./types.ts";
import { encode } from "../../proto/codec.ts";


const request = decodeRequest;
const pageIn = pageRequestIn;
const pageOut = pageResponseOut;
const addrArg = addressArg;

function idArg(v: Parameters<typeof u64>[0], field: string): bigint {
  const id = u64(v);
  if (id === 0n) throw sdkErrors.invalidRequest.wrap(`${field} must be set (ids start at 1)`);
  return id;
}

/** gRPC-style queries of the datanet module; every list is paginated in key (id) order. */
export function datanetQueries(keeper: DatanetKeeper): QueryHandler[] {
  const mustContribution = (ctx: Context, id: bigint): Contribution => {
    const c = keeper.getContribution(ctx.kv, id);
    if (!c) throw datanetErrors.contributionNotFound.wrap(`contribution ${id} does not exist`);
    return c;
  };
  const mustVersion = (ctx: Context, dn: bigint, n: bigint): DatanetVersion => {
    keeper.mustGetDatanet(ctx.kv, dn);
    const number = n === 0n ? keeper.getCounters(ctx.kv, dn).latestVersion : n;
    const v = number === 0n ? undefined : keeper.getVersion(ctx.kv, dn, number);
    if (!v) throw datanetErrors.versionNotFound.wrap(n === 0n ? `datanet ${dn} has no published version` : `datanet ${dn} has no version ${n}`);
    return v;
  };
  const contributionAt = (ctx: Context, id: bigint) => keeper.getContribution(ctx.kv, id)!;

  return queryService(pb.Query, {
    params: (ctx) => encode(pb.QueryParamsResponseSchema, { params: paramsOut(keeper.getParams(ctx.kv)) }),
    datanet: (ctx, data) => {
      const req = request(pb.QueryDatanetRequestSchema, data, "QueryDatanetRequest");
      const d = keeper.mustGetDatanet(ctx.kv, idArg(req.id, "id"));
      return encode(pb.QueryDatanetResponseSchema, { datanet: datanetOut(d), counters: countersOut(keeper.getCounters(ctx.kv, d.id)) });
    },
    datanets: async (ctx, data) => {
      const req = request(pb.QueryDatanetsRequestSchema, data, "QueryDatanetsRequest");
      const owner = req.owner ? addrArg(req.owner, "owner") : undefined;
      const page = pageIn(req.pagination);
      const load = (k: Uint8Array) => keeper.getDatanet(ctx.kv, readU64be(k, k.length - 8))!;
      const { items, pagination } = req.tag
        ? await paginateFiltered(ctx.kv, datanetKeys.byTag(req.tag), page, (k) => {
          const d = load(k);
          return owner && d.owner !== req.owner ? undefined : d;
        })
        : owner
          ? await paginate(ctx.kv, datanetKeys.byOwner(owner), page, load)
          : await paginate(ctx.kv, datanetKeys.datanetPrefix, page, (_k, v) => decodeDatanet(v));
      return encode(pb.QueryDatanetsResponseSchema, { datanets: items.map(datanetOut), pagination: pageOut(pagination) });
    },
    contribution: (ctx, data) => {
      const req = request(pb.QueryContributionRequestSchema, data, "QueryContributionRequest");
      return encode(pb.QueryContributionResponseSchema, { contribution: contributionOut(mustContribution(ctx, idArg(req.id, "id"))) });
    },
    contributions: async (ctx, data) => {
      const req = request(pb.QueryContributionsRequestSchema, data, "QueryContributionsRequest");
      const dn = u64(req.datanetId);
      const status = req.status ?? 0;
      if (status < 0 || status >= CONTRIBUTION_STATUS_NAMES.length) throw sdkErrors.invalidRequest.wrap(`unknown contribution status ${status}`);
      const who = req.contributor ? addrArg(req.contributor, "contributor") : undefined;
      const keep = (c: Contribution) =>
        (dn === 0n || c.datanetId === dn) && (status === 0 || CONTRIBUTION_STATUS_NAMES[status] === c.status) && (!who || c.contributor === req.contributor) ? c : undefined;
      const page = pageIn(req.pagination);
      const byId = (k: Uint8Array) => keep(contributionAt(ctx, readU64be(k, k.length - 8)));
      // The narrowest index that covers the filters; the rest filter per entry.
      const { items, pagination } = who
        ? await paginateFiltered(ctx.kv, datanetKeys.byContributor(who), page, byId)
        : dn !== 0n && status !== 0
          ? await paginateFiltered(ctx.kv, datanetKeys.byDatanetStatus(dn, status), page, byId)
          : dn !== 0n
            ? await paginateFiltered(ctx.kv, datanetKeys.byDatanetAll(dn), page, byId)
            : await paginateFiltered(ctx.kv, datanetKeys.contributionPrefix, page, (_k, v) => keep(decodeContribution(v)));
      return encode(pb.QueryContributionsResponseSchema, { contributions: items.map(contributionOut), pagination: pageOut(pagination) });
    },
    contributionContent: (ctx, data) => {
      const req = request(pb.QueryContributionContentRequestSchema, data, "QueryContributionContentRequest");
      const c = mustContribution(ctx, idArg(req.id, "id"));
      const hash = bytesToHex(c.contentHash);
      const body = keeper.content?.get(c.contentHash);
      if (!body) {
        throw datanetErrors.contentNotFound.wrap(
          `NotFound: this node has no body for contribution ${c.id} (content hash ${hash}); a node that replayed the block at height ${c.height}, or imported a genesis with its contents, can serve it`,
        );
      }
      if (!equalBytes(sha256(body), c.contentHash)) {
        throw datanetErrors.contentNotFound.wrap(`NotFound: this node's stored body for contribution ${c.id} does not hash to ${hash}; its content store is damaged`);
      }
      return encode(pb.QueryContributionContentResponseSchema, { contentHash: c.contentHash, body });
    },
    tokenSequence: (ctx, data) => {
      const req = request(pb.QueryTokenSequenceRequestSchema, data, "QueryTokenSequenceRequest");
      const c = mustContribution(ctx, idArg(req.contributionId, "contribution_id"));
      const s = keeper.getSequence(ctx.kv, c.id)!;
      return encode(pb.QueryTokenSequenceResponseSchema, { sequence: sequenceOut(s) });
    },
    version: (ctx, data) => {
      const req = request(pb.QueryVersionRequestSchema, data, "QueryVersionRequest");
      const v = mustVersion(ctx, idArg(req.datanetId, "datanet_id"), u64(req.number));
      return encode(pb.QueryVersionResponseSchema, { version: versionOut(v) });
    },
    versions: async (ctx, data) => {
      const req = request(pb.QueryVersionsRequestSchema, data, "QueryVersionsRequest");
      const dn = keeper.mustGetDatanet(ctx.kv, idArg(req.datanetId, "datanet_id")).id;
      const { items, pagination } = await paginate(ctx.kv, datanetKeys.versions(dn), pageIn(req.pagination), (_k, v) => decodeVersion(v));
      return encode(pb.QueryVersionsResponseSchema, { versions: items.map(versionOut), pagination: pageOut(pagination) });
    },
    versionContributions: async (ctx, data) => {
      const req = request(pb.QueryVersionContributionsRequestSchema, data, "QueryVersionContributionsRequest");
      const v = mustVersion(ctx, idArg(req.datanetId, "datanet_id"), u64(req.number));
      const { items, pagination } = await paginateFiltered(ctx.kv, datanetKeys.positions(v.datanetId), pageIn(req.pagination), (k, val) =>
        readU64be(k) < v.recordCount ? readU64be(val) : undefined,
      );
      return encode(pb.QueryVersionContributionsResponseSchema, { contributionIds: items, pagination: pageOut(pagination) });
    },
    vocabulary: async (ctx, data) => {
      const req = request(pb.QueryVocabularyRequestSchema, data, "QueryVocabularyRequest");
      const prefix = datanetKeys.words(keeper.mustGetDatanet(ctx.kv, idArg(req.datanetId, "datanet_id")).id);
      const dec = new TextDecoder();
      const { items, pagination } = await paginate(ctx.kv, prefix, pageIn(req.pagination), (k, v) => ({
        word: dec.decode(k),
        id: new DataView(v.buffer, v.byteOffset, 4).getUint32(0),
      }));
      return encode(pb.QueryVocabularyResponseSchema, { words: items, pagination: pageOut(pagination) });
    },
    contributorStats: async (ctx, data) => {
      const req = request(pb.QueryContributorStatsRequestSchema, data, "QueryContributorStatsRequest");
      const who = addrArg(req.contributor, "contributor");
      const dn = u64(req.datanetId);
      if (dn !== 0n) keeper.mustGetDatanet(ctx.kv, dn);
      const { stats, acceptanceRateBps } = await contributorStats(ctx, keeper, who, dn);
      return encode(pb.QueryContributorStatsResponseSchema, { stats: contributorCountersOut(stats), acceptanceRateBps });
    },
  });
}
