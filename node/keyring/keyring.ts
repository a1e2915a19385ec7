import { DirectSecp256k1HdWallet, makeCosmoshubPath } from "@cosmjs/proto-signing";
import { toBase64 } from "@cosmjs/encoding";
import { ADDRESS_PREFIX, deriveKey, generateMnemonic, normaliseMnemonic } from "./derive.ts";
import { FileKeyStore, type PassphraseProvider } from "./fileBackend.ts";
import { TestKeyStore } from "./testBackend.ts";
import { checkKeyName, KEYRING_BACKENDS, KeyringError, type KeyInfo, type KeyringBackendName, type KeyStore } from "./types.ts";

export interface OpenKeyringOptions {
  home: string;
  backend: KeyringBackendName;
  /** Needed by the `file` backend only; called lazily, at most once. */
  passphrase?: PassphraseProvider;
}

export interface AddKeyResult {
  info: KeyInfo;
  /** Only for a newly generated key: the user must write it down. */
  mnemonic?: string;
}

/** Named secp256k1 keys derived from BIP-39 mnemonics at m/44'/118'/0'/0/0. */
export class Keyring {
  private constructor(private readonly store: KeyStore) {}

  static open(opts: OpenKeyringOptions): Keyring {
    if (!(KEYRING_BACKENDS as readonly string[]).includes(opts.backend)) {
      throw new KeyringError(`unknown keyring backend ${JSON.stringify(opts.backend)} (use ${KEYRING_BACKENDS.join(" or ")})`);
    }
    if (opts.backend === "test") return new Keyring(new TestKeyStore(opts.home));
    const ask = opts.passphrase ?? (async () => {
      throw new KeyringError("the file keyring needs a passphrase: set TRIBUTARY_KEYRING_PASSPHRASE or run from a terminal");
    });
    return new Keyring(new FileKeyStore(opts.home, ask));
  }

  /** Creates a key from `mnemonic`, or from a fresh 24-word one (returned so the user can back it up). */
  async add(name: string, mnemonic?: string): Promise<AddKeyResult> {
    checkKeyName(name);
    if (await this.store.info(name)) throw new KeyringError(`key ${JSON.stringify(name)} already exists`);
    const words = mnemonic === undefined ? generateMnemonic() : normaliseMnemonic(mnemonic);
    const { pubkey, address } = await deriveKey(words);
    const existing = (await this.store.list()).find((k) => k.address === address);
    if (existing) throw new KeyringError(`this mnemonic is already stored as key ${JSON.stringify(existing.name)} (${address})`);
    const info: KeyInfo = { name, type: "local", address, pubkey: { "@type": "/cosmos.crypto.secp256k1.PubKey", key: toBase64(pubkey) } };
    await this.store.write({ ...info, mnemonic: words });
    return mnemonic === undefined ? { info, mnemonic: words } : { info };
  }

  async list(): Promise<KeyInfo[]> {
    return this.store.list();
  }

  async show(name: string): Promise<KeyInfo> {
    checkKeyName(name);
    const info = await this.store.info(name);
    if (!info) throw new KeyringError(`key ${JSON.stringify(name)} not found`);
    return info;
  }

  async delete(name: string): Promise<void> {
    await this.show(name);
    await this.store.remove(name);
  }

  /** The stored mnemonic (asks for the passphrase with the file backend). */
  async exportMnemonic(name: string): Promise<string> {
    await this.show(name);
    return (await this.store.read(name)).mnemonic;
  }

  /** A CosmJS direct signer for the key, with prefix `trib` and the Cosmos Hub path. */
  async getSigner(name: string): Promise<DirectSecp256k1HdWallet> {
    const mnemonic = await this.exportMnemonic(name);
    return DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: ADDRESS_PREFIX, hdPaths: [makeCosmoshubPath(0)] });
  }
}
