/**
 * The gRPC listener (config `grpc.address`, flag `--grpc.address`, default tcp://127.0.0.1:9090;
 * "" = off): the query services and cosmos.tx.v1beta1.Service the REST API serves, with server
 * reflection. Queries go to App.query with the request bytes as they came (the path abci_query
 * serves); the node's own methods run the REST API's node routes (nodeMethods.ts).
 *
 * - Metadata `x-cosmos-block-height: H` reads at height H; answers carry it as a header, the
 *   height read at (as the SDK's gRPC server does).
 * - Errors are gRPC statuses with the REST API's codes (node/api/errors.ts): InvalidArgument,
 *   NotFound, Unimplemented (unknown services and methods), Unavailable (under --consensus
 *   cometbft, CometBFT's RPC unreachable for a block or tx lookup or a broadcast), Internal.
 */
import { type Metadata, type MethodDefinition, type ServerUnaryCall, type StatusObject, type UnaryHandler, grpc } from "./grpcJs.ts";
import type { Logger } from "pino";
import type { AbciApp } from "../../chain/abci.ts";
import { ApiError, GrpcCode, fromAbciQuery } from "../api/errors.ts";
import { type Broadcaster, nodeBroadcaster } from "../api/broadcast.ts";
import type { RpcBackend } from "../rpc/backend.ts";
import { type BlockSource, soloBlockSource } from "../api/blockSource.ts";
import { runNodeMethod } from "./nodeMethods.ts";
import { addReflection } from "./reflection.ts";
import { type ServedMethod, servedServices } from "./services.ts";

const HEIGHT_KEY = "x-cosmos-block-height";
/** How long close() lets in-flight calls finish before cutting them. */
const SHUTDOWN_GRACE_MS = 2000;

export interface GrpcServerOptions {
  /** "tcp://host:port" (port 0 picks a free one). */
  address: string;
  app: AbciApp;
  /** The node's block store, mempool and tx index (solo). */
  node?: RpcBackend;
  /** Where block and tx lookups read (default: `node`'s stores; under cometbft: CometBFT's RPC); neither: Unimplemented. */
  blocks?: BlockSource;
  /** Where broadcasts go (default: the node's mempool; under cometbft: CometBFT's RPC). */
  broadcast?: Broadcaster;
  logger: Logger;
}

export interface GrpcServer {
  /** "host:port", as grpcurl and grpc clients take it. */
  address: string;
  close(): Promise<void>;
}

export function parseGrpcAddress(address: string): { host: string; port: number } {
  const m = /^tcp:\/\/([^:/\s]+):([0-9]{1,5})$/.exec(address);
  if (!m || Number(m[2]) > 65535) throw new Error(`invalid grpc address ${JSON.stringify(address)}: expected tcp://host:port`);
  return { host: m[1]!, port: Number(m[2]) };
}

function requestHeight(metadata: Metadata): bigint {
  const raw = metadata.get(HEIGHT_KEY)[0];
  if (raw === undefined) return 0n;
  const s = raw.toString();
  if (!/^[0-9]{1,19}$/.test(s)) throw new ApiError(GrpcCode.invalidArgument, `invalid ${HEIGHT_KEY} metadata ${JSON.stringify(s)}: expected a non-negative integer`);
  return BigInt(s);
}

const passthrough = (b: Buffer | Uint8Array): Buffer => (Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength));

/** A unary method whose request and response stay protobuf bytes end to end. */
function rawMethod(path: string): MethodDefinition {
  return { path, requestStream: false, responseStream: false, requestSerialize: passthrough, requestDeserialize: passthrough, responseSerialize: passthrough, responseDeserialize: passthrough };
}

function toStatus(e: unknown, path: string, logger: Logger): StatusObject {
  if (e instanceof ApiError) return { code: e.grpcCode, details: e.message };
  logger.error({ err: (e as Error).message, method: path }, "gRPC handler error");
  return { code: grpc.status.INTERNAL, details: (e as Error).message };
}

function handler(opts: GrpcServerOptions, method: ServedMethod): UnaryHandler {
  const blocks = opts.blocks ?? (opts.node && soloBlockSource(opts.node));
  const broadcast = opts.broadcast ?? (opts.node ? nodeBroadcaster(opts.node) : () => Promise.reject(new ApiError(GrpcCode.unimplemented, "this listener has no mempool to broadcast to")));
  const run = async (call: ServerUnaryCall): Promise<Uint8Array> => {
    if (method.handler.kind === "node") return runNodeMethod(method.handler.method, { node: blocks, app: opts.app, broadcast }, call.request);
    const res = await opts.app.query({ path: method.path, data: call.request, height: requestHeight(call.metadata), prove: false });
    if (res.code !== 0) throw fromAbciQuery(res.codespace, res.code, res.log);
    const header = new grpc.Metadata();
    header.set(HEIGHT_KEY, res.height.toString());
    call.sendMetadata(header);
    return res.value;
  };
  return (call, callback) => {
    run(call).then(
      (value) => callback(null, passthrough(value)),
      (e: unknown) => callback(toStatus(e, method.path, opts.logger)),
    );
  };
}

export async function startGrpcServer(opts: GrpcServerOptions): Promise<GrpcServer> {
  const { host, port } = parseGrpcAddress(opts.address);
  const server = new grpc.Server();
  const services = servedServices();
  for (const service of services) {
    const definition: Record<string, MethodDefinition> = {};
    const impl: Record<string, UnaryHandler> = {};
    for (const m of service.methods) {
      definition[m.name] = rawMethod(m.path);
      impl[m.name] = handler(opts, m);
    }
    server.addService(definition, impl);
  }
  addReflection(server, services.map((s) => s.name));
  const bound = await new Promise<number>((resolve, reject) => {
    server.bindAsync(`${host}:${port}`, grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(new Error(`gRPC cannot listen on ${host}:${port}: ${err.message}`)) : resolve(p)));
  });
  const address = `${host}:${bound}`;
  opts.logger.info({ address }, "gRPC listening");
  return {
    address,
    close: () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => server.forceShutdown(), SHUTDOWN_GRACE_MS);
        server.tryShutdown(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
  };
}
