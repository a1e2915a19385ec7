/** What `keys list` / `keys show` print: public information only. */
export interface KeyInfo {
  name: string;
  /** "local": the mnemonic is stored in this keyring. */
  type: "local";
  address: string;
  /** Amino-style JSON of the public key, as simd prints it. */
  pubkey: { "@type": "/cosmos.crypto.secp256k1.PubKey"; key: string };
}

/** A key with its secret, as a backend hands it over after decryption. */
export interface StoredKey extends KeyInfo {
  mnemonic: string;
}

export const KEYRING_BACKENDS = ["test", "file"] as const;
export type KeyringBackendName = (typeof KEYRING_BACKENDS)[number];

/** Where keys live; each backend decides how secrets are protected at rest. */
export interface KeyStore {
  list(): Promise<KeyInfo[]>;
  /** Public part only; undefined when absent. Never asks for a passphrase. */
  info(name: string): Promise<KeyInfo | undefined>;
  /** Full record including the mnemonic (may ask for a passphrase). */
  read(name: string): Promise<StoredKey>;
  write(key: StoredKey): Promise<void>;
  remove(name: string): Promise<void>;
}

export class KeyringError extends Error {
  override readonly name = "KeyringError";
}

const KEY_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export function checkKeyName(name: string): void {
  if (!KEY_NAME_RE.test(name)) {
    throw new KeyringError(`invalid key name ${JSON.stringify(name)}: use 1-64 letters, digits, '_', '.', '-' (starting with a letter or digit)`);
  }
}
