/**
 * proto3 JSON as the Cosmos SDK gateway prints it, from cosmjs-types' `toJSON` output:
 * - field names: the .proto's original snake_case names (cosmjs-types emits lowerCamelCase,
 *   derived from them, so the mapping back is mechanical: `nextKey` → `next_key`);
 * - Any: `{"@type": typeUrl, ...the packed message's fields}` for the types we know;
 * - LegacyDec: "0.100000000000000000" (the SDK's JSON), where the proto carries the 18-decimal
 *   integer string ("100000000000000000") or its ASCII bytes (slashing params, mint queries);
 * - Timestamp: RFC 3339 without trailing zero fractions ("…T00:00:00Z", as Go prints it);
 *   Duration: "1814400s" (cosmjs-types leaves it as {seconds, nanos});
 * - an empty `next_key` is null (the gateway prints a nil []byte so; clients test for null);
 * - int64/uint64 as strings, bytes as base64, enums by name (cosmjs-types already does these).
 */
import { fromBase64 } from "@cosmjs/encoding";
import { defaultRegistryTypes } from "@cosmjs/stargate";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { PubKey as Secp256k1PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { BaseAccount, ModuleAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { Tx } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { GOVERNANCE_DECS, GOVERNANCE_TYPES } from "./governanceTypes.ts";
import { TO_OBJECT, lookupTributaryType } from "./protoRoot.ts";

/** A cosmjs-types message class: what this module needs of one. */
export interface JsonType {
  decode(bytes: Uint8Array): unknown;
  toJSON(message: never): unknown;
  fromPartial?(object: object): unknown;
}

/**
 * cosmjs-types keeps a oneof's members as separate optional fields; the gateway prints only the
 * one that is set, so an unset member is left out rather than printed null. By JSON field name:
 * cosmos.tx.v1beta1.ModeInfo.sum.
 */
const ONEOF_MEMBERS = new Set(["single", "multi"]);

/**
 * TxBody fields cosmjs-types 0.11 carries from SDK v0.53 (unordered txs) that the v0.50 gateway
 * we follow does not have (simd v0.46.16's capture lacks them too).
 */
const POST_V050_TX_BODY_FIELDS = ["unordered", "timeoutTimestamp"];

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Uint8Array);
}

/**
 * Walks a decoded message beside its toJSON output: an unset sub-message (an own key holding
 * undefined in the decoded message, at any depth) is printed null, as the gateway (EmitDefaults)
 * prints `"pub_key": null`; toJSON leaves it out.
 */
function fillNulls(message: unknown, json: unknown): void {
  if (Array.isArray(message) && Array.isArray(json)) {
    message.forEach((m, i) => fillNulls(m, json[i]));
    return;
  }
  if (!isObject(message) || !isObject(json)) return;
  if ("messages" in json && "extensionOptions" in json) for (const k of POST_V050_TX_BODY_FIELDS) delete json[k];
  for (const [k, v] of Object.entries(message)) {
    if (v !== undefined) fillNulls(v, json[k]);
    else if (!(k in json) && !ONEOF_MEMBERS.has(k) && !POST_V050_TX_BODY_FIELDS.includes(k)) json[k] = null;
  }
}

/**
 * toJSON with the message's unset sub-messages as null, at any depth (fillNulls). A message built
 * as a literal may lack keys: its type's base object (fromPartial({})) names every top-level field.
 */
function toJsonWithNulls(type: JsonType, message: unknown): unknown {
  const json = type.toJSON(message as never) as Record<string, unknown>;
  if (json === null || typeof json !== "object") return json;
  fillNulls(message, json);
  if (!type.fromPartial) return json;
  for (const k of Object.keys(type.fromPartial({}) as object)) if (!(k in json) && !ONEOF_MEMBERS.has(k)) json[k] = null;
  return json;
}

/** Where each route's LegacyDec fields are, by (snake_case) field name. */
export interface DecFields {
  /** Carried as the 18-decimal integer string. */
  decs?: readonly string[];
  /** Carried as the ASCII bytes of that string (base64 in cosmjs-types' JSON). */
  decBytes?: readonly string[];
}

export const ANY_TYPES = new Map<string, JsonType>([
  ["/cosmos.auth.v1beta1.BaseAccount", BaseAccount],
  ["/cosmos.auth.v1beta1.ModuleAccount", ModuleAccount],
  ["/cosmos.crypto.secp256k1.PubKey", Secp256k1PubKey],
  ["/cosmos.crypto.ed25519.PubKey", Ed25519PubKey],
  ["/cosmos.tx.v1beta1.Tx", Tx],
  ...GOVERNANCE_TYPES,
  ...(defaultRegistryTypes as unknown as [string, JsonType][]).filter(([, t]) => typeof t.toJSON === "function"),
]);

export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

const TIMESTAMP = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?Z$/;

function goTimestamp(s: string): string {
  const m = TIMESTAMP.exec(s);
  if (!m) return s;
  const frac = (m[2] ?? "").replace(/0+$/, "");
  return `${m[1]}${frac ? "." + frac : ""}Z`;
}

/** A Duration as proto3 JSON: "<seconds>[.<fraction>]s". */
function duration(seconds: unknown, nanos: unknown): string {
  const n = Number(nanos ?? 0);
  const frac = n ? "." + String(Math.abs(n)).padStart(9, "0").replace(/0+$/, "") : "";
  return `${String(seconds)}${frac}s`;
}

/** An Any from toJSON ({typeUrl, value: base64}) as the gateway prints it. */
function expandAny(typeUrl: string, valueB64: string): Record<string, unknown> {
  const bytes = fromBase64(valueB64);
  const known = ANY_TYPES.get(typeUrl);
  if (known) return { "@type": typeUrl, ...(applyDecs(convert(toJsonWithNulls(known, known.decode(bytes))), GOVERNANCE_DECS.get(typeUrl) ?? {}) as object) };
  const reflected = lookupTributaryType(typeUrl.replace(/^\//, ""));
  if (reflected) return { "@type": typeUrl, ...(convert(reflected.toObject(reflected.decode(bytes), TO_OBJECT)) as object) };
  return { "@type": typeUrl, value: valueB64 };
}

/** cosmjs-types (or reflection) JSON → the gateway's names and value forms (not decimals). */
export function convert(v: unknown): unknown {
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "string") return goTimestamp(v);
  if (Array.isArray(v)) return v.map(convert);
  if (v instanceof Uint8Array) return Buffer.from(v).toString("base64");
  if (v === null || typeof v !== "object") return v;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 2 && typeof o.typeUrl === "string" && typeof o.value === "string") return expandAny(o.typeUrl, o.value);
  if (keys.length === 2 && "seconds" in o && "nanos" in o) return duration(o.seconds, o.nanos);
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    if (o[k] === undefined) continue;
    if (o[k] === null) {
      out[snakeCase(k)] = null;
      continue;
    }
    const name = k.startsWith("@") ? k : snakeCase(k);
    out[name] = name === "next_key" && o[k] === "" ? null : convert(o[k]);
  }
  return out;
}

/** "100000000000000000" (10^-18 units) → "0.100000000000000000". */
export function formatDec(atto: string): string {
  const neg = atto.startsWith("-");
  const digits = (neg ? atto.slice(1) : atto).padStart(19, "0");
  return `${neg ? "-" : ""}${digits.slice(0, -18)}.${digits.slice(-18)}`;
}

function decValue(v: unknown, fromBytes: boolean): unknown {
  if (Array.isArray(v)) return v.map((x) => decValue(x, fromBytes));
  if (typeof v !== "string") return v;
  const text = fromBytes ? Buffer.from(v, "base64").toString("latin1") : v;
  if (text === "") return fromBytes ? "0.000000000000000000" : v;
  return /^-?[0-9]+$/.test(text) ? formatDec(text) : text;
}

/** Rewrites the named LegacyDec fields anywhere in the (already converted) JSON. */
export function applyDecs(v: unknown, f: DecFields): unknown {
  if (!f.decs?.length && !f.decBytes?.length) return v;
  if (Array.isArray(v)) return v.map((x) => applyDecs(x, f));
  if (v === null || typeof v !== "object") return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (f.decs?.includes(k)) out[k] = decValue(x, false);
    else if (f.decBytes?.includes(k)) out[k] = decValue(x, true);
    else out[k] = applyDecs(x, f);
  }
  return out;
}

/** The gateway JSON of a message decoded with its cosmjs-types class. */
export function messageJson(type: JsonType, message: unknown, decs: DecFields = {}): unknown {
  return applyDecs(convert(toJsonWithNulls(type, message)), decs);
}
