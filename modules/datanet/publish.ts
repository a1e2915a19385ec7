import type { Context } from "../../chain/context.ts";
import { datanetErrors } from "./errors.ts";
import { chargeMerkle } from "./gas.ts";
import type { DatanetKeeper } from "./keeper.ts";
import { appendLeaf, frontierRoot } from "./merkle.ts";
import type { Datanet, DatanetVersion } from "./types.ts";

/**
 * Freezes version N+1 of `d`: the records of version N plus every record accepted since, in
 * id order. Refused when nothing was accepted since version N.
 * PERF: O(records added): one contribution read, one queue delete and one position write
 * each, plus O(log n) hashes per record for the Merkle frontier.
 */
export async function publishVersion(ctx: Context, keeper: DatanetKeeper, d: Datanet): Promise<DatanetVersion> {
  const counters = keeper.getCounters(ctx.kv, d.id);
  const previous = counters.latestVersion === 0n ? undefined : keeper.getVersion(ctx.kv, d.id, counters.latestVersion);
  const added = await keeper.takeUnpublished(ctx, d.id);
  if (added.length === 0) {
    const since = previous ? `since version ${previous.number} (${previous.recordCount} records)` : "yet (no version published)";
    throw datanetErrors.nothingNew.wrap(`datanet ${d.id} has no accepted contribution ${since}`);
  }
  chargeMerkle(ctx, added.length);
  let frontier = keeper.getFrontier(ctx.kv, d.id);
  let tokens = previous?.totalTokens ?? 0n;
  for (const id of added) {
    const c = keeper.getContribution(ctx.kv, id);
    if (!c || c.status !== "ACCEPTED") throw new Error(`unpublished queue of datanet ${d.id} names ${id}, which is not an accepted contribution`);
    frontier = appendLeaf(frontier, c.contentHash);
    tokens += BigInt(c.tokens);
  }
  const v: DatanetVersion = {
    datanetId: d.id,
    number: counters.latestVersion + 1n,
    addedContributionIds: added,
    recordCount: frontier.leafCount,
    merkleRoot: frontierRoot(frontier),
    totalTokens: tokens,
    height: ctx.block.height,
  };
  keeper.setVersion(ctx, v);
  keeper.setFrontier(ctx, d.id, frontier);
  keeper.setCounters(ctx, d.id, { ...counters, latestVersion: v.number });
  return v;
}
