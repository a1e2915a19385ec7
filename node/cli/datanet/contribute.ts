/**
 * The engine of `tx datanet contribute`: batches records into MsgContribute txs under the
 * record count and size limits, simulates each batch first, and since a MsgContribute fails as
 * a whole with an error naming the bad record, drops that record (reported as rejected with
 * the chain's reason) and retries the rest. Talks to the chain only through a Backend, so the
 * policy is tested without a node.
 *
 * After a rejection at index i the records before i are known to pass. Retrying re-runs them;
 * when that would take longer than a block (measured as it goes), they are sent at once as
 * their own tx instead, with the gas the failed simulation reported as the estimate. A batch
 * whose gas limit would exceed the block's max gas is cut and the rest goes back in the queue.
 * When the node refuses a request as too large (its rpc.max_body_bytes is below what the
 * budget assumed), the batch goes back in the queue and the budget halves to that batch's size;
 * a record refused that way alone is rejected. Either way the run goes on.
 */
import { bytesToHex } from "@noble/hashes/utils.js";
import type { ContributionResult, RecordInput } from "../../../client/datanetMsgs.ts";
import type { LabelledRecord } from "./records.ts";

export interface ChainOutcome {
  codespace: string;
  code: number;
  log: string;
}

export type SimResult = ChainOutcome & { gasUsed: number };
export type DeliverResult = ChainOutcome & { txhash: string; height: number; results: ContributionResult[] };

/** Thrown by a Backend when the node refused the request (not the tx) as too large. */
export class RequestTooLarge extends Error {
  override readonly name = "RequestTooLarge";
  constructor(
    /** Size of the refused request, when known. */
    readonly requestBytes: number | undefined,
    options?: ErrorOptions,
  ) {
    super(`the node refused a request${requestBytes === undefined ? "" : ` of ${requestBytes} bytes`} as too large`, options);
  }
}

export interface Backend {
  /** Throws RequestTooLarge when the node refuses the request's size. */
  simulate(records: RecordInput[]): Promise<SimResult>;
  /** Signs, broadcasts and waits for the block; throws when the node refuses the tx (CheckTx), RequestTooLarge on its size. */
  deliver(records: RecordInput[], gasLimit: number): Promise<DeliverResult>;
  /** Encoded size of the MsgContribute carrying `records`. */
  size(records: RecordInput[]): number;
}

export type RecordStatus = "accepted" | "pending" | "rejected" | "unsent";

export interface RecordReport {
  index: number;
  label: string;
  status: RecordStatus;
  contribution_id?: string;
  content_hash?: string;
  tokens?: number;
  masked_tokens?: number;
  /** Why it was rejected (the chain's message) or not sent. */
  reason?: string;
  /** "datanet/10" for a chain rejection. */
  code?: string;
  txhash?: string;
  height?: number;
}

export interface BatchProgress {
  done: number;
  total: number;
  txhash: string;
  height: number;
  sent: number;
  rejected: number;
}

export interface ContributeOptions {
  maxRecordsPerMsg: number;
  /** Budget for the encoded MsgContribute: the node's max tx bytes minus a margin for the envelope. */
  maxMsgBytes: number;
  gasAdjustment: number;
  /** A fixed gas limit (--gas N) instead of simulated × adjustment. */
  fixedGas?: number;
  /** The block's max gas (consensus params); a batch whose gas limit would exceed it is split. Undefined: no cap. */
  maxGas?: number;
  onBatch?: (p: BatchProgress) => void;
  /** A line for the user when the run changes course (smaller batches after a refused request). */
  onNotice?: (line: string) => void;
  /** Which limit set maxMsgBytes, for the message of a record that exceeds it. */
  budgetLimit?: string;
  /** Milliseconds, for the re-simulate vs send decision (tests pass a fake). */
  now?: () => number;
}

export interface ContributeOutcome {
  reports: RecordReport[];
  /** Set when a non-record error stopped the run; the records not sent are "unsent". */
  aborted?: string;
}

/** Errors about one record: the rest of the message can go without it. */
const RECORD_CODES = new Set([7, 8, 9, 10, 11, 20]);
const MAX_GAS_RETRIES = 3;

/** The record a datanet error names, with the reason to report, or undefined for other errors. */
export function recordError(o: ChainOutcome): { index: number; reason: string } | undefined {
  if (o.codespace !== "datanet" || !RECORD_CODES.has(o.code)) return undefined;
  const m = /^record (\d+): ([\s\S]*)$/.exec(o.log);
  if (!m) return undefined;
  return { index: Number(m[1]), reason: cleanLog(m[2]!) };
}

/** The chain's text without the simulation and revert suffixes. */
export function cleanLog(log: string): string {
  return log
    .replace(/\s*With gas wanted: '\d+' and gas used: '\d+'\s*$/, "")
    .replace(/\s*\(messages reverted; fee and sequence kept\)\s*$/, "")
    .trim();
}

/** Gas a failed simulation reports having used ("… gas used: 'N'"), if it says. */
export function gasUsedInLog(log: string): number | undefined {
  const m = /gas used: '(\d+)'/.exec(log);
  return m ? Number(m[1]) : undefined;
}

class Abort extends Error {}

/** A RequestTooLarge with the records the refused request carried. */
class TooLargeFor extends Error {
  constructor(
    override readonly cause: RequestTooLarge,
    readonly sent: readonly LabelledRecord[],
  ) {
    super(cause.message);
  }
}

export async function contributeAll(input: readonly LabelledRecord[], backend: Backend, opts: ContributeOptions): Promise<ContributeOutcome> {
  const run = new Run(input, backend, opts);
  try {
    await run.all();
    return { reports: run.reports };
  } catch (e) {
    if (!(e instanceof Abort)) throw e;
    for (const r of run.reports) if (r.status === "unsent" && r.reason === undefined) r.reason = `not sent: ${e.message}`;
    return { reports: run.reports, aborted: e.message };
  }
}

class Run {
  readonly reports: RecordReport[];
  private readonly queue: LabelledRecord[] = [];
  /** Bytes of records per message: opts.maxMsgBytes, lowered when the node refuses a request as too large. */
  private budget: number;
  private done = 0;
  // Measured: ms of simulation per record, and ms from broadcast to inclusion.
  private simMsPerRecord = 0;
  private deliverMs = 0;
  private readonly now: () => number;

  constructor(
    private readonly input: readonly LabelledRecord[],
    private readonly backend: Backend,
    private readonly opts: ContributeOptions,
  ) {
    this.reports = input.map((r) => ({ index: r.index, label: r.label, status: "unsent" }));
    this.now = opts.now ?? (() => performance.now());
    this.budget = opts.maxMsgBytes;
  }

  async all(): Promise<void> {
    const queue = this.queue;
    for (const r of this.input) {
      const size = this.backend.size([r.record]);
      if (size <= this.budget) queue.push(r);
      else this.reject(r, `record is ${size} bytes encoded; a tx to this node carries at most ${this.budget} bytes of records${this.opts.budgetLimit ? ` (${this.opts.budgetLimit})` : ""}`, "cli");
    }
    while (queue.length > 0) await this.batchOrShrink(this.takeBatch());
  }

  /** The longest run from the front of the queue under the count and size limits (at least one). */
  private takeBatch(): LabelledRecord[] {
    const queue = this.queue;
    const batch = [queue.shift()!];
    while (queue.length > 0 && batch.length < this.opts.maxRecordsPerMsg) {
      if (this.size([...batch, queue[0]!]) > this.budget) break;
      batch.push(queue.shift()!);
    }
    return batch;
  }

  private size(recs: readonly LabelledRecord[]): number {
    return this.backend.size(recs.map((r) => r.record));
  }

  /**
   * `batch`, and when the node refuses a request as too large: the records of `records` not yet
   * settled go back to the front of the queue and the budget halves to the refused request's
   * records, or, when that request carried one record, that record is rejected.
   */
  private async batchOrShrink(records: LabelledRecord[]): Promise<void> {
    try {
      await this.batch(records);
    } catch (e) {
      if (!(e instanceof TooLargeFor)) throw e;
      const unsettled = records.filter((r) => this.reportOf(r).status === "unsent" && !this.queue.includes(r));
      const [one] = e.sent;
      if (one && e.sent.length === 1) {
        const size = e.cause.requestBytes === undefined ? "" : ` (${e.cause.requestBytes} bytes)`;
        this.reject(one, `the node refused the request carrying this record alone as too large${size}: its rpc.max_body_bytes is smaller`, "cli");
        this.queue.unshift(...unsettled.filter((r) => r !== one));
        return;
      }
      this.budget = Math.min(this.budget, Math.floor(this.size(e.sent) / 2));
      this.queue.unshift(...unsettled);
      this.opts.onNotice?.(`${e.cause.message}; batches now carry at most ${this.budget} bytes of records`);
    }
  }

  private async batch(records: LabelledRecord[]): Promise<void> {
    let recs = records;
    let adjustment = this.opts.gasAdjustment;
    let gasRetries = 0;
    while (recs.length > 0) {
      const sim = await this.simulate(recs);
      if (sim.code !== 0) {
        const bad = this.recordOrAbort(sim, recs);
        const prefix = recs.slice(0, bad.index);
        this.reject(bad.record, bad.reason, `${sim.codespace}/${sim.code}`);
        recs = recs.slice(bad.index + 1);
        const used = gasUsedInLog(sim.log);
        // The prefix passed: send it now rather than re-simulate it, when that is faster.
        if (prefix.length > 0 && used !== undefined && this.deliverMs > 0 && prefix.length * this.simMsPerRecord > this.deliverMs && this.fits(used, adjustment)) {
          await this.deliverChecked(prefix, this.gasLimit(used, adjustment));
        } else {
          recs = [...prefix, ...recs];
        }
        continue;
      }
      if (!this.fits(sim.gasUsed, adjustment)) {
        recs = this.cut(recs, sim.gasUsed, adjustment);
        continue;
      }
      const res = await this.deliver(recs, this.gasLimit(sim.gasUsed, adjustment));
      if (res.code === 0) return this.accept(recs, res);
      if (res.codespace === "sdk" && res.code === 11 && gasRetries < MAX_GAS_RETRIES) {
        gasRetries++;
        adjustment *= 1.5;
        continue;
      }
      const bad = this.recordOrAbort(res, recs);
      this.reject(bad.record, bad.reason, `${res.codespace}/${res.code}`);
      recs = recs.filter((_, i) => i !== bad.index);
    }
  }

  /** Delivers records that already passed a simulation; a failure goes back through `batch`. */
  private async deliverChecked(recs: LabelledRecord[], gas: number): Promise<void> {
    const res = await this.deliver(recs, gas);
    if (res.code === 0) this.accept(recs, res);
    else await this.batch(recs);
  }

  private fits(simulated: number, adjustment: number): boolean {
    if (this.opts.maxGas === undefined || this.opts.fixedGas !== undefined) return true;
    return this.gasLimit(simulated, adjustment) <= this.opts.maxGas;
  }

  /**
   * Keeps the share of `recs` that should fit the block's max gas (with 10% to spare) and puts
   * the rest back at the front of the queue; a lone record that cannot fit is rejected.
   */
  private cut(recs: LabelledRecord[], simulated: number, adjustment: number): LabelledRecord[] {
    const limit = this.gasLimit(simulated, adjustment);
    if (recs.length === 1) {
      this.reject(recs[0]!, `needs a gas limit of ${limit}, above the block's max gas of ${this.opts.maxGas}`, "cli");
      return [];
    }
    const keep = Math.max(1, Math.min(recs.length - 1, Math.floor((recs.length * this.opts.maxGas! * 0.9) / limit)));
    this.queue.unshift(...recs.slice(keep));
    return recs.slice(0, keep);
  }

  private recordOrAbort(o: ChainOutcome, recs: LabelledRecord[]): { index: number; reason: string; record: LabelledRecord } {
    const bad = recordError(o);
    const record = bad && recs[bad.index];
    if (!bad || !record) throw new Abort(`${o.codespace}/${o.code}: ${cleanLog(o.log)}`);
    return { ...bad, record };
  }

  private gasLimit(simulated: number, adjustment: number): number {
    return this.opts.fixedGas ?? Math.ceil(simulated * adjustment);
  }

  private async simulate(recs: LabelledRecord[]): Promise<SimResult> {
    const t0 = this.now();
    let sim: SimResult;
    try {
      sim = await this.backend.simulate(recs.map((r) => r.record));
    } catch (e) {
      if (e instanceof RequestTooLarge) throw new TooLargeFor(e, recs);
      throw e;
    }
    const perRecord = (this.now() - t0) / recs.length;
    this.simMsPerRecord = this.simMsPerRecord === 0 ? perRecord : (this.simMsPerRecord + perRecord) / 2;
    return sim;
  }

  private async deliver(recs: LabelledRecord[], gas: number): Promise<DeliverResult> {
    const t0 = this.now();
    let res: DeliverResult;
    try {
      res = await this.backend.deliver(recs.map((r) => r.record), gas);
    } catch (e) {
      if (e instanceof RequestTooLarge) throw new TooLargeFor(e, recs);
      throw new Abort((e as Error).message);
    }
    const ms = this.now() - t0;
    this.deliverMs = this.deliverMs === 0 ? ms : (this.deliverMs + ms) / 2;
    return res;
  }

  private accept(recs: LabelledRecord[], res: DeliverResult): void {
    if (res.results.length !== recs.length) throw new Abort(`tx ${res.txhash} returned ${res.results.length} results for ${recs.length} records`);
    recs.forEach((r, i) => {
      const out = res.results[i]!; // as many as recs, checked above
      Object.assign(this.reportOf(r), {
        status: out.status === "PENDING" ? "pending" : "accepted",
        contribution_id: out.contributionId.toString(),
        content_hash: bytesToHex(out.contentHash),
        tokens: out.tokens,
        masked_tokens: out.maskedTokens,
        txhash: res.txhash,
        height: res.height,
      });
    });
    this.progress(recs.length, res);
  }

  /** The report of a record of the input (reports are in input order, and a record's index is its position). */
  private reportOf(r: LabelledRecord): RecordReport {
    const report = this.reports[r.index];
    if (!report) throw new Error(`record ${r.index} is not one of the ${this.reports.length} input records`);
    return report;
  }

  private reject(r: LabelledRecord, reason: string, code: string): void {
    Object.assign(this.reportOf(r), { status: "rejected", reason, code });
    this.done++;
  }

  private progress(sent: number, res: DeliverResult): void {
    this.done += sent;
    const rejected = this.reports.filter((r) => r.status === "rejected").length;
    this.opts.onBatch?.({ done: this.done, total: this.input.length, txhash: res.txhash, height: res.height, sent, rejected });
  }
}

/** Counts per status. */
export function summarize(reports: readonly RecordReport[]): Record<RecordStatus, number> {
  const out: Record<RecordStatus, number> = { accepted: 0, pending: 0, rejected: 0, unsent: 0 };
  for (const r of reports) out[r.status]++;
  return out;
}
