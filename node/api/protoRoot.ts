/**
 * Tributary's own .proto files loaded by reflection with their original (snake_case) field
 * names, so requests are built from and responses printed with the names the gateway uses.
 * JSON conversion is protobufjs reflection's (toObject/fromObject), as before proto/gen moved to protobuf-es.
 */
import protobuf from "protobufjs";
import { PRESENCE_FIELDS } from "../../proto/codec.ts";
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
  dropSyntheticOneofs(r);
  r.resolveAll();
  root = r;
  return r;
}

/**
 * Tributary's singular fields are proto3 `optional` (explicit presence, so the protobuf-es
 * encoders write zeros as protobufjs' did; proto/README.md). protobufjs puts each in a synthetic
 * oneof, and toObject gives no default to a oneof member: an absent field would vanish from the
 * JSON instead of printing its zero value. Without the synthetic oneofs the gateway prints what
 * it printed before the fields were made optional (except PRESENCE_FIELDS, optional since 0.1.0).
 */
function dropSyntheticOneofs(ns: protobuf.NamespaceBase): void {
  for (const nested of ns.nestedArray) {
    if (nested instanceof protobuf.Type) {
      for (const oneof of nested.oneofsArray.filter((o) => o.isProto3Optional && !PRESENCE_FIELDS.has(`${nested.fullName.slice(1)}.${o.fieldsArray[0]!.name}`))) {
        for (const field of [...oneof.fieldsArray]) {
          oneof.remove(field);
          // Resolved again without the option: resolve() gives a proto3 optional field a null default.
          delete (field.options as Record<string, unknown>).proto3_optional;
          field.resolved = false;
        }
        nested.remove(oneof);
      }
    }
    if (nested instanceof protobuf.Namespace || nested instanceof protobuf.Type) dropSyntheticOneofs(nested);
  }
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
