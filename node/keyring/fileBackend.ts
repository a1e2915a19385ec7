import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { checkPassphrase, hashPassphrase, open, seal, WrongPassphraseError, type PassphraseHash, type SealedBox } from "./encryption.ts";
import { JsonDir } from "./fsStore.ts";
import { KeyringError, type KeyInfo, type KeyStore, type StoredKey } from "./types.ts";

/** Asked at most once per process; "create" means no keyring passphrase exists yet (confirm it). */
export type PassphraseProvider = (purpose: "unlock" | "create") => Promise<string>;

interface SealedKey extends KeyInfo {
  mnemonic: SealedBox;
}

/**
 * `file` backend: one JSON file per key under <home>/keyring-file/, public part in clear (so
 * `keys list` needs no passphrase), mnemonic sealed with scrypt + AES-256-GCM. `keyhash`
 * verifies the passphrase so every key in the directory shares one.
 */
export class FileKeyStore implements KeyStore {
  private readonly files: JsonDir;
  private readonly keyhashFile: string;
  private passphrase: string | undefined;

  constructor(
    home: string,
    private readonly askPassphrase: PassphraseProvider,
  ) {
    this.files = new JsonDir(join(home, "keyring-file"));
    this.keyhashFile = join(this.files.dir, "keyhash");
  }

  private async unlock(): Promise<string> {
    if (this.passphrase !== undefined) return this.passphrase;
    if (!existsSync(this.keyhashFile)) {
      const pass = await this.askPassphrase("create");
      if (pass.length < 8) throw new KeyringError("keyring passphrase must be at least 8 characters");
      mkdirSync(this.files.dir, { recursive: true, mode: 0o700 });
      writeFileSync(this.keyhashFile, JSON.stringify(hashPassphrase(pass)) + "\n", { mode: 0o600 });
      return (this.passphrase = pass);
    }
    const pass = await this.askPassphrase("unlock");
    const hash = JSON.parse(readFileSync(this.keyhashFile, "utf8")) as PassphraseHash;
    if (!checkPassphrase(hash, pass)) throw new WrongPassphraseError();
    return (this.passphrase = pass);
  }

  async list(): Promise<KeyInfo[]> {
    return this.files.names().map((n) => publicPart(this.files.read<SealedKey>(n)!));
  }

  async info(name: string): Promise<KeyInfo | undefined> {
    const k = this.files.read<SealedKey>(name);
    return k && publicPart(k);
  }

  async read(name: string): Promise<StoredKey> {
    const k = this.files.read<SealedKey>(name);
    if (!k) throw new KeyringError(`key ${JSON.stringify(name)} not found in the file keyring`);
    return { ...publicPart(k), mnemonic: open(k.mnemonic, await this.unlock()) };
  }

  async write(key: StoredKey): Promise<void> {
    const sealed: SealedKey = { ...publicPart(key), mnemonic: seal(key.mnemonic, await this.unlock()) };
    this.files.write(key.name, sealed);
  }

  async remove(name: string): Promise<void> {
    // Deleting needs the passphrase too, so whoever removes a key could also have read it.
    await this.unlock();
    this.files.remove(name);
  }
}

function publicPart(k: KeyInfo): KeyInfo {
  return { name: k.name, type: k.type, address: k.address, pubkey: k.pubkey };
}
