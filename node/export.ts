import { join } from "node:path";
import { readChainId } from "../chain/appState.ts";
import type { Context } from "../chain/context.ts";
import { EventManager } from "../chain/events.ts";
import { GasMeter } from "../chain/gas.ts";
import { rulesAt } from "../chain/rules.ts";
import { CommitStore } from "../chain/store/commitStore.ts";
import type { KVReader, KVStore } from "../chain/store/types.ts";
import { readGenesis } from "../genesis/doc.ts";
import type { GenesisDoc } from "../genesis/types.ts";
import { createModules, type ModuleOptions } from "../modules/index.ts";
import { ContentStore } from "./content/store.ts";
import { homePaths } from "./home.ts";
import { appDbPath } from "./paths.ts";
import { HomeLockedError, openHomeDb } from "./store/homeLock.ts";

export class ExportError extends Error {
  override readonly name = "ExportError";
}

/**
 * Builds a genesis that starts a new chain with the app state of `home` at `height` (default:
 * the latest committed height). The node must be stopped: LevelDB allows one process per DB.
 * Chain id, consensus params and validators come from the node's genesis; `initial_height` is
 * height + 1 so a chain started from it continues the numbering, as `simd export` does.
 */
export async function exportGenesis(home: string, height?: bigint): Promise<GenesisDoc> {
  const original = readGenesis(homePaths(home).genesis);
  let store: CommitStore;
  try {
    store = await openHomeDb(home, () => CommitStore.open(appDbPath(home)));
  } catch (e) {
    if (e instanceof HomeLockedError) throw e;
    throw new ExportError(`cannot open the state at ${join(home, "data")}: ${(e as Error).message} (stop the node first)`);
  }
  try {
    const latest = store.version;
    if (latest === 0n) throw new ExportError("nothing to export: no block has been committed yet");
    const h = height ?? latest;
    if (h > latest) throw new ExportError(`height ${h} is above the latest committed height ${latest}`);
    const reader = store.snapshotAt(h);
    const appState = await exportAppState(reader, h, { content: ContentStore.forHome(home) });
    return {
      ...original,
      initial_height: (h + 1n).toString(),
      app_hash: "",
      app_state: appState,
    };
  } finally {
    await store.close();
  }
}

/** Every module's genesis section of the state `reader` shows (read-only). Tests export through it too. */
export async function exportAppState(reader: KVReader, height: bigint, modules: ModuleOptions = {}): Promise<Record<string, unknown>> {
  const ctx = readOnlyContext(reader, height, readChainId(reader));
  const appState: Record<string, unknown> = {};
  for (const m of createModules(undefined, modules).modules) if (m.exportGenesis) appState[m.name] = await m.exportGenesis(ctx);
  return appState;
}

/** A read-only context over committed state (genesis export, invariant checks). */
export function readOnlyContext(reader: KVReader, height: bigint, chainId: string): Context {
  const refuse = () => {
    throw new Error("export is read-only");
  };
  const kv: KVStore = { get: (k) => reader.get(k), has: (k) => reader.has(k), iterate: (o) => reader.iterate(o), set: refuse, delete: refuse };
  return {
    mode: "query",
    block: { chainId, height, timeSeconds: 0n, timeNanos: 0, proposerAddress: new Uint8Array() },
    kv,
    rules: rulesAt(reader, height + 1n),
    gasMeter: GasMeter.infinite(),
    events: new EventManager(),
    blockMaxGas: -1n,
    minGasPrices: [],
  };
}

