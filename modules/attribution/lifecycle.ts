import type { Context } from "../../chain/context.ts";
import { concatBytes, readU64be, u64be } from "../../chain/keys.ts";
import type { DatanetVersion } from "./expected.ts";
import { documentCount, indexHash } from "./engine/index.ts";
import { emitIndexPending, emitIndexReady } from "./events.ts";
import type { AttributionKeeper } from "./keeper.ts";
import { attributionKeys } from "./keys.ts";
import type { IndexCommitment } from "./types.ts";

/**
 * A version was published at this height: its index must be ready D blocks later.
 * PERF: O(1) writes.
 */
export function onVersionPublished(ctx: Context, keeper: AttributionKeeper, v: DatanetVersion): void {
  const d = keeper.getParams(ctx.kv).attributableDelayBlocks;
  const c: IndexCommitment = {
    datanetId: v.datanetId, version: v.number, publishedHeight: ctx.block.height, readyHeight: ctx.block.height + d,
    status: "PENDING", indexHash: new Uint8Array(), documents: 0n, tokens: 0n,
  };
  keeper.setCommitment(ctx, c);
  emitIndexPending(ctx, c);
}

/**
 * Records the index hash of every version whose ready height has come, awaiting the provider
 * (a node still building waits here instead of diverging).
 * PERF: O(pending entries due) + hashing each due index once, O(index bytes).
 */
export async function recordReadyIndexes(ctx: Context, keeper: AttributionKeeper): Promise<void> {
  const p = attributionKeys.pendingPrefix;
  const due: [bigint, bigint][] = [];
  for await (const [k] of ctx.kv.iterate({ gte: p, lt: concatBytes(p, u64be(ctx.block.height + 1n)) })) {
    due.push([readU64be(k, p.length + 8), readU64be(k, p.length + 16)]);
  }
  for (const [dn, v] of due) {
    const c = keeper.getCommitment(ctx.kv, dn, v);
    if (!c) throw new Error(`pending index ${dn}/${v} has no commitment`);
    const index = await keeper.index(ctx.kv, dn, v);
    let tokens = 0n;
    for (const s of index.segments) tokens += BigInt(s.tokens.length - Math.max(s.docContribution.length, 1));
    const ready: IndexCommitment = { ...c, status: "READY", indexHash: indexHash(index), documents: BigInt(documentCount(index)), tokens };
    keeper.setCommitment(ctx, ready);
    emitIndexReady(ctx, ready);
  }
}
