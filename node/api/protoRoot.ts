/**
 * Tributary's own .proto files loaded by reflection with their original (snake_case) field
 * names, so requests are built from and responses printed with the names the gateway uses.
 * The generated code in proto/gen has no JSON conversion (`--no-convert`); reflection does.
 */
import protobuf from "protobufjs";
import { packageFile } from "../packageRoot.ts";

const PROTO_DIR = packageFile("proto/");
const FILES = ["datanet", "attribution", "inference", "rewards", "distribution"].flatMap((m) => [
  `tributary/${m}/v1/types.proto`,
  ...(m === "distribution" ? [] : [`tributary/${m}/v1/query.proto`, `tributary/${m}/v1/tx.proto`]),
]);

let root: protobuf.Root | undefined;

export function tributaryRoot(): protobuf.Root {
  if (root) return root;
  const r = new protobuf.Root();
  r.resolvePath = (_origin, target) => PROTO_DIR + target;
  r.loadSync(FILES, { keepCase: true });
  r.resolveAll();
  root = r;
  return r;
}

/** The reflected type for a fully qualified name, or undefined (an unknown Any type). */
export function lookupTributaryType(fullName: string): protobuf.Type | undefined {
  try {
    return tributaryRoot().lookupType(fullName);
  } catch {
    return undefined;
  }
}

/** proto3 JSON with the original field names: int64 as strings, bytes as base64, enums by name. */
export const TO_OBJECT: protobuf.IConversionOptions = { longs: String, enums: String, bytes: String, defaults: true, arrays: true };
