import { describe, expect, it } from "vitest";
import { ResponseFinalizeBlock, type Event } from "cosmjs-types/tendermint/abci/types";
import { observeBlock, parseCoins } from "./blockEvents.ts";
import { NodeMetrics } from "./metrics.ts";

const ev = (type: string, attrs: Record<string, string>): Event => ({ type, attributes: Object.entries(attrs).map(([key, value]) => ({ key, value, index: true })) });

async function sample(m: NodeMetrics, name: string, labels: Record<string, string> = {}): Promise<number> {
  // A histogram's _count/_sum/_bucket samples belong to the metric without the suffix.
  const base = name.replace(/_(count|sum)$/, "");
  const metric = m.registry.getSingleMetric(name) ?? m.registry.getSingleMetric(base);
  if (!metric) throw new Error(`no metric ${name}`);
  const got = (await metric.get()).values.find((v) => ((v as { metricName?: string }).metricName ?? name) === name && Object.entries(labels).every(([k, x]) => v.labels[k] === x));
  return got?.value ?? 0;
}

describe("metrics from a block's events", () => {
  it("parses coins and DecCoins, skipping what is not a coin", () => {
    expect(parseCoins("12utrib,3.5ibc/AB")).toEqual([[12, "utrib"], [3.5, "ibc/AB"]]);
    expect(parseCoins("")).toEqual([]);
    expect(parseCoins("utrib")).toEqual([]);
  });

  it("counts records, inferences, tokens, attributions, proofs and rewards from block and tx events", async () => {
    const m = new NodeMetrics({ defaultMetrics: false });
    const res = ResponseFinalizeBlock.fromPartial({
      events: [
        ev("tributary.distribution.v1.EventAllocation", { total: "100.5utrib", validators: "98.5utrib", community_pool: "2utrib", compute: "", signers: "1" }),
        ev("tributary.rewards.v1.EventEpochPaid", { epoch: "3", pool: "1000utrib", paid: "900utrib", nodes_paid: "2" }),
        ev("tributary.rewards.v1.EventWindowClosed", { operator: "x", epoch: "3", passed: "4", missed: "2" }),
      ],
      txResults: [
        { code: 0, events: [ev("tributary.datanet.v1.EventContribution", { status: "PENDING" }), ev("tributary.rewards.v1.EventStorageProof", {})] },
        {
          code: 0,
          gasUsed: 300_000n,
          events: [
            ev("tributary.inference.v1.EventInference", { tokens_generated: "17" }),
            ev("tributary.attribution.v1.EventAttributionRecorded", {}),
            ev("tributary.inference.v1.EventPayout", { role: "compute", amount: "40utrib" }),
          ],
        },
        { code: 5, codespace: "sdk", events: [ev("tributary.datanet.v1.EventContributionReviewed", { status: "REJECTED" })] },
      ],
    });
    observeBlock(m, 9n, res, 0.02);
    expect(await sample(m, "cometbft_consensus_height")).toBe(9);
    expect(await sample(m, "cometbft_consensus_num_txs")).toBe(3);
    expect(await sample(m, "tributary_deliver_tx_total", { code: "5", codespace: "sdk" })).toBe(1);
    expect(await sample(m, "tributary_datanet_records_ingested_total")).toBe(1);
    expect(await sample(m, "tributary_datanet_records_reviewed_total", { status: "REJECTED" })).toBe(1);
    expect(await sample(m, "tributary_inference_requests_total")).toBe(1);
    expect(await sample(m, "tributary_inference_generated_tokens_total")).toBe(17);
    expect(await sample(m, "tributary_attribution_records_total")).toBe(1);
    expect(await sample(m, "tributary_inference_tx_gas_used_sum")).toBe(300_000);
    expect(await sample(m, "tributary_inference_tokens_per_second_sum")).toBe(17 / 0.02);
    expect(await sample(m, "tributary_attribution_block_seconds_count")).toBe(1);
    expect(await sample(m, "tributary_storage_proofs_total", { result: "accepted" })).toBe(1);
    expect(await sample(m, "tributary_storage_proofs_total", { result: "missed" })).toBe(2);
    expect(await sample(m, "tributary_rewards_paid_total", { source: "validators", denom: "utrib" })).toBe(98.5);
    expect(await sample(m, "tributary_rewards_paid_total", { source: "storage_nodes", denom: "utrib" })).toBe(900);
    expect(await sample(m, "tributary_rewards_paid_total", { source: "inference_compute", denom: "utrib" })).toBe(40);
  });

  it("does not observe attribution time for a block without attributions", async () => {
    const m = new NodeMetrics({ defaultMetrics: false });
    observeBlock(m, 1n, ResponseFinalizeBlock.fromPartial({}), 0.01);
    expect(await sample(m, "tributary_attribution_block_seconds_count")).toBe(0);
    expect(await sample(m, "tributary_abci_finalize_block_seconds_count")).toBe(1);
  });
});
