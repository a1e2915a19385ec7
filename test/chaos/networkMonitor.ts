/**
 * Watches block production while the chaos runs. Each node's /status is polled on its own
 * loop (a paused node's slow answer never delays another's), the network's height is the
 * highest any node reports, and the wall-clock moment each new height is first seen is kept.
 *
 * The stall that matters is the longest time without a new block while at least `quorum`
 * validators were up: the harness marks a node down before it disrupts it and up again once
 * it has caught up, and time with fewer than `quorum` up (a deliberate two-down phase) never
 * counts. Each stall is tagged with the phase the harness was in.
 */
import { heightOf } from "./networkRpc.ts";

export interface Stall {
  ms: number;
  /** Height reached before the stall. */
  afterHeight: bigint;
  phase: string;
}

export class BlockMonitor {
  height = 0n;
  readonly up: boolean[];
  phase = "start";
  longest: Stall = { ms: 0, afterHeight: 0n, phase: "none" };
  /** The longest stall of each phase. */
  readonly stallsByPhase = new Map<string, number>();
  /** Every new height with the wall-clock ms it was first seen (epoch ms). */
  readonly seen: { height: bigint; at: number }[] = [];
  private lastBlockAt = Date.now();
  private quorumSince = Date.now();
  private stopped = false;
  private readonly loops: Promise<void>[] = [];
  private ticker?: NodeJS.Timeout;

  constructor(
    private readonly rpcs: string[],
    private readonly quorum = 3,
    private readonly everyMs = 250,
  ) {
    this.up = rpcs.map(() => true);
  }

  start(): void {
    this.rpcs.forEach((rpc) => this.loops.push(this.poll(rpc)));
    this.ticker = setInterval(() => this.tick(), this.everyMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.ticker);
    await Promise.all(this.loops);
  }

  upCount(): number {
    return this.up.filter(Boolean).length;
  }

  /** Marks node `i` down (before disrupting it) or up (once caught up). */
  setUp(i: number, up: boolean): void {
    const had = this.upCount() >= this.quorum;
    this.up[i] = up;
    if (!had && this.upCount() >= this.quorum) this.quorumSince = Date.now();
  }

  private async poll(rpc: string): Promise<void> {
    while (!this.stopped) {
      const h = await heightOf(rpc, 1_500);
      if (h !== undefined && h > this.height) {
        this.height = h;
        this.lastBlockAt = Date.now();
        this.seen.push({ height: h, at: this.lastBlockAt });
      }
      await new Promise((r) => setTimeout(r, this.everyMs));
    }
  }

  private tick(): void {
    // Before the first block the network is starting, not stalling.
    if (this.height === 0n || this.upCount() < this.quorum) return;
    const ms = Date.now() - Math.max(this.lastBlockAt, this.quorumSince);
    if (ms > (this.stallsByPhase.get(this.phase) ?? 0)) this.stallsByPhase.set(this.phase, ms);
    if (ms > this.longest.ms) this.longest = { ms, afterHeight: this.height, phase: this.phase };
  }

  /** Resolves when the network passes `height`; rejects after `timeoutMs`. */
  async waitForHeight(height: bigint, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.height < height) {
      if (Date.now() > deadline) throw new Error(`the network did not reach height ${height} within ${timeoutMs} ms (at ${this.height})`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
