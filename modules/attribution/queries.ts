import type { PageRequest as SdkPageRequest } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { tributary } from "../../proto/gen/tributary/attribution/v1/query.js";
import type { cosmos } from "../../proto/gen/tributary/attribution/v1/query.js";
import { addressBytes } from "../../chain/address.ts";
import type { Context } from "../../chain/context.ts";
import { sdkErrors } from "../../chain/errors.ts";
import { readU64be } from "../../chain/keys.ts";
import type { QueryHandler } from "../../chain/module.ts";
import { paginate } from "../../chain/pagination.ts";
import { commitmentOut, manifestIn, paramsOut, recordOut, u64 } from "./codec.ts";
import { attributionErrors } from "./errors.ts";
import type { AttributionKeeper } from "./keeper.ts";
import { attributionKeys } from "./keys.ts";
import { checkTexts } from "./msgs.ts";
import type { AttributionRecord } from "./types.ts";

const pb = tributary.attribution.v1;
const SERVICE = "/tributary.attribution.v1.Query/";

function request<T>(codec: { decode(b: Uint8Array): T }, data: Uint8Array, name: string): T {
  try {
    return codec.decode(data);
  } catch (e) {
    throw sdkErrors.invalidRequest.wrap(`cannot decode ${name}: ${(e as Error).message}`);
  }
}

function pageIn(p: cosmos.base.query.v1beta1.IPageRequest | null | undefined): SdkPageRequest | undefined {
  if (!p) return undefined;
  return { key: p.key ?? new Uint8Array(), offset: u64(p.offset), limit: u64(p.limit), countTotal: p.countTotal ?? false, reverse: p.reverse ?? false };
}

export function attributionQueries(keeper: AttributionKeeper): QueryHandler[] {
  const q = (method: string, handle: (ctx: Context, data: Uint8Array) => Promise<Uint8Array> | Uint8Array): QueryHandler => ({ path: SERVICE + method, handle });
  const recordsPage = async (ctx: Context, prefix: Uint8Array, page: SdkPageRequest | undefined) => {
    const { items, pagination } = await paginate(ctx.kv, prefix, page, (k) => readU64be(k));
    const records = items.map((id) => keeper.getRecord(ctx.kv, id)).filter((r): r is AttributionRecord => r !== undefined);
    return pb.QueryRecordsResponse.encode({ records: records.map(recordOut), pagination: { nextKey: pagination.nextKey, total: pagination.total.toString() as never } }).finish();
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
      let addr: Uint8Array;
      try {
        addr = addressBytes(req.contributor, "contributor");
      } catch (e) {
        throw sdkErrors.invalidRequest.wrap((e as Error).message);
      }
      return recordsPage(ctx, attributionKeys.byContributor(addr), pageIn(req.pagination));
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
