/**
 * A request message's fields from the URL, as the gateway builds them: path parameters and the
 * query string (`pagination.limit=1`, `denom=utrib`), dotted names for nested fields. Values
 * stay strings (int64 and bytes are strings in proto3 JSON too), except "true"/"false".
 */
import { ApiError, GrpcCode } from "./errors.ts";

export type Fields = Record<string, unknown>;

function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/**
 * `{ "pagination.limit": "1" }` → `{ pagination: { limit: "1" } }` (names as given, or camelCase).
 * A parameter given twice keeps its last value, except the `repeated` ones, which keep them all
 * (GetTxsEvent's `events=a&events=b`).
 */
export function nestFields(flat: Record<string, string | string[] | undefined>, camel: boolean, repeated: readonly string[] = []): Fields {
  const out: Fields = {};
  for (const [name, raw] of Object.entries(flat)) {
    if (raw === undefined) continue;
    if (!/^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*$/i.test(name)) throw new ApiError(GrpcCode.invalidArgument, `invalid query parameter name ${JSON.stringify(name)}`);
    const parts = name.split(".").map((p) => (camel ? camelCase(p) : p));
    let at = out;
    for (const p of parts.slice(0, -1)) {
      const next = at[p];
      if (next !== undefined && (typeof next !== "object" || next === null)) throw new ApiError(GrpcCode.invalidArgument, `query parameter ${name} conflicts with ${p}`);
      at = (at[p] ??= {}) as Fields;
    }
    if (repeated.includes(name)) {
      at[parts.at(-1)!] = Array.isArray(raw) ? raw : [raw];
      continue;
    }
    const value = (Array.isArray(raw) ? raw.at(-1) : raw) as string;
    at[parts.at(-1)!] = value === "true" ? true : value === "false" ? false : value;
  }
  return out;
}

/** A JSON request body's fields (POST routes), which must be an object. */
export function bodyFields(body: unknown): Fields {
  if (body === undefined || body === null || body === "") return {};
  // text/plain bodies (fetch's default for a string) arrive unparsed: the gateway reads them as JSON.
  if (typeof body === "string") {
    try {
      return bodyFields(JSON.parse(body));
    } catch (e) {
      if (e instanceof ApiError) throw e;
      throw new ApiError(GrpcCode.invalidArgument, `request body is not JSON: ${(e as Error).message}`);
    }
  }
  if (typeof body !== "object" || Array.isArray(body)) throw new ApiError(GrpcCode.invalidArgument, "request body must be a JSON object");
  return body as Fields;
}
