/**
 * Counts what a block did from FinalizeBlock's events (block-level and per tx), so the modules
 * need no metrics code: records ingested and reviewed, inferences and tokens, attributions,
 * storage proofs, rewards paid. Event types and attributes are the typed events of
 * proto/tributary/<module>/v1/events.proto (attributes as plain strings).
 */
import type { Event, ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
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

const INFERENCE = "tributary.inference.v1.EventInference";
const ATTRIBUTION_RECORDED = "tributary.attribution.v1.EventAttributionRecorded";

function attrs(e: Event): Map<string, string> {
  return new Map(e.attributes.map((a) => [a.key, a.value]));
}

function paid(m: NodeMetrics, source: string, coins: string | undefined): void {
  for (const [amount, denom] of parseCoins(coins ?? "")) if (amount > 0) m.rewardsPaid.inc({ source, denom }, amount);
}

/** One event's contribution to the counters; unknown types are ignored. */
function observeEvent(m: NodeMetrics, e: Event): void {
  const a = attrs(e);
  switch (e.type) {
    case "tributary.datanet.v1.EventContribution":
      m.recordsIngested.inc();
      return;
    case "tributary.datanet.v1.EventContributionReviewed":
      m.recordsReviewed.inc({ status: a.get("status") ?? "" });
      return;
    case INFERENCE:
      m.inferences.inc();
      m.generatedTokens.inc(Number(a.get("tokens_generated") ?? 0) || 0);
      return;
    case "tributary.inference.v1.EventPayout":
      paid(m, `inference_${a.get("role") ?? "unknown"}`, a.get("amount"));
      return;
    case ATTRIBUTION_RECORDED:
      m.attributions.inc();
      return;
    case "tributary.rewards.v1.EventStorageProof":
      m.storageProofs.inc({ result: "accepted" });
      return;
    case "tributary.rewards.v1.EventWindowClosed": {
      const missed = Number(a.get("missed") ?? 0) || 0;
      if (missed > 0) m.storageProofs.inc({ result: "missed" }, missed);
      return;
    }
    case "tributary.rewards.v1.EventEpochPaid":
      paid(m, "storage_nodes", a.get("paid"));
      return;
    case "tributary.distribution.v1.EventAllocation":
      paid(m, "validators", a.get("validators"));
      paid(m, "community_pool", a.get("community_pool"));
      return;
  }
}

/** Everything of one finalized block: height, tx counts and results, and the events. */
export function observeBlock(m: NodeMetrics, height: bigint, res: ResponseFinalizeBlock, finalizeSeconds: number): void {
  m.height.set(Number(height));
  m.numTxs.set(res.txResults.length);
  m.totalTxs.inc(res.txResults.length);
  m.txsPerBlock.observe(res.txResults.length);
  m.finalizeSeconds.observe(finalizeSeconds);
  let tokens = 0;
  let inferences = 0;
  for (const r of res.txResults) {
    m.txResults.inc({ code: String(r.code), codespace: r.codespace });
    const settled = r.events.filter((e) => e.type === INFERENCE);
    if (settled.length === 0) continue;
    m.inferenceGas.observe(Number(r.gasUsed));
    inferences += settled.length;
    for (const e of settled) tokens += Number(attrs(e).get("tokens_generated") ?? 0) || 0;
  }
  if (inferences > 0 && finalizeSeconds > 0) m.inferenceTokensPerSecond.observe(tokens / finalizeSeconds);
  const events = [...res.events, ...res.txResults.flatMap((r) => r.events)];
  for (const e of events) observeEvent(m, e);
  // Attribution runs inside the block's txs: the block's time is its cost when it recorded some.
  if (events.some((e) => e.type === ATTRIBUTION_RECORDED)) m.attributionSeconds.observe(finalizeSeconds);
}
