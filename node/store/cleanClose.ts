/**
 * A record, inside a LevelDB directory, of its files as the node left them at a clean close
 * (name, size, mtime). It is removed when the node opens the database, so a crash leaves none.
 * The state DB check (stateStore.ts) reads every key, which takes seconds per 100k keys; when
 * the files are exactly as a clean close left them, nothing can have damaged them since (short
 * of silent disk rot, which LevelDB's own block checksums are for), and the check is skipped.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const CLEAN_CLOSE_FILE = "TRIBUTARY_CLEAN_CLOSE";

type Listing = Record<string, [size: number, mtimeMs: number]>;

/** LevelDB's data files (tables, logs, manifests, CURRENT); not its info LOG or lock, nor ours. */
function listing(dbPath: string): Listing {
  const out: Listing = {};
  for (const name of readdirSync(dbPath).sort()) {
    if (!/^(\d+\.(ldb|log|sst)|MANIFEST-\d+|CURRENT)$/.test(name)) continue;
    const s = statSync(join(dbPath, name));
    out[name] = [s.size, s.mtimeMs];
  }
  return out;
}

/** After the database is closed: what its files are now. Best effort (a full disk cannot take it). */
export function recordCleanClose(dbPath: string): void {
  try {
    writeFileSync(join(dbPath, CLEAN_CLOSE_FILE), JSON.stringify(listing(dbPath)));
  } catch {
    // Without the record the next start checks the whole state: slower, never wrong.
  }
}

/** Before opening: true when the files are exactly as the last clean close left them. Removes the record. */
export function takeCleanClose(dbPath: string): boolean {
  const file = join(dbPath, CLEAN_CLOSE_FILE);
  if (!existsSync(file)) return false;
  let recorded: unknown;
  try {
    recorded = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    recorded = undefined;
  }
  rmSync(file, { force: true });
  return JSON.stringify(recorded) === JSON.stringify(listing(dbPath));
}
