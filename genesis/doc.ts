import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { GenesisError } from "../chain/genesisError.ts";
import { validateAppState } from "../modules/index.ts";
import { validateConsensusParams } from "./consensusParams.ts";
import { isRfc3339 } from "./time.ts";
import type { GenesisDoc } from "./types.ts";
import { validateGenTxsInGenesis } from "./gentx.ts";
import { validateGenesisValidators } from "./validators.ts";

export type { ConsensusParamsJson, GenesisDoc, GenesisValidatorJson } from "./types.ts";
export { defaultConsensusParams, DEFAULT_BLOCK_MAX_GAS } from "./consensusParams.ts";

/** CometBFT's MaxChainIDLen. */
export const MAX_CHAIN_ID_LENGTH = 50;

/** Reads and JSON-parses a genesis file; it is not validated (see validateGenesisDoc). */
export function readGenesis(path: string): GenesisDoc {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new Error(`cannot read genesis file ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { cause: e });
  }
  try {
    return JSON.parse(text) as GenesisDoc;
  } catch (e) {
    throw new Error(`genesis file ${path} is not valid JSON: ${(e as Error).message}`, { cause: e });
  }
}

/** Writes the document as 2-space indented JSON with a trailing newline. */
export function writeGenesis(path: string, doc: GenesisDoc): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(doc, null, 2) + "\n");
}

export function validateChainId(chainId: unknown, field = "chain_id"): void {
  if (typeof chainId !== "string" || chainId.length === 0) throw new GenesisError(field, "must be a non-empty string");
  if (chainId.length > MAX_CHAIN_ID_LENGTH) {
    throw new GenesisError(field, `${JSON.stringify(chainId)} is ${chainId.length} characters, the maximum is ${MAX_CHAIN_ID_LENGTH}`);
  }
  if (/\s/.test(chainId)) throw new GenesisError(field, `${JSON.stringify(chainId)} must not contain whitespace`);
}

/**
 * Checks a genesis document in the order a reader would fix it: header fields, consensus
 * params, validators, then every module section through validateAppState. Throws
 * GenesisError naming the first field that is wrong.
 */
export function validateGenesisDoc(doc: GenesisDoc): void {
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) throw new GenesisError("(root)", "must be a JSON object");
  validateChainId(doc.chain_id);
  if (typeof doc.genesis_time !== "string" || !isRfc3339(doc.genesis_time)) {
    throw new GenesisError("genesis_time", `must be an RFC3339 time such as 2024-01-01T00:00:00Z, got ${JSON.stringify(doc.genesis_time)}`);
  }
  const h = doc.initial_height ?? "1";
  if (typeof h !== "string" || !/^[0-9]+$/.test(h) || BigInt(h) < 1n) {
    throw new GenesisError("initial_height", `must be a decimal string >= 1, got ${JSON.stringify(h)}`);
  }
  validateConsensusParams(doc.consensus_params);
  validateGenesisValidators(doc.validators);
  if (doc.app_hash !== undefined && (typeof doc.app_hash !== "string" || !/^([0-9a-fA-F]{2})*$/.test(doc.app_hash))) {
    throw new GenesisError("app_hash", `must be hex (or ""), got ${JSON.stringify(doc.app_hash)}`);
  }
  const appState = doc.app_state ?? {};
  if (typeof appState !== "object" || appState === null || Array.isArray(appState)) throw new GenesisError("app_state", "must be an object");
  validateAppState(appState);
  // Gentxs against the rest of the document: the signature for chain_id, the funds, the bond denom.
  validateGenTxsInGenesis(doc);
}
