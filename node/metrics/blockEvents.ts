/**
 * Counts what a block did from the modules' typed events, as an App listener (afterFinalizeBlock),
 * so the modules need no metrics code: records ingested and reviewed, inferences and tokens,
 * attributions, storage proofs, rewards paid. The decoders live beside the emitters in each
 * module's events.ts, so an attribute renamed there cannot silently zero a metric here: a
 * decoder that disagrees with its emitter throws, and the App logs the listener's failure.
 *
 * Two metrics divide by the time FinalizeBlock took (tokens per second, attribution block
 * seconds), which a listener running inside FinalizeBlock cannot know: the listener keeps the
 * block's work and MetricsApp, which times the call, takes it when the call returns.
 */
import type { AppListener, EventDecoder, FinalizedBlock } from "../../chain/appListeners.ts";
import type { AbciEvent } from "../../chain/events.ts";
import { decodeRecorded } from "../../modules/attribution/events.ts";
import { decodeContribution, decodeReviewed } from "../../modules/datanet/events.ts";
import { decodeAllocation } from "../../modules/distribution/events.ts";
import { decodeInference, decodePayout } from "../../modules/inference/events.ts";
import { decodeEpochPaid, decodeStorageProof, decodeWindowClosed } from "../../modules/rewards/events.ts";
import type { NodeMetrics } from "./metrics.ts";

/** "12utrib,3.5uatom" → [[12, "utrib"], [3.5, "uatom"]]; DecCoins keep their fraction. */
export function parseCoins(text: string): [number, string][] {
  const out: [number, string][] = [];
  for (const part of text.split(",")) {
    const m = /^\s*([0-9]+(?:\.[0-9]+)?)([a-zA-Z][a-zA-Z0-9/:._-]*)\s*$/.exec(part);
    if (m) out.push([Number(m[1]), m[2]!]);
  }
  return out;
}

/** What the timed observations need of a counted block. */
export interface BlockWork {
  height: bigint;
  inferences: number;
  tokens: number;
  /** The block recorded attributions (they run inside its txs, so its time is their cost). */
  attributed: boolean;
}

function paid(m: NodeMetrics, source: string, coins: string): void {
  for (const [amount, denom] of parseCoins(coins)) if (amount > 0) m.rewardsPaid.inc({ source, denom }, amount);
}

/** An event of the block: of its tx at `txIndex`, or block-level (begin/end block) when undefined. */
interface Located<T> {
  txIndex: number | undefined;
  event: T;
}

/**
 * The block's events (block-level, then successful txs') grouped by type in one pass, so each
 * decoder reads only the types it decodes instead of every event of the block (ten decoders
 * made ten passes over a few thousand txs' events). A decoder checks the type first
 * (chain/eventDecode.ts eventFields), so one probe per type tells whether a type is its.
 * PERF: one pass over the block's events, then per decoder the distinct types + its matches.
 */
class EventsByType {
  private readonly byType = new Map<string, Located<AbciEvent>[]>();

  constructor(block: FinalizedBlock) {
    for (const e of block.events) this.add(undefined, e);
    block.txResults.forEach((r, txIndex) => {
      if (r.code !== 0) return;
      for (const e of r.events) this.add(txIndex, e);
    });
  }

  private add(txIndex: number | undefined, event: AbciEvent): void {
    const list = this.byType.get(event.type);
    if (list) list.push({ txIndex, event });
    else this.byType.set(event.type, [{ txIndex, event }]);
  }

  /** Every event `decode` reads, decoded; `txsOnly` leaves block-level events out. */
  decoded<T>(decode: EventDecoder<T>, txsOnly = false): Located<T>[] {
    const out: Located<T>[] = [];
    for (const list of this.byType.values()) {
      if (decode(list[0]!.event) === undefined) continue;
      for (const { txIndex, event } of list) {
        if (txsOnly && txIndex === undefined) continue;
        const t = decode(event);
        if (t !== undefined) out.push({ txIndex, event: t });
      }
    }
    return out;
  }

  /** The decoded events alone, block-level and txs'. */
  all<T>(decode: EventDecoder<T>): T[] {
    return this.decoded(decode).map((l) => l.event);
  }
}

/** Everything of one finalized block but its timing: height, tx counts and results, the typed events. */
export function countBlock(m: NodeMetrics, block: FinalizedBlock): BlockWork {
  const n = block.txResults.length;
  m.height.set(Number(block.height));
  m.numTxs.set(n);
  m.totalTxs.inc(n);
  m.txsPerBlock.observe(n);
  for (const r of block.txResults) m.txResults.inc({ code: String(r.code), codespace: r.codespace });

  const events = new EventsByType(block);
  const inferences = events.decoded(decodeInference, true);
  for (const txIndex of new Set(inferences.map((i) => i.txIndex))) m.inferenceGas.observe(Number(block.txResults[txIndex!]!.gasUsed));
  let tokens = 0;
  for (const { event } of inferences) {
    m.inferences.inc();
    m.generatedTokens.inc(event.tokensGenerated);
    tokens += event.tokensGenerated;
  }
  for (const p of events.all(decodePayout)) paid(m, `inference_${p.role}`, p.amount);
  for (const _ of events.all(decodeContribution)) m.recordsIngested.inc();
  for (const r of events.all(decodeReviewed)) m.recordsReviewed.inc({ status: r.status });
  const recorded = events.all(decodeRecorded);
  for (const _ of recorded) m.attributions.inc();
  for (const _ of events.all(decodeStorageProof)) m.storageProofs.inc({ result: "accepted" });
  for (const w of events.all(decodeWindowClosed)) if (w.missed > 0) m.storageProofs.inc({ result: "missed" }, w.missed);
  for (const e of events.all(decodeEpochPaid)) paid(m, "storage_nodes", e.paid);
  for (const a of events.all(decodeAllocation)) {
    paid(m, "validators", a.validators);
    paid(m, "community_pool", a.communityPool);
  }
  return { height: block.height, inferences: inferences.length, tokens, attributed: recorded.length > 0 };
}

/** The App listener that counts each block; MetricsApp takes the block's work to time it. */
export class BlockMetrics implements AppListener {
  readonly name = "metrics";
  private last: BlockWork | undefined;

  constructor(private readonly metrics: NodeMetrics) {}

  afterFinalizeBlock(block: FinalizedBlock): void {
    this.last = undefined;
    this.last = countBlock(this.metrics, block);
  }

  /** The work of the block at `height`, once; undefined when it was not counted (the listener failed). */
  take(height: bigint): BlockWork | undefined {
    const w = this.last;
    this.last = undefined;
    return w?.height === height ? w : undefined;
  }
}
