/**
 * One ABCI request in, one response out: routes each `tendermint.abci.Request` to the App (or
 * answers it here for the methods Tributary does not use) and decides what an error means.
 */
import { toHex } from "@cosmjs/encoding";
import {
  type Request,
  type Response,
  ResponseApplySnapshotChunk_Result,
  ResponseOfferSnapshot_Result,
  ResponseVerifyVoteExtension_VerifyStatus,
} from "cosmjs-types/tendermint/abci/types";
import type { Logger } from "pino";
import type { AbciApp, AbciSnapshots } from "../../chain/abci.ts";

/** Request fields in protobuf field order (echo = 1 … finalize_block = 20). */
const METHODS = [
  "echo",
  "flush",
  "info",
  "initChain",
  "query",
  "checkTx",
  "commit",
  "listSnapshots",
  "offerSnapshot",
  "loadSnapshotChunk",
  "applySnapshotChunk",
  "prepareProposal",
  "processProposal",
  "extendVote",
  "verifyVoteExtension",
  "finalizeBlock",
] as const satisfies readonly (keyof Request)[];

export type AbciMethod = (typeof METHODS)[number];

/**
 * The methods that cannot return an error (ABCI spec, basic concepts §Errors): the app's state
 * would no longer match the chain's, so the process must stop rather than answer.
 */
const FATAL_METHODS: ReadonlySet<AbciMethod> = new Set(["info", "initChain", "finalizeBlock", "commit"]);

/** An App failure in a method that must not fail; the server stops the process on it. */
export class AbciFatalError extends Error {
  override readonly name = "AbciFatalError";
  constructor(
    readonly method: AbciMethod,
    readonly height: bigint | undefined,
    override readonly cause: unknown,
  ) {
    super(`ABCI ${method}${height === undefined ? "" : ` at height ${height}`} failed: ${(cause as Error)?.message ?? String(cause)}`);
  }
}

/** The method a request carries, or undefined for an empty Request (or an unknown field number). */
export function requestMethod(req: Request): AbciMethod | undefined {
  return METHODS.find((m) => req[m] !== undefined);
}

export function exceptionResponse(error: string): Response {
  return { exception: { error } };
}

/** The block between FinalizeBlock and Commit, for the per-block log line and fatal errors. */
interface FinalizedBlock {
  height: bigint;
  txs: number;
  appHash: Uint8Array;
  startedMs: number;
}

/**
 * Routes requests for every connection of one server. It holds no lock: each connection awaits
 * its own requests in order, and the App's contract lets CheckTx and Query run while a block is
 * being finalised (they read the check state and the committed state only).
 */
export class AbciDispatcher {
  private finalized: FinalizedBlock | undefined;
  /** From the start of a FinalizeBlock until its Commit has completed: a block is in progress. */
  private inBlock: { done: Promise<void>; resolve: () => void; height: bigint } | undefined;

  constructor(
    private readonly app: AbciApp,
    private readonly logger: Logger,
    /** State sync (node/snapshots/); without it the node neither serves nor restores snapshots. */
    private readonly snapshots?: AbciSnapshots,
  ) {}

  /**
   * The response for `req`. Throws AbciFatalError when a must-not-fail method failed; any other
   * App error becomes a ResponseException (CometBFT stops its client on one, so it is logged).
   */
  async handle(req: Request): Promise<Response> {
    const method = requestMethod(req);
    if (method === undefined) return exceptionResponse("unknown or empty ABCI request: no method field is set (this server speaks CometBFT v0.38, ABCI 2.0)");
    try {
      return await this.route(method, req);
    } catch (e) {
      if (FATAL_METHODS.has(method)) throw new AbciFatalError(method, this.heightOf(method, req), e);
      this.logger.error({ method, err: e }, "ABCI request failed; answered with an exception");
      return exceptionResponse(`${method} failed: ${(e as Error)?.message ?? String(e)}`);
    }
  }

  /**
   * Resolves true once no block is in progress (none was, or its Commit has completed), false
   * if `timeoutMs` passed first. The height of the block waited for goes to `onWait`.
   */
  async blockSettled(timeoutMs: number, onWait?: (height: bigint) => void): Promise<boolean> {
    const b = this.inBlock;
    if (!b) return true;
    onWait?.(b.height);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const settled = await Promise.race([b.done.then(() => true as const), late]);
    clearTimeout(timer);
    return settled;
  }

  private heightOf(method: AbciMethod, req: Request): bigint | undefined {
    if (method === "finalizeBlock") return req.finalizeBlock!.height;
    if (method === "initChain") return req.initChain!.initialHeight;
    if (method === "commit") return this.finalized?.height;
    return undefined;
  }

  /** PERF: the App's cost for the method; the routing itself is constant. */
  private async route(method: AbciMethod, req: Request): Promise<Response> {
    const app = this.app;
    switch (method) {
      case "echo":
        return { echo: { message: req.echo!.message } };
      case "flush":
        return { flush: {} };
      case "info":
        return { info: await app.info(req.info!) };
      case "initChain":
        return { initChain: await app.initChain(req.initChain!) };
      case "query":
        return { query: await app.query(req.query!) };
      case "checkTx":
        return { checkTx: await app.checkTx(req.checkTx!) };
      case "prepareProposal":
        return { prepareProposal: await app.prepareProposal(req.prepareProposal!) };
      case "processProposal":
        return { processProposal: await app.processProposal(req.processProposal!) };
      case "finalizeBlock":
        return { finalizeBlock: await this.finalizeBlock(req) };
      case "commit":
        return { commit: await this.commit() };
      // Vote extensions are off (genesis abci.vote_extensions_enable_height = 0); should a
      // network enable them, an empty extension that every validator accepts is always valid.
      case "extendVote":
        return { extendVote: { voteExtension: new Uint8Array() } };
      case "verifyVoteExtension":
        return { verifyVoteExtension: { status: ResponseVerifyVoteExtension_VerifyStatus.ACCEPT } };
      // State sync goes to the snapshot manager. Without one the node has no snapshots:
      // OfferSnapshot REJECT makes CometBFT try another (there is none), and ABORT ends any
      // restore that got this far.
      case "listSnapshots":
        return { listSnapshots: this.snapshots ? await this.snapshots.listSnapshots(req.listSnapshots!) : { snapshots: [] } };
      case "offerSnapshot":
        return { offerSnapshot: this.snapshots ? await this.snapshots.offerSnapshot(req.offerSnapshot!) : { result: ResponseOfferSnapshot_Result.REJECT } };
      case "loadSnapshotChunk":
        return { loadSnapshotChunk: this.snapshots ? await this.snapshots.loadSnapshotChunk(req.loadSnapshotChunk!) : { chunk: new Uint8Array() } };
      case "applySnapshotChunk":
        return {
          applySnapshotChunk: this.snapshots
            ? await this.snapshots.applySnapshotChunk(req.applySnapshotChunk!)
            : { result: ResponseApplySnapshotChunk_Result.ABORT, refetchChunks: [], rejectSenders: [] },
        };
    }
  }

  private async finalizeBlock(req: Request) {
    const r = req.finalizeBlock!;
    const startedMs = Date.now();
    if (!this.inBlock) {
      let resolve!: () => void;
      const done = new Promise<void>((r) => (resolve = r));
      this.inBlock = { done, resolve, height: r.height };
    }
    const res = await this.app.finalizeBlock(r);
    this.finalized = { height: r.height, txs: r.txs.length, appHash: res.appHash, startedMs };
    return res;
  }

  private async commit() {
    const res = await this.app.commit();
    const b = this.finalized;
    this.finalized = undefined;
    this.inBlock?.resolve();
    this.inBlock = undefined;
    if (b) {
      this.logger.info(
        { height: b.height.toString(), txs: b.txs, appHash: toHex(b.appHash).slice(0, 12).toUpperCase(), ms: Date.now() - b.startedMs },
        "committed block",
      );
    }
    return res;
  }
}
