import type { PageRequest as SdkPageRequest } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import * as pb from "../../proto/gen/tributary/attribution/v1/index.ts";
import type { Context } from "../../chain/context.ts";
import { readU64be } from "../../chain/keys.ts";
import type { QueryHandler } from "../../chain/module.ts";
import { queryService } from "../../chain/queryService.ts";
import { paginate } from "../../chain/pagination.ts";
import { addressArg, decodeRequest, pageRequestIn, pageResponseOut } from "../../chain/queryArgs.ts";
import { commitmentOut, manifestIn, paramsOut, recordOut, u64 } from "./codec.ts";
import { attributionErrors } from "./errors.ts";
import type { AttributionKeeper } from "./keeper.ts";
import { attributionKeys } from "./keys.ts";
import { checkTexts } from "./msgs.ts";
import type { AttributionRecord } from "./types.ts";
import { encode } from "../../proto/codec.ts";


const request = decodeRequest;
const pageIn = pageRequestIn;

export function attributionQueries(keeper: AttributionKeeper): QueryHandler[] {
  const recordsPage = async (ctx: Context, prefix: Uint8Array, page: SdkPageRequest | undefined) => {
    const { items, pagination } = await paginate(ctx.kv, prefix, page, (k) => readU64be(k));
    const records = items.map((id) => keeper.getRecord(ctx.kv, id)).filter((r): r is AttributionRecord => r !== undefined);
    return encode(pb.QueryRecordsResponseSchema, { records: records.map(recordOut), pagination: pageResponseOut(pagination) });
  };
  return queryService(pb.Query, {
    params: (ctx) => encode(pb.QueryParamsResponseSchema, { params: paramsOut(keeper.getParams(ctx.kv)) }),
    commitment: (ctx, data) => {
      const req = request(pb.QueryCommitmentRequestSchema, data, "QueryCommitmentRequest");
      const c = keeper.getCommitment(ctx.kv, u64(req.datanetId), u64(req.version));
      if (!c) throw attributionErrors.commitmentNotFound.wrap(`datanet ${u64(req.datanetId)} version ${u64(req.version)} has no index commitment`);
      return encode(pb.QueryCommitmentResponseSchema, { commitment: commitmentOut(c) });
    },
    record: (ctx, data) => {
      const id = u64(request(pb.QueryRecordRequestSchema, data, "QueryRecordRequest").id);
      const r = keeper.getRecord(ctx.kv, id);
      if (!r) throw attributionErrors.recordNotFound.wrap(`attribution record ${id} does not exist`);
      return encode(pb.QueryRecordResponseSchema, { record: recordOut(r) });
    },
    recordsByContributor: (ctx, data) => {
      const req = request(pb.QueryRecordsByContributorRequestSchema, data, "QueryRecordsByContributorRequest");
      return recordsPage(ctx, attributionKeys.byContributor(addressArg(req.contributor, "contributor")), pageIn(req.pagination));
    },
    recordsByContribution: (ctx, data) => {
      const req = request(pb.QueryRecordsByContributionRequestSchema, data, "QueryRecordsByContributionRequest");
      return recordsPage(ctx, attributionKeys.byContribution(u64(req.contributionId)), pageIn(req.pagination));
    },
    // "Who would be credited for this text?": the record a MsgRecordAttribution would store now.
    attribute: async (ctx, data) => {
      const req = request(pb.QueryAttributeRequestSchema, data, "QueryAttributeRequest");
      const manifest = manifestIn(req.manifest);
      checkTexts(req.output, req.prompt);
      const { attribution, gas } = await keeper.attribute(ctx, manifest, req.output, req.prompt);
      const record = keeper.preview(ctx, attribution, manifest, req.output, req.prompt);
      return encode(pb.QueryAttributeResponseSchema, { record: recordOut(record), gas: gas });
    },
  });
}
