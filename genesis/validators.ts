import { fromBase64, toBase64, toHex } from "@cosmjs/encoding";
import { sha256 } from "@noble/hashes/sha2.js";
import { GenesisError } from "../chain/genesisError.ts";
import { ED25519_PUBKEY_TYPE, type GenesisValidatorJson } from "./types.ts";

/** CometBFT validator address: upper-case hex of sha256(ed25519 pubkey)[0:20]. */
export function validatorAddress(pubkey: Uint8Array): string {
  return toHex(sha256(pubkey).slice(0, 20)).toUpperCase();
}

export function genesisValidator(pubkey: Uint8Array, power: bigint, name: string): GenesisValidatorJson {
  return {
    address: validatorAddress(pubkey),
    pub_key: { type: ED25519_PUBKEY_TYPE, value: toBase64(pubkey) },
    power: power.toString(),
    name,
  };
}

function decodePubkey(v: unknown, field: string): Uint8Array {
  if (typeof v !== "object" || v === null) throw new GenesisError(field, "must be an object {type, value}");
  const { type, value } = v as { type?: unknown; value?: unknown };
  if (type !== ED25519_PUBKEY_TYPE) throw new GenesisError(`${field}.type`, `must be "${ED25519_PUBKEY_TYPE}", got ${JSON.stringify(type)}`);
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(String(value));
  } catch {
    throw new GenesisError(`${field}.value`, "is not valid base64");
  }
  if (bytes.length !== 32) throw new GenesisError(`${field}.value`, `ed25519 public key must be 32 bytes, got ${bytes.length}`);
  return bytes;
}

/** Address matches pubkey, power > 0, no duplicate address or pubkey. */
export function validateGenesisValidators(raw: unknown, field = "validators"): void {
  if (raw === undefined || raw === null) return;
  if (!Array.isArray(raw)) throw new GenesisError(field, "must be an array");
  const seen = new Set<string>();
  raw.forEach((v, i) => {
    const f = `${field}[${i}]`;
    if (typeof v !== "object" || v === null) throw new GenesisError(f, "must be an object");
    const o = v as Record<string, unknown>;
    const pubkey = decodePubkey(o.pub_key, `${f}.pub_key`);
    const expected = validatorAddress(pubkey);
    if (o.address !== undefined && o.address !== "" && String(o.address).toUpperCase() !== expected) {
      throw new GenesisError(`${f}.address`, `${JSON.stringify(o.address)} does not match the public key (expected ${expected})`);
    }
    if (typeof o.power !== "string" || !/^-?[0-9]+$/.test(o.power)) {
      throw new GenesisError(`${f}.power`, `must be a decimal integer string, got ${JSON.stringify(o.power)}`);
    }
    if (BigInt(o.power) <= 0n) throw new GenesisError(`${f}.power`, `must be greater than 0, got ${o.power}`);
    if (seen.has(expected)) throw new GenesisError(`${f}.address`, `duplicate validator ${expected}`);
    seen.add(expected);
  });
}
