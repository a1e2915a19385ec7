/**
 * Progress of `tx datanet contribute` on stderr: a bar redrawn in place on a terminal, one
 * plain line per batch otherwise (logs, CI, pipes), so stdout keeps only the report.
 */
import type { BatchProgress } from "./contribute.ts";

export interface ProgressSink {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

export interface Progress {
  update(p: BatchProgress): void;
  /** A line of its own ("note: …"), above the bar on a terminal (the next update redraws it). */
  note(line: string): void;
  /** Ends the bar's line (terminal only). */
  finish(): void;
}

const BAR_WIDTH = 30;

export function progressBar(done: number, total: number, width = BAR_WIDTH): string {
  const filled = total === 0 ? width : Math.min(width, Math.floor((done / total) * width));
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}]`;
}

export function createProgress(sink: ProgressSink): Progress {
  let drawn = false;
  return {
    update(p) {
      if (sink.isTTY) {
        const pct = p.total === 0 ? 100 : Math.floor((p.done / p.total) * 100);
        sink.write(`\r${progressBar(p.done, p.total)} ${pct}% ${p.done}/${p.total} records, ${p.rejected} rejected, height ${p.height}\x1b[K`);
        drawn = true;
      } else {
        sink.write(`batch: ${p.sent} records in tx ${p.txhash} at height ${p.height}; ${p.done}/${p.total} done, ${p.rejected} rejected\n`);
      }
    },
    note(line) {
      sink.write(`${drawn ? "\r\x1b[K" : ""}note: ${line}\n`);
      drawn = false;
    },
    finish() {
      if (drawn) sink.write("\n");
      drawn = false;
    },
  };
}
