import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkKeyName, KeyringError } from "./types.ts";

/** One JSON file per key in a directory only the owner can read. */
export class JsonDir {
  constructor(readonly dir: string) {}

  path(name: string): string {
    checkKeyName(name);
    return join(this.dir, `${name}.json`);
  }

  has(name: string): boolean {
    return existsSync(this.path(name));
  }

  read<T>(name: string): T | undefined {
    const file = this.path(name);
    if (!existsSync(file)) return undefined;
    try {
      return JSON.parse(readFileSync(file, "utf8")) as T;
    } catch (e) {
      throw new KeyringError(`keyring file ${file} is corrupt: ${(e as Error).message}`);
    }
  }

  write(name: string, value: unknown): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    writeFileSync(this.path(name), JSON.stringify(value, null, 2) + "\n", { mode: 0o600 });
  }

  remove(name: string): void {
    rmSync(this.path(name), { force: true });
  }

  /** Key names, sorted. */
  names(): string[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.slice(0, -".json".length))
      .sort();
  }
}
