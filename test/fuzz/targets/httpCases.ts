/**
 * Hostile requests for the node's HTTP doors, built from their own tables: the JSON-RPC
 * methods and their parameter kinds (node/rpc/methods.ts), the REST routes and their `{path}`
 * fields (node/api/routes.ts, nodeRoutes.ts), and websocket subscribe queries.
 */
import { QUERY_ROUTES } from "../../../node/api/routes.ts";
import { NODE_ROUTES } from "../../../node/api/nodeRoutes.ts";
import { rpcMethods } from "../../../node/rpc/methods.ts";
import type { ParamKind } from "../../../node/rpc/params.ts";
import { mutateJson, jsonText } from "../jsonMutate.ts";
import type { Rng } from "../../support/rng.ts";
import { NUMERIC_STRINGS, WEIRD_STRINGS, badAddresses } from "../values.ts";

export interface HttpRequest {
  method: "GET" | "POST";
  path: string;
  body?: string;
  label: string;
}

const RPC_METHODS = Object.keys(rpcMethods);

/** encodeURIComponent, except that a lone surrogate (which it refuses) goes out as raw UTF-8 bytes of U+D800. */
function enc(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return "%ED%A0%80";
  }
}

function paramValue(kind: ParamKind, rng: Rng, valid: { address: string; txB64: string }): unknown {
  const generic = [null, true, -1, 1.5, 2 ** 64, "", "0x", "0xzz", "\"\"", "\"abc\"", [], {}, rng.pick(WEIRD_STRINGS).slice(0, 5000)];
  switch (kind) {
    case "int64":
      return rng.chance(60, 100) ? rng.pick(NUMERIC_STRINGS) : rng.pick(generic);
    case "bool":
      return rng.pick(["true", "false", "yes", 1, 0, null, "TRUE"]);
    case "bytes":
    case "hexbytes":
      return rng.pick([valid.txB64, valid.txB64.slice(0, 10), "!!", "0x" + "ab".repeat(rng.int(64)), "AAAA", Buffer.from(rng.bytes(rng.int(300))).toString("base64"), ...generic]);
    default:
      return rng.pick([`tx.height=${rng.pick(NUMERIC_STRINGS)}`, "tm.event='NewBlock'", "message.sender='" + rng.pick(badAddresses(valid.address, rng)) + "'", "a='", "AND AND", "tx.height >", ...generic]);
  }
}

/** A JSON-RPC POST: a method with hostile params, or a damaged envelope. */
export function rpcPost(rng: Rng, valid: { address: string; txB64: string }): HttpRequest {
  const name = rng.chance(90, 100) ? rng.pick(RPC_METHODS) : rng.pick(["", "nope", "__proto__", "constructor", "status ", "STATUS"]);
  const specs = rpcMethods[name]?.params ?? [];
  const params: Record<string, unknown> = {};
  for (const s of specs) if (rng.chance(70, 100)) params[s.name] = paramValue(s.kind, rng, valid);
  let request: unknown = { jsonrpc: "2.0", id: rng.pick([1, "x", null, -1, 1.5, 2 ** 60]), method: name, params: rng.chance(80, 100) ? params : Object.values(params) };
  const ops = [`${name}(${Object.keys(params).join(",")})`];
  if (rng.chance(30, 100)) {
    const m = mutateJson(request as never, rng);
    request = m.root;
    ops.push(...m.ops);
  }
  if (rng.chance(5, 100)) request = Array.from({ length: rng.pick([0, 2, 50]) }, () => request);
  return { method: "POST", path: "/", body: jsonText(request as never, rng, ops), label: `rpc POST ${ops.join(" ")}` };
}

/** A GET URI call: /method?name=value with hostile, repeated or badly encoded values. */
export function rpcGet(rng: Rng, valid: { address: string; txB64: string }): HttpRequest {
  const name = rng.chance(95, 100) ? rng.pick(RPC_METHODS) : rng.pick(["nope", "%zz", "websocket"]);
  const q: string[] = [];
  for (const s of rpcMethods[name]?.params ?? []) {
    if (!rng.chance(70, 100)) continue;
    const v = paramValue(s.kind, rng, valid);
    const text = typeof v === "string" ? v : JSON.stringify(v);
    q.push(`${s.name}=${rng.chance(10, 100) ? "%zz" : enc(text ?? "")}`);
    if (rng.chance(10, 100)) q.push(`${s.name}=${enc(text ?? "")}`);
  }
  if (rng.chance(10, 100)) q.push("unknown=1");
  const path = `/${name}${q.length > 0 ? "?" + q.join("&") : ""}`;
  return { method: "GET", path, label: `rpc GET ${path.slice(0, 200)}` };
}

function fillPath(path: string, rng: Rng, valid: { address: string; valoper: string }): string {
  return path.replace(/\{([a-z_]+)\}/g, (_m, field: string) => {
    const good = /valid|operator/.test(field) ? valid.valoper : /address|delegator/.test(field) ? valid.address : /denom/.test(field) ? "utrib" : "1";
    if (rng.chance(30, 100)) return enc(good);
    const bad = [...badAddresses(/valid|operator/.test(field) ? valid.valoper : valid.address, rng), ...NUMERIC_STRINGS, ...WEIRD_STRINGS.map((s) => s.slice(0, 3000))];
    return enc(rng.pick(bad)) || "%20";
  });
}

const REST_QUERY = ["pagination.limit", "pagination.offset", "pagination.key", "pagination.count_total", "pagination.reverse", "height", "events", "query", "order_by", "page", "limit", "status", "denom"];

/** A REST call: a route of the gateway table with hostile path fields and query params, or a mutated POST body. */
export function restCall(rng: Rng, valid: { address: string; valoper: string; txB64: string }): HttpRequest {
  const routes = [...QUERY_ROUTES.map((r) => ({ http: r.http, path: r.path })), ...NODE_ROUTES.map((r) => ({ http: r.http, path: r.path }))];
  const route = rng.pick(routes);
  const q: string[] = [];
  for (let i = rng.int(3); i > 0; i--) q.push(`${rng.pick(REST_QUERY)}=${enc(String(rng.pick<unknown>([...NUMERIC_STRINGS, "true", "x", "%", "AAAA", "tx.height=1", "\u0000"])))}`);
  const path = fillPath(route.path, rng, valid) + (q.length > 0 ? "?" + q.join("&") : "");
  if (route.http === "GET") return { method: "GET", path, label: `rest GET ${path.slice(0, 200)}` };
  const base = { tx_bytes: valid.txB64, mode: "BROADCAST_MODE_SYNC", tx: null };
  const m = mutateJson(structuredClone(base) as never, rng);
  return { method: "POST", path, body: jsonText(m.root, rng, m.ops), label: `rest POST ${path} ${m.ops.join(",")}` };
}

/** A websocket frame: subscribe/unsubscribe with a hostile query, another method, or garbage. */
export function wsFrame(rng: Rng, valid: { address: string; txB64: string }): { text: string; label: string } {
  const k = rng.int(4);
  if (k === 3) {
    const text = rng.pick(["", "{", "null", "[]", "[1,2]", "\"x\"", "{\"method\":\"subscribe\"}", "x".repeat(10_000)]);
    return { text, label: `ws raw ${text.slice(0, 30)}` };
  }
  const method = k === 2 ? rng.pick(RPC_METHODS) : rng.pick(["subscribe", "unsubscribe", "unsubscribe_all"]);
  const query = paramValue("string", rng, valid);
  const request = { jsonrpc: "2.0", id: rng.int(1000), method, params: method.startsWith("sub") || method === "unsubscribe" ? { query } : {} };
  return { text: JSON.stringify(request), label: `ws ${method} ${JSON.stringify(query)?.slice(0, 100)}` };
}
