import type { Context } from "./context.ts";
import type { DescService } from "@bufbuild/protobuf";
import type { QueryHandler } from "./module.ts";

/** One method of a gRPC query service: protobuf request bytes in, response bytes out; throws ChainError. */
export type QueryMethod = (ctx: Context, request: Uint8Array) => Promise<Uint8Array> | Uint8Array;

/**
 * The handlers of one proto query service (`cosmos.bank.v1beta1.Query`), each served at
 * `/<service>/<method>` — the path CosmJS and gRPC clients call. Methods are keyed by their
 * name in the service definition, so the conformance test (test/moduleContract.test.ts) can
 * check the module against its proto; the router, not this helper, refuses duplicate paths.
 */
export function queryService(service: string, methods: Readonly<Record<string, QueryMethod>>): QueryHandler[];
/**
 * The same from a generated service descriptor (protobuf-es, `Query` of query_pb.ts): methods
 * are keyed by their local name (`datanet` for rpc `Datanet`), so a method left out or misspelled
 * is a type error, and the path comes from the descriptor. The SDK modules, whose cosmjs-types
 * carry no runtime descriptor, use the string form.
 */
export function queryService<S extends object>(service: QueryServiceDesc<S>, methods: { readonly [K in keyof S]: QueryMethod }): QueryHandler[];
export function queryService(service: string | QueryServiceDesc<object>, methods: Readonly<Record<string, QueryMethod>>): QueryHandler[] {
  if (typeof service !== "string") return fromDescriptor(service, methods);
  if (!/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*\.Query$/.test(service)) throw new Error(`query service ${service}: expected <proto package>.Query`);
  return Object.entries(methods).map(([method, handle]) => {
    if (!/^[A-Z][A-Za-z0-9]*$/.test(method)) throw new Error(`query service ${service}: method ${method} is not a proto method name`);
    return { path: `/${service}/${method}`, handle };
  });
}

/** A generated service descriptor; `S` is its typed `method` map (method local names as keys). */
export type QueryServiceDesc<S extends object> = Pick<DescService, "typeName" | "methods"> & { readonly method: S };

function fromDescriptor(service: QueryServiceDesc<object>, methods: Readonly<Record<string, QueryMethod>>): QueryHandler[] {
  const known = new Set(service.methods.map((m) => m.localName));
  for (const name of Object.keys(methods)) {
    if (!known.has(name)) throw new Error(`query service ${service.typeName}: ${name} is no method of the service`);
  }
  return service.methods.map((m) => {
    const handle = methods[m.localName];
    if (!handle) throw new Error(`query service ${service.typeName}: no handler for ${m.name}`);
    return { path: `/${service.typeName}/${m.name}`, handle };
  });
}
