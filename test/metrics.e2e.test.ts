/**
 * Prometheus metrics of a real node (node/metrics/): scraped over HTTP after real blocks, a real
 * CosmJS MsgSend and a refused tx, and parsed with a real text-format parser (so a malformed
 * exposition fails here, not in someone's Prometheus).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import parsePrometheusTextFormat, { type PromFamily } from "parse-prometheus-text-format";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { GasPrice, SigningStargateClient, assertIsDeliverTxSuccess } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { CheckTxType } from "cosmjs-types/tendermint/abci/types";
import { startAbciNode } from "../node/abciNode.ts";
import { loadNodeConfig, writeNodeConfig } from "../node/config.ts";
import { DEV_ACCOUNTS } from "../node/cli/devAccounts.ts";
import { TributaryClient, makeDevWallet } from "../client/index.ts";
import { writeAppHome } from "./cometbft/cometNode.ts";
import { expectOneLineError, runInProcess } from "../node/cli/cliTestHarness.ts";
import { freePort, spawnNode } from "./processNode.ts";
import { type TestNode, makeTestHome, startTestNode } from "./testNode.ts";

const [alice, bob] = DEV_ACCOUNTS;

async function scrape(url: string): Promise<Map<string, PromFamily>> {
  const res = await fetch(url);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return new Map(parsePrometheusTextFormat(await res.text()).map((f) => [f.name, f]));
}

function family(m: Map<string, PromFamily>, name: string, type: PromFamily["type"]): PromFamily {
  const f = m.get(name);
  if (!f) throw new Error(`metric ${name} missing (have ${[...m.keys()].join(", ")})`);
  expect(f.type).toBe(type);
  return f;
}

/** The value of the one sample of `name` whose labels include `labels` (0 when none matches). */
function value(m: Map<string, PromFamily>, name: string, type: PromFamily["type"], labels: Record<string, string> = {}): number {
  const s = family(m, name, type).metrics.find((x) => Object.entries(labels).every(([k, v]) => x.labels?.[k] === v));
  return s ? Number(s.value) : 0;
}

function histogramCount(m: Map<string, PromFamily>, name: string): number {
  return Number(family(m, name, "HISTOGRAM").metrics[0]?.count ?? 0);
}

/** Scrapes until `ok` holds (blocks keep coming), so no test sleeps a fixed time. */
async function scrapeUntil(url: string, ok: (m: Map<string, PromFamily>) => boolean, timeoutMs = 20_000): Promise<Map<string, PromFamily>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const m = await scrape(url);
    if (ok(m)) return m;
    if (Date.now() > deadline) throw new Error("metrics condition not met in time");
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("node metrics (Prometheus)", () => {
  let t: TestNode;
  let url: string;
  let comet: Comet38Client;
  beforeAll(async () => {
    t = await startTestNode();
    url = t.node.metricsUrl!;
    comet = await Comet38Client.connect(t.rpcUrl);
  });
  afterAll(async () => {
    comet?.disconnect();
    await t?.stop();
  });

  it("serves /metrics on its own port (bound like the other listeners)", () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect(url).not.toContain(":0/");
  });

  it("reports CometBFT's consensus metrics and ours after blocks and a MsgSend", async () => {
    await t.node.driver.waitForHeight(3n);
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(alice.mnemonic, { prefix: "trib" });
    const client = await SigningStargateClient.connectWithSigner(t.rpcUrl, wallet, { gasPrice: GasPrice.fromString("0.0025utrib"), broadcastPollIntervalMs: 100 });
    const sent = await client.sendTokens(alice.address, bob.address, [{ denom: "utrib", amount: "777" }], "auto");
    assertIsDeliverTxSuccess(sent);
    client.disconnect();

    const m = await scrapeUntil(url, (x) => value(x, "cometbft_consensus_height", "GAUGE") >= sent.height);
    const rpcHeight = (await comet.status()).syncInfo.latestBlockHeight;
    expect(Math.abs(value(m, "cometbft_consensus_height", "GAUGE") - rpcHeight)).toBeLessThanOrEqual(1);
    expect(value(m, "cometbft_consensus_total_txs", "COUNTER")).toBeGreaterThanOrEqual(1);
    expect(value(m, "tributary_deliver_tx_total", "COUNTER", { code: "0" })).toBeGreaterThanOrEqual(1);
    expect(value(m, "tributary_checktx_total", "COUNTER", { code: "0", type: "new" })).toBeGreaterThanOrEqual(1);
    expect(value(m, "cometbft_mempool_size", "GAUGE")).toBeGreaterThanOrEqual(0);
    // The block that held the send is in the txs-per-block histogram (a bucket ≥ 1 tx counts it).
    const txs = family(m, "tributary_block_txs", "HISTOGRAM").metrics[0]!;
    expect(Number(txs.sum)).toBeGreaterThanOrEqual(1);
    for (const h of ["cometbft_consensus_block_interval_seconds", "tributary_abci_finalize_block_seconds", "tributary_abci_commit_seconds", "tributary_block_txs"]) {
      expect(histogramCount(m, h), h).toBeGreaterThanOrEqual(2);
    }
    // Every block allocates fees and provisions to the validator: rewards paid are counted from the events.
    expect(value(m, "tributary_rewards_paid_total", "COUNTER", { source: "validators", denom: "utrib" }) + value(m, "tributary_rewards_paid_total", "COUNTER", { source: "community_pool", denom: "utrib" })).toBeGreaterThan(0);
    // Node.js default metrics.
    expect(value(m, "process_resident_memory_bytes", "GAUGE")).toBeGreaterThan(0);
    expect(m.has("nodejs_eventloop_lag_seconds")).toBe(true);
  });

  it("times attribution index builds (a published datanet version's segment, built off the block path)", async () => {
    const client = await TributaryClient.connectWithSigner(t.rpcUrl, await makeDevWallet(alice.mnemonic));
    try {
      const { datanetId } = await client.createDatanet(alice.address, { metadata: { name: "metrics" }, policy: { curation: "OPEN" } }, "auto");
      const words = (seed: number) => Array.from({ length: 40 }, (_, i) => `w${(seed * 7919 + i * 104729) % 5003}`).join(" ");
      await client.contribute(alice.address, datanetId, [0, 1, 2].map((k) => ({ body: words(k) })), "auto");
      await client.publishVersion(alice.address, datanetId, "auto");
    } finally {
      client.disconnect();
    }
    const m = await scrapeUntil(url, (x) => histogramCount(x, "tributary_attribution_index_build_seconds") >= 1, 60_000);
    expect(Number(family(m, "tributary_attribution_index_build_seconds", "HISTOGRAM").metrics[0]!.sum)).toBeGreaterThan(0);
    // Counted by the metrics App listener from the datanet module's typed events (the decoders beside the emitters).
    expect(value(m, "tributary_datanet_records_ingested_total", "COUNTER")).toBe(3);
  });

  it("counts CheckTx refusals by code", async () => {
    const before = await scrape(url);
    const refused = await comet.broadcastTxSync({ tx: new Uint8Array([1, 2, 3, 4]) });
    expect(refused.code).not.toBe(0);
    const labels = { code: String(refused.code), codespace: refused.codespace ?? "", type: "new" };
    const after = await scrape(url);
    expect(value(after, "tributary_checktx_total", "COUNTER", labels)).toBe(value(before, "tributary_checktx_total", "COUNTER", labels) + 1);
  });

  it("answers 404 for other paths and methods", async () => {
    const base = url.replace(/\/metrics$/, "");
    for (const [path, method] of [["/", "GET"], ["/metricsx", "GET"], ["/status", "GET"], ["/metrics", "POST"]]) {
      const res = await fetch(base + path, { method });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(await res.text()).toMatch(/metrics are at GET \/metrics/);
    }
  });
});

describe("node metrics under --consensus cometbft", () => {
  it("serves /metrics from the ABCI app and counts CheckTx calls CometBFT makes", async () => {
    const home = mkdtempSync(join(tmpdir(), "trib-metrics-abci-"));
    writeAppHome(home, { abciLaddr: "tcp://127.0.0.1:0", logLevel: "warn" });
    const node = await startAbciNode({ home, metricsAddress: "tcp://127.0.0.1:0", logger: pino({ level: "silent" }), onFatal: () => {} });
    try {
      expect(node.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
      // What CometBFT's mempool connection sends for a tx that does not decode.
      const res = await node.app.checkTx({ tx: new Uint8Array([9, 9, 9]), type: CheckTxType.NEW });
      expect(res.code).not.toBe(0);
      const m = await scrape(node.metricsUrl!);
      expect(value(m, "tributary_checktx_total", "COUNTER", { code: String(res.code), type: "new" })).toBe(1);
      // CometBFT owns the mempool in this mode (it exports its own mempool_size).
      expect(m.has("cometbft_mempool_size")).toBe(false);
      expect(value(m, "process_resident_memory_bytes", "GAUGE")).toBeGreaterThan(0);
    } finally {
      await node.stop();
      rmSync(home, { recursive: true, force: true });
    }
  });
});

describe("tributary start --metrics.address", () => {
  it("serves on the address given, is off with \"\", and refuses a malformed one on one line", { timeout: 90_000 }, async () => {
    const home = makeTestHome();
    // The "node started" line (info) carries the listener URLs.
    const config = loadNodeConfig(home);
    config.log_level = "info";
    writeNodeConfig(home, config);
    try {
      expectOneLineError(await runInProcess(["start", "--home", home, "--metrics.address", "26660"]), /^Error: invalid --metrics.address "26660": expected tcp:\/\/host:port \(or "" for off\)$/);
      const port = await freePort();
      const on = await spawnNode(["--home", home, "--metrics.address", `tcp://127.0.0.1:${port}`]);
      try {
        const started = on.lines.find((l) => l.msg === "node started")!;
        expect(started.metrics).toBe(`http://127.0.0.1:${port}/metrics`);
        const m = await scrape(`http://127.0.0.1:${port}/metrics`);
        expect(value(m, "cometbft_consensus_height", "GAUGE")).toBeGreaterThanOrEqual(1);
      } finally {
        await on.stop();
      }
      const off = await spawnNode(["--home", home, "--metrics.address", ""]);
      try {
        expect(off.lines.find((l) => l.msg === "node started")!.metrics).toBeUndefined();
        await expect(fetch(`http://127.0.0.1:${port}/metrics`)).rejects.toThrow();
      } finally {
        await off.stop();
      }
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
