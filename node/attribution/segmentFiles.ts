/**
 * The I/O half of the index provider: segment files under <home>/data/attribution and the clock
 * that times builds for metrics. It is exempt from the consensus lint (eslint.config.js) because
 * nothing it returns reaches state unchecked: a file is a cache, and the provider uses one only
 * once the index assembled from it hashes to the chain's commitment (else it rebuilds the
 * segments from committed state); the clock feeds logs and metrics only.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { SegmentRange } from "../../modules/attribution/segmentLayout.ts";

export class SegmentFiles {
  constructor(
    readonly dir: string,
    /** Told `tmp-written` and `file-written` (test-only crash points). */
    private readonly onStep?: (step: string) => void,
  ) {}

  path(dn: bigint, r: SegmentRange): string {
    return join(this.dir, `${dn}-s${r.first}-${r.last}.seg`);
  }

  /** The file's bytes, or undefined when there is no file. */
  read(dn: bigint, r: SegmentRange): Uint8Array | undefined {
    const file = this.path(dn, r);
    return existsSync(file) ? readFileSync(file) : undefined;
  }

  /** Writes through a temporary file, so a crash never leaves a half-written segment. */
  write(dn: bigint, r: SegmentRange, bytes: Uint8Array): void {
    mkdirSync(this.dir, { recursive: true });
    const file = this.path(dn, r);
    writeFileSync(`${file}.tmp`, bytes);
    this.onStep?.("tmp-written");
    renameSync(`${file}.tmp`, file);
    this.onStep?.("file-written");
  }
}

/** A monotonic clock in seconds, for build timings (logs and metrics only). */
export const monotonicSeconds = (): number => performance.now() / 1000;
