/**
 * Websocket event subscriptions (CometBFT rpc/core/events.go): a client subscribes with a query
 * in the CometBFT query language; every matching "NewBlock"/"NewBlockHeader"/"Tx" event is pushed
 * as a JSON-RPC response carrying the subscribe request's id.
 */
import type { Logger } from "pino";
import type { IndexedTx, RpcBackend, StoredBlock, StoredBlockResults } from "./backend.ts";
import { newBlockEventMessage, newBlockHeaderEventMessage, txEventMessage, type EventMessage } from "./encodeTx.ts";
import { methodError, type JsonRpcId } from "./jsonrpc.ts";
import { NewBlockJsonWorker, type EncodedBlock } from "./newBlockJson.ts";
import { MAX_QUERY_LENGTH } from "./paging.ts";

/** The query language, injected so this file does not depend on the parser's internals. */
export interface QueryMatcher {
  /** Throws on a malformed query. */
  parse(query: string): unknown;
  matches(parsed: unknown, events: Record<string, string[]>): boolean;
  /**
   * False when no event whose `tag` has `value` as its only value can match (a condition on
   * `tag` rejects it), so the hub skips building such events. Optional: without it, any may.
   */
  admits?(parsed: unknown, tag: string, value: string): boolean;
}

/** The composite key every event message carries with its kind ("NewBlock", "Tx", ...) as sole value. */
const EVENT_KIND_TAG = "tm.event";

/** CometBFT defaults (config.toml [rpc]). */
export const MAX_SUBSCRIPTIONS_PER_CLIENT = 5;
export const MAX_SUBSCRIPTION_CLIENTS = 100;

interface Subscription {
  id: JsonRpcId;
  query: string;
  parsed: unknown;
}

/** One websocket text frame: a string, or its UTF-8 bytes. */
export type Frame = string | Buffer;

/** One websocket client's subscriptions. `send` writes one text frame. */
export class ClientSubscriptions {
  private readonly byQuery = new Map<string, Subscription>();

  constructor(
    private readonly hub: SubscriptionHub,
    private readonly send: (frame: Frame) => void,
  ) {}

  subscribe(id: JsonRpcId, query: string): void {
    if (!this.hub.hasClient(this) && this.hub.clientCount() >= MAX_SUBSCRIPTION_CLIENTS) {
      throw methodError(`max_subscription_clients ${MAX_SUBSCRIPTION_CLIENTS} reached`);
    }
    if (this.byQuery.size >= MAX_SUBSCRIPTIONS_PER_CLIENT) {
      throw methodError(`max_subscriptions_per_client ${MAX_SUBSCRIPTIONS_PER_CLIENT} reached`);
    }
    if (query.length > MAX_QUERY_LENGTH) throw methodError("maximum query length exceeded");
    let parsed: unknown;
    try {
      parsed = this.hub.matcher.parse(query);
    } catch (err) {
      throw methodError(`failed to parse query: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (this.byQuery.has(query)) throw methodError("already subscribed");
    this.byQuery.set(query, { id, query, parsed });
    this.hub.addClient(this);
    this.hub.subscriptionsChanged();
  }

  unsubscribe(query: string): void {
    if (!this.byQuery.delete(query)) throw methodError("subscription not found");
    if (this.byQuery.size === 0) this.hub.removeClient(this);
    this.hub.subscriptionsChanged();
  }

  unsubscribeAll(): void {
    if (this.byQuery.size === 0) throw methodError("subscription not found");
    this.close();
  }

  /** Drops every subscription (socket closed). */
  close(): void {
    this.byQuery.clear();
    this.hub.removeClient(this);
    this.hub.subscriptionsChanged();
  }

  /** Whether one of this client's queries may match an event of kind `kind`. */
  admits(kind: string): boolean {
    const admits = this.hub.matcher.admits;
    if (admits === undefined) return this.byQuery.size > 0;
    for (const sub of this.byQuery.values()) if (admits(sub.parsed, EVENT_KIND_TAG, kind)) return true;
    return false;
  }

  /**
   * `rendered`: the message's JSON-RPC `result` per query text, shared by every client of one
   * broadcast, so a payload is serialised once per (query, event), not once per subscriber.
   * PERF: grows with this client's subscriptions × the event's attributes (matching), plus the
   * payload's size once per distinct matching query of the broadcast.
   */
  deliver(message: EventMessage, rendered: RenderedResults = new RenderedResults(message)): void {
    for (const sub of this.byQuery.values()) {
      if (!this.hub.matcher.matches(sub.parsed, message.events)) continue;
      this.send(rendered.frame(sub.id, sub.query));
    }
  }
}

/** One event message's `result` JSON ({ query, data, events }) per query, its data and events serialised once. */
export class RenderedResults {
  private readonly byQuery = new Map<string, string>();
  private data: string | undefined;
  private events: string | undefined;

  /** `dataJson`: the message's data as JSON bytes when rendered elsewhere (the NewBlock worker). */
  constructor(
    private readonly message: EventMessage,
    private readonly dataJson?: Buffer,
  ) {}

  /**
   * The bytes of JSON.stringify({ jsonrpc: "2.0", id, result }).
   * PERF: a copy of the payload per subscriber; serialised once per (query, event).
   */
  frame(id: JsonRpcId, query: string): Frame {
    if (this.dataJson === undefined) return `{"jsonrpc":"2.0","id":${JSON.stringify(id)},"result":${this.result(query)}}`;
    this.events ??= JSON.stringify(this.message.events);
    const head = `{"jsonrpc":"2.0","id":${JSON.stringify(id)},"result":{"query":${JSON.stringify(query)},"data":`;
    return Buffer.concat([Buffer.from(head), this.dataJson, Buffer.from(`,"events":${this.events}}}`)]);
  }

  /** PERF: the payload's size on the first call for a message (the data), a copy per new query. */
  result(query: string): string {
    let json = this.byQuery.get(query);
    if (json === undefined) {
      this.data ??= JSON.stringify(this.message.data);
      this.events ??= JSON.stringify(this.message.events);
      json = `{"query":${JSON.stringify(query)},"data":${this.data},"events":${this.events}}`;
      this.byQuery.set(query, json);
    }
    return json;
  }
}

/** Listens to the backend's events once and fans them out to subscribed clients. */
export class SubscriptionHub {
  private readonly clients = new Set<ClientSubscriptions>();
  /** Per event kind, whether some subscription may match it; cleared when subscriptions change. */
  private readonly wanted = new Map<string, boolean>();
  /** Renders NewBlock payloads off the main thread when the node passes the block's encodings. */
  private readonly renderer = new NewBlockJsonWorker();
  /**
   * Deliveries waiting for a payload from the worker; every later event queues behind them, so
   * each client receives events in the order the node emitted them.
   */
  private queue: Promise<void> | undefined;
  /**
   * `encoded` (the solo node passes it): the payload is rendered on the worker thread.
   * PERF: with `encoded`, the events of the block's finalize events and a copy of the rendered
   * payload per subscriber; without, the payload's size once per matching query (see `deliver`);
   * nothing when no query admits the kind.
   */
  private readonly onNewBlock = (block: StoredBlock, results: StoredBlockResults, encoded?: EncodedBlock) => {
    if (this.wants("NewBlock")) {
      const message = newBlockEventMessage(block, results);
      this.broadcast(message, encoded && this.render(encoded, block, results));
    }
    if (this.wants("NewBlockHeader")) this.broadcast(newBlockHeaderEventMessage(block, results));
  };
  /**
   * Called once per tx of a block: with only NewBlock subscribers it returns before building the
   * tx's composite events (which cost more than the rest of the delivery per tx).
   * PERF: O(1) when no query admits Tx events; else the tx's attributes + matching.
   */
  private readonly onTx = (tx: IndexedTx) => {
    if (this.wants("Tx")) this.broadcast(txEventMessage(tx));
  };

  constructor(
    private readonly backend: RpcBackend,
    readonly matcher: QueryMatcher,
    private readonly logger: Logger,
  ) {
    backend.events.on("NewBlock", this.onNewBlock);
    backend.events.on("Tx", this.onTx);
  }

  client(send: (frame: Frame) => void): ClientSubscriptions {
    return new ClientSubscriptions(this, send);
  }

  hasClient(client: ClientSubscriptions): boolean {
    return this.clients.has(client);
  }

  clientCount(): number {
    return this.clients.size;
  }

  addClient(client: ClientSubscriptions): void {
    this.clients.add(client);
  }

  removeClient(client: ClientSubscriptions): void {
    this.clients.delete(client);
  }

  subscriptionsChanged(): void {
    this.wanted.clear();
  }

  /** Whether some subscribed query may match an event of kind `kind` ("NewBlock", "Tx", ...). */
  wants(kind: string): boolean {
    let wanted = this.wanted.get(kind);
    if (wanted === undefined) {
      wanted = false;
      for (const client of this.clients) if (client.admits(kind)) wanted = true;
      this.wanted.set(kind, wanted);
    }
    return wanted;
  }

  close(): void {
    void this.renderer.close();
    this.backend.events.off("NewBlock", this.onNewBlock);
    this.backend.events.off("Tx", this.onTx);
    this.clients.clear();
    this.wanted.clear();
  }

  /** The worker's rendering, or undefined (then the main thread renders it) if the worker failed. */
  private render(encoded: EncodedBlock, block: StoredBlock, results: StoredBlockResults): Promise<Buffer | undefined> {
    return this.renderer.render({ encoded, blockId: block.blockId, height: results.height }).catch((err: unknown) => {
      this.logger.warn({ err }, "NewBlock payload worker failed; rendering on the main thread");
      return undefined;
    });
  }

  /**
   * Delivers now, or after the deliveries queued before it (see `queue`).
   * PERF: O(1) to queue; delivery as `deliverAll`.
   */
  private broadcast(message: EventMessage, data?: Promise<Buffer | undefined>): void {
    if (data === undefined && this.queue === undefined) return this.deliverAll(message, undefined);
    const next = (this.queue ?? Promise.resolve()).then(async () => this.deliverAll(message, data && (await data)));
    const settle = () => {
      if (this.queue === next) this.queue = undefined;
    };
    next.then(settle, settle);
    this.queue = next;
  }

  /** PERF: grows with clients × their subscriptions (matching) + one frame per matching subscription. */
  private deliverAll(message: EventMessage, dataJson: Buffer | undefined): void {
    const rendered = new RenderedResults(message, dataJson);
    for (const client of this.clients) {
      try {
        client.deliver(message, rendered);
      } catch (err) {
        // One broken socket or query must not stop delivery to the others.
        this.logger.warn({ err }, "failed to deliver event to websocket client");
      }
    }
  }
}
