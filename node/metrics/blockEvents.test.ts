import { describe, expect, it } from "vitest";
import type { ExecTxResult } from "cosmjs-types/tendermint/abci/types";
import type { FinalizedBlock } from "../../chain/appListeners.ts";
import type { AbciEvent } from "../../chain/events.ts";
import { BlockMetrics, countBlock, parseCoins } from "./blockEvents.ts";
import { NodeMetrics } from "./metrics.ts";
import { observeFinalizeTime } from "./metricsApp.ts";

const ev = (type: string, attrs: Record<string, string>): AbciEvent => ({ type, attributes: Object.entries(attrs).map(([key, value]) => ({ key, value, index: true })) });

const tx = (r: Partial<ExecTxResult>): ExecTxResult => ({ code: 0, data: new Uint8Array(), log: "", info: "", gasWanted: 0n, gasUsed: 0n, events: [], codespace: "", ...r });

const block = (height: bigint, events: AbciEvent[], txResults: ExecTxResult[]): FinalizedBlock => ({ height, txs: txResults.map(() => new Uint8Array()), txResults, events });

// The attributes as the modules' emitters write them (modules/*/events.ts).
const contribution = ev("tributary.datanet.v1.EventContribution", {
  contribution_id: "1", datanet_id: "1", contributor: "trib1a", record_index: "0", content_hash: "ab", redacted: "false", status: "PENDING",
  bytes: "10", tokens: "3", masked_tokens: "0", deposit: "", content_root: "cd",
});
const reviewed = (status: string) => ev("tributary.datanet.v1.EventContributionReviewed", { contribution_id: "1", datanet_id: "1", curator: "trib1c", status, reason: "", deposit: "" });
const inference = ev("tributary.inference.v1.EventInference", {
  inference_id: "4", model_id: "2", requester: "trib1r", tokens_generated: "17", stop_reason: "length", fee: "100utrib", attribution_record_id: "5",
});
const payout = ev("tributary.inference.v1.EventPayout", { inference_id: "4", role: "compute", recipient: "trib1v", amount: "40utrib" });
const recorded = ev("tributary.attribution.v1.EventAttributionRecorded", { record_id: "5", submitter: "trib1r", manifest: "1:1", total_points: "9", residual: "0", contributors: "1" });
const proof = ev("tributary.rewards.v1.EventStorageProof", { operator: "trib1s", epoch: "3", challenge_index: "0", contribution_id: "1", chunk_index: "0" });

async function sample(m: NodeMetrics, name: string, labels: Record<string, string> = {}): Promise<number> {
  // A histogram's _count/_sum/_bucket samples belong to the metric without the suffix.
  const base = name.replace(/_(count|sum)$/, "");
  const metric = m.registry.getSingleMetric(name) ?? m.registry.getSingleMetric(base);
  if (!metric) throw new Error(`no metric ${name}`);
  const got = (await metric.get()).values.find((v) => ((v as { metricName?: string }).metricName ?? name) === name && Object.entries(labels).every(([k, x]) => v.labels[k] === x));
  return got?.value ?? 0;
}

describe("metrics from a block's typed events", () => {
  it("parses coins and DecCoins, skipping what is not a coin", () => {
    expect(parseCoins("12utrib,3.5ibc/AB")).toEqual([[12, "utrib"], [3.5, "ibc/AB"]]);
    expect(parseCoins("")).toEqual([]);
    expect(parseCoins("utrib")).toEqual([]);
  });

  it("counts records, inferences, tokens, attributions, proofs and rewards from block and tx events", async () => {
    const m = new NodeMetrics({ defaultMetrics: false });
    const work = countBlock(m, block(9n, [
      ev("tributary.distribution.v1.EventAllocation", { total: "100.5utrib", validators: "98.5utrib", community_pool: "2utrib", compute: "", signers: "1" }),
      ev("tributary.rewards.v1.EventEpochPaid", { epoch: "3", pool: "1000utrib", paid: "900utrib", nodes_paid: "2" }),
      ev("tributary.rewards.v1.EventWindowClosed", { operator: "trib1s", epoch: "3", passed: "4", missed: "2" }),
    ], [
      tx({ events: [contribution, proof] }),
      tx({ gasUsed: 300_000n, events: [inference, recorded, payout] }),
      tx({ events: [reviewed("ACCEPTED")] }),
      // A failed tx's events do not stand (the pipeline keeps only its ante events): not counted.
      tx({ code: 5, codespace: "sdk", events: [reviewed("REJECTED")] }),
    ]));
    expect(work).toEqual({ height: 9n, inferences: 1, tokens: 17, attributed: true });
    expect(await sample(m, "cometbft_consensus_height")).toBe(9);
    expect(await sample(m, "cometbft_consensus_num_txs")).toBe(4);
    expect(await sample(m, "tributary_deliver_tx_total", { code: "5", codespace: "sdk" })).toBe(1);
    expect(await sample(m, "tributary_datanet_records_ingested_total")).toBe(1);
    expect(await sample(m, "tributary_datanet_records_reviewed_total", { status: "ACCEPTED" })).toBe(1);
    expect(await sample(m, "tributary_datanet_records_reviewed_total", { status: "REJECTED" })).toBe(0);
    expect(await sample(m, "tributary_inference_requests_total")).toBe(1);
    expect(await sample(m, "tributary_inference_generated_tokens_total")).toBe(17);
    expect(await sample(m, "tributary_attribution_records_total")).toBe(1);
    expect(await sample(m, "tributary_inference_tx_gas_used_sum")).toBe(300_000);
    expect(await sample(m, "tributary_storage_proofs_total", { result: "accepted" })).toBe(1);
    expect(await sample(m, "tributary_storage_proofs_total", { result: "missed" })).toBe(2);
    expect(await sample(m, "tributary_rewards_paid_total", { source: "validators", denom: "utrib" })).toBe(98.5);
    expect(await sample(m, "tributary_rewards_paid_total", { source: "community_pool", denom: "utrib" })).toBe(2);
    expect(await sample(m, "tributary_rewards_paid_total", { source: "storage_nodes", denom: "utrib" })).toBe(900);
    expect(await sample(m, "tributary_rewards_paid_total", { source: "inference_compute", denom: "utrib" })).toBe(40);
  });

  it("an event whose attributes disagree with its emitter throws naming the event and key", () => {
    const m = new NodeMetrics({ defaultMetrics: false });
    const bad = ev("tributary.inference.v1.EventInference", { inference_id: "4", model_id: "2", requester: "trib1r", tokens_generated: "many" });
    expect(() => countBlock(m, block(2n, [], [tx({ events: [bad] })]))).toThrow("event tributary.inference.v1.EventInference: attribute tokens_generated is not an integer");
  });

  it("times the block, with tokens per second and attribution time only when it did that work", async () => {
    const m = new NodeMetrics({ defaultMetrics: false });
    observeFinalizeTime(m, { height: 1n, inferences: 0, tokens: 0, attributed: false }, 0.01);
    observeFinalizeTime(m, undefined, 0.01);
    expect(await sample(m, "tributary_abci_finalize_block_seconds_count")).toBe(2);
    expect(await sample(m, "tributary_attribution_block_seconds_count")).toBe(0);
    expect(await sample(m, "tributary_inference_tokens_per_second_count")).toBe(0);
    observeFinalizeTime(m, { height: 2n, inferences: 1, tokens: 17, attributed: true }, 0.02);
    expect(await sample(m, "tributary_inference_tokens_per_second_sum")).toBe(17 / 0.02);
    expect(await sample(m, "tributary_attribution_block_seconds_count")).toBe(1);
  });

  it("hands the block's work to the timer once, and only for the block it counted", () => {
    const listener = new BlockMetrics(new NodeMetrics({ defaultMetrics: false }));
    listener.afterFinalizeBlock(block(3n, [], [tx({ events: [inference] })]));
    expect(listener.take(4n)).toBeUndefined();
    listener.afterFinalizeBlock(block(4n, [], []));
    expect(listener.take(4n)).toEqual({ height: 4n, inferences: 0, tokens: 0, attributed: false });
    expect(listener.take(4n)).toBeUndefined();
  });
});
