/**
 * Server reflection, grpc.reflection.v1alpha (grpcurl) and v1 (newer clients), by
 * @grpc/reflection over our own per-file descriptors (descriptors.ts): it indexes whatever
 * `fileDescriptorProtos` it is handed, so it answers with the real file names and imports.
 */
import { createRequire } from "node:module";
import type { Server } from "./grpcJs.ts";
import { fileDescriptors } from "./descriptors.ts";

/** What this module uses of @grpc/reflection, loaded untyped for the reason grpcJs.ts gives. */
interface ReflectionServiceClass {
  new (pkg: Record<string, { fileDescriptorProtos: Buffer[] }>, options: { services: string[] }): { addToServer(server: Pick<Server, "addService">): void };
}
const { ReflectionService } = createRequire(import.meta.url)("@grpc/reflection") as { ReflectionService: ReflectionServiceClass };

export function addReflection(server: Server, services: readonly string[]): void {
  const files = [...fileDescriptors().values()].map((bytes) => Buffer.from(bytes));
  // The shape @grpc/reflection reads from a proto-loader package definition: one entry suffices.
  new ReflectionService({ files: { fileDescriptorProtos: files } }, { services: [...services] }).addToServer(server);
}
