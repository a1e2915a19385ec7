/**
 * Wire bytes did not change with the move from protobufjs to protobuf-es: every Tributary message
 * type, empty, with every field set to its zero value, and with non-zero values, encodes through
 * proto/codec.ts to exactly the bytes the old protobufjs static encoders wrote (captured in
 * old-encoders.json before proto/gen was regenerated; proto/README.md says how), and decodes back
 * to the same fields.
 */
import { createRegistry, ScalarType, type DescField, type DescMessage } from "@bufbuild/protobuf";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decode, encode } from "../codec.ts";
import { GENERATED_FILES } from "./files.ts";

interface Vector {
  type: string;
  mode: "empty" | "zeros" | "values";
  value: Record<string, unknown>;
  hex: string;
}

const VECTORS = JSON.parse(readFileSync(new URL("./old-encoders.json", import.meta.url), "utf8")) as Vector[];
const registry = createRegistry(...GENERATED_FILES);

const LONG = new Set<ScalarType>([ScalarType.INT64, ScalarType.UINT64, ScalarType.SINT64, ScalarType.FIXED64, ScalarType.SFIXED64]);

function scalarIn(t: ScalarType, v: unknown): unknown {
  if (LONG.has(t)) return BigInt(v as string);
  if (t === ScalarType.BYTES) return Uint8Array.from(Buffer.from(v as string, "hex"));
  return v;
}

function fieldIn(f: DescField, v: unknown): unknown {
  switch (f.fieldKind) {
    case "scalar": return scalarIn(f.scalar, v);
    case "enum": return v;
    case "message": return initOf(f.message, v as Record<string, unknown>);
    case "list":
      return (v as unknown[]).map((x) => (f.listKind === "scalar" ? scalarIn(f.scalar, x) : f.listKind === "message" ? initOf(f.message, x as Record<string, unknown>) : x));
    default: throw new Error(`no map fields expected (${f.name})`);
  }
}

/** The fixture's JSON value (int64 as decimal strings, bytes as hex) as a protobuf-es init object. */
function initOf(desc: DescMessage, value: Record<string, unknown>): Record<string, unknown> {
  const init: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(value)) {
    const f = desc.fields.find((x) => x.localName === name);
    if (!f) throw new Error(`${desc.typeName} has no field ${name}`);
    init[name] = fieldIn(f, v);
  }
  return init;
}

describe("protobuf-es writes the bytes protobufjs wrote", () => {
  it("covers every message type of proto/tributary", () => {
    const types = new Set(VECTORS.map((v) => v.type));
    const generated = GENERATED_FILES.flatMap((f) => f.messages.map((m) => m.typeName)).filter((n) => n.startsWith("tributary."));
    expect(types.size).toBeGreaterThanOrEqual(175);
    // A type added since the capture has no vector; one removed would break compatibility.
    for (const t of types) expect(generated).toContain(t);
  });

  it.each(VECTORS.map((v) => [`${v.type} ${v.mode}`, v] as const))("%s", (_name, v) => {
    const desc = registry.getMessage(v.type);
    if (!desc) throw new Error(`no generated type ${v.type}`);
    const bytes = encode(desc, initOf(desc, v.value) as Parameters<typeof encode>[1]);
    expect(Buffer.from(bytes).toString("hex")).toBe(v.hex);
    // Decoding gives back what was set: re-encoding the decoded message is byte-identical.
    expect(Buffer.from(encode(desc, decode(desc, bytes))).toString("hex")).toBe(v.hex);
  });

  it("refuses malformed bytes with an error instead of a partial message", () => {
    const desc = registry.getMessage("tributary.datanet.v1.Datanet")!;
    expect(() => decode(desc, Uint8Array.from([0x0a, 0x05, 0x01]))).toThrow();
  });
});
