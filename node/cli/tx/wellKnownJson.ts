/**
 * proto3 JSON writes google.protobuf.Duration as "600s" and Timestamp as RFC 3339 text, as
 * `query … params -o json` and the REST gateway print them (node/api/json.ts). cosmjs-types'
 * fromJSON reads a Duration only as {seconds, nanos}: given "600s" it silently yields 0 s, so a
 * MsgUpdateParams built from the params query would set a zero jail duration or unbonding time.
 * Its Timestamp reader goes through Date and drops everything below the millisecond.
 *
 * cosmjs-types carries no field descriptors, so a string's field type is found by asking the
 * type itself: fromJSON of `{field: {}}` gives {seconds, nanos} only where the field is a
 * Duration or a Timestamp, and fromJSON of an RFC 3339 string sets seconds only on a Timestamp.
 */
import { parseRfc3339 } from "../../../chain/timestamp.ts";
import { UserError } from "../errors.ts";

interface JsonReader {
  fromJSON(object: unknown): unknown;
}

type Path = (string | number)[];

const DURATION = /^(-)?([0-9]+)(?:\.([0-9]{1,9}))?s$/;
const NS = 1_000_000_000n;
const PROBE_TIME = "1970-01-01T00:00:01Z";

const camelCase = (name: string): string => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** `leaf` placed at `path` (field names camelCased, every index as element 0), for probing. */
function nest(path: Path, leaf: unknown): unknown {
  let v = leaf;
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i]!;
    v = typeof seg === "number" ? [v] : { [camelCase(seg)]: v };
  }
  return v;
}

function at(v: unknown, path: Path): unknown {
  let cur = v;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = typeof seg === "number" ? (cur as unknown[])[0] : (cur as Record<string, unknown>)[camelCase(seg)];
  }
  return cur;
}

function probe(type: JsonReader, path: Path, leaf: unknown): unknown {
  try {
    return at(type.fromJSON(nest(path, leaf)), path);
  } catch {
    return undefined;
  }
}

const isSecondsNanos = (v: unknown): v is { seconds: bigint; nanos: number } =>
  isObject(v) && Object.keys(v).length === 2 && typeof v.seconds === "bigint" && typeof v.nanos === "number";

/** The well-known type of the field at `path`, or undefined for any other field. */
function wellKnownKind(type: JsonReader, path: Path): "duration" | "timestamp" | undefined {
  if (!isSecondsNanos(probe(type, path, {}))) return undefined;
  const t = probe(type, path, PROBE_TIME);
  return isSecondsNanos(t) && t.seconds === 1n ? "timestamp" : "duration";
}

const secondsNanos = (ns: bigint) => {
  // Both parts carry the sign, as google.protobuf.Duration requires.
  const seconds = ns / NS;
  return { seconds: seconds.toString(), nanos: Number(ns - seconds * NS) };
};

function parseWellKnown(kind: "duration" | "timestamp", text: string, where: string): { seconds: string; nanos: number } {
  if (kind === "timestamp") {
    try {
      return secondsNanos(parseRfc3339(text));
    } catch {
      throw new UserError(`${where}: ${JSON.stringify(text)} is not an RFC 3339 time such as "2024-01-01T00:00:00Z"`);
    }
  }
  const m = DURATION.exec(text);
  if (!m) throw new UserError(`${where}: ${JSON.stringify(text)} is not a duration such as "600s" or "1.5s"`);
  const ns = BigInt(m[2]!) * NS + BigInt((m[3] ?? "").padEnd(9, "0"));
  return secondsNanos(m[1] ? -ns : ns);
}

/**
 * The message JSON (snake_case, as the SDK prints it) of `type` with every Duration and Timestamp
 * string as the {seconds, nanos} object cosmjs-types' fromJSON reads; a malformed one is refused
 * naming its field. Nested `{"@type", …}` messages are left to their own type.
 */
export function wellKnownToCosmjs(type: JsonReader, json: Record<string, unknown>): Record<string, unknown> {
  const walk = (v: unknown, path: Path): unknown => {
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, i]));
    if (isObject(v)) {
      if ("@type" in v) return v;
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, [...path, k])]));
    }
    if (typeof v !== "string" || path.length === 0) return v;
    const kind = wellKnownKind(type, path);
    if (!kind) return v;
    const where = path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
    return parseWellKnown(kind, v, where);
  };
  return walk(json, []) as Record<string, unknown>;
}
