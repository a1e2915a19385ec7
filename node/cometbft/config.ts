/**
 * A CometBFT home for a node whose app is Tributary: config/config.toml (plus genesis.json,
 * priv_validator_key.json and node_key.json, in the same formats Tributary's own home uses).
 *
 * It must be a different directory from the Tributary home: CometBFT reads its config through
 * viper under the name "config", which takes config/config.json before config/config.toml, so in
 * a shared home it would read Tributary's file and fail.
 *
 * CometBFT fills every config.toml key that is missing with its default, so only the keys a
 * Tributary network needs are written here.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { homePaths } from "../home.ts";
import { renderStateSyncSection, type StateSyncSettings } from "../snapshots/cometStateSync.ts";

export interface CometConfig {
  moniker: string;
  /** The app's ABCI address, e.g. tcp://127.0.0.1:26658. */
  proxyApp: string;
  /** CometBFT RPC listen address, e.g. tcp://127.0.0.1:26657. */
  rpcLaddr: string;
  /** P2P listen address, e.g. tcp://127.0.0.1:26656. */
  p2pLaddr: string;
  /** `<node id>@<host>:<port>` of the other nodes. */
  persistentPeers: string[];
  /** Go duration strings, e.g. "1s", "200ms". */
  timeoutCommit: string;
  /**
   * Defaults: propose "3s" (CometBFT's default; with "1s" a loaded 4-validator network lost
   * whole rounds to proposals that were late, not missing: node/testnet/README.md), prevote and
   * precommit "1s" (CometBFT's defaults).
   */
  timeoutPropose?: string;
  timeoutPrevote?: string;
  timeoutPrecommit?: string;
  /**
   * CometBFT log level. The default keeps block and state lines only; the crash-recovery
   * handshake ("Replay last block using real app") is logged by the consensus module, so a
   * test that reads it passes a level with "consensus:info". E.g. "info" or "main:info,*:error".
   */
  logLevel?: string;
  /** A node that joins by state sync (node/snapshots/): its [statesync] section. */
  stateSync?: StateSyncSettings;
}

export const cometConfigPath = (home: string) => join(homePaths(home).configDir, "config.toml");

/** A TOML string literal (CometBFT's values here are plain ASCII; quote and backslash escaped). */
const q = (s: string) => JSON.stringify(s);

export function renderCometConfig(c: CometConfig): string {
  return `# CometBFT configuration written by Tributary (node/cometbft/config.ts). Keys left out take CometBFT's defaults.
proxy_app = ${q(c.proxyApp)}
moniker = ${q(c.moniker)}
abci = "socket"
log_level = ${q(c.logLevel ?? "main:info,state:info,p2p:error,*:error")}
db_backend = "goleveldb"

[rpc]
laddr = ${q(c.rpcLaddr)}
cors_allowed_origins = []

[p2p]
laddr = ${q(c.p2pLaddr)}
persistent_peers = ${q(c.persistentPeers.join(","))}
# Several nodes on one host: same IP, private addresses.
allow_duplicate_ip = true
addr_book_strict = false
# Consensus messages (proposal parts, votes) leave at most 10 ms after they are queued instead of
# 100 ms; a height takes several such hops. 20 MB/s per peer instead of 5 MB/s: a proposer sends
# a block of ~2,000 sends (~0.5 MB) to each peer in 25 ms instead of 100 ms. Measured in
# node/testnet/README.md.
flush_throttle_timeout = "10ms"
send_rate = 20971520
recv_rate = 20971520

[mempool]
# Re-check pending txs after each block (a spent sequence leaves the pool) and gossip them to peers.
recheck = true
broadcast = true
size = 10000
cache_size = 20000

[consensus]
timeout_propose = ${q(c.timeoutPropose ?? "3s")}
timeout_prevote = ${q(c.timeoutPrevote ?? "1s")}
timeout_precommit = ${q(c.timeoutPrecommit ?? "1s")}
timeout_commit = ${q(c.timeoutCommit)}
create_empty_blocks = true

[tx_index]
indexer = "kv"

[instrumentation]
prometheus = false
${c.stateSync ? `\n${renderStateSyncSection(c.stateSync)}` : ""}`;
}

/** Writes config/config.toml and, unless it exists, data/priv_validator_state.json (CometBFT needs both). */
export function writeCometHome(home: string, config: CometConfig): void {
  const paths = homePaths(home);
  if (existsSync(paths.config)) throw new Error(`${paths.config} exists: CometBFT would read it instead of config.toml; give CometBFT its own home`);
  mkdirSync(paths.configDir, { recursive: true });
  mkdirSync(paths.dataDir, { recursive: true });
  writeFileSync(cometConfigPath(home), renderCometConfig(config));
  const state = join(paths.dataDir, "priv_validator_state.json");
  if (!existsSync(state)) writeFileSync(state, JSON.stringify({ height: "0", round: 0, step: 0 }, null, 2) + "\n", { mode: 0o600 });
}
