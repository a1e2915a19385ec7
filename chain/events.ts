/**
 * ABCI events. Attributes are plain strings (ABCI 0.37+). `index: true` on every attribute
 * matches the SDK default (empty index-events list), so the tx indexer can find any of them.
 */
export interface EventAttribute {
  key: string;
  value: string;
  index: boolean;
}

export interface AbciEvent {
  type: string;
  attributes: EventAttribute[];
}

// PERF: O(attributes). The attribute array has exactly its length: a block's events live until
// the block is committed, so spare capacity (an array grown by push) is copied by every GC.
export function event(type: string, attrs: Record<string, string> | [string, string][]): AbciEvent {
  const pairs = Array.isArray(attrs) ? attrs : Object.entries(attrs);
  return { type, attributes: pairs.map(pairAttribute) };
}

const pairAttribute = ([key, value]: [string, string]): EventAttribute => ({ key, value, index: true });

/** One indexed attribute, for `EventManager.emitAttributes`. */
export function attr(key: string, value: string): EventAttribute {
  return { key, value, index: true };
}

/** Collects events in emission order; a failed tx's manager is discarded with its branch. */
export class EventManager {
  readonly events: AbciEvent[] = [];

  emit(type: string, attrs: Record<string, string> | [string, string][]): void {
    this.events.push(event(type, attrs));
  }

  /**
   * `emit` of attributes built with `attr`: the same event without the pair arrays `emit`
   * converts, for events every tx emits (bank's, on the block path). The array is kept as given.
   */
  emitAttributes(type: string, attributes: EventAttribute[]): void {
    this.events.push({ type, attributes });
  }

  emitAll(events: readonly AbciEvent[]): void {
    for (const e of events) this.events.push(e);
  }

  /** Adds `msg_index` to every event emitted since `from` (SDK 0.50 behaviour). */
  tagMsgIndex(from: number, msgIndex: number): void {
    // One attribute object shared by the message's events: attributes are never changed in place.
    // Each event gets a new array of exactly one more attribute (see `event`), not a push.
    const tag = attr("msg_index", String(msgIndex));
    for (let i = from; i < this.events.length; i++) {
      const e = this.events[i]!;
      e.attributes = withAttribute(e.attributes, tag);
    }
  }
}

/** `attributes` and then `last`, in an array of exactly that length. */
function withAttribute(attributes: readonly EventAttribute[], last: EventAttribute): EventAttribute[] {
  const n = attributes.length;
  const out = new Array<EventAttribute>(n + 1);
  for (let i = 0; i < n; i++) out[i] = attributes[i]!;
  out[n] = last;
  return out;
}
