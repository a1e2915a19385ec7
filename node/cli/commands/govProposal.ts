/**
 * A proposal file as SDK v0.47+ `tx gov submit-proposal` reads it, and the gov messages the CLI
 * builds. Messages are proto-JSON Anys (`{"@type": "/cosmos.bank.v1beta1.MsgSend", …}`), encoded
 * through the same type tables the REST gateway prints with (node/api/json.ts ANY_TYPES and the
 * Tributary protos by reflection): see node/cli/tx/txJson.ts.
 */
import { readFileSync } from "node:fs";
import { fromBase64 } from "@cosmjs/encoding";
import type { EncodeObject } from "@cosmjs/proto-signing";
import type { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { coinToWire, parseCoins } from "../../../chain/coins.ts";
import { ANY_TYPES, snakeCase } from "../../api/json.ts";
import { lookupTributaryType } from "../../api/protoRoot.ts";
import { UserError } from "../errors.ts";
import { packAny } from "../tx/txJson.ts";

export interface ProposalFile {
  messages: Any[];
  metadata: string;
  deposit: Coin[];
  title: string;
  summary: string;
  expedited: boolean;
}

const PROPOSAL_FIELDS = ["messages", "metadata", "deposit", "title", "summary", "expedited"];

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** Coins as "10utrib,5stake"; `what` names the field or flag in the error. */
export function parseCoinList(text: string, what: string): Coin[] {
  try {
    return parseCoins(text).map(coinToWire);
  } catch (e) {
    throw new UserError(`${what}: invalid coins ${JSON.stringify(text)}: ${(e as Error).message}`);
  }
}

/** The message's field names (snake_case, as the JSON has them), or undefined for an unknown type. */
function fieldNames(typeUrl: string): Set<string> | undefined {
  const reflected = lookupTributaryType(typeUrl.replace(/^\//, ""));
  if (reflected) return new Set(Object.keys(reflected.fields));
  const known = ANY_TYPES.get(typeUrl);
  if (!known?.fromPartial) return undefined;
  return new Set(Object.keys(known.fromPartial({}) as object).map(snakeCase));
}

/**
 * One `{"@type", …}` message as an Any. Refuses a missing or unknown type and a field the type
 * does not have (the decoders would drop it silently), naming `at` (e.g. `messages[0].amout`).
 */
export function messageAny(json: unknown, at: string): Any {
  if (!isObject(json)) throw new UserError(`${at}: expected an object with "@type", got ${JSON.stringify(json)}`);
  const typeUrl = json["@type"];
  if (typeof typeUrl !== "string" || typeUrl === "") throw new UserError(`${at}["@type"]: missing; each message needs its type URL, e.g. "/cosmos.bank.v1beta1.MsgSend"`);
  const names = fieldNames(typeUrl);
  if (!names) throw new UserError(`${at}["@type"]: unknown message type ${typeUrl}`);
  for (const k of Object.keys(json)) {
    if (k !== "@type" && !names.has(k)) throw new UserError(`${at}.${k}: not a field of ${typeUrl} (fields: ${[...names].join(", ")})`);
  }
  try {
    // packAny scales the LegacyDec fields of governed messages (node/api/governanceTypes.ts).
    const any = packAny(json);
    return { typeUrl: any.typeUrl, value: fromBase64(any.value) };
  } catch (e) {
    throw new UserError(`${at}: cannot encode ${typeUrl}: ${(e as Error).message}`, { cause: e });
  }
}

function stringField(doc: Record<string, unknown>, name: string, required: boolean): string {
  const v = doc[name];
  if (v === undefined && !required) return "";
  if (typeof v !== "string") throw new UserError(`${name}: expected a string, got ${JSON.stringify(v)}`);
  if (required && v.trim() === "") throw new UserError(`${name}: must not be empty`);
  return v;
}

/** Checks and encodes a parsed proposal document; errors name the field. */
export function parseProposal(doc: unknown): ProposalFile {
  if (!isObject(doc)) throw new UserError("the proposal must be a JSON object with messages, metadata, deposit, title and summary");
  for (const k of Object.keys(doc)) {
    if (!PROPOSAL_FIELDS.includes(k)) throw new UserError(`${k}: not a proposal field (fields: ${PROPOSAL_FIELDS.join(", ")})`);
  }
  const messages = doc.messages ?? [];
  if (!Array.isArray(messages)) throw new UserError(`messages: expected an array of {"@type", …} messages, got ${JSON.stringify(messages)}`);
  const deposit = doc.deposit ?? "";
  if (typeof deposit !== "string") throw new UserError(`deposit: expected coins as a string such as "10000000utrib", got ${JSON.stringify(deposit)}`);
  const expedited = doc.expedited ?? false;
  if (typeof expedited !== "boolean") throw new UserError(`expedited: expected true or false, got ${JSON.stringify(expedited)}`);
  return {
    messages: messages.map((m, i) => messageAny(m, `messages[${i}]`)),
    metadata: stringField(doc, "metadata", false),
    deposit: deposit === "" ? [] : parseCoinList(deposit, "deposit"),
    title: stringField(doc, "title", true),
    summary: stringField(doc, "summary", true),
    expedited,
  };
}

export function readProposalFile(file: string): ProposalFile {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UserError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${file} is not JSON: ${(e as Error).message}`);
  }
  try {
    return parseProposal(doc);
  } catch (e) {
    throw new UserError(`${file}: ${(e as Error).message}`, { cause: e });
  }
}

/** cosmos.gov.v1 MsgSubmitProposal by `proposer`. */
export function msgSubmitProposal(proposer: string, p: ProposalFile): EncodeObject {
  return {
    typeUrl: "/cosmos.gov.v1.MsgSubmitProposal",
    value: { messages: p.messages, initialDeposit: p.deposit, proposer, metadata: p.metadata, title: p.title, summary: p.summary, expedited: p.expedited },
  };
}
