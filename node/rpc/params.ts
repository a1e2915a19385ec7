/**
 * Method parameters, decoded the way CometBFT's cmtjson does: int64/int only as decimal strings,
 * []byte as base64, HexBytes as hex; by name (object) or by position (array); or from a GET
 * query string (strings quoted, bytes 0x-hex, ints bare).
 */
import { invalidParams, type JsonRpcError } from "./jsonrpc.ts";

export type ParamKind = "int64" | "string" | "bool" | "bytes" | "hexbytes";

export interface ParamSpec {
  name: string;
  kind: ParamKind;
}

export type ParamValue = bigint | string | boolean | Uint8Array;
/** Missing params are absent (CometBFT: the Go zero value / nil pointer). */
export type Args = Record<string, ParamValue | undefined>;

class ParamDecodeError extends Error {}

/** Decodes JSON-RPC `params` (object, array, or absent) against the method's spec. */
export function decodeJsonParams(specs: readonly ParamSpec[], params: unknown): Args {
  try {
    if (params === undefined || params === null) return {};
    if (Array.isArray(params)) return decodePositional(specs, params);
    if (typeof params === "object") return decodeNamed(specs, params as Record<string, unknown>);
    throw new ParamDecodeError(`unknown type for JSON params: ${typeof params}. Expected map or array`);
  } catch (err) {
    throw asInvalidParams(err, "json");
  }
}

function decodeNamed(specs: readonly ParamSpec[], params: Record<string, unknown>): Args {
  const args: Args = {};
  for (const spec of specs) {
    const raw = params[spec.name];
    if (raw === undefined || raw === null) continue;
    args[spec.name] = decodeJsonValue(spec, raw);
  }
  return args;
}

function decodePositional(specs: readonly ParamSpec[], params: unknown[]): Args {
  if (params.length !== specs.length) {
    const names = specs.map((s) => s.name).join(" ");
    throw new ParamDecodeError(`expected ${specs.length} parameters ([${names}]), got ${params.length}`);
  }
  const args: Args = {};
  specs.forEach((spec, i) => {
    if (params[i] !== null) args[spec.name] = decodeJsonValue(spec, params[i]);
  });
  return args;
}

function decodeJsonValue(spec: ParamSpec, raw: unknown): ParamValue {
  switch (spec.kind) {
    case "int64":
      if (typeof raw !== "string") {
        throw new ParamDecodeError(`invalid 64-bit integer encoding ${JSON.stringify(JSON.stringify(raw))}, expected string`);
      }
      return parseDecimal(spec.name, raw);
    case "string":
      if (typeof raw !== "string") throw new ParamDecodeError(`${spec.name}: expected a string, got ${JSON.stringify(raw)}`);
      return raw;
    case "bool":
      if (typeof raw !== "boolean") throw new ParamDecodeError(`${spec.name}: expected a boolean, got ${JSON.stringify(raw)}`);
      return raw;
    case "bytes":
      if (typeof raw !== "string") throw new ParamDecodeError(`${spec.name}: expected a base64 string, got ${JSON.stringify(raw)}`);
      return parseBase64(spec.name, raw);
    case "hexbytes":
      if (typeof raw !== "string") throw new ParamDecodeError(`${spec.name}: expected a hex string, got ${JSON.stringify(raw)}`);
      return parseHex(spec.name, raw);
  }
}

function parseDecimal(name: string, text: string): bigint {
  if (!/^-?[0-9]+$/.test(text)) throw new ParamDecodeError(`${name}: invalid integer ${JSON.stringify(text)}`);
  const value = BigInt(text);
  if (value > 9223372036854775807n || value < -9223372036854775808n) {
    throw new ParamDecodeError(`${name}: integer ${text} out of int64 range`);
  }
  return value;
}

function parseBase64(name: string, text: string): Uint8Array {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
    throw new ParamDecodeError(`${name}: illegal base64 data ${JSON.stringify(text.slice(0, 40))}`);
  }
  return new Uint8Array(Buffer.from(text, "base64"));
}

function parseHex(name: string, text: string): Uint8Array {
  if (text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) {
    throw new ParamDecodeError(`${name}: invalid hex string ${JSON.stringify(text.slice(0, 40))}`);
  }
  return new Uint8Array(Buffer.from(text, "hex"));
}

/**
 * Decodes GET `/<method>?a=…` arguments like CometBFT's URI handler: bare integers for ints,
 * `0x…` hex for bytes or strings, a quoted string for bytes means its raw characters, and
 * anything else is parsed as JSON for the parameter's type.
 */
export function decodeUriParams(specs: readonly ParamSpec[], query: Record<string, string | string[] | undefined>): Args {
  const args: Args = {};
  try {
    for (const spec of specs) {
      const rawValue = query[spec.name];
      const raw = Array.isArray(rawValue) ? rawValue[0] : rawValue;
      if (raw === undefined || raw === "") continue;
      args[spec.name] = decodeUriValue(spec, raw);
    }
  } catch (err) {
    throw asInvalidParams(err, "http");
  }
  return args;
}

function decodeUriValue(spec: ParamSpec, raw: string): ParamValue {
  const expectsBytes = spec.kind === "bytes" || spec.kind === "hexbytes";
  if (spec.kind === "int64" && /^-?[0-9]+$/.test(raw)) return parseDecimal(spec.name, raw);
  if (raw.toLowerCase().startsWith("0x")) {
    if (spec.kind !== "string" && !expectsBytes) throw new ParamDecodeError(`got a hex string arg, but expected '${spec.kind}'`);
    const bytes = parseHex(spec.name, raw.slice(2));
    return spec.kind === "string" ? Buffer.from(bytes).toString("utf8") : bytes;
  }
  const quoted = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"');
  if (quoted && expectsBytes) return new Uint8Array(Buffer.from(parseJson(raw) as string, "utf8"));
  return decodeJsonValue(spec, parseJson(raw));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ParamDecodeError(`${(err as Error).message} (argument ${JSON.stringify(text.slice(0, 40))})`);
  }
}

function asInvalidParams(err: unknown, transport: "json" | "http"): JsonRpcError | unknown {
  return err instanceof ParamDecodeError ? invalidParams(err.message, transport) : err;
}
