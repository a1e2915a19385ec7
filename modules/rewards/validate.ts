import { isValidDenom } from "../../chain/coins.ts";
import { u64 } from "./codec.ts";
import { rewardsErrors } from "./errors.ts";
import { LIMITS, NODE_ROLE_NAMES, type NodeRole } from "./types.ts";

/**
 * Stateless checks of node settings, shared by the messages and genesis. Deterministic on
 * purpose: a regular expression, not the WHATWG URL parser, whose edge cases may differ
 * between Node versions (a consensus split).
 */
const HOST = "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\\[[0-9A-Fa-f:.]{2,45}\\])";
const ENDPOINT_RE = new RegExp(`^https?://${HOST}(?::[0-9]{1,5})?(?:/[\\x21-\\x7e]*)?$`);

/** A public base URL: http:// or https://, a host name or [IPv6], an optional port and path; no user info, query or fragment. */
export function validateEndpoint(endpoint: string): void {
  const n = new TextEncoder().encode(endpoint).length;
  if (n === 0) throw rewardsErrors.invalidNode.wrap("endpoint is empty; give the node's public base URL (http:// or https://)");
  if (n > LIMITS.endpointBytes) throw rewardsErrors.invalidNode.wrap(`endpoint is ${n} bytes, above the maximum of ${LIMITS.endpointBytes}`);
  if (!/^https?:\/\//.test(endpoint)) throw rewardsErrors.invalidNode.wrap(`endpoint ${JSON.stringify(endpoint)} must start with http:// or https://`);
  const port = /^https?:\/\/[^/]*:([0-9]+)(?:\/|$)/.exec(endpoint)?.[1];
  if (!ENDPOINT_RE.test(endpoint) || /[?#@]/.test(endpoint) || (port !== undefined && (Number(port) < 1 || Number(port) > 65535))) {
    throw rewardsErrors.invalidNode.wrap(`endpoint ${JSON.stringify(endpoint)} is not a valid base URL (host name or [IPv6] address, port 1-65535, path; no user info, query or fragment)`);
  }
}

/** Role enum numbers → names: at least one, known, distinct, ascending. */
export function validateRoles(roles: readonly number[]): NodeRole[] {
  if (roles.length === 0) throw rewardsErrors.invalidNode.wrap("roles is empty; give NODE_ROLE_STORAGE (1)");
  return roles.map((r, i) => {
    if (r <= 0 || r >= NODE_ROLE_NAMES.length) throw rewardsErrors.invalidNode.wrap(`roles[${i}]: unknown role ${r}; known: 1 (NODE_ROLE_STORAGE)`);
    if (i > 0 && roles[i - 1]! >= r) throw rewardsErrors.invalidNode.wrap("roles must be distinct and ascending");
    return NODE_ROLE_NAMES[r] as NodeRole;
  });
}

/** Datanet ids: at least one, non-zero, distinct, ascending, at most `max`. */
export function validateDatanetIds(raw: readonly Parameters<typeof u64>[0][], max: number): bigint[] {
  const ids = raw.map(u64);
  if (ids.length === 0) throw rewardsErrors.invalidNode.wrap("datanet_ids is empty; a node serves at least one datanet");
  if (ids.length > max) throw rewardsErrors.invalidNode.wrap(`${ids.length} datanets, at most ${max} per node`);
  ids.forEach((id, i) => {
    if (id === 0n) throw rewardsErrors.invalidNode.wrap(`datanet_ids[${i}] is 0 (ids start at 1)`);
    const prev = ids[i - 1];
    if (prev !== undefined && prev >= id) throw rewardsErrors.invalidNode.wrap(`datanet_ids must be distinct and ascending (${prev} before ${id})`);
  });
  return ids;
}

/** A bond coin as a message carries it: a valid denom and a positive amount. */
export function validateBondCoin(c: { denom?: string | null; amount?: string | null } | null | undefined, field: string): { denom: string; amount: bigint } {
  const denom = c?.denom ?? "";
  const amount = c?.amount ?? "";
  if (!isValidDenom(denom)) throw rewardsErrors.wrongDenom.wrap(`${field}: invalid denom ${JSON.stringify(denom)}`);
  if (!/^[0-9]{1,78}$/.test(amount) || BigInt(amount) === 0n) throw rewardsErrors.bondTooSmall.wrap(`${field}: amount ${JSON.stringify(amount)} is not a positive integer`);
  return { denom, amount: BigInt(amount) };
}
