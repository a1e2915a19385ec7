import { DirectSecp256k1HdWallet, makeCosmoshubPath } from "@cosmjs/proto-signing";
import { toBase64 } from "@cosmjs/encoding";
import { armorMnemonic, unarmorMnemonic } from "./armor.ts";
import { ADDRESS_PREFIX, deriveKey, generateMnemonic, normaliseMnemonic } from "./derive.ts";
import { WrongPassphraseError } from "./encryption.ts";
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

  /** The key armored and encrypted with `exportPassphrase` (see armor.ts for the format). */
  async exportArmored(name: string, exportPassphrase: () => Promise<string>): Promise<string> {
    const mnemonic = await this.exportMnemonic(name);
    return armorMnemonic(mnemonic, await exportPassphrase());
  }

  /**
   * Adds the key from an armored export under `name`. The name is checked before anything is
   * decrypted and the key is written last, so a refusal or a wrong passphrase changes nothing.
   */
  async importArmored(name: string, armored: string, importPassphrase: () => Promise<string>): Promise<KeyInfo> {
    checkKeyName(name);
    if (await this.store.info(name)) throw new KeyringError(`key ${JSON.stringify(name)} already exists`);
    let mnemonic: string;
    try {
      mnemonic = unarmorMnemonic(armored, await importPassphrase());
    } catch (e) {
      if (e instanceof WrongPassphraseError) throw new KeyringError("incorrect passphrase for the exported key (or the file was altered)");
      throw e;
    }
    return (await this.add(name, mnemonic)).info;
  }

  /** Moves a key to a new name; the old name is removed only after the new record is written. */
  async rename(from: string, to: string): Promise<KeyInfo> {
    checkKeyName(to);
    await this.show(from);
    if (await this.store.info(to)) throw new KeyringError(`cannot rename ${JSON.stringify(from)}: key ${JSON.stringify(to)} already exists`);
    const key = await this.store.read(from);
    await this.store.write({ ...key, name: to });
    await this.store.remove(from);
    return this.show(to);
  }

  /** A CosmJS direct signer for the key, with prefix `trib` and the Cosmos Hub path. */
  async getSigner(name: string): Promise<DirectSecp256k1HdWallet> {
    const mnemonic = await this.exportMnemonic(name);
    return DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: ADDRESS_PREFIX, hdPaths: [makeCosmoshubPath(0)] });
  }
}
