import * as pb from "../../../proto/gen/tributary/datanet/v1/index.ts";
import { addressBytes } from "../../../chain/address.ts";
import type { Context } from "../../../chain/context.ts";
import type { MsgImplOf } from "../../../chain/msgService.ts";
import { datanetErrors } from "../errors.ts";
import { emitReviewed, emitWithdrawn } from "../events.ts";
import type { DatanetKeeper } from "../keeper.ts";
import { decide } from "../lifecycle.ts";
import { requireId } from "./common.ts";
import { type Contribution, LIMITS } from "../types.ts";

const enc = new TextEncoder();

function mustBePending(c: Contribution, action: string): void {
  if (c.status !== "PENDING") {
    throw datanetErrors.notPending.wrap(`contribution ${c.id} is ${c.status}; only a PENDING contribution can be ${action}`);
  }
}

export function msgReviewContributionHandler(keeper: DatanetKeeper): MsgImplOf<typeof pb.Msg.method.reviewContribution> {
  return {
    validateBasic(msg) {
      addressBytes(msg.curator, "curator");
      requireId(msg.contributionId, "contribution_id");
      if (!msg.accept && msg.reason.trim() === "") throw datanetErrors.invalidReview.wrap("a rejection needs a reason");
      const n = enc.encode(msg.reason).length;
      if (n > LIMITS.reasonBytes) throw datanetErrors.invalidReview.wrap(`reason is ${n} bytes, above the maximum of ${LIMITS.reasonBytes}`);
    },
    signers: (msg) => [msg.curator],
    // PERF: see decide(): O(1), plus O(tokens) to leave the dedup indexes on a rejection.
    handle(ctx: Context, msg) {
      const c = keeper.mustGetContribution(ctx.kv, requireId(msg.contributionId, "contribution_id"));
      const d = keeper.mustGetDatanet(ctx.kv, c.datanetId);
      if (!keeper.isCurator(d, msg.curator)) {
        throw datanetErrors.notCurator.wrap(`${msg.curator} is neither the owner nor a curator of datanet ${d.id}`);
      }
      mustBePending(c, "reviewed");
      const after = decide(ctx, keeper, d, c, msg.accept ? "ACCEPTED" : "REJECTED", msg.reason);
      emitReviewed(ctx, after, msg.curator, msg.reason);
      return {};
    },
  };
}

export function msgWithdrawContributionHandler(keeper: DatanetKeeper): MsgImplOf<typeof pb.Msg.method.withdrawContribution> {
  return {
    validateBasic(msg) {
      addressBytes(msg.contributor, "contributor");
      requireId(msg.contributionId, "contribution_id");
    },
    signers: (msg) => [msg.contributor],
    // PERF: see decide(): O(1) plus O(tokens) to leave the dedup indexes.
    handle(ctx: Context, msg) {
      const c = keeper.mustGetContribution(ctx.kv, requireId(msg.contributionId, "contribution_id"));
      if (c.contributor !== msg.contributor) {
        throw datanetErrors.notContributor.wrap(`${msg.contributor} did not make contribution ${c.id} (contributor ${c.contributor})`);
      }
      mustBePending(c, "withdrawn");
      const d = keeper.mustGetDatanet(ctx.kv, c.datanetId);
      const after = decide(ctx, keeper, d, c, "WITHDRAWN");
      emitWithdrawn(ctx, after);
      return {};
    },
  };
}
