import { describe, expect, it } from "vitest";
import { applyTomlEdits, matchedMinGasPrice, setTomlKey, simdAppTomlEdits, simdConfigTomlEdits } from "./simdConfig.ts";

// The layout simd v0.46 writes (trimmed): the same key in several sections, comments between.
const CONFIG_TOML = `# top comment
proxy_app = "tcp://127.0.0.1:26658"
moniker = "node0"

[rpc]
# TCP or UNIX socket address for the RPC server to listen on
laddr = "tcp://0.0.0.0:26657"
pprof_laddr = "localhost:6060"

[p2p]
laddr = "tcp://0.0.0.0:26656"
persistent_peers = ""
addr_book_strict = true
allow_duplicate_ip = false

[mempool]
version = "v0"
size = 5000
cache_size = 10000

[consensus]
timeout_commit = "5s"

[tx_index]
indexer = "kv"

[instrumentation]
prometheus = false
`;

const APP_TOML = `minimum-gas-prices = "0stake"
pruning = "default"
pruning-keep-recent = "0"
pruning-interval = "0"

[telemetry]
enabled = true

[api]
enable = true
address = "tcp://0.0.0.0:1317"

[grpc]
enable = true

[grpc-web]
enable = true
`;

describe("setTomlKey", () => {
  it("changes the key of the named section only", () => {
    const out = setTomlKey(CONFIG_TOML, { section: "p2p", key: "laddr", value: '"tcp://127.0.0.1:5"' });
    expect(out).toContain('laddr = "tcp://0.0.0.0:26657"');
    expect(out).toContain('laddr = "tcp://127.0.0.1:5"');
    expect(out).not.toContain('laddr = "tcp://0.0.0.0:26656"');
    expect(out.split("\n")).toHaveLength(CONFIG_TOML.split("\n").length);
  });

  it("edits top-level keys with section \"\" and does not match a longer key", () => {
    const out = setTomlKey(APP_TOML, { section: "", key: "pruning", value: '"custom"' });
    expect(out).toContain('pruning = "custom"');
    expect(out).toContain('pruning-keep-recent = "0"');
  });

  it("refuses a key the section does not have, naming it", () => {
    expect(() => setTomlKey(CONFIG_TOML, { section: "mempool", key: "laddr", value: "1" })).toThrow(/no laddr in \[mempool\]/);
    expect(() => setTomlKey(CONFIG_TOML, { section: "nosuch", key: "size", value: "1" })).toThrow(/no size in \[nosuch\]/);
  });
});

describe("simd settings", () => {
  it("config.toml: loopback ports, peers, 1 s commits, kv indexer, a mempool for the load", () => {
    const out = applyTomlEdits(CONFIG_TOML, simdConfigTomlEdits({ rpcPort: 4001, p2pPort: 4002, persistentPeers: ["aa@127.0.0.1:1", "bb@127.0.0.1:2"], timeoutCommitMs: 1000, mempoolSize: 6000 }));
    for (const line of [
      'laddr = "tcp://127.0.0.1:4001"',
      'pprof_laddr = ""',
      'laddr = "tcp://127.0.0.1:4002"',
      'persistent_peers = "aa@127.0.0.1:1,bb@127.0.0.1:2"',
      "addr_book_strict = false",
      "allow_duplicate_ip = true",
      "size = 6000",
      "cache_size = 12000",
      'timeout_commit = "1000ms"',
      'indexer = "kv"',
    ]) {
      expect(out.split("\n")).toContain(line);
    }
    expect(out).not.toContain("0.0.0.0");
  });

  it("app.toml: the matched gas price, pruning like Tributary's, no REST/gRPC/telemetry", () => {
    const out = applyTomlEdits(APP_TOML, simdAppTomlEdits("0.0025stake"));
    expect(out).toContain('minimum-gas-prices = "0.0025stake"');
    expect(out).toContain('pruning-keep-recent = "100"');
    expect(out).not.toMatch(/enabled? = true/);
  });

  it("matches Tributary's gas price in another denom, refuses what it cannot read", () => {
    expect(matchedMinGasPrice("0.0025utrib", "stake")).toBe("0.0025stake");
    expect(matchedMinGasPrice("1utrib", "stake")).toBe("1stake");
    expect(() => matchedMinGasPrice("", "stake")).toThrow(/cannot match a minimum gas price of ""/);
    expect(() => matchedMinGasPrice("0.1utrib,0.2uatom", "stake")).toThrow(/expected one price/);
  });
});
