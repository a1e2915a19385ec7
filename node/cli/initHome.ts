import { existsSync, mkdirSync } from "node:fs";
import type { GenesisError } from "../../chain/genesisError.ts";
import { newGenesisDoc } from "../../genesis/create.ts";
import { defaultGenutilGenesis } from "../../modules/genutil/genesis.ts";
import { validateChainId, writeGenesis } from "../../genesis/doc.ts";
import { POWER_REDUCTION, addGenesisValidator } from "../../genesis/staking.ts";
import { genesisValidator } from "../../genesis/validators.ts";
import { defaultNodeConfig, writeNodeConfig } from "../config.ts";
import {
  generateEd25519Key,
  homePaths,
  loadNodeKey,
  loadValidatorKey,
  nodeIdFromKey,
  writeNodeKey,
  writeValidatorKey,
  type ValidatorKey,
} from "../home.ts";
import type { GenesisDoc } from "../../genesis/types.ts";
import { UserError } from "./errors.ts";

/** Voting power of the node's own validator in a fresh genesis. */
export const INIT_VALIDATOR_POWER = 10n;

export interface InitOptions {
  home: string;
  moniker: string;
  chainId: string;
  overwrite?: boolean;
  /** Changes the genesis before it is written (dev-init adds accounts here). */
  editGenesis?: (doc: GenesisDoc) => void;
  /**
   * Bonds the node's validator through staking: `operator` (funded by `editGenesis`) self-delegates
   * `selfBond` utrib, and genesis.json lists the same power. Without it the validator is only in
   * genesis.json's list, outside staking (it validates but nothing accrues to it).
   */
  bondValidator?: { operator: string; selfBond: bigint };
}

export interface InitResult {
  home: string;
  moniker: string;
  chain_id: string;
  node_id: string;
  validator_address: string;
  genesis_file: string;
}

/** Keys are kept when they exist (as simd does), so re-running init never orphans a validator. */
function ensureValidatorKey(home: string): ValidatorKey {
  if (existsSync(homePaths(home).privValidatorKey)) return loadValidatorKey(home);
  return writeValidatorKey(home, generateEd25519Key());
}

function ensureNodeId(home: string): string {
  if (!existsSync(homePaths(home).nodeKey)) writeNodeKey(home, generateEd25519Key());
  return nodeIdFromKey(loadNodeKey(home));
}

/**
 * `tributary init`: config.json (if missing), validator and node keys (if missing), and a
 * genesis whose only validator is this node. Refuses to replace a genesis unless `overwrite`.
 */
export function initHome(opts: InitOptions): InitResult {
  const paths = homePaths(opts.home);
  if (opts.moniker.trim() === "") throw new UserError("moniker must not be empty");
  try {
    validateChainId(opts.chainId);
  } catch (e) {
    throw new UserError(`invalid --chain-id: ${(e as GenesisError).reason ?? (e as Error).message}`);
  }
  if (existsSync(paths.genesis) && !opts.overwrite) {
    throw new UserError(`genesis file already exists at ${paths.genesis}: pass --overwrite to replace it`);
  }
  mkdirSync(paths.configDir, { recursive: true });
  mkdirSync(paths.dataDir, { recursive: true });
  if (!existsSync(paths.config) || opts.overwrite) writeNodeConfig(paths.home, defaultNodeConfig(opts.moniker));
  const validator = ensureValidatorKey(paths.home);
  const nodeId = ensureNodeId(paths.home);
  const doc = newGenesisDoc({ chainId: opts.chainId, validators: [genesisValidator(validator.pubkey, INIT_VALIDATOR_POWER, opts.moniker)] });
  // As the SDK's init: an empty genutil section, which collect-gentxs fills (it writes nothing at InitChain).
  doc.app_state.genutil = defaultGenutilGenesis();
  opts.editGenesis?.(doc);
  if (opts.bondValidator) {
    const { operator, selfBond } = opts.bondValidator;
    addGenesisValidator(doc, { operator, consensusPubkey: validator.pubkey, selfBond, moniker: opts.moniker });
    doc.validators = [genesisValidator(validator.pubkey, selfBond / POWER_REDUCTION, opts.moniker)];
  }
  writeGenesis(paths.genesis, doc);
  return {
    home: paths.home,
    moniker: opts.moniker,
    chain_id: opts.chainId,
    node_id: nodeId,
    validator_address: validator.address,
    genesis_file: paths.genesis,
  };
}
