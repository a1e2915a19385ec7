import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { homePaths } from "./home.ts";

/**
 * config/config.json: the node's own settings (not consensus: two nodes may differ).
 *
 * {
 *   "moniker": "my-node",                       // name shown in status and genesis
 *   "rpc": {
 *     "laddr": "tcp://127.0.0.1:26657",         // CometBFT-compatible JSON-RPC listen address
 *     "max_body_bytes": 1000000,                // largest request body accepted
 *     "cors_allowed_origins": []                // e.g. ["*"] for browser CosmJS; empty = no CORS
 *   },
 *   "abci": {
 *     "laddr": "tcp://127.0.0.1:26658"          // `start --consensus cometbft`: the ABCI socket CometBFT's proxy_app dials
 *   },                                          //   (tcp://host:port or unix:///path)
 *   "consensus": {
 *     "timeout_commit_ms": 1000,                // solo driver: pause between blocks
 *     "create_empty_blocks": true               // false: only produce a block when txs wait
 *   },
 *   "mempool": {
 *     "size": 5000,                             // max txs held
 *     "max_txs_bytes": 1073741824,              // max total bytes held
 *     "max_tx_bytes": 1048576,                  // largest single tx
 *     "cache_size": 10000,                      // recently seen tx hashes (rejects replays fast)
 *     "sig_verify_workers": -1                  // threads verifying CheckTx signatures (node/sigverify): -1 = one per core, 0 = none
 *   },
 *   "minimum_gas_prices": "0.0025utrib",        // CheckTx rejects fees below gas × price; "" = none
 *   "pruning": { "keep_recent": 100 },          // old state versions kept; 0 = keep everything
 *   "storage": {
 *     "address": "tcp://127.0.0.1:26670"        // HTTP listener serving record bodies (GET /content/<datanet>/<contribution>);
 *   },                                          //   "" = off. A storage node registers its public URL as endpoint
 *   "api": {
 *     "address": "tcp://127.0.0.1:1317",        // REST API (the Cosmos SDK gateway routes, node/api/); "" = off
 *     "enabled_unsafe_cors": false              // true: any origin may call it from a browser
 *   },
 *   "grpc": {
 *     "address": "tcp://127.0.0.1:9090"         // gRPC, the same services with reflection (node/grpc/); "" = off
 *   },
 *   "metrics": {
 *     "address": "tcp://127.0.0.1:26660"        // Prometheus scrape listener (GET /metrics); "" = off
 *   },
 *   "state_sync": {                             // snapshots for nodes joining by state sync (node/snapshots/)
 *     "snapshot_interval": 0,                   // take one every N committed heights; 0 = off (as the SDK's app.toml)
 *     "snapshot_keep_recent": 2                 // snapshots kept under data/snapshots/; 0 = all
 *   },
 *   "log_level": "info"                         // trace|debug|info|warn|error|fatal|silent
 * }
 *
 * Missing fields take the defaults above; unknown fields are errors (they are usually typos).
 */
export interface NodeConfig {
  moniker: string;
  rpc: { laddr: string; max_body_bytes: number; cors_allowed_origins: string[] };
  abci: { laddr: string };
  consensus: { timeout_commit_ms: number; create_empty_blocks: boolean };
  mempool: { size: number; max_txs_bytes: number; max_tx_bytes: number; cache_size: number; sig_verify_workers: number };
  minimum_gas_prices: string;
  pruning: { keep_recent: number };
  storage: { address: string };
  api: { address: string; enabled_unsafe_cors: boolean };
  grpc: { address: string };
  metrics: { address: string };
  state_sync: { snapshot_interval: number; snapshot_keep_recent: number };
  log_level: LogLevel;
}

export const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Where the node serves record bodies over HTTP (node/storage/contentServer.ts). */
export const DEFAULT_STORAGE_ADDRESS = "tcp://127.0.0.1:26670";

/** Where the node serves the REST API (node/api/server.ts), the SDK's port. */
export const DEFAULT_API_ADDRESS = "tcp://127.0.0.1:1317";

/** Where the node serves gRPC (node/grpc/server.ts), the SDK's port. */
export const DEFAULT_GRPC_ADDRESS = "tcp://127.0.0.1:9090";

/** Where the node serves Prometheus metrics (node/metrics/server.ts), CometBFT's port. */
export const DEFAULT_METRICS_ADDRESS = "tcp://127.0.0.1:26660";

export function defaultNodeConfig(moniker: string): NodeConfig {
  return {
    moniker,
    rpc: { laddr: "tcp://127.0.0.1:26657", max_body_bytes: 1_000_000, cors_allowed_origins: [] },
    abci: { laddr: "tcp://127.0.0.1:26658" },
    consensus: { timeout_commit_ms: 1000, create_empty_blocks: true },
    mempool: { size: 5000, max_txs_bytes: 1_073_741_824, max_tx_bytes: 1_048_576, cache_size: 10_000, sig_verify_workers: -1 },
    minimum_gas_prices: "0.0025utrib",
    pruning: { keep_recent: 100 },
    storage: { address: DEFAULT_STORAGE_ADDRESS },
    api: { address: DEFAULT_API_ADDRESS, enabled_unsafe_cors: false },
    grpc: { address: DEFAULT_GRPC_ADDRESS },
    metrics: { address: DEFAULT_METRICS_ADDRESS },
    state_sync: { snapshot_interval: 0, snapshot_keep_recent: 2 },
    log_level: "info",
  };
}

export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(
    readonly file: string,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`invalid node config ${file}: ${field}: ${reason}`);
  }
}

type Check = (v: unknown) => string | undefined;
const nonNegInt: Check = (v) => (typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? undefined : "must be a non-negative integer");
const posInt: Check = (v) => (typeof v === "number" && Number.isSafeInteger(v) && v > 0 ? undefined : "must be a positive integer");
const bool: Check = (v) => (typeof v === "boolean" ? undefined : "must be true or false");
const str: Check = (v) => (typeof v === "string" ? undefined : "must be a string");
const laddr: Check = (v) =>
  typeof v === "string" && /^(tcp|http):\/\/[^:/\s]+:[0-9]{1,5}$/.test(v) ? undefined : 'must look like "tcp://127.0.0.1:26657"';
const abciLaddr: Check = (v) =>
  typeof v === "string" && (/^tcp:\/\/[^:/\s]+:[0-9]{1,5}$/.test(v) || /^unix:\/\/\/\S+$/.test(v))
    ? undefined
    : 'must look like "tcp://127.0.0.1:26658" or "unix:///path/to/app.sock"';
const storageAddress: Check = (v) =>
  v === "" || (typeof v === "string" && /^(tcp|http):\/\/[^:/\s]+:[0-9]{1,5}$/.test(v)) ? undefined : 'must look like "tcp://127.0.0.1:26670" (or "" for off)';
const apiAddress: Check = (v) =>
  v === "" || (typeof v === "string" && /^(tcp|http):\/\/[^:/\s]+:[0-9]{1,5}$/.test(v)) ? undefined : 'must look like "tcp://127.0.0.1:1317" (or "" for off)';
const grpcAddress: Check = (v) =>
  v === "" || (typeof v === "string" && /^tcp:\/\/[^:/\s]+:[0-9]{1,5}$/.test(v)) ? undefined : 'must look like "tcp://127.0.0.1:9090" (or "" for off)';
const metricsAddress: Check = (v) =>
  v === "" || (typeof v === "string" && /^(tcp|http):\/\/[^:/\s]+:[0-9]{1,5}$/.test(v)) ? undefined : 'must look like "tcp://127.0.0.1:26660" (or "" for off)';
const origins: Check = (v) => (Array.isArray(v) && v.every((o) => typeof o === "string") ? undefined : "must be an array of strings");
const gasPrices: Check = (v) =>
  typeof v === "string" && /^(|([0-9]+(\.[0-9]+)?[a-zA-Z][a-zA-Z0-9/:._-]{2,127})(,[0-9]+(\.[0-9]+)?[a-zA-Z][a-zA-Z0-9/:._-]{2,127})*)$/.test(v)
    ? undefined
    : 'must be like "0.0025utrib" (or "" for none)';
const logLevel: Check = (v) => ((LOG_LEVELS as readonly unknown[]).includes(v) ? undefined : `must be one of ${LOG_LEVELS.join(", ")}`);

/** The check for every leaf, keyed by its path; sections are the keys with a dot. */
const CHECKS: Record<string, Check> = {
  moniker: str,
  "rpc.laddr": laddr,
  "rpc.max_body_bytes": posInt,
  "rpc.cors_allowed_origins": origins,
  "abci.laddr": abciLaddr,
  "consensus.timeout_commit_ms": nonNegInt,
  "consensus.create_empty_blocks": bool,
  "mempool.size": posInt,
  "mempool.max_txs_bytes": posInt,
  "mempool.max_tx_bytes": posInt,
  "mempool.cache_size": nonNegInt,
  "mempool.sig_verify_workers": (v) => (typeof v === "number" && Number.isSafeInteger(v) && v >= -1 ? undefined : "must be -1 (one per core), 0 (none) or a number of threads"),
  minimum_gas_prices: gasPrices,
  "pruning.keep_recent": nonNegInt,
  "storage.address": storageAddress,
  "api.address": apiAddress,
  "api.enabled_unsafe_cors": bool,
  "grpc.address": grpcAddress,
  "metrics.address": metricsAddress,
  "state_sync.snapshot_interval": nonNegInt,
  "state_sync.snapshot_keep_recent": nonNegInt,
  log_level: logLevel,
};

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Overlays `raw` on the defaults, checking each field; throws ConfigError naming the field. */
export function parseNodeConfig(raw: unknown, file = "config.json"): NodeConfig {
  if (!isObject(raw)) throw new ConfigError(file, "(root)", "must be a JSON object");
  const out = defaultNodeConfig("") as unknown as Record<string, Record<string, unknown> | unknown>;
  for (const [key, value] of Object.entries(raw)) {
    const def = out[key];
    if (def === undefined) throw new ConfigError(file, key, `unknown field (known: ${Object.keys(out).join(", ")})`);
    if (isObject(def)) {
      if (!isObject(value)) throw new ConfigError(file, key, "must be an object");
      for (const [sub, subValue] of Object.entries(value)) {
        const check = CHECKS[`${key}.${sub}`];
        if (!check) throw new ConfigError(file, `${key}.${sub}`, `unknown field (known: ${Object.keys(def).join(", ")})`);
        const problem = check(subValue);
        if (problem) throw new ConfigError(file, `${key}.${sub}`, `${problem}, got ${JSON.stringify(subValue)}`);
        def[sub] = subValue;
      }
    } else {
      const check = CHECKS[key];
      if (!check) throw new Error(`config field ${key} has a default but no check`);
      const problem = check(value);
      if (problem) throw new ConfigError(file, key, `${problem}, got ${JSON.stringify(value)}`);
      out[key] = value;
    }
  }
  return out as unknown as NodeConfig;
}

/** Reads <home>/config/config.json, fills defaults and validates it. */
export function loadNodeConfig(home: string): NodeConfig {
  const file = homePaths(home).config;
  if (!existsSync(file)) throw new Error(`node config not found at ${file}: run \`tributary init\` first`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new ConfigError(file, "(root)", `not valid JSON: ${(e as Error).message}`);
  }
  return parseNodeConfig(raw, file);
}

export function writeNodeConfig(home: string, config: NodeConfig): void {
  const file = homePaths(home).config;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(config, null, 2) + "\n");
}
