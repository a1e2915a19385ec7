/**
 * The .proto files the gRPC server serves and describes: the SDK's (proto/vendor, unmodified)
 * and Tributary's (proto/tributary), loaded once with protobufjs keeping the files' own field
 * names, since reflection hands clients the descriptors as written.
 */
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import protobuf from "protobufjs";
import { packageFile } from "../packageRoot.ts";

/** The services this server answers, each declared by the first file of SERVICE_FILES that has it. */
export const SERVED_SERVICES = [
  "cosmos.auth.v1beta1.Query",
  "cosmos.bank.v1beta1.Query",
  "cosmos.staking.v1beta1.Query",
  "cosmos.slashing.v1beta1.Query",
  "cosmos.distribution.v1beta1.Query",
  "cosmos.mint.v1beta1.Query",
  "cosmos.gov.v1.Query",
  "cosmos.gov.v1beta1.Query",
  "cosmos.upgrade.v1beta1.Query",
  "cosmos.base.node.v1beta1.Service",
  "cosmos.base.tendermint.v1beta1.Service",
  "cosmos.tx.v1beta1.Service",
  "tributary.datanet.v1.Query",
  "tributary.attribution.v1.Query",
  "tributary.inference.v1.Query",
  "tributary.rewards.v1.Query",
] as const;

/** The files declaring SERVED_SERVICES; their imports are loaded with them. */
const SERVICE_FILES = [
  ...["auth", "bank", "staking", "slashing", "distribution", "mint"].map((m) => `cosmos/${m}/v1beta1/query.proto`),
  "cosmos/gov/v1/query.proto",
  "cosmos/gov/v1beta1/query.proto",
  "cosmos/upgrade/v1beta1/query.proto",
  "cosmos/base/node/v1beta1/query.proto",
  "cosmos/base/tendermint/v1beta1/query.proto",
  "cosmos/tx/v1beta1/service.proto",
  ...["datanet", "attribution", "inference", "rewards"].map((m) => `tributary/${m}/v1/query.proto`),
];

/**
 * Where an import path is found: the SDK's files first (proto/cosmos holds trimmed copies of two
 * of them for proto/generate.sh; the full ones must win so each path names one file), then ours.
 */
function includeDirs(): string[] {
  return [packageFile("proto/vendor/"), packageFile("proto/")];
}

const DESCRIPTOR_PROTO = "google/protobuf/descriptor.proto";

/**
 * gogoproto extends descriptor.proto's options. protobufjs would take it from its built-in JSON,
 * which @grpc/proto-loader replaces with a camelCase copy once loaded; parsed from protobufjs'
 * .proto instead, it keeps its own field names whatever was loaded before.
 */
function addDescriptorProto(root: protobuf.Root, sources: Map<string, string>): void {
  const source = readFileSync(join(dirname(createRequire(import.meta.url).resolve("protobufjs/package.json")), DESCRIPTOR_PROTO), "utf8");
  protobuf.parse(source, root, { keepCase: true });
  root.files.push(DESCRIPTOR_PROTO); // imports of it now find it loaded
  sources.set(DESCRIPTOR_PROTO, source);
}

export interface LoadedProtos {
  root: protobuf.Root;
  /** Absolute path of each loaded file → its import path ("cosmos/bank/v1beta1/query.proto"). */
  importPaths: Map<string, string>;
  /** Import path → the file's source text. */
  sources: Map<string, string>;
}

let loaded: LoadedProtos | undefined;

export function loadProtos(): LoadedProtos {
  if (loaded) return loaded;
  const dirs = includeDirs();
  const importPaths = new Map<string, string>();
  const sources = new Map<string, string>();
  const root = new protobuf.Root();
  addDescriptorProto(root, sources);
  root.resolvePath = (_origin, target) => {
    for (const dir of dirs) {
      const abs = join(dir, target);
      if (!existsSync(abs)) continue;
      importPaths.set(abs, target);
      sources.set(target, readFileSync(abs, "utf8"));
      return abs;
    }
    throw new Error(`gRPC protos: import ${JSON.stringify(target)} not found in ${dirs.join(", ")}`);
  };
  root.loadSync(SERVICE_FILES, { keepCase: true });
  root.resolveAll();
  loaded = { root, importPaths, sources };
  return loaded;
}
