import type { PageRequest as SdkPageRequest } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { tributary } from "../../proto/gen/tributary/attribution/v1/query.js";
import type { Context } from "../../chain/context.ts";
import { readU64be } from "../../chain/keys.ts";
import type { QueryHandler } from "../../chain/module.ts";
import { paginate } from "../../chain/pagination.ts";
import { addressArg, decodeRequest, pageRequestIn, pageResponseOut } from "../../chain/queryArgs.ts";
import { commitmentOut, manifestIn, paramsOut, recordOut, u64 } from "./codec.ts";
import { attributionErrors } from "./errors.ts";
import type { AttributionKeeper } from "./keeper.ts";
import { attributionKeys } from "./keys.ts";
import { checkTexts } from "./msgs.ts";
import type { AttributionRecord } from "./types.ts";

const pb = tributary.attribution.v1;
const SERVICE = "/tributary.attribution.v1.Query/";

const request = decodeRequest;
const pageIn = pageRequestIn;

export function attributionQueries(keeper: AttributionKeeper): QueryHandler[] {
  const q = (method: string, handle: (ctx: Context, data: Uint8Array) => Promise<Uint8Array> | Uint8Array): QueryHandler => ({ path: SERVICE + method, handle });
  const recordsPage = async (ctx: Context, prefix: Uint8Array, page: SdkPageRequest | undefined) => {
    const { items, pagination } = await paginate(ctx.kv, prefix, page, (k) => readU64be(k));
    const records = items.map((id) => keeper.getRecord(ctx.kv, id)).filter((r): r is AttributionRecord => r !== undefined);
    return pb.QueryRecordsResponse.encode({ records: records.map(recordOut), pagination: pageResponseOut(pagination) }).finish();
  };
  return [
    q("Params", (ctx) => pb.QueryParamsResponse.encode({ params: paramsOut(keeper.getParams(ctx.kv)) }).finish()),
    q("Commitment", (ctx, data) => {
      const req = request(pb.QueryCommitmentRequest, data, "QueryCommitmentRequest");
      const c = keeper.getCommitment(ctx.kv, u64(req.datanetId), u64(req.version));
      if (!c) throw attributionErrors.commitmentNotFound.wrap(`datanet ${u64(req.datanetId)} version ${u64(req.version)} has no index commitment`);
      return pb.QueryCommitmentResponse.encode({ commitment: commitmentOut(c) }).finish();
    }),
    q("Record", (ctx, data) => {
      const id = u64(request(pb.QueryRecordRequest, data, "QueryRecordRequest").id);
      const r = keeper.getRecord(ctx.kv, id);
      if (!r) throw attributionErrors.recordNotFound.wrap(`attribution record ${id} does not exist`);
      return pb.QueryRecordResponse.encode({ record: recordOut(r) }).finish();
    }),
    q("RecordsByContributor", (ctx, data) => {
      const req = request(pb.QueryRecordsByContributorRequest, data, "QueryRecordsByContributorRequest");
      return recordsPage(ctx, attributionKeys.byContributor(addressArg(req.contributor, "contributor")), pageIn(req.pagination));
    }),
    q("RecordsByContribution", (ctx, data) => {
      const req = request(pb.QueryRecordsByContributionRequest, data, "QueryRecordsByContributionRequest");
      return recordsPage(ctx, attributionKeys.byContribution(u64(req.contributionId)), pageIn(req.pagination));
    }),
    // "Who would be credited for this text?": the record a MsgRecordAttribution would store now.
    q("Attribute", async (ctx, data) => {
      const req = request(pb.QueryAttributeRequest, data, "QueryAttributeRequest");
      const manifest = manifestIn(req.manifest);
      checkTexts(req.output, req.prompt);
      const { attribution, gas } = await keeper.attribute(ctx, manifest, req.output, req.prompt);
      const record = keeper.preview(ctx, attribution, manifest, req.output, req.prompt);
      return pb.QueryAttributeResponse.encode({ record: recordOut(record), gas: gas.toString() as never }).finish();
    }),
  ];
}
