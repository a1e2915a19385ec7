/**
 * Listener hooks of the App: node services that follow the chain (the content indexer, the
 * attribution index builds, …) register here instead of wrapping the App in an AbciApp of their
 * own. The App calls them, in registration order, after InitChain, after FinalizeBlock (the
 * block executed, not yet committed) and after Commit (the block durable).
 *
 * Listeners are node code, never consensus: they get read-only views and no store, and what
 * they do never reaches the response the consensus driver sees. A listener that throws (or
 * rejects) is reported to the error handler and skipped; the block goes on. The alternative,
 * stopping the node, would turn a local problem (a full disk under the content store, a
 * decoding bug in one service) into a halted validator, while each listener has its own repair
 * path (`tributary datanet rebuild-content`; attribution builds on first use).
 *
 * Listeners are awaited: afterFinalizeBlock finishes before FinalizeBlock returns, so what it
 * writes is on disk before the driver commits (see node/content/listener.ts); afterCommit
 * finishes before Commit returns. Both sit on the block's critical path, so a listener does
 * quick work there and starts anything long in the background.
 */
import type { ExecTxResult, RequestInitChain } from "cosmjs-types/tendermint/abci/types";
import type { AbciEvent } from "./events.ts";

/** A block as FinalizeBlock executed it. */
export interface FinalizedBlock {
  readonly height: bigint;
  /** The raw txs, in block order. */
  readonly txs: readonly Uint8Array[];
  /** One per tx, in block order (code 0: the tx succeeded and its events stand). */
  readonly txResults: readonly Readonly<ExecTxResult>[];
  /** Begin- and end-block events. */
  readonly events: readonly AbciEvent[];
}

export interface AppListener {
  /** Names the listener in error reports. */
  readonly name: string;
  afterInitChain?(req: Readonly<RequestInitChain>): void | Promise<void>;
  afterFinalizeBlock?(block: FinalizedBlock): void | Promise<void>;
  /** `height` is now committed: queries and `store.committed()` read it. */
  afterCommit?(height: bigint): void | Promise<void>;
}

export type AppHook = "afterInitChain" | "afterFinalizeBlock" | "afterCommit";

export type ListenerErrorHandler = (err: Error, listener: string, hook: AppHook) => void;

/** Without a node logger (tests, benches on a bare App): the console, so a failure is never silent. */
const toStderr: ListenerErrorHandler = (err, listener, hook) => {
  console.error(`app listener ${listener} failed in ${hook}: ${err.message}`);
};

export class AppListeners {
  private readonly list: AppListener[] = [];
  private onError: ListenerErrorHandler = toStderr;

  /** Registers `listener` after those already registered; returns its removal. */
  add(listener: AppListener): () => void {
    this.list.push(listener);
    return () => {
      const i = this.list.indexOf(listener);
      if (i >= 0) this.list.splice(i, 1);
    };
  }

  /** Where listener failures go (the node passes its logger). */
  setErrorHandler(handler: ListenerErrorHandler): void {
    this.onError = handler;
  }

  initChain(req: RequestInitChain): Promise<void> {
    return this.run("afterInitChain", (l) => l.afterInitChain?.(req));
  }

  finalizedBlock(block: FinalizedBlock): Promise<void> {
    return this.run("afterFinalizeBlock", (l) => l.afterFinalizeBlock?.(block));
  }

  committed(height: bigint): Promise<void> {
    return this.run("afterCommit", (l) => l.afterCommit?.(height));
  }

  private async run(hook: AppHook, call: (l: AppListener) => void | Promise<void>): Promise<void> {
    // A copy: a listener that removes itself (or adds another) does not shift this round.
    for (const l of [...this.list]) {
      try {
        await call(l);
      } catch (e) {
        this.report(e, l.name, hook);
      }
    }
  }

  private report(e: unknown, listener: string, hook: AppHook): void {
    const err = e instanceof Error ? e : new Error(String(e));
    try {
      this.onError(err, listener, hook);
    } catch {
      toStderr(err, listener, hook);
    }
  }
}

/** A module's typed event read back from its ABCI form; undefined for another event type. */
export type EventDecoder<T> = (e: AbciEvent) => T | undefined;

/** A typed event of a tx, with where the tx pipeline says it was emitted. */
export interface TxEvent<T> {
  txIndex: number;
  /** The message that emitted it (the pipeline's `msg_index`); undefined for ante events. */
  msgIndex: number | undefined;
  event: T;
}

/** The events `decode` reads, of the block's successful txs, in block order. */
export function txEvents<T>(block: Pick<FinalizedBlock, "txResults">, decode: EventDecoder<T>): TxEvent<T>[] {
  const out: TxEvent<T>[] = [];
  block.txResults.forEach((r, txIndex) => {
    if (r.code !== 0) return;
    for (const e of r.events) {
      const event = decode(e);
      if (event !== undefined) out.push({ txIndex, msgIndex: msgIndexOf(e), event });
    }
  });
  return out;
}

/** The `msg_index` attribute EventManager.tagMsgIndex adds. */
function msgIndexOf(e: AbciEvent): number | undefined {
  const v = e.attributes.find((a) => a.key === "msg_index")?.value;
  return v === undefined ? undefined : Number(v);
}
