import type { Any } from "cosmjs-types/google/protobuf/any";
import { sdkErrors } from "./errors.ts";
import type { Module, MsgHandler, QueryHandler } from "./module.ts";

/** A message decoded from its Any, with the handler that owns it. */
export interface RoutedMsg {
  handler: MsgHandler<any>;
  msg: unknown;
  typeUrl: string;
}

/** Message and query routing tables, built once from the module list. */
export class Router {
  private readonly msgHandlers = new Map<string, MsgHandler<any>>();
  private readonly queryHandlers = new Map<string, QueryHandler>();

  constructor(modules: readonly Module[]) {
    for (const m of modules) {
      for (const h of m.msgs ?? []) {
        if (this.msgHandlers.has(h.typeUrl)) throw new Error(`duplicate msg handler for ${h.typeUrl}`);
        this.msgHandlers.set(h.typeUrl, h);
      }
      for (const q of m.queries ?? []) {
        if (this.queryHandlers.has(q.path)) throw new Error(`duplicate query handler for ${q.path}`);
        this.queryHandlers.set(q.path, q);
      }
    }
  }

  /** Decodes a message by type URL and runs its stateless checks; throws ChainError. */
  routeMsg(any: Any): RoutedMsg {
    const handler = this.msgHandlers.get(any.typeUrl);
    if (!handler) throw sdkErrors.txDecode.wrap(`unable to resolve type URL ${any.typeUrl}`);
    let msg: unknown;
    try {
      msg = handler.decode(any.value);
    } catch (e) {
      throw sdkErrors.txDecode.wrap(`cannot decode ${any.typeUrl}: ${(e as Error).message}`);
    }
    handler.validateBasic(msg);
    return { handler, msg, typeUrl: any.typeUrl };
  }

  /** Whether a message type has a handler (gov checks a proposal's messages are routable). */
  hasMsgHandler(typeUrl: string): boolean {
    return this.msgHandlers.has(typeUrl);
  }

  query(path: string): QueryHandler | undefined {
    return this.queryHandlers.get(path);
  }
}
