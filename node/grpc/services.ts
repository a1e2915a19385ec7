/**
 * The service table, generated from the .proto service definitions (protoFiles.ts): every method
 * of a served query service goes to App.query with its gRPC path, its request bytes as they
 * came (App.query speaks binary protobuf; a method the app does not serve answers Unimplemented
 * from there). The node's own services (tendermint, tx) serve the methods nodeMethods.ts maps
 * plus those App.query answers (Simulate); the rest of them are left out, so gRPC answers
 * Unimplemented.
 */
import type protobuf from "protobufjs";
import { SIMULATE_PATHS } from "../../chain/query.ts";
import { type NodeMethod, nodeMethods } from "./nodeMethods.ts";
import { SERVED_SERVICES, loadProtos } from "./protoFiles.ts";

/** Services whose methods the node answers (block store, mempool, tx index), not the app. */
const NODE_SERVICES = new Set(["cosmos.base.tendermint.v1beta1.Service", "cosmos.tx.v1beta1.Service"]);

export type MethodHandler = { kind: "query" } | { kind: "node"; method: NodeMethod };

export interface ServedMethod {
  /** "/cosmos.bank.v1beta1.Query/Balance" */
  path: string;
  name: string;
  handler: MethodHandler;
}

export interface ServedService {
  /** "cosmos.bank.v1beta1.Query" */
  name: string;
  methods: ServedMethod[];
}

function handlerFor(service: string, path: string): MethodHandler | undefined {
  if (!NODE_SERVICES.has(service)) return { kind: "query" };
  const method = nodeMethods().get(path);
  if (method) return { kind: "node", method };
  if (SIMULATE_PATHS.includes(path)) return { kind: "query" };
  return undefined;
}

export function servedServices(): ServedService[] {
  const { root } = loadProtos();
  return SERVED_SERVICES.map((name) => {
    const service = root.lookupService(name) as protobuf.Service;
    const methods: ServedMethod[] = [];
    for (const m of service.methodsArray) {
      // Every query is unary; a streaming method would need its own handler.
      if (m.requestStream || m.responseStream) continue;
      const path = `/${name}/${m.name}`;
      const handler = handlerFor(name, path);
      if (handler) methods.push({ path, name: m.name, handler });
    }
    return { name, methods };
  });
}
