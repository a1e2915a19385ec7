/**
 * `tributary testnet`: the files of an N-validator network on one machine, like simd's
 * `testnet init-files`. Each node gets a Tributary home and a CometBFT home (two directories:
 * see node/cometbft/config.ts), distinct ports on 127.0.0.1, the other nodes as persistent
 * peers, and one genesis in which every node's validator is bonded through the staking module.
 *
 *   <dir>/testnet.json          chain id, and per node its homes, ports and addresses
 *   <dir>/node<i>/app/          Tributary home: config/{config.json,genesis.json}, data/,
 *                               keyring-test/ with the operator key "validator", key_seed.json
 *   <dir>/node<i>/cometbft/     CometBFT home: config/{config.toml,genesis.json,
 *                               priv_validator_key.json,node_key.json}, data/
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { addGenesisAccount } from "../../genesis/accounts.ts";
import { newGenesisDoc } from "../../genesis/create.ts";
import { validateGenesisDoc, writeGenesis } from "../../genesis/doc.ts";
import type { GenesisDoc } from "../../genesis/types.ts";
import { addGenesisValidator } from "../../genesis/staking.ts";
import { DEV_ACCOUNT_FUNDS, DEV_ACCOUNTS } from "../cli/devAccounts.ts";
import { defaultNodeConfig, writeNodeConfig } from "../config.ts";
import { writeCometHome } from "../cometbft/config.ts";
import { generateEd25519Key, homePaths, nodeIdFromKey, writeNodeKey, writeValidatorKey } from "../home.ts";
import { generateMnemonic, Keyring } from "../keyring/index.ts";

export interface TestnetOptions {
  outputDir: string;
  validators: number;
  chainId: string;
  /** Node i listens on p2p = base + 10·i, RPC = base + 10·i + 1, ABCI = base + 10·i + 2, content (storage.address) = base + 10·i + 3, metrics = base + 10·i + 4, REST = base + 10·i + 5, gRPC = base + 10·i + 6. */
  basePort: number;
  /** utrib each operator bonds at genesis (power = bond / 10^6). */
  selfBond: bigint;
  /** utrib each operator holds besides its bond. */
  operatorFunds: bigint;
  /** Fund the public dev accounts (alice, bob, …) as `dev-init` does. */
  devAccounts: boolean;
  timeoutCommit: string;
  /** Extra full nodes: funded operator key, in the peer mesh, but not bonded at genesis. */
  fullNodes?: number;
  /**
   * The genesis's initial_height (default 1): the first block's height, as a chain relaunched
   * from an export (`genesis fork`) starts. Tests use it to reach a high height without
   * producing every block below it.
   */
  initialHeight?: bigint;
  /** CometBFT's log_level for every node (default: see CometConfig.logLevel). */
  cometLogLevel?: string;
  /** Last changes to the genesis before it is validated and written (tests shorten params here). */
  editGenesis?: (doc: GenesisDoc) => void;
}

export const TESTNET_DEFAULTS: Omit<TestnetOptions, "outputDir"> = {
  validators: 4,
  chainId: "tributary-testnet-1",
  // Clear of `make run`'s ports (26656-26660, 26670, 1317, 9090): 4 nodes use 36656-36695.
  basePort: 36656,
  selfBond: 100_000_000n,
  operatorFunds: 1_000_000_000_000n,
  devAccounts: true,
  timeoutCommit: "1s",
};

export interface TestnetNode {
  name: string;
  /** The Tributary home (`tributary start --consensus cometbft --home …`, keyring, exports). */
  home: string;
  /** The CometBFT home (`cometbft start --home …`). */
  cometHome: string;
  nodeId: string;
  /** CometBFT validator address (upper-case hex). */
  validatorAddress: string;
  operatorAddress: string;
  /** Bonded at genesis (false for --full-nodes). */
  validator: boolean;
  /** CometBFT's JSON-RPC, what CosmJS and `--node` take. */
  rpc: string;
  p2p: string;
  abci: string;
}

export interface TestnetManifest {
  chain_id: string;
  nodes: TestnetNode[];
}

export class TestnetError extends Error {
  override readonly name = "TestnetError";
}

export const manifestPath = (dir: string) => join(dir, "testnet.json");

export function readTestnetManifest(dir: string): TestnetManifest {
  const file = manifestPath(dir);
  if (!existsSync(file)) throw new TestnetError(`${file} not found: create the network with \`tributary testnet --output-dir ${dir}\` first`);
  return JSON.parse(readFileSync(file, "utf8")) as TestnetManifest;
}

/** Writes every node's home and the shared genesis; refuses a directory that already holds a testnet. */
export async function initTestnet(opts: TestnetOptions): Promise<TestnetManifest> {
  const dir = resolve(opts.outputDir);
  if (existsSync(manifestPath(dir))) throw new TestnetError(`${dir} already holds a testnet (testnet.json): remove it or choose another --output-dir`);
  if (!Number.isInteger(opts.validators) || opts.validators < 1 || opts.validators > 50) throw new TestnetError(`--validators must be 1..50, got ${opts.validators}`);
  if (opts.initialHeight !== undefined && opts.initialHeight < 1n) throw new TestnetError(`--initial-height must be >= 1, got ${opts.initialHeight}`);
  mkdirSync(dir, { recursive: true });

  const nodes: TestnetNode[] = [];
  const pubkeys: Uint8Array[] = [];
  const total = opts.validators + (opts.fullNodes ?? 0);
  for (let i = 0; i < total; i++) {
    const name = `node${i}`;
    const home = join(dir, name, "app");
    const cometHome = join(dir, name, "cometbft");
    mkdirSync(homePaths(home).dataDir, { recursive: true });
    const mnemonic = generateMnemonic();
    const operator = (await Keyring.open({ home, backend: "test" }).add("validator", mnemonic)).info;
    writeFileSync(join(home, "key_seed.json"), JSON.stringify({ name: "validator", address: operator.address, secret: mnemonic }, null, 2) + "\n", { mode: 0o600 });
    const key = writeValidatorKey(cometHome, generateEd25519Key());
    const nodeKey = generateEd25519Key();
    writeNodeKey(cometHome, nodeKey);
    pubkeys.push(key.pubkey);
    const port = (k: number) => opts.basePort + 10 * i + k;
    nodes.push({
      name,
      home,
      cometHome,
      nodeId: nodeIdFromKey(nodeKey),
      validatorAddress: key.address,
      operatorAddress: operator.address,
      validator: i < opts.validators,
      rpc: `http://127.0.0.1:${port(1)}`,
      p2p: `tcp://127.0.0.1:${port(0)}`,
      abci: `tcp://127.0.0.1:${port(2)}`,
    });
  }

  const doc = newGenesisDoc({ chainId: opts.chainId, validators: [] });
  if (opts.initialHeight !== undefined) doc.initial_height = opts.initialHeight.toString();
  if (opts.devAccounts) for (const a of DEV_ACCOUNTS) addGenesisAccount(doc, a.address, DEV_ACCOUNT_FUNDS);
  nodes.forEach((n, i) => {
    addGenesisAccount(doc, n.operatorAddress, [{ denom: "utrib", amount: (opts.operatorFunds + opts.selfBond).toString() }]);
    if (n.validator) addGenesisValidator(doc, { operator: n.operatorAddress, consensusPubkey: pubkeys[i]!, selfBond: opts.selfBond, moniker: n.name });
  });
  opts.editGenesis?.(doc);
  validateGenesisDoc(doc);

  for (const n of nodes) {
    // The app reads its genesis from InitChain; its copy is for `genesis export` and the CLI.
    writeGenesis(homePaths(n.home).genesis, doc);
    writeGenesis(homePaths(n.cometHome).genesis, doc);
    const config = defaultNodeConfig(n.name);
    config.abci.laddr = n.abci;
    config.storage.address = `tcp://127.0.0.1:${opts.basePort + 10 * nodes.indexOf(n) + 3}`;
    config.api.address = `tcp://127.0.0.1:${opts.basePort + 10 * nodes.indexOf(n) + 5}`; // REST API
    config.grpc.address = `tcp://127.0.0.1:${opts.basePort + 10 * nodes.indexOf(n) + 6}`;
    config.metrics.address = `tcp://127.0.0.1:${opts.basePort + 10 * nodes.indexOf(n) + 4}`;
    config.rpc.laddr = n.rpc.replace("http://", "tcp://"); // where the CLI's --node default points
    writeNodeConfig(n.home, config);
    writeCometHome(n.cometHome, {
      moniker: n.name,
      proxyApp: n.abci,
      rpcLaddr: n.rpc.replace("http://", "tcp://"),
      p2pLaddr: n.p2p,
      persistentPeers: nodes.filter((p) => p !== n).map((p) => `${p.nodeId}@${p.p2p.replace("tcp://", "")}`),
      timeoutCommit: opts.timeoutCommit,
      logLevel: opts.cometLogLevel,
    });
  }
  const manifest: TestnetManifest = { chain_id: opts.chainId, nodes };
  writeFileSync(manifestPath(dir), JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}
