import * as pb from "../../../proto/gen/tributary/datanet/v1/index.ts";
import { addressBytes } from "../../../chain/address.ts";
import type { Context } from "../../../chain/context.ts";
import type { MsgImplOf } from "../../../chain/msgService.ts";
import { metadataIn, policyIn } from "../codec.ts";
import { datanetErrors } from "../errors.ts";
import { emitDatanetCreated, emitDatanetUpdated, emitVersionPublished } from "../events.ts";
import type { DatanetKeeper } from "../keeper.ts";
import { requireFunds, requireId } from "./common.ts";
import { publishVersion } from "../publish.ts";
import { DATANET_STATUS_NAMES, type Datanet, type DatanetMetadata, type DatanetParams, type DatanetStatus } from "../types.ts";
import { validateCurators, validateLimitsWithin, validateMetadata, validatePolicy } from "../validate.ts";

const sortedTags = (m: DatanetMetadata): DatanetMetadata => ({ ...m, tags: [...m.tags].sort() });

function checkCuratorCount(curators: readonly string[], params: DatanetParams): void {
  if (curators.length > params.maxCurators) {
    throw datanetErrors.invalidDatanet.wrap(`${curators.length} curators, at most ${params.maxCurators}`);
  }
}

function mustOwn(d: Datanet, signer: string): void {
  if (d.owner !== signer) throw datanetErrors.notOwner.wrap(`${signer} is not the owner of datanet ${d.id} (owner ${d.owner})`);
}

export function msgCreateDatanetHandler(keeper: DatanetKeeper): MsgImplOf<typeof pb.Msg.method.createDatanet> {
  return {
    validateBasic(msg) {
      addressBytes(msg.owner, "owner");
      if (!msg.metadata) throw datanetErrors.invalidDatanet.wrap("metadata must be set");
      if (!msg.policy) throw datanetErrors.invalidDatanet.wrap("policy must be set");
      validateMetadata(metadataIn(msg.metadata));
      validatePolicy(policyIn(msg.policy), msg.policy.curation ?? 0);
      validateCurators(msg.curators);
    },
    signers: (msg) => [msg.owner],
    // PERF: O(tags + curators) writes, one fee transfer.
    handle(ctx: Context, msg) {
      const params = keeper.getParams(ctx.kv);
      const policy = policyIn(msg.policy);
      validateLimitsWithin(policy, params);
      checkCuratorCount(msg.curators, params);
      const fee = params.creationFee.filter((c) => c.amount > 0n);
      if (fee.length > 0) {
        requireFunds(ctx, keeper, msg.owner, fee, "datanet creation fee");
        keeper.bank.sendCoinsToModule(ctx, addressBytes(msg.owner), keeper.feeCollector, fee);
        keeper.hooks?.afterFeesCollected?.(ctx, fee);
      }
      const d: Datanet = {
        id: keeper.takeDatanetId(ctx),
        owner: msg.owner,
        metadata: sortedTags(metadataIn(msg.metadata)),
        policy,
        curators: [...msg.curators],
        status: "ACTIVE",
        createdHeight: ctx.block.height,
      };
      keeper.setDatanet(ctx, d);
      emitDatanetCreated(ctx, d.id, d.owner, d.metadata.name, fee);
      return { datanetId: d.id };
    },
  };
}

export function msgUpdateDatanetHandler(keeper: DatanetKeeper): MsgImplOf<typeof pb.Msg.method.updateDatanet> {
  return {
    validateBasic(msg) {
      addressBytes(msg.owner, "owner");
      requireId(msg.datanetId, "datanet_id");
      if (!msg.metadata && !msg.policy && !msg.curators && !msg.status) {
        throw datanetErrors.emptyUpdate.wrap("set at least one of metadata, policy, curators or status");
      }
      if (msg.metadata) validateMetadata(metadataIn(msg.metadata));
      if (msg.policy) validatePolicy(policyIn(msg.policy), msg.policy.curation ?? 0);
      if (msg.curators) validateCurators(msg.curators.addresses ?? [], "curators.addresses");
      if (msg.status && msg.status !== 1 && msg.status !== 2) {
        throw datanetErrors.invalidDatanet.wrap(`status must be DATANET_STATUS_ACTIVE (1) or DATANET_STATUS_CLOSED (2), got ${msg.status}`);
      }
    },
    signers: (msg) => [msg.owner],
    // PERF: one datanet read and write, O(tags changed) index writes.
    handle(ctx: Context, msg) {
      const before = keeper.mustGetDatanet(ctx.kv, requireId(msg.datanetId, "datanet_id"));
      mustOwn(before, msg.owner);
      const params = keeper.getParams(ctx.kv);
      const after: Datanet = { ...before };
      const changed: string[] = [];
      if (msg.metadata) {
        after.metadata = sortedTags(metadataIn(msg.metadata));
        changed.push("metadata");
      }
      if (msg.policy) {
        after.policy = policyIn(msg.policy);
        validateLimitsWithin(after.policy, params);
        changed.push("policy");
      }
      if (msg.curators) {
        after.curators = [...(msg.curators.addresses ?? [])];
        checkCuratorCount(after.curators, params);
        changed.push("curators");
      }
      if (msg.status) {
        after.status = DATANET_STATUS_NAMES[msg.status] as DatanetStatus;
        changed.push("status");
      }
      keeper.setDatanet(ctx, after, before);
      emitDatanetUpdated(ctx, after.id, changed);
      return {};
    },
  };
}

export function msgPublishVersionHandler(keeper: DatanetKeeper): MsgImplOf<typeof pb.Msg.method.publishVersion> {
  return {
    validateBasic(msg) {
      addressBytes(msg.owner, "owner");
      requireId(msg.datanetId, "datanet_id");
    },
    signers: (msg) => [msg.owner],
    // PERF: O(records added) reads and writes (see publishVersion).
    async handle(ctx: Context, msg) {
      const d = keeper.mustGetDatanet(ctx.kv, requireId(msg.datanetId, "datanet_id"));
      mustOwn(d, msg.owner);
      const v = await publishVersion(ctx, keeper, d);
      emitVersionPublished(ctx, v);
      keeper.hooks?.afterVersionPublished(ctx, v);
      return {
        number: v.number,
        merkleRoot: v.merkleRoot,
        recordCount: v.recordCount,
      };
    },
  };
}
