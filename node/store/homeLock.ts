/**
 * LevelDB lets one process open a database; a second `tributary start` (or `genesis export`) on a
 * home whose node is running gets classic-level's bare "Database failed to open". This names the
 * cause instead, before the second process has touched anything of the home.
 */
import { homePaths } from "../home.ts";

export class HomeLockedError extends Error {
  override readonly name = "HomeLockedError";
}

/** classic-level: LEVEL_DATABASE_NOT_OPEN with a LEVEL_LOCKED cause (or LEVEL_LOCKED itself). */
export function isLockedError(e: unknown): boolean {
  const err = e as { code?: unknown; cause?: { code?: unknown } } | null;
  return err?.code === "LEVEL_LOCKED" || (err?.code === "LEVEL_DATABASE_NOT_OPEN" && err.cause?.code === "LEVEL_LOCKED");
}

/** Runs `open` (a database of `home`), turning a lock held by another process into HomeLockedError. */
export async function openHomeDb<T>(home: string, open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (e) {
    if (!isLockedError(e)) throw e;
    throw new HomeLockedError(`another tributary node is using ${homePaths(home).home} (its database is locked); stop it first or use another --home`, { cause: e });
  }
}
