import type { Context } from "./context.ts";
import type { QueryHandler } from "./module.ts";

/** One method of a gRPC query service: protobuf request bytes in, response bytes out; throws ChainError. */
export type QueryMethod = (ctx: Context, request: Uint8Array) => Promise<Uint8Array> | Uint8Array;

/**
 * The handlers of one proto query service (`cosmos.bank.v1beta1.Query`), each served at
 * `/<service>/<method>` — the path CosmJS and gRPC clients call. Methods are keyed by their
 * name in the service definition, so the conformance test (test/moduleContract.test.ts) can
 * check the module against its proto; the router, not this helper, refuses duplicate paths.
 */
export function queryService(service: string, methods: Readonly<Record<string, QueryMethod>>): QueryHandler[] {
  if (!/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*\.Query$/.test(service)) throw new Error(`query service ${service}: expected <proto package>.Query`);
  return Object.entries(methods).map(([method, handle]) => {
    if (!/^[A-Z][A-Za-z0-9]*$/.test(method)) throw new Error(`query service ${service}: method ${method} is not a proto method name`);
    return { path: `/${service}/${method}`, handle };
  });
}
