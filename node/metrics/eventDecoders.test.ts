/**
 * The decoders node/metrics reads blocks with, round-tripped through the modules' own emitters:
 * an attribute renamed on one side fails here, not as a silently zero metric.
 */
import { describe, expect, it } from "vitest";
import type { Context } from "../../chain/context.ts";
import { EventManager } from "../../chain/events.ts";
import { decodeRecorded, emitRecorded } from "../../modules/attribution/events.ts";
import type { AttributionRecord } from "../../modules/attribution/types.ts";
import { decodeReviewed, emitReviewed } from "../../modules/datanet/events.ts";
import type { Contribution } from "../../modules/datanet/types.ts";
import { decodeAllocation, emitAllocation } from "../../modules/distribution/events.ts";
import { decodeInference, decodePayout, emitInference } from "../../modules/inference/events.ts";
import type { Inference } from "../../modules/inference/types.ts";
import { decodeEpochPaid, decodeStorageProof, decodeWindowClosed, emitEpochPaid, emitProof, emitWindowClosed } from "../../modules/rewards/events.ts";
import type { Challenge } from "../../modules/rewards/types.ts";

/** The emitters only touch ctx.events. */
function emitted(emit: (ctx: Context) => void) {
  const events = new EventManager();
  emit({ events } as unknown as Context);
  return events.events;
}

describe("the metrics' event decoders read what the emitters write", () => {
  it("datanet: EventContributionReviewed", () => {
    const c = { id: 7n, datanetId: 2n, status: "REJECTED", deposit: undefined } as unknown as Contribution;
    const [e] = emitted((ctx) => emitReviewed(ctx, c, "trib1curator", "spam"));
    expect(decodeReviewed(e!)).toEqual({ contributionId: 7n, datanetId: 2n, curator: "trib1curator", status: "REJECTED" });
  });

  it("inference: EventInference and one EventPayout per transfer", () => {
    const x = {
      id: 4n, modelId: 2n, requester: "trib1r", tokensGenerated: 17, stopReason: "length", fee: { denom: "utrib", amount: 100n }, attributionRecordId: 5n,
      payouts: [{ role: "compute", recipient: "trib1v", amount: 40n, datanetId: 0n, version: 0n }, { role: "datanet_pool", recipient: "trib1p", amount: 60n, datanetId: 1n, version: 1n }],
    } as unknown as Inference;
    const events = emitted((ctx) => emitInference(ctx, x));
    expect(events.map(decodeInference).filter(Boolean)).toEqual([{ inferenceId: 4n, modelId: 2n, requester: "trib1r", tokensGenerated: 17 }]);
    expect(events.map(decodePayout).filter(Boolean)).toEqual([
      { inferenceId: 4n, role: "compute", recipient: "trib1v", amount: "40utrib" },
      { inferenceId: 4n, role: "datanet_pool", recipient: "trib1p", amount: "60utrib" },
    ]);
  });

  it("attribution: EventAttributionRecorded", () => {
    const r = { id: 5n, submitter: "trib1r", manifest: [], totalPoints: 9n, residual: 1n, contributors: [{}, {}] } as unknown as AttributionRecord;
    const [e] = emitted((ctx) => emitRecorded(ctx, r));
    expect(decodeRecorded(e!)).toEqual({ recordId: 5n, submitter: "trib1r", contributors: 2 });
  });

  it("rewards: EventStorageProof, EventWindowClosed, EventEpochPaid", () => {
    const c = { operator: "trib1s", epoch: 3n, index: 1, contributionId: 7n, chunkIndex: 0 } as unknown as Challenge;
    const [proof] = emitted((ctx) => emitProof(ctx, c));
    expect(decodeStorageProof(proof!)).toEqual({ operator: "trib1s", epoch: 3n, challengeIndex: 1 });
    const [closed] = emitted((ctx) => emitWindowClosed(ctx, "trib1s", 3n, 4, 2));
    expect(decodeWindowClosed(closed!)).toEqual({ operator: "trib1s", epoch: 3n, passed: 4, missed: 2 });
    const [paid] = emitted((ctx) => emitEpochPaid(ctx, 3n, [{ denom: "utrib", amount: 1000n }], [{ denom: "utrib", amount: 900n }], 2));
    expect(decodeEpochPaid(paid!)).toEqual({ epoch: 3n, pool: "1000utrib", paid: "900utrib", nodesPaid: 2 });
    expect(decodeEpochPaid(closed!)).toBeUndefined();
  });

  it("distribution: EventAllocation", () => {
    const s = { total: "100.5utrib", compute: "", validators: "98.5utrib", communityPool: "2utrib", signers: 1 };
    const [e] = emitted((ctx) => emitAllocation(ctx, s));
    expect(decodeAllocation(e!)).toEqual(s);
  });
});
