/**
 * google.protobuf.FileDescriptorProto of every loaded .proto file, one per file under its import
 * path and with its imports as dependencies, as protoc would describe it: what reflection
 * clients (grpcurl, Go's grpcreflect and protodesc) link against.
 *
 * protobufjs' own toDescriptor (and @grpc/proto-loader's, built on it) merges each package into a
 * synthetic "pkg_name.proto" without dependencies, which strict clients refuse to link, so the
 * descriptors are built here from the parsed files. Custom options (gogoproto, amino,
 * google.api.http) are left out: clients do not need them to call a method.
 */
import protobuf from "protobufjs";
import { type LoadedProtos, loadProtos } from "./protoFiles.ts";

type Obj = Record<string, unknown>;

/** FieldDescriptorProto.Type by protobufjs' scalar type name. */
const SCALAR_TYPES: Record<string, number> = {
  double: 1, float: 2, int64: 3, uint64: 4, int32: 5, fixed64: 6, fixed32: 7, bool: 8,
  string: 9, bytes: 12, uint32: 13, sfixed32: 15, sfixed64: 16, sint32: 17, sint64: 18,
};
const TYPE_MESSAGE = 11;
const TYPE_ENUM = 14;
const LABEL_OPTIONAL = 1;
const LABEL_REQUIRED = 2;
const LABEL_REPEATED = 3;

/**
 * The files protobufjs builds in from JSON (its types carry no file name), by type name; the rest
 * of google.protobuf is descriptor.proto (parsed from source text, so no file name either).
 */
const BUNDLED_WELL_KNOWN: Record<string, string> = {
  Any: "any", Duration: "duration", Timestamp: "timestamp", Empty: "empty", FieldMask: "field_mask",
  Struct: "struct", Value: "struct", ListValue: "struct", NullValue: "struct",
  DoubleValue: "wrappers", FloatValue: "wrappers", Int64Value: "wrappers", UInt64Value: "wrappers", Int32Value: "wrappers",
  UInt32Value: "wrappers", BoolValue: "wrappers", StringValue: "wrappers", BytesValue: "wrappers",
};

/** protoc's json_name: underscores dropped, the letter after one upper-cased. */
function jsonName(name: string): string {
  return name.replace(/_+([a-zA-Z0-9])/g, (_m, c: string) => c.toUpperCase()).replace(/_/g, "");
}

/** protoc's map entry message name: "validator_sets" → "ValidatorSetsEntry". */
function mapEntryName(field: string): string {
  const camel = jsonName(field);
  return camel.charAt(0).toUpperCase() + camel.slice(1) + "Entry";
}

function typeRef(t: protobuf.Type | protobuf.Enum): { type: number; type_name: string } {
  return { type: t instanceof protobuf.Enum ? TYPE_ENUM : TYPE_MESSAGE, type_name: t.fullName };
}

function scalarOrRef(typeName: string, resolved: protobuf.Type | protobuf.Enum | null): { type: number; type_name?: string } {
  if (resolved) return typeRef(resolved);
  const scalar = SCALAR_TYPES[typeName];
  if (scalar === undefined) throw new Error(`gRPC descriptors: unresolved type ${typeName}`);
  return { type: scalar };
}

function fieldDescriptor(f: protobuf.Field, syntax: string, oneofIndex: Map<protobuf.OneOf, number>, owner?: protobuf.Type): Obj {
  const out: Obj = { name: f.name, number: f.id, json_name: jsonName(f.name) };
  if (f.map) {
    Object.assign(out, { label: LABEL_REPEATED, type: TYPE_MESSAGE, type_name: `${owner!.fullName}.${mapEntryName(f.name)}` });
    return out;
  }
  f.resolve();
  Object.assign(out, scalarOrRef(f.type, f.resolvedType));
  out.label = f.repeated ? LABEL_REPEATED : f.required && syntax === "proto2" ? LABEL_REQUIRED : LABEL_OPTIONAL;
  if (f.extend !== undefined) {
    out.extendee = f.extensionField?.parent?.fullName ?? `.${f.extend}`;
    delete out.json_name;
  }
  if (f.partOf) out.oneof_index = oneofIndex.get(f.partOf);
  const opts = f.options ?? {};
  if (opts.proto3_optional) out.proto3_optional = true;
  if (syntax === "proto2" && opts.default !== undefined) out.default_value = String(opts.default);
  // `packed` only where the file says the opposite of its syntax's default (a singular field may not carry it).
  if (opts.packed === (syntax === "proto2")) out.options = { packed: opts.packed };
  if (opts.deprecated === true) out.options = { ...(out.options as Obj | undefined), deprecated: true };
  return out;
}

function mapEntry(f: protobuf.MapField): Obj {
  f.resolve();
  return {
    name: mapEntryName(f.name),
    field: [
      { name: "key", number: 1, label: LABEL_OPTIONAL, json_name: "key", ...scalarOrRef(f.keyType, null) },
      { name: "value", number: 2, label: LABEL_OPTIONAL, json_name: "value", ...scalarOrRef(f.type, f.resolvedType) },
    ],
    options: { map_entry: true },
  };
}

function enumDescriptor(e: protobuf.Enum): Obj {
  const values = Object.entries(e.values).map(([name, number]) => ({ name, number }));
  const aliased = new Set(values.map((v) => v.number)).size !== values.length;
  return { name: e.name, value: values, ...(aliased ? { options: { allow_alias: true } } : {}) };
}

function messageDescriptor(t: protobuf.Type, syntax: string): Obj {
  // Synthetic oneofs (proto3 `optional`) come after the real ones, as protoc orders them.
  const synthetic = (o: protobuf.OneOf) => o.fieldsArray.length === 1 && o.fieldsArray[0]!.options?.proto3_optional === true;
  const oneofs = [...t.oneofsArray.filter((o) => !synthetic(o)), ...t.oneofsArray.filter(synthetic)];
  const oneofIndex = new Map(oneofs.map((o, i) => [o, i]));
  const nested = t.nestedArray;
  return {
    name: t.name,
    // Extensions of this message declared elsewhere are added to it by protobufjs as sister fields.
    field: t.fieldsArray.filter((f) => !f.declaringField).map((f) => fieldDescriptor(f, syntax, oneofIndex, t)),
    nested_type: [
      ...nested.filter((n): n is protobuf.Type => n instanceof protobuf.Type).map((n) => messageDescriptor(n, syntax)),
      ...t.fieldsArray.filter((f) => f.map && !f.declaringField).map((f) => mapEntry(f as unknown as protobuf.MapField)),
    ],
    enum_type: nested.filter((n): n is protobuf.Enum => n instanceof protobuf.Enum).map(enumDescriptor),
    extension: nested.filter((n): n is protobuf.Field => n instanceof protobuf.Field).map((f) => fieldDescriptor(f, syntax, new Map())),
    // protobufjs keeps ranges inclusive ([start, end] pairs); the descriptor's end is exclusive.
    extension_range: (t.extensions ?? []).map(([start, end]) => ({ start, end: end! + 1 })),
    oneof_decl: oneofs.map((o) => ({ name: o.name })),
  };
}

function serviceDescriptor(s: protobuf.Service): Obj {
  return {
    name: s.name,
    method: s.methodsArray.map((m) => {
      m.resolve();
      return {
        name: m.name,
        input_type: m.resolvedRequestType!.fullName,
        output_type: m.resolvedResponseType!.fullName,
        client_streaming: m.requestStream === true,
        server_streaming: m.responseStream === true,
      };
    }),
  };
}

/** The file an object was declared in, by import path. */
function fileOf(obj: protobuf.ReflectionObject, protos: LoadedProtos): string {
  if (obj.filename) {
    const path = protos.importPaths.get(obj.filename);
    if (path) return path;
  }
  if (obj.parent?.fullName === ".google.protobuf") return `google/protobuf/${BUNDLED_WELL_KNOWN[obj.name] ?? "descriptor"}.proto`;
  throw new Error(`gRPC descriptors: no file known for ${obj.fullName}`);
}

interface FileParts {
  pkg: string;
  messages: protobuf.Type[];
  enums: protobuf.Enum[];
  services: protobuf.Service[];
  extensions: protobuf.Field[];
}

/** Top-level declarations grouped by file (nested ones travel with their message). */
function groupByFile(protos: LoadedProtos): Map<string, FileParts> {
  const files = new Map<string, FileParts>();
  const visit = (ns: protobuf.NamespaceBase) => {
    for (const obj of ns.nestedArray) {
      if (obj instanceof protobuf.Type || obj instanceof protobuf.Enum || obj instanceof protobuf.Service || obj instanceof protobuf.Field) {
        const name = fileOf(obj, protos);
        let parts = files.get(name);
        if (!parts) files.set(name, (parts = { pkg: ns.fullName.slice(1), messages: [], enums: [], services: [], extensions: [] }));
        if (obj instanceof protobuf.Type) parts.messages.push(obj);
        else if (obj instanceof protobuf.Enum) parts.enums.push(obj);
        else if (obj instanceof protobuf.Service) parts.services.push(obj);
        else parts.extensions.push(obj);
      } else if (obj instanceof protobuf.Namespace) {
        visit(obj);
      }
    }
  };
  visit(protos.root);
  // Files declaring nothing protobufjs keeps (none today) are still dependencies to serve.
  for (const [name, source] of protos.sources) {
    if (!files.has(name)) files.set(name, { pkg: protobuf.parse(source).package ?? "", messages: [], enums: [], services: [], extensions: [] });
  }
  return files;
}

function fileHeader(name: string, protos: LoadedProtos): { syntax: string; dependency: string[] } {
  const source = protos.sources.get(name);
  if (source === undefined) return { syntax: "proto3", dependency: [] }; // a well-known type built into protobufjs
  const parsed = protobuf.parse(source, { keepCase: true });
  const syntax = /^\s*syntax\s*=\s*"proto2"/m.test(source) ? "proto2" : "proto3";
  return { syntax, dependency: [...(parsed.imports ?? []), ...(parsed.weakImports ?? [])] };
}

let encoded: Map<string, Uint8Array> | undefined;

/** Every loaded file's encoded FileDescriptorProto, by import path. */
export function fileDescriptors(): Map<string, Uint8Array> {
  if (encoded) return encoded;
  const protos = loadProtos();
  const FileDescriptorProto = protos.root.lookupType("google.protobuf.FileDescriptorProto");
  const out = new Map<string, Uint8Array>();
  for (const [name, parts] of groupByFile(protos)) {
    const { syntax, dependency } = fileHeader(name, protos);
    const file = {
      name,
      package: parts.pkg,
      dependency,
      message_type: parts.messages.map((t) => messageDescriptor(t, syntax)),
      enum_type: parts.enums.map(enumDescriptor),
      service: parts.services.map(serviceDescriptor),
      extension: parts.extensions.map((f) => fieldDescriptor(f, syntax, new Map())),
      ...(syntax === "proto3" ? { syntax } : {}),
    };
    out.set(name, FileDescriptorProto.encode(FileDescriptorProto.fromObject(file)).finish());
  }
  encoded = out;
  return out;
}
