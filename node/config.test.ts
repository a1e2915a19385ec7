import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, defaultNodeConfig, loadNodeConfig, parseNodeConfig, writeNodeConfig } from "./config.ts";

const home = mkdtempSync(join(tmpdir(), "trib-config-"));
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe("node config", () => {
  it("has the documented defaults", () => {
    const c = defaultNodeConfig("n1");
    expect(c.rpc).toEqual({ laddr: "tcp://127.0.0.1:26657", max_body_bytes: 1_000_000, cors_allowed_origins: [] });
    expect(c.consensus).toEqual({ timeout_commit_ms: 1000, create_empty_blocks: true });
    expect(c.mempool).toEqual({ size: 5000, max_txs_bytes: 1073741824, max_tx_bytes: 1048576, cache_size: 10000, sig_verify_workers: -1 });
    expect(c.minimum_gas_prices).toBe("0.0025utrib");
    expect(c.abci).toEqual({ laddr: "tcp://127.0.0.1:26658" });
    expect(parseNodeConfig({ abci: { laddr: "unix:///run/trib.sock" } }).abci.laddr).toBe("unix:///run/trib.sock");
    expect(c.storage).toEqual({ address: "tcp://127.0.0.1:26670" });
    expect(parseNodeConfig({ storage: { address: "" } }).storage.address).toBe("");
    expect(parseNodeConfig({ storage: { address: "tcp://0.0.0.0:8080" } }).storage.address).toBe("tcp://0.0.0.0:8080");
    expect(c.metrics).toEqual({ address: "tcp://127.0.0.1:26660" });
    expect(parseNodeConfig({ metrics: { address: "" } }).metrics.address).toBe("");
  });

  it("round-trips and fills missing fields from defaults", () => {
    writeNodeConfig(home, { ...defaultNodeConfig("n1"), log_level: "debug" });
    expect(loadNodeConfig(home).log_level).toBe("debug");
    const partial = parseNodeConfig({ moniker: "m", rpc: { laddr: "tcp://0.0.0.0:1234" } });
    expect(partial.rpc).toEqual({ laddr: "tcp://0.0.0.0:1234", max_body_bytes: 1_000_000, cors_allowed_origins: [] });
    expect(partial.mempool.size).toBe(5000);
    // defaults are not shared between calls
    expect(defaultNodeConfig("x").rpc.laddr).toBe("tcp://127.0.0.1:26657");
  });

  const bad: [string, unknown, string][] = [
    ["unknown top-level", { mempol: {} }, "mempol"],
    ["unknown nested", { rpc: { ladr: "x" } }, "rpc.ladr"],
    ["bad laddr", { rpc: { laddr: "127.0.0.1:26657" } }, "rpc.laddr"],
    ["bad abci laddr", { abci: { laddr: "unix://relative.sock" } }, "abci.laddr"],
    ["bad storage address", { storage: { address: "26670" } }, "storage.address"],
    ["bad metrics address", { metrics: { address: "localhost:26660" } }, "metrics.address"],
    ["negative size", { mempool: { size: -1 } }, "mempool.size"],
    ["sig verify workers below -1", { mempool: { sig_verify_workers: -2 } }, "mempool.sig_verify_workers"],
    ["float timeout", { consensus: { timeout_commit_ms: 1.5 } }, "consensus.timeout_commit_ms"],
    ["string bool", { consensus: { create_empty_blocks: "yes" } }, "consensus.create_empty_blocks"],
    ["bad gas price", { minimum_gas_prices: "0.0025" }, "minimum_gas_prices"],
    ["bad log level", { log_level: "loud" }, "log_level"],
    ["section not object", { pruning: 5 }, "pruning"],
  ];
  it.each(bad)("rejects %s naming the field", (_n, raw, field) => {
    try {
      parseNodeConfig(raw, "cfg.json");
      throw new Error("accepted");
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as ConfigError).field).toBe(field);
      expect((e as Error).message).toMatch(/^invalid node config cfg\.json: /);
    }
  });

  it("explains a missing or unparsable file", () => {
    const empty = mkdtempSync(join(tmpdir(), "trib-config-"));
    expect(() => loadNodeConfig(empty)).toThrow(/run `tributary init` first/);
    mkdirSync(join(empty, "config"));
    writeFileSync(join(empty, "config", "config.json"), "{ nope");
    expect(() => loadNodeConfig(empty)).toThrow(/not valid JSON/);
    rmSync(empty, { recursive: true });
  });
});
