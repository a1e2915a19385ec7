/**
 * Consensus requests first. The app is one event loop serving CometBFT's four connections; a
 * connection's requests are awaited in order, and when the App answers without real I/O the
 * whole pipelined backlog of one connection (hundreds of CheckTx, or a recheck of the mempool)
 * runs in a single macrotask. A ProcessProposal or PrepareProposal arriving meanwhile on the
 * consensus connection is not even read until that backlog is done, so on a busy 4-validator
 * network validators missed timeout_propose and whole rounds were lost (measured: a height
 * taking three rounds, ~11 s, with 1,900 txs pending).
 *
 * So: connections that carry no consensus request give the event loop a turn every
 * YIELD_AFTER_MS of work (the consensus socket's data is read), and wait before each request
 * while a consensus request is queued or running. Order within a connection is unchanged, and
 * the App already allows CheckTx and Query to run beside a block (see dispatch.ts), so only the
 * interleaving between connections moves.
 */
import { setImmediate as nextMacrotask } from "node:timers/promises";

/** How long a non-consensus connection works before letting I/O (the consensus socket) in. */
export const YIELD_AFTER_MS = 2;

/**
 * The leading byte(s) of a `tendermint.abci.Request` whose oneof field is a consensus method:
 * the field's protobuf tag (field number << 3 | wire type 2), as one varint. CometBFT's Go
 * marshaller writes the oneof field first and alone, so the tag is the body's first bytes.
 * init_chain = 5, commit = 11, prepare_proposal = 16, process_proposal = 17, extend_vote = 18,
 * verify_vote_extension = 19, finalize_block = 20.
 */
const CONSENSUS_FIELDS: ReadonlySet<number> = new Set([5, 11, 16, 17, 18, 19, 20]);

/**
 * True when `body` (one Request, unparsed) is a consensus-connection method.
 * PERF: constant; reads at most the first two bytes.
 */
export function isConsensusRequest(body: Uint8Array): boolean {
  const b0 = body[0];
  if (b0 === undefined) return false;
  let tag = b0 & 0x7f;
  if (b0 & 0x80) {
    const b1 = body[1];
    if (b1 === undefined || b1 & 0x80) return false;
    tag |= b1 << 7;
  }
  return (tag & 7) === 2 && CONSENSUS_FIELDS.has(tag >> 3);
}

/** Shared by the connections of one server: how many consensus requests are queued or running. */
export class ConsensusPriority {
  private pending = 0;
  private waiters: (() => void)[] = [];

  /** A consensus request was queued. */
  add(): void {
    this.pending++;
  }

  /** A consensus request was answered (or dropped with its connection). */
  done(n = 1): void {
    this.pending = Math.max(0, this.pending - n);
    if (this.pending > 0) return;
    const ws = this.waiters;
    this.waiters = [];
    for (const w of ws) w();
  }

  get busy(): boolean {
    return this.pending > 0;
  }

  /** Resolves once no consensus request is queued or running. */
  idle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}

/**
 * The turn-taking of one non-consensus connection: call `beforeRequest()` before handling each
 * request. It yields a macrotask once YIELD_AFTER_MS of work has passed, then waits while a
 * consensus request is pending. PERF: constant per request; one setImmediate per 2 ms slice.
 */
export class TurnTaker {
  private sliceStart = performance.now();

  constructor(private readonly priority: ConsensusPriority) {}

  async beforeRequest(): Promise<void> {
    if (performance.now() - this.sliceStart >= YIELD_AFTER_MS) {
      await nextMacrotask();
      this.sliceStart = performance.now();
    }
    if (this.priority.busy) {
      await this.priority.idle();
      this.sliceStart = performance.now();
    }
  }
}
