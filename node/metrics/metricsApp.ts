/**
 * MetricsApp: the app as the consensus driver sees it, with timings around FinalizeBlock and
 * Commit and counts of CheckTx results. It stays a wrapper because it acts on the calls
 * themselves (their duration, CheckTx which no listener hears); what a block did is counted by
 * the BlockMetrics App listener (blockEvents.ts), whose work for the block it takes to time. It only observes: every call goes to the inner app
 * unchanged, and a failure while observing is swallowed (metrics must never stop a block).
 * Works for both drivers (solo and CometBFT's ABCI connection), which call exactly AbciApp.
 */
import { performance } from "node:perf_hooks";
import type { RequestCheckTx, RequestFinalizeBlock, ResponseCheckTx, ResponseCommit, ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { CheckTxType } from "cosmjs-types/tendermint/abci/types";
import type { AbciApp } from "../../chain/abci.ts";
import type { BlockMetrics, BlockWork } from "./blockEvents.ts";
import type { NodeMetrics } from "./metrics.ts";

export class MetricsApp implements AbciApp {
  /** Header time (seconds) of the last finalized block, for the block interval. */
  private lastBlockTime: number | undefined;

  constructor(
    private readonly inner: AbciApp,
    private readonly metrics: NodeMetrics,
    private readonly blocks: BlockMetrics,
  ) {}

  info: AbciApp["info"] = (req) => this.inner.info(req);
  initChain: AbciApp["initChain"] = (req) => this.inner.initChain(req);
  prepareProposal: AbciApp["prepareProposal"] = (req) => this.inner.prepareProposal(req);
  processProposal: AbciApp["processProposal"] = (req) => this.inner.processProposal(req);
  query: AbciApp["query"] = (req) => this.inner.query(req);

  async checkTx(req: RequestCheckTx): Promise<ResponseCheckTx> {
    const res = await this.inner.checkTx(req);
    safely(() => this.metrics.checkTx.inc({ code: String(res.code), codespace: res.codespace, type: req.type === CheckTxType.RECHECK ? "recheck" : "new" }));
    return res;
  }

  async finalizeBlock(req: RequestFinalizeBlock): Promise<ResponseFinalizeBlock> {
    const started = performance.now();
    const res = await this.inner.finalizeBlock(req);
    const seconds = (performance.now() - started) / 1000;
    safely(() => {
      observeFinalizeTime(this.metrics, this.blocks.take(req.height), seconds);
      const time = req.time ? Number(req.time.seconds) + req.time.nanos / 1e9 : undefined;
      if (time !== undefined && this.lastBlockTime !== undefined) this.metrics.blockInterval.observe(Math.max(0, time - this.lastBlockTime));
      this.lastBlockTime = time;
    });
    return res;
  }

  async commit(): Promise<ResponseCommit> {
    const started = performance.now();
    const res = await this.inner.commit();
    safely(() => this.metrics.commitSeconds.observe((performance.now() - started) / 1000));
    return res;
  }
}

/** FinalizeBlock's time, and what divides by it: the counted block's tokens and attributions. */
export function observeFinalizeTime(m: NodeMetrics, work: BlockWork | undefined, seconds: number): void {
  m.finalizeSeconds.observe(seconds);
  if (!work) return;
  if (work.inferences > 0 && seconds > 0) m.inferenceTokensPerSecond.observe(work.tokens / seconds);
  // Attribution runs inside the block's txs: the block's time is its cost when it recorded some.
  if (work.attributed) m.attributionSeconds.observe(seconds);
}

function safely(observe: () => void): void {
  try {
    observe();
  } catch {
    // A metric that cannot be recorded is lost; the block is not.
  }
}
