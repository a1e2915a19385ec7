import { open, seal, type SealedBox } from "./encryption.ts";
import { KeyringError } from "./types.ts";

/**
 * The `keys export` file. The Cosmos SDK armors the raw secp256k1 private key with bcrypt +
 * xsalsa20-poly1305 ("BEGIN TENDERMINT PRIVATE KEY"); no bcrypt implementation is installed
 * here, so this uses its own, clearly named armor instead: the key's BIP-39 mnemonic (so an
 * imported key can still be derived and re-exported like any other) sealed with the same
 * scrypt + AES-256-GCM as the file keyring, parameters in the headers, ciphertext in the body.
 */
const BEGIN = "-----BEGIN TRIBUTARY KEY-----";
const END = "-----END TRIBUTARY KEY-----";
const TYPE = "secp256k1-mnemonic";

export const MIN_EXPORT_PASSPHRASE = 8;

export function armorMnemonic(mnemonic: string, passphrase: string): string {
  if (passphrase.length < MIN_EXPORT_PASSPHRASE) {
    throw new KeyringError(`export passphrase must be at least ${MIN_EXPORT_PASSPHRASE} characters`);
  }
  const box = seal(mnemonic, passphrase);
  const headers = [
    `type: ${TYPE}`,
    `kdf: ${box.kdf}`,
    `n: ${box.n}`,
    `r: ${box.r}`,
    `p: ${box.p}`,
    `salt: ${box.salt}`,
    `cipher: ${box.cipher}`,
    `iv: ${box.iv}`,
    `tag: ${box.tag}`,
  ];
  const body = box.ciphertext.match(/.{1,64}/g) ?? [];
  return [BEGIN, ...headers, "", ...body, END, ""].join("\n");
}

/** Parses and decrypts an armored key; a wrong passphrase throws WrongPassphraseError. */
export function unarmorMnemonic(text: string, passphrase: string): string {
  const lines = text.replace(/\r\n/g, "\n").trim().split("\n");
  if (lines[0] !== BEGIN || lines[lines.length - 1] !== END) {
    throw new KeyringError(`not an exported Tributary key: expected a ${BEGIN} ... ${END} block`);
  }
  const blank = lines.indexOf("");
  if (blank < 0) throw new KeyringError("malformed exported key: no blank line after the headers");
  const headers = new Map<string, string>();
  for (const line of lines.slice(1, blank)) {
    const at = line.indexOf(": ");
    if (at < 0) throw new KeyringError(`malformed exported key header ${JSON.stringify(line)}`);
    headers.set(line.slice(0, at), line.slice(at + 2));
  }
  const need = (k: string): string => {
    const v = headers.get(k);
    if (v === undefined) throw new KeyringError(`malformed exported key: missing header ${JSON.stringify(k)}`);
    return v;
  };
  if (need("type") !== TYPE) throw new KeyringError(`unsupported exported key type ${JSON.stringify(headers.get("type"))}`);
  if (need("kdf") !== "scrypt" || need("cipher") !== "aes-256-gcm") {
    throw new KeyringError(`unsupported exported key encryption (kdf ${need("kdf")}, cipher ${need("cipher")})`);
  }
  const num = (k: string): number => {
    const v = Number(need(k));
    if (!Number.isSafeInteger(v) || v < 1) throw new KeyringError(`malformed exported key: header ${k} is not a positive integer`);
    return v;
  };
  const [n, r, p] = [num("n"), num("r"), num("p")];
  // A crafted file must not make scrypt allocate without bound (or crash on odd parameters).
  if ((n & (n - 1)) !== 0 || 128 * n * r > 64 * 1024 * 1024 || p > 16) {
    throw new KeyringError(`unsupported exported key scrypt parameters (n ${n}, r ${r}, p ${p})`);
  }
  const box: SealedBox = {
    kdf: "scrypt",
    n,
    r,
    p,
    salt: need("salt"),
    cipher: "aes-256-gcm",
    iv: need("iv"),
    ciphertext: lines.slice(blank + 1, -1).join(""),
    tag: need("tag"),
  };
  return open(box, passphrase);
}
