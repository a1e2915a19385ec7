/**
 * The node's IndexProvider. A version's index is the segments of its layout
 * (modules/attribution/segmentLayout.ts); consecutive versions share all but one or two of them,
 * so the provider keeps segments, not indexes, as the unit of work:
 * - each segment is built once, in a worker thread, from committed state, and persisted as its
 *   own file <home>/data/attribution/<datanet>-s<first>-<last>.seg (a one-segment index in the
 *   canonical format); an index is assembled from segments in memory (views, no copy);
 * - a version's index builds only the segments no earlier version left in memory;
 * - a file is used only once the chain vouches for it: after a restart, the segment files of a
 *   READY version are loaded and the assembled index must hash to the on-chain commitment, else
 *   those segments are rebuilt. A version still PENDING first loads (and so checks) the index of
 *   the version before it, which holds every segment it keeps; its other segments are built.
 * Whole-index files were the alternative: simpler to check, but each version would rewrite the
 * whole datanet on disk, and a restart would re-read it per version.
 */
import { join } from "node:path";
import type { Logger } from "pino";
import { bytesToHex } from "@noble/hashes/utils.js";
import type { KVReader } from "../../chain/store/types.ts";
import { type DocumentSource, indexLayout, rangeDocuments, segmentCacheKey } from "../../modules/attribution/documents.ts";
import { type AttributionIndex, deserializeIndex, indexHash, makeIndex, type Segment } from "../../modules/attribution/engine/index.ts";
import type { IndexProvider } from "../../modules/attribution/expected.ts";
import type { SegmentRange } from "../../modules/attribution/segmentLayout.ts";
import type { IndexCommitment } from "../../modules/attribution/types.ts";
import { monotonicSeconds, SegmentFiles } from "./segmentFiles.ts";
import { IndexBuildWorker } from "./worker.ts";

export interface NodeIndexProviderOptions {
  dir: string;
  /** The latest committed state (the store's `committed()`). */
  state(): KVReader;
  logger?: Logger;
  /** Told each step of a segment build (test-only crash points, node/crashPoints.ts). */
  onBuildStep?: (step: string) => void;
}

/** What the provider reads through the attribution keeper (attached after the modules are wired). */
export interface IndexSourceKeeper {
  readonly source: DocumentSource;
  getCommitment(kv: KVReader, dn: bigint, v: bigint): IndexCommitment | undefined;
  pendingVersions(kv: KVReader): Promise<[bigint, bigint][]>;
}

const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** A segment for an index being assembled; `fromFile` ones are not yet vouched for by the chain. */
interface Part {
  segment: Segment;
  fromFile: boolean;
}

export class NodeIndexProvider implements IndexProvider {
  private readonly indexes = new Map<string, Promise<AttributionIndex>>();
  /** Segments built here or checked against a READY commitment, by segmentCacheKey. */
  private readonly segments = new Map<string, Promise<Segment>>();
  private readonly worker = new IndexBuildWorker();
  private keeper: IndexSourceKeeper | undefined;
  /** Segments the worker built, as `<datanet>:<first>-<last>`, in order (logs and tests). */
  readonly built: string[] = [];
  /** Told the seconds of every segment build, from reading its records to its file written (metrics). */
  onSegmentBuilt: ((seconds: number) => void) | undefined;

  private readonly files: SegmentFiles;

  constructor(private readonly opts: NodeIndexProviderOptions) {
    this.files = new SegmentFiles(opts.dir, opts.onBuildStep);
  }

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

  segmentPath(dn: bigint, r: SegmentRange): string {
    return this.files.path(dn, r);
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

  isStarted(dn: bigint, v: bigint): boolean {
    return this.indexes.has(`${dn}-${v}`);
  }

  /**
   * Starts every version whose commitment is PENDING in committed state (after a restart, or
   * versions a genesis brought). PERF: O(pending commitments).
   */
  async startPending(): Promise<[bigint, bigint][]> {
    const pending = await this.mustKeeper().pendingVersions(this.opts.state());
    for (const [dn, v] of pending) void this.start(dn, v).catch(() => undefined);
    return pending;
  }

  private async loadOrBuild(dn: bigint, v: bigint): Promise<AttributionIndex> {
    const state = this.opts.state();
    const committed = this.mustKeeper().getCommitment(state, dn, v);
    const layout = indexLayout(this.mustKeeper().source, state, dn, v);
    if (committed?.status === "READY") return this.assembleChecked(dn, v, layout, committed);
    // Nothing on chain to check this version's files against yet: check the previous version's
    // (it holds every segment this one keeps); segments still untrusted are built.
    if (v > 1n) await this.start(dn, v - 1n).catch(() => undefined);
    return makeIndex(await Promise.all(layout.map((r) => this.trusted(dn, r))));
  }

  /** Assembles a READY version from memory and files; rebuilds the file segments on a hash mismatch. */
  private async assembleChecked(dn: bigint, v: bigint, layout: SegmentRange[], committed: IndexCommitment): Promise<AttributionIndex> {
    const parts = await Promise.all(layout.map(async (r) => ({ range: r, ...(await this.cachedOrFile(dn, r)) })));
    let index = makeIndex(parts.map((p) => p.segment));
    if (equal(indexHash(index), committed.indexHash)) {
      parts.forEach((p) => {
        if (p.fromFile) this.segments.set(segmentCacheKey(dn, p.range), Promise.resolve(p.segment));
      });
      return index;
    }
    if (parts.some((p) => p.fromFile)) {
      this.opts.logger?.warn({ datanet: Number(dn), version: Number(v) }, "attribution segment files do not match the on-chain index hash: rebuilding them");
      index = makeIndex(await Promise.all(parts.map((p) => (p.fromFile ? this.trusted(dn, p.range) : p.segment))));
      if (equal(indexHash(index), committed.indexHash)) return index;
    }
    throw new Error(`rebuilt index of ${dn}/${v} hashes to ${bytesToHex(indexHash(index))}, the chain recorded ${bytesToHex(committed.indexHash)}`);
  }

  private async cachedOrFile(dn: bigint, r: SegmentRange): Promise<Part> {
    const cached = this.segments.get(segmentCacheKey(dn, r));
    if (cached) return { segment: await cached, fromFile: false };
    try {
      const bytes = this.files.read(dn, r);
      if (bytes) {
        const index = deserializeIndex(bytes);
        const [segment] = index.segments;
        if (index.segments.length !== 1 || !segment) throw new Error(`holds ${index.segments.length} segments, not 1`);
        return { segment, fromFile: true };
      }
    } catch (e) {
      this.opts.logger?.warn({ file: this.segmentPath(dn, r), err: (e as Error).message }, "attribution segment file unreadable: rebuilding");
    }
    return { segment: await this.trusted(dn, r), fromFile: false };
  }

  /** The segment from memory, else built (once, shared by every index that needs it). */
  private trusted(dn: bigint, r: SegmentRange): Promise<Segment> {
    const key = segmentCacheKey(dn, r);
    let p = this.segments.get(key);
    if (!p) {
      p = this.build(dn, r);
      this.segments.set(key, p);
      p.catch(() => this.segments.delete(key));
    }
    return p;
  }

  /** PERF: O(records of the range) store reads here, then O(their tokens) in the worker thread. */
  private async build(dn: bigint, r: SegmentRange): Promise<Segment> {
    const started = monotonicSeconds();
    const docs = rangeDocuments(this.mustKeeper().source, this.opts.state(), dn, r);
    this.opts.onBuildStep?.("docs-read");
    const bytes = await this.worker.buildSegment(docs);
    const segment = deserializeIndex(bytes).segments[0];
    if (!segment) throw new Error(`the build worker returned an index without a segment for ${dn} [${r.first}, ${r.last}]`);
    this.opts.onBuildStep?.("built");
    this.files.write(dn, r, bytes);
    this.built.push(segmentCacheKey(dn, r));
    const seconds = monotonicSeconds() - started;
    this.onSegmentBuilt?.(seconds);
    this.opts.logger?.info({ datanet: Number(dn), first: Number(r.first), last: Number(r.last), bytes: bytes.length, ms: Math.round(seconds * 1000) }, "attribution segment built");
    return segment;
  }

  close(): Promise<void> {
    return this.worker.close();
  }
}
