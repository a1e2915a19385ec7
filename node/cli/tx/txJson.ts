/**
 * A tx as the SDK CLI prints it (proto3 JSON of cosmos.tx.v1beta1.Tx, snake_case names, Anys as
 * `{"@type", ...fields}`) and back. Bytes → JSON is the REST gateway's converter (node/api/json.ts);
 * JSON → bytes is its inverse, using the same type tables: cosmjs-types' fromJSON for SDK types,
 * protobufjs reflection (node/api/protoRoot.ts) for Tributary's own messages.
 */
import { fromBase64, toBase64 } from "@cosmjs/encoding";
import { AuthInfo, Tx, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { ANY_TYPES, messageJson } from "../../api/json.ts";
import { wireDecs } from "../../api/governanceTypes.ts";
import { lookupTributaryType } from "../../api/protoRoot.ts";
import { UserError } from "../errors.ts";
import { wellKnownToCosmjs } from "./wellKnownJson.ts";

/** What encoding an Any's content needs of a cosmjs-types class. */
interface EncodableType {
  fromJSON(object: unknown): unknown;
  encode(message: never): { finish(): Uint8Array };
}

const camelCase = (name: string): string => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** An `{"@type", ...}` object as cosmjs-types' Any JSON: `{typeUrl, value: base64}` (gov proposal files use it too). */
export function packAny(json: Record<string, unknown>): { typeUrl: string; value: string } {
  const { "@type": typeUrl, ...fields } = json;
  if (typeof typeUrl !== "string") throw new UserError(`"@type" must be a string, got ${JSON.stringify(typeUrl)}`);
  const reflected = lookupTributaryType(typeUrl.replace(/^\//, ""));
  if (reflected) {
    return { typeUrl, value: toBase64(reflected.encode(reflected.fromObject(fields)).finish()) };
  }
  const known = ANY_TYPES.get(typeUrl) as unknown as EncodableType | undefined;
  if (known && typeof known.fromJSON === "function") {
    // LegacyDec fields are printed dotted (json.ts): scaled back to the wire's integer here;
    // Durations ("600s") and Timestamps as fromJSON reads them (wellKnownJson.ts).
    const json = wellKnownToCosmjs(known, wireDecs(typeUrl, fields));
    return { typeUrl, value: toBase64(known.encode(known.fromJSON(toCosmjsJson(json)) as never).finish()) };
  }
  if (typeof fields.value === "string" && Object.keys(fields).length === 1) return { typeUrl, value: fields.value };
  throw new UserError(`unknown message type ${typeUrl}: this CLI cannot encode it`);
}

/** The SDK's JSON (snake_case, expanded Anys) as the JSON cosmjs-types' fromJSON reads. */
function toCosmjsJson(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(toCosmjsJson);
  if (!isObject(v)) return v;
  if ("@type" in v) return packAny(v);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [camelCase(k), toCosmjsJson(x)]));
}

/** The SDK's Tx JSON → TxRaw, the bytes that are signed and broadcast. */
export function txRawFromJson(json: unknown): TxRaw {
  if (!isObject(json) || !isObject(json.body)) throw new UserError("not a transaction: expected a JSON object with body, auth_info and signatures");
  const tx = Tx.fromJSON(toCosmjsJson(json));
  return TxRaw.fromPartial({
    bodyBytes: TxBody.encode(tx.body ?? TxBody.fromPartial({})).finish(),
    authInfoBytes: AuthInfo.encode(tx.authInfo ?? AuthInfo.fromPartial({})).finish(),
    signatures: tx.signatures,
  });
}

/** TxRaw → the SDK's Tx JSON. */
export function txRawToJson(raw: TxRaw): unknown {
  const tx = Tx.fromPartial({ body: TxBody.decode(raw.bodyBytes), authInfo: AuthInfo.decode(raw.authInfoBytes), signatures: raw.signatures });
  return messageJson(Tx, tx);
}

export function txRawToBase64(raw: TxRaw): string {
  return toBase64(TxRaw.encode(raw).finish());
}

export function txRawFromBase64(text: string): TxRaw {
  try {
    return TxRaw.decode(fromBase64(text.trim()));
  } catch (e) {
    throw new UserError(`not a base64-encoded transaction: ${(e as Error).message}`);
  }
}

/** Parses a tx JSON document; `source` names it in errors. */
export function parseTxJson(text: string, source: string): TxRaw {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${source} is not JSON: ${(e as Error).message}`);
  }
  try {
    return txRawFromJson(json);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${source} is not a valid transaction: ${(e as Error).message}`);
  }
}
