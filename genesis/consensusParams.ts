import { GenesisError } from "../chain/genesisError.ts";
import type { ConsensusParamsJson } from "./types.ts";

/**
 * Block gas limit Tributary ships with. CometBFT's default is -1 (unlimited), but the ante
 * checks each tx's gas limit against the block max gas, so a finite value is needed.
 */
export const DEFAULT_BLOCK_MAX_GAS = "100000000";

/** CometBFT v0.38 defaults (types/params.go), except block.max_gas (see above). */
export function defaultConsensusParams(): ConsensusParamsJson {
  return {
    block: { max_bytes: "22020096", max_gas: DEFAULT_BLOCK_MAX_GAS },
    evidence: { max_age_num_blocks: "100000", max_age_duration: "172800000000000", max_bytes: "1048576" },
    validator: { pub_key_types: ["ed25519"] },
    version: { app: "0" },
    abci: { vote_extensions_enable_height: "0" },
  };
}

/** CometBFT's hard cap on block.max_bytes (types/params.go MaxBlockSizeBytes). */
const MAX_BLOCK_SIZE_BYTES = 104857600n;
const KNOWN_PUBKEY_TYPES = new Set(["ed25519", "secp256k1"]);

function intField(v: unknown, field: string): bigint {
  if (typeof v !== "string" || !/^-?[0-9]+$/.test(v)) throw new GenesisError(field, `must be a decimal integer string, got ${JSON.stringify(v)}`);
  return BigInt(v);
}

function section(v: unknown, field: string): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new GenesisError(field, "must be an object");
  return v as Record<string, unknown>;
}

/** The checks of CometBFT's ConsensusParams.ValidateBasic, naming the field that fails. */
export function validateConsensusParams(raw: unknown, field = "consensus_params"): void {
  const p = section(raw, field);
  const block = section(p.block, `${field}.block`);
  const maxBytes = intField(block.max_bytes, `${field}.block.max_bytes`);
  if (maxBytes === 0n || maxBytes < -1n) throw new GenesisError(`${field}.block.max_bytes`, `must be -1 or greater than 0, got ${maxBytes}`);
  if (maxBytes > MAX_BLOCK_SIZE_BYTES) throw new GenesisError(`${field}.block.max_bytes`, `must be at most ${MAX_BLOCK_SIZE_BYTES}, got ${maxBytes}`);
  const maxGas = intField(block.max_gas, `${field}.block.max_gas`);
  if (maxGas < -1n || maxGas === 0n) throw new GenesisError(`${field}.block.max_gas`, `must be -1 or greater than 0, got ${maxGas}`);

  const ev = section(p.evidence, `${field}.evidence`);
  const ageBlocks = intField(ev.max_age_num_blocks, `${field}.evidence.max_age_num_blocks`);
  if (ageBlocks <= 0n) throw new GenesisError(`${field}.evidence.max_age_num_blocks`, `must be greater than 0, got ${ageBlocks}`);
  const ageDuration = intField(ev.max_age_duration, `${field}.evidence.max_age_duration`);
  if (ageDuration <= 0n) throw new GenesisError(`${field}.evidence.max_age_duration`, `must be greater than 0, got ${ageDuration}`);
  const evBytes = intField(ev.max_bytes, `${field}.evidence.max_bytes`);
  if (evBytes < 0n) throw new GenesisError(`${field}.evidence.max_bytes`, `must not be negative, got ${evBytes}`);
  if (maxBytes !== -1n && evBytes > maxBytes) {
    throw new GenesisError(`${field}.evidence.max_bytes`, `${evBytes} is greater than block.max_bytes ${maxBytes}`);
  }

  const val = section(p.validator, `${field}.validator`);
  const types = val.pub_key_types;
  if (!Array.isArray(types) || types.length === 0) throw new GenesisError(`${field}.validator.pub_key_types`, "must be a non-empty array");
  types.forEach((t, i) => {
    if (typeof t !== "string" || !KNOWN_PUBKEY_TYPES.has(t)) {
      throw new GenesisError(`${field}.validator.pub_key_types[${i}]`, `unknown key type ${JSON.stringify(t)} (known: ed25519, secp256k1)`);
    }
  });

  if (p.version !== undefined) {
    const app = intField(section(p.version, `${field}.version`).app, `${field}.version.app`);
    if (app < 0n) throw new GenesisError(`${field}.version.app`, `must not be negative, got ${app}`);
  }
  if (p.abci !== undefined) {
    const h = intField(section(p.abci, `${field}.abci`).vote_extensions_enable_height, `${field}.abci.vote_extensions_enable_height`);
    if (h < 0n) throw new GenesisError(`${field}.abci.vote_extensions_enable_height`, `must not be negative, got ${h}`);
  }
}
