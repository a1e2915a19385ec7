/**
 * The settings a simd home gets so it runs under the conditions of Tributary's bench node
 * (bench/lib/benchHome.ts): loopback only, timeout_commit as given, the kv tx indexer, a mempool
 * that holds the whole load, Tributary's default minimum gas price, and no listener the bench
 * does not use (REST, gRPC, telemetry, pprof). Pure text edits of config.toml and app.toml, so
 * they are tested without simd.
 */

/** One `key = value` line inside a TOML `[section]` ("" = before the first section). */
export interface TomlEdit {
  section: string;
  key: string;
  /** The TOML value as written, quotes included for strings. */
  value: string;
}

/**
 * Replaces `key = …` in `section`. Throws when the key is not there: simd writes every key with
 * its default, so a missing one means another simd version whose layout these edits do not know.
 * PERF: linear in the file's lines.
 */
export function setTomlKey(text: string, edit: TomlEdit): string {
  const lines = text.split("\n");
  let current = "";
  let found = false;
  const keyRe = new RegExp(`^${edit.key.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")}\\s*=`);
  for (let i = 0; i < lines.length; i++) {
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(lines[i]!);
    if (header) current = header[1]!;
    else if (current === edit.section && keyRe.test(lines[i]!)) {
      if (found) throw new Error(`TOML: ${edit.key} appears twice in [${edit.section}]`);
      lines[i] = `${edit.key} = ${edit.value}`;
      found = true;
    }
  }
  if (!found) throw new Error(`TOML: no ${edit.key} in [${edit.section || "top level"}] (not the simd v0.46 layout?)`);
  return lines.join("\n");
}

export function applyTomlEdits(text: string, edits: readonly TomlEdit[]): string {
  return edits.reduce(setTomlKey, text);
}

const str = (s: string) => JSON.stringify(s);

export interface SimdNodeSettings {
  rpcPort: number;
  p2pPort: number;
  /** `id@127.0.0.1:port` of the other validators; empty for a single node. */
  persistentPeers: string[];
  timeoutCommitMs: number;
  /** Mempool capacity in txs; its cache of seen hashes is twice that (as benchHome.ts does). */
  mempoolSize: number;
}

/** config.toml (Tendermint v0.34 inside simd v0.46). */
export function simdConfigTomlEdits(s: SimdNodeSettings): TomlEdit[] {
  return [
    { section: "rpc", key: "laddr", value: str(`tcp://127.0.0.1:${s.rpcPort}`) },
    { section: "rpc", key: "pprof_laddr", value: str("") },
    { section: "p2p", key: "laddr", value: str(`tcp://127.0.0.1:${s.p2pPort}`) },
    { section: "p2p", key: "persistent_peers", value: str(s.persistentPeers.join(",")) },
    // Every peer is 127.0.0.1: a strict address book refuses loopback, and one IP would count as a duplicate.
    { section: "p2p", key: "addr_book_strict", value: "false" },
    { section: "p2p", key: "allow_duplicate_ip", value: "true" },
    { section: "mempool", key: "size", value: String(s.mempoolSize) },
    { section: "mempool", key: "cache_size", value: String(s.mempoolSize * 2) },
    { section: "consensus", key: "timeout_commit", value: str(`${s.timeoutCommitMs}ms`) },
    { section: "tx_index", key: "indexer", value: str("kv") },
    { section: "instrumentation", key: "prometheus", value: "false" },
  ];
}

/**
 * app.toml. Pruning keeps the last 100 versions like Tributary's default
 * (`pruning.keep_recent`); simd's "default" keeps 362,880.
 */
export function simdAppTomlEdits(minGasPrice: string): TomlEdit[] {
  return [
    { section: "", key: "minimum-gas-prices", value: str(minGasPrice) },
    { section: "", key: "pruning", value: str("custom") },
    { section: "", key: "pruning-keep-recent", value: str("100") },
    { section: "", key: "pruning-interval", value: str("10") },
    { section: "telemetry", key: "enabled", value: "false" },
    { section: "api", key: "enable", value: "false" },
    { section: "grpc", key: "enable", value: "false" },
    { section: "grpc-web", key: "enable", value: "false" },
  ];
}

/**
 * Tributary's minimum gas price ("0.0025utrib") in simd's denom: the same number per gas, so a
 * tx pays the same fee units on both chains.
 */
export function matchedMinGasPrice(tributaryPrice: string, denom: string): string {
  const m = /^([0-9]+(?:\.[0-9]+)?)[a-zA-Z][a-zA-Z0-9/:._-]*$/.exec(tributaryPrice);
  if (!m) throw new Error(`cannot match a minimum gas price of "${tributaryPrice}": expected one price like "0.0025utrib"`);
  return `${m[1]}${denom}`;
}
