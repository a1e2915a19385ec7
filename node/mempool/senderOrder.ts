/**
 * Reap order that keeps each sender's txs in the order CheckTx admitted them (their sequence
 * order), highest fee per gas first otherwise: a sender's sequence k+1 that pays more than k
 * must not go into a block before k, where it would fail its sequence check and be lost. The
 * sender is the first signer's public key (the fee payer); a tx without one is unconstrained.
 */
import { bytesToMapKey } from "../../chain/store/bytes.ts";
import type { TxEnvelope } from "./envelope.ts";
import { comparePriority, type FeePerGas } from "./priority.ts";

export interface Ordered {
  priority: FeePerGas;
  arrival: number;
  sender: string | undefined;
}

/** The fee payer's public key as a map key, or undefined when the tx does not carry it. */
export function senderOf(envelope: TxEnvelope | undefined): string | undefined {
  const key = envelope?.authInfo.signerInfos[0]?.publicKey?.value;
  return key && key.length > 0 ? bytesToMapKey(key) : undefined;
}

/** True when `a` goes before `b`: higher priority, then earlier arrival. */
function before(a: Ordered, b: Ordered): boolean {
  const c = comparePriority(a.priority, b.priority);
  return c > 0 || (c === 0 && a.arrival < b.arrival);
}

/**
 * `byPriority` (highest first, ties by arrival) reordered so no tx precedes an earlier-admitted
 * tx of its sender; the input itself when no sender has two txs (the common case).
 * PERF: O(n) when every sender has one tx, else O(n log n) (a heap of each sender's next tx).
 */
export function senderOrdered<T extends Ordered>(byPriority: readonly T[]): readonly T[] {
  const queues = new Map<string, T[]>();
  let repeated = false;
  for (const e of byPriority) {
    if (e.sender === undefined) continue;
    const q = queues.get(e.sender);
    if (q) {
      q.push(e);
      repeated = true;
    } else queues.set(e.sender, [e]);
  }
  if (!repeated) return byPriority;
  for (const q of queues.values()) if (q.length > 1) q.sort((a, b) => a.arrival - b.arrival);
  const heap: T[] = [];
  const next = new Map<string, number>();
  for (const e of byPriority) {
    if (e.sender === undefined || queues.get(e.sender)![0] === e) push(heap, e);
  }
  const out: T[] = [];
  while (heap.length > 0) {
    const e = pop(heap);
    out.push(e);
    if (e.sender === undefined) continue;
    const i = (next.get(e.sender) ?? 0) + 1;
    next.set(e.sender, i);
    const follower = queues.get(e.sender)![i];
    if (follower) push(heap, follower);
  }
  return out;
}

function push<T extends Ordered>(heap: T[], e: T): void {
  heap.push(e);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(heap[i]!, heap[parent]!)) break;
    [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
    i = parent;
  }
}

function pop<T extends Ordered>(heap: T[]): T {
  const top = heap[0]!;
  const last = heap.pop()!;
  if (heap.length > 0) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < heap.length && before(heap[l]!, heap[best]!)) best = l;
      if (r < heap.length && before(heap[r]!, heap[best]!)) best = r;
      if (best === i) break;
      [heap[i], heap[best]] = [heap[best]!, heap[i]!];
      i = best;
    }
  }
  return top;
}
