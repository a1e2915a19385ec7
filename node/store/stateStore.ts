/**
 * Opens the node's state DB (data/application.db) so that a damaged one is never served.
 *
 * LevelDB recovers its write-ahead log on open and, by default (classic-level exposes no
 * paranoid_checks), silently drops any record whose checksum fails and keeps the ones after
 * it; it only notes "dropping N bytes; Corruption: …" in the database's LOG file. A torn last
 * write is harmless (the state is the previous version, and the handshake replays the block
 * from the block store), but a damaged record in the middle leaves a latest version whose flat
 * values or tree nodes are missing, under a root record that still looks right. So after every
 * open the latest version is verified whole (CommitStore.verifyLatest), unless its files are
 * exactly as the node's last clean close left them (cleanClose.ts). When it is not whole:
 * - the node refuses to start with a message naming the database, what LevelDB dropped and
 *   what to do;
 * - a marker file is left inside the database, because LevelDB has already rewritten the log
 *   into a table and deleted it: the next start would see no sign of the damage. Removing the
 *   database (to rebuild it from the block store) removes the marker with it.
 * Disk full (ENOSPC) when opening gets its own one-line explanation.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "pino";
import { CommitStore, type CommitStoreOptions, StoreIntegrityError } from "../../chain/store/commitStore.ts";
import { recordCleanClose, takeCleanClose } from "./cleanClose.ts";

export const DAMAGED_MARKER = "TRIBUTARY_DAMAGED";

export class StateStoreError extends Error {
  override readonly name = "StateStoreError";
}

/** LevelDB's notes of bytes it dropped while recovering, from this open's LOG file. */
export function recoveryDrops(dbPath: string): string[] {
  const log = join(dbPath, "LOG");
  if (!existsSync(log)) return [];
  return readFileSync(log, "utf8")
    .split("\n")
    .filter((l) => /dropping \d+ bytes/.test(l))
    .map((l) => l.replace(/^\S+ \S+ (\(ignoring error\) )?/, ""));
}

/** An error's message with its cause's (classic-level wraps LevelDB's status in `cause`). */
function errorText(e: unknown): string {
  const cause = (e as { cause?: { message?: string } })?.cause;
  return [(e as Error)?.message ?? String(e), cause?.message].filter(Boolean).join(": ");
}

/** A disk-full or other I/O error from LevelDB, as one line naming the path. */
export function explainStoreIoError(dbPath: string, e: unknown): Error | undefined {
  const text = errorText(e);
  if (/No space left on device|ENOSPC/i.test(text)) {
    return new StateStoreError(`the disk holding ${dbPath} is full (No space left on device): free space on it and start again; nothing was served from a partial write`, { cause: e });
  }
  if (/File too large|EFBIG/i.test(text)) {
    return new StateStoreError(`writing ${dbPath} failed: File too large (a file size limit, e.g. ulimit -f): raise the limit and start again`, { cause: e });
  }
  return undefined;
}

function damagedMessage(dbPath: string, detail: string, drops: string[]): string {
  const dropped = drops.length > 0 ? ` LevelDB dropped damaged records while recovering its log (${drops.slice(0, 3).join("; ")}).` : "";
  return (
    `the state database ${dbPath} is damaged: ${detail}.${dropped} The node will not serve it. ` +
    `To recover, stop the node and move ${dbPath} aside (or restore data/ from a backup); on the next start the node ` +
    `rebuilds the state by replaying its block store from genesis (tributary does not prune blocks by default).`
  );
}

/** The state DB, verified whole; refuses (StateStoreError) a damaged or marked one. */
export async function openStateStore(dbPath: string, opts: CommitStoreOptions, logger?: Logger): Promise<CommitStore> {
  const marker = join(dbPath, DAMAGED_MARKER);
  if (existsSync(marker)) throw new StateStoreError(readFileSync(marker, "utf8").trim());
  let store: CommitStore | undefined;
  const started = Date.now();
  // Read before LevelDB's open rewrites its log and manifest.
  const untouched = existsSync(dbPath) && takeCleanClose(dbPath);
  try {
    store = await CommitStore.open(dbPath, opts);
    const drops = recoveryDrops(dbPath);
    if (untouched && drops.length === 0) {
      logger?.info({ db: dbPath, version: Number(store.version) }, "state DB unchanged since its clean close: whole-state check skipped");
    } else {
      const { version, keys } = await store.verifyLatest();
      const fields = { db: dbPath, version: Number(version), keys, ms: Date.now() - started };
      if (drops.length > 0) {
        logger?.warn({ ...fields, dropped: drops }, "state DB: LevelDB dropped damaged log records while recovering; the state at this version is whole (verified against its root), so the node continues from it and replays later blocks from the block store");
      } else logger?.info(fields, "state DB verified");
    }
    const close = store.close.bind(store);
    store.close = async () => {
      await close();
      recordCleanClose(dbPath);
    };
    return store;
  } catch (e) {
    await store?.close().catch(() => undefined);
    const detail = errorText(e);
    if (!(e instanceof StoreIntegrityError || /corrupt/i.test(detail))) throw explainStoreIoError(dbPath, e) ?? e;
    const message = damagedMessage(dbPath, detail, recoveryDrops(dbPath));
    try {
      writeFileSync(marker, `${message}\n`);
    } catch {
      // A full disk cannot take the marker: the message still refuses this start.
    }
    throw new StateStoreError(message, { cause: e });
  }
}
