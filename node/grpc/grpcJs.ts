/**
 * @grpc/grpc-js, loaded untyped with the few declarations the server and its tests use.
 *
 * Why not `import * as grpc from "@grpc/grpc-js"`: its declarations import @grpc/proto-loader's,
 * which import long's, and long declares a global `Long` (UMD `export as namespace`). protobufjs'
 * declarations name that global for 64-bit fields, so once it exists every generated message
 * (proto/gen) stops accepting the string ids the code base passes; the whole typecheck breaks.
 */
import { createRequire } from "node:module";

export interface Metadata {
  get(key: string): (string | Buffer)[];
  set(key: string, value: string): void;
}

export interface StatusObject {
  code: number;
  details: string;
}

export interface ServerUnaryCall {
  request: Buffer;
  metadata: Metadata;
  sendMetadata(metadata: Metadata): void;
}

export type UnaryHandler = (call: ServerUnaryCall, callback: (error: Partial<StatusObject> | null, value?: Buffer) => void) => void;

export interface MethodDefinition {
  path: string;
  requestStream: boolean;
  responseStream: boolean;
  requestSerialize(value: Buffer): Buffer;
  requestDeserialize(bytes: Buffer): Buffer;
  responseSerialize(value: Buffer): Buffer;
  responseDeserialize(bytes: Buffer): Buffer;
}

export interface Server {
  addService(definition: Record<string, MethodDefinition>, implementation: Record<string, UnaryHandler>): void;
  bindAsync(address: string, credentials: unknown, callback: (error: Error | null, port: number) => void): void;
  tryShutdown(callback: (error?: Error) => void): void;
  forceShutdown(): void;
}

/** A call's failure as the client sees it. */
export interface ServiceError extends Error {
  code: number;
  details: string;
}

export interface ClientDuplexStream<Req, Res> {
  write(message: Req): boolean;
  end(): void;
  on(event: "data", listener: (message: Res) => void): this;
  on(event: "error", listener: (error: ServiceError) => void): this;
  on(event: "end", listener: () => void): this;
}

export interface Client {
  makeUnaryRequest<Req, Res>(
    method: string,
    serialize: (value: Req) => Buffer,
    deserialize: (bytes: Buffer) => Res,
    argument: Req,
    metadata: Metadata,
    callback: (error: ServiceError | null, value?: Res) => void,
  ): { on(event: "metadata", listener: (metadata: Metadata) => void): unknown };
  makeBidiStreamRequest<Req, Res>(method: string, serialize: (value: Req) => Buffer, deserialize: (bytes: Buffer) => Res): ClientDuplexStream<Req, Res>;
  close(): void;
}

export interface GrpcJs {
  Server: new (options?: Record<string, unknown>) => Server;
  ServerCredentials: { createInsecure(): unknown };
  Metadata: new () => Metadata;
  Client: new (address: string, credentials: unknown) => Client;
  credentials: { createInsecure(): unknown };
  /** grpc.status: OK 0 … UNIMPLEMENTED 12, INTERNAL 13, UNAVAILABLE 14. */
  status: Record<string, number> & { INTERNAL: number };
  loadPackageDefinition(definition: unknown): Record<string, unknown>;
}

export const grpc = createRequire(import.meta.url)("@grpc/grpc-js") as GrpcJs;
