/**
 * Test glue for a real CometBFT v0.38 (the pinned `.bin/cometbft`) in front of Tributary's app:
 * writes one node's pair of homes with generated keys and a genesis. The config.toml comes from
 * node/cometbft/config.ts and the processes are run by node/testnet/processes.ts (`startApp`,
 * `spawnComet(home, cometbftBinary())`, `killAllProcesses` in afterAll).
 *
 * Each node needs TWO directories: a CometBFT home (config/config.toml, genesis.json,
 * priv_validator_key.json, node_key.json, data/) and a Tributary home (config/config.json,
 * data/application.db); see node/cometbft/config.ts for why they cannot be one.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { genesisValidator } from "../../genesis/validators.ts";
import { writeGenesis } from "../../genesis/doc.ts";
import type { GenesisDoc } from "../../genesis/types.ts";
import { writeCometHome } from "../../node/cometbft/config.ts";
import { defaultNodeConfig, writeNodeConfig } from "../../node/config.ts";
import { type Ed25519Key, type ValidatorKey, generateEd25519Key, homePaths, nodeIdFromKey, writeNodeKey, writeValidatorKey } from "../../node/home.ts";

/** Block, state and ABCI lines plus the consensus module's, which logs the crash-recovery handshake. */
const TEST_LOG_LEVEL = "main:info,state:info,proxy:info,consensus:info,p2p:error,*:error";

export interface CometPorts {
  /** CometBFT JSON-RPC (CosmJS connects here). */
  rpc: number;
  p2p: number;
  /** The app's ABCI socket, CometBFT's proxy_app. */
  abci: number;
}

export interface CometNodeOptions {
  /** Written as config/genesis.json. If its `validators` is empty this node's key is added with power 10. */
  genesisDoc: GenesisDoc;
  ports: CometPorts;
  /** Go duration, e.g. "200ms": the pause after each block. */
  timeoutCommit: string;
  /** `<node id>@127.0.0.1:<p2p port>` of the other nodes. */
  persistentPeers?: string[];
  /** This node's consensus key; generated when absent. */
  privValidatorKey?: Ed25519Key;
  nodeKey?: Ed25519Key;
  moniker?: string;
  /** CometBFT log level; the default keeps the handshake, block and error lines. */
  logLevel?: string;
}

export interface CometNodeHome {
  home: string;
  validatorKey: ValidatorKey;
  nodeId: string;
  /** "http://127.0.0.1:<rpc>" */
  rpcUrl: string;
  /** "tcp://127.0.0.1:<abci>" */
  abciLaddr: string;
  /** "<node id>@127.0.0.1:<p2p>", for the other nodes' persistentPeers. */
  p2pAddress: string;
}

/** Writes a CometBFT home (keys, genesis, config, a fresh signing state) into `dir`. */
export function writeCometNodeHome(dir: string, o: CometNodeOptions): CometNodeHome {
  const paths = homePaths(dir);
  const moniker = o.moniker ?? "comet-test";
  const abciLaddr = `tcp://127.0.0.1:${o.ports.abci}`;
  writeCometHome(dir, {
    moniker,
    proxyApp: abciLaddr,
    rpcLaddr: `tcp://127.0.0.1:${o.ports.rpc}`,
    p2pLaddr: `tcp://127.0.0.1:${o.ports.p2p}`,
    persistentPeers: o.persistentPeers ?? [],
    timeoutCommit: o.timeoutCommit,
    // Shorter than CometBFT's 1 s so a round that fails (a node just restarted) costs less.
    timeoutPrevote: "500ms",
    timeoutPrecommit: "500ms",
    logLevel: o.logLevel ?? TEST_LOG_LEVEL,
  });
  const validatorKey = writeValidatorKey(dir, o.privValidatorKey ?? generateEd25519Key());
  const nodeKey = o.nodeKey ?? generateEd25519Key();
  writeNodeKey(dir, nodeKey);
  const doc: GenesisDoc = structuredClone(o.genesisDoc);
  if (doc.validators.length === 0) doc.validators = [genesisValidator(validatorKey.pubkey, 10n, moniker)];
  writeGenesis(paths.genesis, doc);
  const nodeId = nodeIdFromKey(nodeKey);
  return {
    home: paths.home,
    validatorKey,
    nodeId,
    rpcUrl: `http://127.0.0.1:${o.ports.rpc}`,
    abciLaddr,
    p2pAddress: `${nodeId}@127.0.0.1:${o.ports.p2p}`,
  };
}

/** A Tributary home for `start --consensus cometbft` (config/config.json; never CometBFT's home). */
export function writeAppHome(dir: string, o: { abciLaddr: string; logLevel?: "debug" | "info" | "warn" }): void {
  if (existsSync(join(homePaths(dir).configDir, "config.toml"))) throw new Error(`${dir} is a CometBFT home: give the app its own directory`);
  mkdirSync(homePaths(dir).dataDir, { recursive: true });
  const config = defaultNodeConfig("comet-test");
  config.abci.laddr = o.abciLaddr;
  // A free port for the content listener: the default 26670 may be taken by another node.
  config.storage.address = "tcp://127.0.0.1:0";
  // Off: these tests pick fixed free ports for other listeners, and a port-0 bind in the same
  // process may be handed one of them before it is bound (EADDRINUSE under load).
  config.metrics.address = "";
  config.api.address = ""; // off for the same reason
  config.grpc.address = ""; // and again
  config.log_level = o.logLevel ?? "info";
  writeNodeConfig(dir, config);
}
