/**
 * A gRPC client for tests that knows nothing of Tributary's protos: it asks the server's
 * reflection service (v1alpha, as grpcurl does, or v1) for the services and their file
 * descriptors, follows the imports, and builds callable clients from them with
 * @grpc/proto-loader, as a generic tool would. `rawCall` sends bytes for the error cases.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import protobuf from "protobufjs";
import { type Metadata, type ServiceError, grpc } from "../node/grpc/grpcJs.ts";

const require = createRequire(import.meta.url);
/** Untyped for the reason node/grpc/grpcJs.ts gives (its declarations would retype protobufjs' Long). */
const protoLoader = require("@grpc/proto-loader") as { loadFileDescriptorSetFromBuffer(set: Buffer, options: object): unknown };

export type ReflectionVersion = "v1" | "v1alpha";

function reflectionTypes(version: ReflectionVersion) {
  const file = join(dirname(require.resolve("@grpc/reflection/package.json")), `build/proto/grpc/reflection/${version}/reflection.proto`);
  const root = new protobuf.Root().loadSync(file, { keepCase: true });
  return { req: root.lookupType(`grpc.reflection.${version}.ServerReflectionRequest`), res: root.lookupType(`grpc.reflection.${version}.ServerReflectionResponse`) };
}

/** One reflection exchange on its own stream: the response as a plain object (bytes as Buffers). */
export function reflect(address: string, version: ReflectionVersion, request: Record<string, unknown>): Promise<Record<string, any>> {
  const { req, res } = reflectionTypes(version);
  const client = new grpc.Client(address, grpc.credentials.createInsecure());
  const stream = client.makeBidiStreamRequest<Record<string, unknown>, Record<string, any>>(
    `/grpc.reflection.${version}.ServerReflection/ServerReflectionInfo`,
    (m) => Buffer.from(req.encode(req.fromObject(m)).finish()),
    (b) => res.toObject(res.decode(b)), // bytes stay Buffers
  );
  return new Promise((resolve, reject) => {
    stream.on("data", (m) => {
      resolve(m);
      stream.end();
    });
    stream.on("error", (e) => reject(e));
    stream.on("end", () => client.close());
    stream.write({ host: "", ...request });
  });
}

const FileDescriptorProto = protobuf.Root.fromJSON(require("protobufjs/google/protobuf/descriptor.json")).lookupType("google.protobuf.FileDescriptorProto");

/** A reflected FileDescriptorProto's name and imports. */
export function fileHeader(bytes: Uint8Array): { name: string; dependency: string[] } {
  const { name, dependency } = FileDescriptorProto.decode(bytes) as unknown as { name: string; dependency: string[] };
  return { name, dependency };
}

/** The descriptors of `services` and everything they import, fetched by symbol, then by file name. */
export async function reflectedFiles(address: string, version: ReflectionVersion, services: string[]): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const add = (resp: Record<string, any>) => {
    if (resp.error_response) throw new Error(`reflection: ${resp.error_response.error_message} (code ${resp.error_response.error_code})`);
    for (const bytes of resp.file_descriptor_response.file_descriptor_proto as Buffer[]) {
      files.set(fileHeader(bytes).name, bytes);
    }
  };
  for (const s of services) add(await reflect(address, version, { file_containing_symbol: s }));
  for (;;) {
    const missing = [...files.values()]
      .flatMap((b) => fileHeader(b).dependency)
      .filter((d) => !files.has(d));
    if (missing.length === 0) return files;
    add(await reflect(address, version, { file_by_filename: missing[0] }));
  }
}

export interface GrpcClient {
  /** A unary call: the response as an object with the .proto's field names, uint64 as strings. */
  call(method: string, request: object, metadata?: Record<string, string>): Promise<{ response: any; headers: Metadata }>;
  close(): void;
}

function toMetadata(values: Record<string, string>): Metadata {
  const md = new grpc.Metadata();
  for (const [k, v] of Object.entries(values)) md.set(k, v);
  return md;
}

/** A client of `service` ("cosmos.bank.v1beta1.Query") built from reflected descriptors alone. */
export async function reflectedClient(address: string, service: string, version: ReflectionVersion = "v1alpha"): Promise<GrpcClient> {
  const files = await reflectedFiles(address, version, [service]);
  const set = Buffer.concat([...files.values()].map((b) => Buffer.from(protobuf.Writer.create().uint32(10).bytes(b).finish())));
  const pkg = grpc.loadPackageDefinition(protoLoader.loadFileDescriptorSetFromBuffer(set, { keepCase: true, longs: String, enums: String, defaults: true }));
  const Ctor = service.split(".").reduce<any>((o, k) => o?.[k], pkg) as new (address: string, credentials: unknown) => Record<string, any>;
  if (typeof Ctor !== "function") throw new Error(`reflection did not describe ${service}`);
  const client = new Ctor(address, grpc.credentials.createInsecure());
  return {
    call(method, request, metadata = {}) {
      return new Promise((resolve, reject) => {
        let headers: Metadata = new grpc.Metadata();
        const c = client[method](request, toMetadata(metadata), (err: ServiceError | null, response: unknown) => (err ? reject(err) : resolve({ response, headers })));
        c.on("metadata", (md: Metadata) => (headers = md));
      });
    },
    close: () => (client.close as () => void)(),
  };
}

/** A call with the request as bytes (any path, known or not); rejects with the gRPC status. */
export function rawCall(address: string, path: string, request: Uint8Array, metadata: Record<string, string> = {}): Promise<Buffer> {
  const client = new grpc.Client(address, grpc.credentials.createInsecure());
  const same = (b: Buffer) => b;
  return new Promise<Buffer>((resolve, reject) => {
    client.makeUnaryRequest(path, same, same, Buffer.from(request), toMetadata(metadata), (err, value) => (err ? reject(err) : resolve(value!)));
  }).finally(() => client.close());
}
