import { join } from "node:path";
import { JsonDir } from "./fsStore.ts";
import { KeyringError, type KeyInfo, type KeyStore, type StoredKey } from "./types.ts";

function publicPart(k: StoredKey): KeyInfo {
  return { name: k.name, type: k.type, address: k.address, pubkey: k.pubkey };
}

/** `test` backend: plaintext JSON under <home>/keyring-test/. For development and tests ONLY. */
export class TestKeyStore implements KeyStore {
  private readonly files: JsonDir;
  constructor(home: string) {
    this.files = new JsonDir(join(home, "keyring-test"));
  }

  async list(): Promise<KeyInfo[]> {
    return this.files.names().map((n) => publicPart(this.files.read<StoredKey>(n)!));
  }

  async info(name: string): Promise<KeyInfo | undefined> {
    const k = this.files.read<StoredKey>(name);
    return k && publicPart(k);
  }

  async read(name: string): Promise<StoredKey> {
    const k = this.files.read<StoredKey>(name);
    if (!k) throw new KeyringError(`key ${JSON.stringify(name)} not found in the test keyring`);
    return k;
  }

  async write(key: StoredKey): Promise<void> {
    this.files.write(key.name, key);
  }

  async remove(name: string): Promise<void> {
    this.files.remove(name);
  }
}
