import { addressBytes } from "../../chain/address.ts";
import type { Context } from "../../chain/context.ts";
import { bytesCovered } from "./bond.ts";
import { drawChallenges, epochSeed, servedChunks } from "./challenges.ts";
import { emitChallenge, emitEpochStarted, emitRefunded, emitSlashed, emitWindowClosed } from "./events.ts";
import { RewardsKeeper } from "./keeper.ts";
import { payEpoch } from "./payout.ts";
import { fundFromInflation } from "./pool.ts";
import { BPS, type EpochInfo, type Node, type RewardsParams } from "./types.ts";

/**
 * The epoch clock. Epoch n starts in the BeginBlock of height S (the chain's first block, then
 * every epoch_blocks): challenges are drawn for every storage node that is not jailed. Proofs are
 * accepted in blocks S+1 .. S+W (W = proof_window_blocks). The EndBlock of S+W closes the window
 * (unanswered = missed; too many misses = slash and jail); the EndBlock of S+E-1 pays the epoch.
 *
 * Only epochs that draw challenges are stored (the "anchor", `rewards/e`); the epochs after it
 * follow from it and the height (`currentEpoch`), so an idle chain writes nothing at epoch
 * boundaries. A future change of epoch_blocks must store a new anchor at the change.
 */
export function currentEpoch(anchor: EpochInfo, p: RewardsParams, height: bigint): EpochInfo {
  if (anchor.number === 0n || height < anchor.nextStartHeight) return anchor;
  const k = (height - anchor.startHeight) / p.epochBlocks;
  const start = anchor.startHeight + k * p.epochBlocks;
  return {
    number: anchor.number + k, startHeight: start, windowEndHeight: start + p.proofWindowBlocks, nextStartHeight: start + p.epochBlocks,
    seed: new Uint8Array(), windowClosed: height > start + p.proofWindowBlocks,
  };
}

export async function rewardsBeginBlock(ctx: Context, keeper: RewardsKeeper): Promise<void> {
  fundFromInflation(ctx, keeper);
  const h = ctx.block.height;
  const anchor = keeper.getEpoch(ctx.kv);
  if (anchor.number === 0n) return startEpoch(ctx, keeper, 1n, true);
  const cur = currentEpoch(anchor, keeper.getParams(ctx.kv), h);
  if (cur.number > anchor.number && cur.startHeight === h) await startEpoch(ctx, keeper, cur.number, false);
}

export async function rewardsEndBlock(ctx: Context, keeper: RewardsKeeper): Promise<void> {
  const h = ctx.block.height;
  const anchor = keeper.getEpoch(ctx.kv);
  if (anchor.number > 0n && !anchor.windowClosed && h >= anchor.windowEndHeight) await closeWindow(ctx, keeper, anchor);
  if (anchor.number > 0n && h === anchor.nextStartHeight - 1n) await payEpoch(ctx, keeper, anchor);
  for (const r of await keeper.takeMatureRefunds(ctx, h)) {
    keeper.bank.sendCoins(ctx, keeper.bondPool, addressBytes(r.operator), [r.amount]);
    emitRefunded(ctx, r.operator, r.amount);
  }
}

/**
 * Draws epoch `number`'s challenges and stores it as the anchor when it drew any (the first
 * epoch always, as the clock's origin). PERF: O(nodes) reads, plus per storage node not jailed
 * challenges_per_epoch × (a hash, O(log records) reads, one contribution read, one write).
 */
async function startEpoch(ctx: Context, keeper: RewardsKeeper, number: bigint, first: boolean): Promise<void> {
  const p = keeper.getParams(ctx.kv);
  const h = ctx.block.height;
  const epoch: EpochInfo = {
    number, startHeight: h, windowEndHeight: h + p.proofWindowBlocks, nextStartHeight: h + p.epochBlocks,
    seed: epochSeed(ctx.block.chainId, h, number, ctx.block.hash), windowClosed: false,
  };
  let nodes = 0;
  let challenges = 0;
  for (const n of await keeper.listNodes(ctx.kv)) {
    if (!n.roles.includes("STORAGE") || RewardsKeeper.jailed(n, number)) continue;
    const list = drawChallenges(ctx.kv, keeper.datanet, n, epoch.seed, p.challengesPerEpoch, number, epoch.windowEndHeight);
    if (list.length === 0) continue;
    const bytes = servedChunks(ctx.kv, keeper.datanet, n).bytes;
    for (const c of list) {
      keeper.setChallenge(ctx, c);
      emitChallenge(ctx, c);
    }
    keeper.setWork(ctx, {
      operator: n.operator, epoch: number, bytesServed: bytes, bytesCounted: bytesCovered(p, n.bond.amount, bytes), challenges: list.length, passed: 0, missed: 0,
    });
    keeper.setNode(ctx, { ...n, stats: { ...n.stats, bytesServed: bytes, epochsServed: n.stats.epochsServed + 1n, lastEpoch: number } });
    nodes++;
    challenges += list.length;
  }
  if (challenges > 0 || first) keeper.setEpoch(ctx, { ...epoch, windowClosed: challenges === 0 });
  emitEpochStarted(ctx, epoch, nodes, challenges);
}

/**
 * Closes the proof window: pending challenges become misses; every challenged node's counters
 * move into its stats; more than max_missed_per_epoch misses burns slash_fraction_bps of its bond
 * and jails it for this epoch (no payout) and the next jail_epochs.
 * PERF: O(challenges) reads and writes, one burn per slashed node.
 */
async function closeWindow(ctx: Context, keeper: RewardsKeeper, epoch: EpochInfo): Promise<void> {
  const p = keeper.getParams(ctx.kv);
  const missed = new Map<string, number>();
  for (const c of await keeper.listChallenges(ctx.kv)) {
    if (c.status !== "PENDING") continue;
    keeper.setChallenge(ctx, { ...c, status: "MISSED" });
    missed.set(c.operator, (missed.get(c.operator) ?? 0) + 1);
  }
  for (const w of await keeper.listWork(ctx.kv)) {
    const m = missed.get(w.operator) ?? 0;
    keeper.setWork(ctx, { ...w, missed: m });
    const n = keeper.getNode(ctx.kv, addressBytes(w.operator));
    if (!n) continue;
    let after: Node = {
      ...n, stats: { ...n.stats, challengesPassed: n.stats.challengesPassed + BigInt(w.passed), challengesMissed: n.stats.challengesMissed + BigInt(m) },
    };
    emitWindowClosed(ctx, w.operator, epoch.number, w.passed, m);
    if (m > p.maxMissedPerEpoch) after = slashAndJail(ctx, keeper, after, epoch.number, m, p.slashFractionBps, p.jailEpochs);
    keeper.setNode(ctx, after);
  }
  keeper.setEpoch(ctx, { ...epoch, windowClosed: true });
}

function slashAndJail(ctx: Context, keeper: RewardsKeeper, n: Node, epoch: bigint, missed: number, bps: number, jailEpochs: bigint): Node {
  const amount = (n.bond.amount * BigInt(bps)) / BPS;
  if (amount > 0n) keeper.bank.burnCoins(ctx, keeper.bondPool, [{ denom: n.bond.denom, amount }]);
  const after: Node = {
    ...n,
    bond: { denom: n.bond.denom, amount: n.bond.amount - amount },
    jailedUntilEpoch: epoch + jailEpochs,
    stats: { ...n.stats, totalSlashed: n.stats.totalSlashed + amount, timesJailed: n.stats.timesJailed + 1n },
  };
  emitSlashed(ctx, after, epoch, missed, { denom: n.bond.denom, amount });
  return after;
}
