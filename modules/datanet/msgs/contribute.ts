import * as pb from "../../../proto/gen/tributary/datanet/v1/index.ts";
import { addressBytes } from "../../../chain/address.ts";
import type { Context } from "../../../chain/context.ts";
import type { MsgImplOf } from "../../../chain/msgService.ts";
import { contributionMetadataIn } from "../codec.ts";
import { contentRoot } from "../../../chain/contentRoot.ts";
import { indexRecord } from "../dedup.ts";
import { datanetErrors } from "../errors.ts";
import { emitContribution } from "../events.ts";
import { ingestRecord } from "../ingest.ts";
import type { DatanetKeeper } from "../keeper.ts";
import { requireFunds, requireId } from "./common.ts";
import { QuotaTracker } from "../quota.ts";
import { queueRooted } from "../rootIndex.ts";
import { type Contribution, CONTRIBUTION_STATUS_NAMES, ESCROW_ACCOUNT, contentRootsAt, effectiveLimits } from "../types.ts";
import { validateRecordMetadata } from "../validate.ts";
import { VocabMapper } from "../vocab.ts";
import { type Filled, type Init } from "../../../proto/codec.ts";

type MsgContribute = Filled<pb.MsgContribute>;

export function msgContributeHandler(keeper: DatanetKeeper): MsgImplOf<typeof pb.Msg.method.contribute> {
  return {
    validateBasic(msg) {
      addressBytes(msg.contributor, "contributor");
      requireId(msg.datanetId, "datanet_id");
      if (msg.records.length === 0) throw datanetErrors.invalidRecord.wrap("MsgContribute needs at least one record");
      msg.records.forEach((r, i) => validateRecordMetadata(contributionMetadataIn(r), `record ${i}`));
    },
    signers: (msg) => [msg.contributor],
    // PERF: per record, ingestRecord's cost plus ~20 + fingerprints store writes; counters once.
    handle: (ctx, msg) => contribute(ctx, keeper, msg),
  };
}

/**
 * Ingests every record in order, all or nothing: the first record that fails a check fails
 * the message (its error names the record), and the tx branch drops every write of the
 * earlier ones. OPEN datanets accept on ingestion (no deposit is taken: it would be refunded
 * in the same message); CURATED ones escrow the deposit and leave the record PENDING.
 */
function contribute(ctx: Context, keeper: DatanetKeeper, msg: MsgContribute): Init<typeof pb.MsgContributeResponseSchema> {
  const d = keeper.mustGetDatanet(ctx.kv, requireId(msg.datanetId, "datanet_id"));
  if (d.status !== "ACTIVE") throw datanetErrors.datanetClosed.wrap(`datanet ${d.id} is closed to new contributions`);
  const params = keeper.getParams(ctx.kv);
  if (msg.records.length > params.maxRecordsPerMsg) {
    throw datanetErrors.tooManyRecords.wrap(`${msg.records.length} records in one message, at most ${params.maxRecordsPerMsg}`);
  }
  const who = addressBytes(msg.contributor);
  const counters = keeper.getCounters(ctx.kv, d.id);
  const mine = keeper.getContributorCounters(ctx.kv, who);
  const quota = new QuotaTracker(ctx, keeper, params, who, msg.contributor);
  const env = { ctx, keeper, datanet: d, params, limits: effectiveLimits(params, d), vocab: new VocabMapper(ctx, keeper, d.id, counters) };
  const curated = d.policy.curation === "CURATED";
  const deposit = curated ? d.policy.deposit : undefined;
  const results: Init<typeof pb.ContributionResultSchema>[] = [];
  // Rules by height: records before the switch keep only their content hash. The root's ~2
  // hashes per KiB are covered by the 5 gas per body byte chargeIngest already takes.
  const rooted = contentRootsAt(params, ctx.block.height);

  msg.records.forEach((record, i) => {
    const body = record.body ?? new Uint8Array();
    quota.add(body.length, i);
    const r = ingestRecord(env, body, i);
    if (deposit) {
      requireFunds(ctx, keeper, msg.contributor, [deposit], `record ${i}: contribution deposit`);
      keeper.bank.sendCoinsToModule(ctx, who, ESCROW_ACCOUNT, [deposit]);
    }
    const c: Contribution = {
      id: keeper.takeContributionId(ctx),
      datanetId: d.id,
      contributor: msg.contributor,
      contentHash: r.stored.hash,
      bytes: BigInt(r.stored.body.length),
      tokens: r.unmasked.length,
      maskedTokens: r.maskedTokens,
      metadata: contributionMetadataIn(record),
      status: curated ? "PENDING" : "ACCEPTED",
      rejectionReason: "",
      height: ctx.block.height,
      decidedHeight: curated ? 0n : ctx.block.height,
      redacted: d.policy.piiRedaction,
      sequenceHash: r.keys.sequenceHash,
      deposit,
      timesAttributed: 0n,
      totalEarned: 0n,
      contentRoot: rooted ? contentRoot(r.stored.body) : new Uint8Array(),
    };
    keeper.setContribution(ctx, c);
    queueRooted(ctx, c);
    keeper.setSequence(ctx, c.id, { ids: r.ids, unmasked: r.unmasked, masks: r.masks });
    indexRecord(ctx.kv, d.id, c.id, r.keys, params);
    if (curated) {
      counters.pending += 1n;
      mine.pending += 1n;
    } else {
      keeper.setUnpublished(ctx, d.id, c.id);
      counters.accepted += 1n;
      counters.acceptedTokens += BigInt(c.tokens);
      mine.accepted += 1n;
      mine.acceptedTokens += BigInt(c.tokens);
    }
    mine.records += 1n;
    mine.tokens += BigInt(c.tokens);
    mine.bytes += c.bytes;
    emitContribution(ctx, c, i);
    results.push({
      contributionId: c.id,
      status: CONTRIBUTION_STATUS_NAMES.indexOf(c.status),
      contentHash: c.contentHash,
      tokens: c.tokens,
      maskedTokens: c.maskedTokens,
    });
  });
  keeper.setCounters(ctx, d.id, counters);
  keeper.setContributorCounters(ctx, who, mine);
  quota.save();
  return { results };
}
