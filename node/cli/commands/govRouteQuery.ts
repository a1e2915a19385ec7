/**
 * Gov and upgrade queries print what the REST gateway prints: the request is built and the answer
 * converted by the route table's codec (node/api/routes.ts), and sent over `abci_query` with the
 * gRPC method path, the way every client reads state.
 */
import { QUERY_ROUTES } from "../../api/routes.ts";
import type { Fields } from "../../api/request.ts";
import { resolveNode, type QueryOpts } from "../common.ts";
import { UserError } from "../errors.ts";
import { connectComet, onNode } from "../rpcClients.ts";

/** Runs the query `method` (e.g. "/cosmos.gov.v1.Query/Proposal") with `fields` (camelCase); returns the gateway's JSON. */
export async function routeQuery(o: QueryOpts, method: string, fields: Fields): Promise<Record<string, unknown>> {
  const route = QUERY_ROUTES.find((r) => r.method === method);
  if (!route) throw new Error(`no REST route for ${method}`);
  const data = route.codec.encode(fields);
  const url = resolveNode(o);
  const comet = await connectComet(url);
  try {
    const res = await onNode(url, () => comet.abciQuery({ path: method, data }));
    if (res.code !== 0) throw new UserError(`query failed (${res.codespace || "sdk"} ${res.code}): ${res.log ?? ""}`);
    return route.codec.toJson(res.value) as Record<string, unknown>;
  } finally {
    comet.disconnect();
  }
}

/** A proposal id argument: a positive integer. */
export function proposalId(text: string): string {
  if (!/^[0-9]+$/.test(text) || BigInt(text) === 0n) throw new UserError(`proposal id must be a positive integer, got ${JSON.stringify(text)}`);
  return text;
}
