import type { Context } from "../../chain/context.ts";
import { datanetErrors } from "./errors.ts";
import type { DatanetKeeper } from "./keeper.ts";
import type { DatanetParams, QuotaUsage } from "./types.ts";

/**
 * Per-contributor quota over every datanet: at most `quota_records_per_window` records and
 * `quota_bytes_per_window` body bytes in each window of `quota_window_blocks` blocks (window w
 * = heights [w·W, (w+1)·W)). Fixed windows rather than a sliding one: one small value per
 * contributor, reset by the first contribution of a new window.
 */
export class QuotaTracker {
  private readonly usage: QuotaUsage;
  private readonly first: bigint;

  constructor(
    private readonly ctx: Context,
    private readonly keeper: DatanetKeeper,
    private readonly params: DatanetParams,
    private readonly addr: Uint8Array,
    private readonly who: string,
  ) {
    const window = ctx.block.height / params.quotaWindowBlocks;
    const saved = keeper.getQuota(ctx.kv, addr);
    this.usage = saved && saved.window === window ? saved : { window, records: 0n, bytes: 0n };
    this.first = window * params.quotaWindowBlocks;
  }

  /** Counts one record of `bytes`; throws quotaExceeded naming record `index`. PERF: O(1). */
  add(bytes: number, index: number): void {
    const p = this.params;
    const span = `blocks ${this.first}..${this.first + p.quotaWindowBlocks - 1n}`;
    if (this.usage.records + 1n > p.quotaRecordsPerWindow) {
      throw datanetErrors.quotaExceeded.wrap(
        `record ${index}: ${this.who} already sent ${this.usage.records} records in ${span}; the quota is ${p.quotaRecordsPerWindow} records per ${p.quotaWindowBlocks} blocks`,
      );
    }
    if (this.usage.bytes + BigInt(bytes) > p.quotaBytesPerWindow) {
      throw datanetErrors.quotaExceeded.wrap(
        `record ${index}: ${bytes} more bytes would bring ${this.who} to ${this.usage.bytes + BigInt(bytes)} bytes in ${span}; the quota is ${p.quotaBytesPerWindow} bytes per ${p.quotaWindowBlocks} blocks`,
      );
    }
    this.usage.records += 1n;
    this.usage.bytes += BigInt(bytes);
  }

  save(): void {
    this.keeper.setQuota(this.ctx, this.addr, this.usage);
  }
}
