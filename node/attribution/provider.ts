/**
 * The node's IndexProvider: builds each datanet version's index in a worker thread as soon as the
 * version is committed (AttributionIndexingApp calls `start`), or lazily on the first `get`;
 * persists the canonical bytes to <home>/data/attribution/<datanet>-<version>.idx and on restart
 * reloads them only when their hash matches the READY commitment on chain, rebuilding otherwise.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Logger } from "pino";
import { bytesToHex } from "@noble/hashes/utils.js";
import type { KVReader } from "../../chain/store/types.ts";
import { type DocumentSource, indexDocuments } from "../../modules/attribution/documents.ts";
import { type AttributionIndex, deserializeIndex, indexHash } from "../../modules/attribution/engine/index.ts";
import type { IndexProvider } from "../../modules/attribution/expected.ts";
import type { IndexCommitment } from "../../modules/attribution/types.ts";
import { IndexBuildWorker } from "./worker.ts";

export interface NodeIndexProviderOptions {
  dir: string;
  /** The latest committed state (the store's `committed()`). */
  state(): KVReader;
  logger?: Logger;
}

/** What the provider reads through the attribution keeper (attached after the modules are wired). */
export interface IndexSourceKeeper {
  readonly source: DocumentSource;
  getCommitment(kv: KVReader, dn: bigint, v: bigint): IndexCommitment | undefined;
}

const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

export class NodeIndexProvider implements IndexProvider {
  private readonly indexes = new Map<string, Promise<AttributionIndex>>();
  private readonly worker = new IndexBuildWorker();
  private keeper: IndexSourceKeeper | undefined;

  constructor(private readonly opts: NodeIndexProviderOptions) {}

  static forHome(home: string, o: Omit<NodeIndexProviderOptions, "dir">): NodeIndexProvider {
    return new NodeIndexProvider({ ...o, dir: join(home, "data", "attribution") });
  }

  /** The keeper is created with this provider, so it is attached afterwards. */
  attach(keeper: IndexSourceKeeper): void {
    this.keeper = keeper;
  }

  private mustKeeper(): IndexSourceKeeper {
    if (!this.keeper) throw new Error("NodeIndexProvider used before attach(keeper)");
    return this.keeper;
  }

  path(dn: bigint, v: bigint): string {
    return join(this.opts.dir, `${dn}-${v}.idx`);
  }

  /** Starts loading or building (idempotent); a failure is forgotten so a later get retries. */
  start(dn: bigint, v: bigint): Promise<AttributionIndex> {
    const key = `${dn}-${v}`;
    let p = this.indexes.get(key);
    if (!p) {
      p = this.loadOrBuild(dn, v);
      this.indexes.set(key, p);
      p.catch((e: Error) => {
        this.indexes.delete(key);
        this.opts.logger?.error({ datanet: Number(dn), version: Number(v), err: e.message }, "attribution index build failed");
      });
    }
    return p;
  }

  get(dn: bigint, v: bigint): Promise<AttributionIndex> {
    return this.start(dn, v);
  }

  private async loadOrBuild(dn: bigint, v: bigint): Promise<AttributionIndex> {
    const file = this.path(dn, v);
    const committed = this.mustKeeper().getCommitment(this.opts.state(), dn, v);
    if (committed?.status === "READY" && existsSync(file)) {
      try {
        const index = deserializeIndex(readFileSync(file));
        if (equal(indexHash(index), committed.indexHash)) return index;
        this.opts.logger?.warn({ file }, "attribution index file does not match its on-chain hash: rebuilding");
      } catch (e) {
        this.opts.logger?.warn({ file, err: (e as Error).message }, "attribution index file unreadable: rebuilding");
      }
    }
    return this.build(dn, v, committed);
  }

  /** PERF: O(version records) store reads here, then O(tokens) in the worker thread. */
  private async build(dn: bigint, v: bigint, committed: IndexCommitment | undefined): Promise<AttributionIndex> {
    const segments = indexDocuments(this.mustKeeper().source, this.opts.state(), dn, v);
    const bytes = await this.worker.build(segments);
    const index = deserializeIndex(bytes);
    if (committed?.status === "READY" && !equal(indexHash(index), committed.indexHash)) {
      throw new Error(`rebuilt index of ${dn}/${v} hashes to ${bytesToHex(indexHash(index))}, the chain recorded ${bytesToHex(committed.indexHash)}`);
    }
    mkdirSync(this.opts.dir, { recursive: true });
    const file = this.path(dn, v);
    writeFileSync(`${file}.tmp`, bytes);
    renameSync(`${file}.tmp`, file);
    this.opts.logger?.info({ datanet: Number(dn), version: Number(v), bytes: bytes.length }, "attribution index built");
    return index;
  }

  close(): Promise<void> {
    return this.worker.close();
  }
}
