/**
 * Snapshots on disk: `<home>/data/snapshots/<height>-<format>/` holding `snapshot.json` (the
 * description below) and `chunk-<i>` files. A snapshot is written into `<name>.tmp/` and renamed
 * into place when whole, so a crash mid-write leaves a `.tmp` directory that is ignored and
 * removed by the next snapshot, never a snapshot that lists chunks it does not have.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { homePaths } from "../home.ts";

export interface SnapshotInfo {
  height: bigint;
  format: number;
  chunks: number;
  /** sha256 over the chunk hashes (the ABCI snapshot hash). */
  hash: Uint8Array;
  /** The state root at `height` (the app hash of block height + 1's header). */
  appHash: Uint8Array;
  chunkHashes: Uint8Array[];
  stateKeys: number;
  contentBodies: number;
  /** Compressed bytes of all chunks. */
  bytes: number;
}

interface SnapshotJson {
  height: string;
  format: number;
  chunks: number;
  hash: string;
  app_hash: string;
  chunk_hashes: string[];
  state_keys: number;
  content_bodies: number;
  bytes: number;
}

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const unhex = (s: string) => new Uint8Array(Buffer.from(s, "hex"));

export const snapshotsDir = (home: string) => join(homePaths(home).dataDir, "snapshots");

export class SnapshotStore {
  constructor(readonly dir: string) {}

  static forHome(home: string): SnapshotStore {
    return new SnapshotStore(snapshotsDir(home));
  }

  private path(height: bigint, format: number): string {
    return join(this.dir, `${height}-${format}`);
  }

  /** Every whole snapshot, newest first. PERF: reads each snapshot.json. */
  list(): SnapshotInfo[] {
    if (!existsSync(this.dir)) return [];
    const out: SnapshotInfo[] = [];
    for (const name of readdirSync(this.dir)) {
      const m = /^([0-9]+)-([0-9]+)$/.exec(name);
      if (!m) continue;
      const info = this.get(BigInt(m[1]!), Number(m[2]));
      if (info) out.push(info);
    }
    return out.sort((a, b) => (a.height === b.height ? b.format - a.format : a.height > b.height ? -1 : 1));
  }

  get(height: bigint, format: number): SnapshotInfo | undefined {
    const file = join(this.path(height, format), "snapshot.json");
    if (!existsSync(file)) return undefined;
    const j = JSON.parse(readFileSync(file, "utf8")) as SnapshotJson;
    return {
      height: BigInt(j.height),
      format: j.format,
      chunks: j.chunks,
      hash: unhex(j.hash),
      appHash: unhex(j.app_hash),
      chunkHashes: j.chunk_hashes.map(unhex),
      stateKeys: j.state_keys,
      contentBodies: j.content_bodies,
      bytes: j.bytes,
    };
  }

  /** Chunk `index` of a snapshot, or undefined when the snapshot or chunk is not here. */
  chunk(height: bigint, format: number, index: number): Uint8Array | undefined {
    const file = join(this.path(height, format), `chunk-${index}`);
    return existsSync(file) ? new Uint8Array(readFileSync(file)) : undefined;
  }

  /** Starts writing a snapshot; `finish` makes it visible, `abandon` removes the partial files. */
  begin(height: bigint, format: number): SnapshotWriter {
    const final = this.path(height, format);
    const tmp = `${final}.tmp`;
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    let n = 0;
    return {
      writeChunk: (chunk) => {
        writeFileSync(join(tmp, `chunk-${n++}`), chunk);
      },
      finish: (info) => {
        const j: SnapshotJson = {
          height: info.height.toString(),
          format: info.format,
          chunks: info.chunks,
          hash: hex(info.hash),
          app_hash: hex(info.appHash),
          chunk_hashes: info.chunkHashes.map(hex),
          state_keys: info.stateKeys,
          content_bodies: info.contentBodies,
          bytes: info.bytes,
        };
        writeFileSync(join(tmp, "snapshot.json"), JSON.stringify(j, null, 2) + "\n");
        rmSync(final, { recursive: true, force: true });
        renameSync(tmp, final);
      },
      abandon: () => rmSync(tmp, { recursive: true, force: true }),
    };
  }

  /** Deletes all but the newest `keepRecent` snapshots (0 keeps all), and leftover `.tmp` directories; returns the heights deleted. */
  prune(keepRecent: number): bigint[] {
    if (!existsSync(this.dir)) return [];
    for (const name of readdirSync(this.dir)) if (name.endsWith(".tmp")) rmSync(join(this.dir, name), { recursive: true, force: true });
    if (keepRecent <= 0) return [];
    const doomed = this.list().slice(keepRecent);
    for (const s of doomed) rmSync(this.path(s.height, s.format), { recursive: true, force: true });
    return doomed.map((s) => s.height);
  }

  /** Removes one snapshot; false when it was not there. */
  delete(height: bigint, format: number): boolean {
    const p = this.path(height, format);
    if (!existsSync(p)) return false;
    rmSync(p, { recursive: true, force: true });
    return true;
  }
}

export interface SnapshotWriter {
  writeChunk(chunk: Uint8Array): void;
  finish(info: SnapshotInfo): void;
  abandon(): void;
}
