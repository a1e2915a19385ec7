import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import { fromBase64, toBase64, toHex } from "@cosmjs/encoding";
import { ed25519 } from "@noble/curves/ed25519.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { validatorAddress } from "../genesis/validators.ts";

/**
 * The node's home directory:
 *   config/config.json, config/genesis.json, config/priv_validator_key.json, config/node_key.json
 *   data/ (owned by the running node), keyring-test/, keyring-file/
 */
export const DEFAULT_HOME = join(homedir(), ".tributary");

export interface HomePaths {
  home: string;
  configDir: string;
  dataDir: string;
  config: string;
  genesis: string;
  privValidatorKey: string;
  nodeKey: string;
}

export function homePaths(home: string): HomePaths {
  const abs = resolve(expandTilde(home));
  const configDir = join(abs, "config");
  return {
    home: abs,
    configDir,
    dataDir: join(abs, "data"),
    config: join(configDir, "config.json"),
    genesis: join(configDir, "genesis.json"),
    privValidatorKey: join(configDir, "priv_validator_key.json"),
    nodeKey: join(configDir, "node_key.json"),
  };
}

export function expandTilde(p: string): string {
  return p === "~" || p.startsWith("~/") ? join(homedir(), p.slice(1)) : p;
}

/** An ed25519 key: 32-byte seed and 32-byte public key. */
export interface Ed25519Key {
  seed: Uint8Array;
  pubkey: Uint8Array;
}

export interface ValidatorKey extends Ed25519Key {
  /** Upper-case hex, sha256(pubkey)[0:20]. */
  address: string;
}

export const PRIVKEY_TYPE = "tendermint/PrivKeyEd25519";
export const PUBKEY_TYPE = "tendermint/PubKeyEd25519";

export function generateEd25519Key(): Ed25519Key {
  const seed = new Uint8Array(randomBytes(32));
  return { seed, pubkey: ed25519.getPublicKey(seed) };
}

/** CometBFT's priv_key value: base64 of seed ‖ pubkey (64 bytes). */
function encodePrivKey(key: Ed25519Key): string {
  const out = new Uint8Array(64);
  out.set(key.seed, 0);
  out.set(key.pubkey, 32);
  return toBase64(out);
}

function decodePrivKey(raw: unknown, file: string): Ed25519Key {
  const pk = (raw as { priv_key?: { type?: unknown; value?: unknown } } | null)?.priv_key;
  if (!pk || pk.type !== PRIVKEY_TYPE || typeof pk.value !== "string") {
    throw new Error(`${file}: priv_key must be {"type":"${PRIVKEY_TYPE}","value":"<base64>"}`);
  }
  const bytes = fromBase64(pk.value);
  if (bytes.length !== 64) throw new Error(`${file}: priv_key.value must be 64 bytes (seed ‖ pubkey), got ${bytes.length}`);
  const seed = bytes.slice(0, 32);
  const pubkey = ed25519.getPublicKey(seed);
  if (toHex(pubkey) !== toHex(bytes.slice(32))) throw new Error(`${file}: priv_key.value public half does not match its seed`);
  return { seed, pubkey };
}

function readJson(file: string, what: string): unknown {
  if (!existsSync(file)) throw new Error(`${what} not found at ${file}: run \`tributary init\` first`);
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`${file} is not valid JSON: ${(e as Error).message}`, { cause: e });
  }
}

/** Writes a secret file readable by the owner only. */
function writeSecretJson(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value, null, 2) + "\n", { mode: 0o600 });
}

export function writeValidatorKey(home: string, key: Ed25519Key): ValidatorKey {
  const address = validatorAddress(key.pubkey);
  writeSecretJson(homePaths(home).privValidatorKey, {
    address,
    pub_key: { type: PUBKEY_TYPE, value: toBase64(key.pubkey) },
    priv_key: { type: PRIVKEY_TYPE, value: encodePrivKey(key) },
  });
  return { ...key, address };
}

export function loadValidatorKey(home: string): ValidatorKey {
  const file = homePaths(home).privValidatorKey;
  const key = decodePrivKey(readJson(file, "validator key"), file);
  return { ...key, address: validatorAddress(key.pubkey) };
}

export function writeNodeKey(home: string, key: Ed25519Key): void {
  writeSecretJson(homePaths(home).nodeKey, { priv_key: { type: PRIVKEY_TYPE, value: encodePrivKey(key) } });
}

export function loadNodeKey(home: string): Ed25519Key {
  const file = homePaths(home).nodeKey;
  return decodePrivKey(readJson(file, "node key"), file);
}

/** CometBFT node id: lower-case hex of sha256(node pubkey)[0:20]. */
export function nodeIdFromKey(key: Pick<Ed25519Key, "pubkey">): string {
  return toHex(sha256(key.pubkey).slice(0, 20));
}
