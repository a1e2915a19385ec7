/**
 * Websocket event subscriptions (CometBFT rpc/core/events.go): a client subscribes with a query
 * in the CometBFT query language; every matching "NewBlock"/"NewBlockHeader"/"Tx" event is pushed
 * as a JSON-RPC response carrying the subscribe request's id.
 */
import type { Logger } from "pino";
import type { IndexedTx, RpcBackend, StoredBlock, StoredBlockResults } from "./backend.ts";
import { newBlockEventMessage, newBlockHeaderEventMessage, txEventMessage, type EventMessage } from "./encodeTx.ts";
import { methodError, type JsonRpcId } from "./jsonrpc.ts";
import { MAX_QUERY_LENGTH } from "./paging.ts";

/** The query language, injected so this file does not depend on the parser's internals. */
export interface QueryMatcher {
  /** Throws on a malformed query. */
  parse(query: string): unknown;
  matches(parsed: unknown, events: Record<string, string[]>): boolean;
}

/** CometBFT defaults (config.toml [rpc]). */
export const MAX_SUBSCRIPTIONS_PER_CLIENT = 5;
export const MAX_SUBSCRIPTION_CLIENTS = 100;

interface Subscription {
  id: JsonRpcId;
  query: string;
  parsed: unknown;
}

/** One websocket client's subscriptions. `send` writes one text frame. */
export class ClientSubscriptions {
  private readonly byQuery = new Map<string, Subscription>();

  constructor(
    private readonly hub: SubscriptionHub,
    private readonly send: (text: string) => void,
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
  }

  unsubscribe(query: string): void {
    if (!this.byQuery.delete(query)) throw methodError("subscription not found");
    if (this.byQuery.size === 0) this.hub.removeClient(this);
  }

  unsubscribeAll(): void {
    if (this.byQuery.size === 0) throw methodError("subscription not found");
    this.close();
  }

  /** Drops every subscription (socket closed). */
  close(): void {
    this.byQuery.clear();
    this.hub.removeClient(this);
  }

  /** PERF: grows with this client's subscriptions × the event's attributes. */
  deliver(message: EventMessage): void {
    for (const sub of this.byQuery.values()) {
      if (!this.hub.matcher.matches(sub.parsed, message.events)) continue;
      const result = { query: sub.query, data: message.data, events: message.events };
      this.send(JSON.stringify({ jsonrpc: "2.0", id: sub.id, result }));
    }
  }
}

/** Listens to the backend's events once and fans them out to subscribed clients. */
export class SubscriptionHub {
  private readonly clients = new Set<ClientSubscriptions>();
  private readonly onNewBlock = (block: StoredBlock, results: StoredBlockResults) => {
    if (this.clients.size === 0) return;
    this.broadcast(newBlockEventMessage(block, results));
    this.broadcast(newBlockHeaderEventMessage(block, results));
  };
  private readonly onTx = (tx: IndexedTx) => {
    if (this.clients.size === 0) return;
    this.broadcast(txEventMessage(tx));
  };

  constructor(
    private readonly backend: RpcBackend,
    readonly matcher: QueryMatcher,
    private readonly logger: Logger,
  ) {
    backend.events.on("NewBlock", this.onNewBlock);
    backend.events.on("Tx", this.onTx);
  }

  client(send: (text: string) => void): ClientSubscriptions {
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

  close(): void {
    this.backend.events.off("NewBlock", this.onNewBlock);
    this.backend.events.off("Tx", this.onTx);
    this.clients.clear();
  }

  private broadcast(message: EventMessage): void {
    for (const client of this.clients) {
      try {
        client.deliver(message);
      } catch (err) {
        // One broken socket or query must not stop delivery to the others.
        this.logger.warn({ err }, "failed to deliver event to websocket client");
      }
    }
  }
}
