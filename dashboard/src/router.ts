/** Hash routes ("#/inference/3") and where a search box query leads. */

export interface Route {
  page: string;
  arg: string;
}

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, "").split("/");
  return { page: parts[0] || "overview", arg: decodeURIComponent(parts.slice(1).join("/")) };
}

/** A tx hash (64 hex), a block height, an account (trib1…), or "" when the query is none of them. */
export function searchTarget(q: string): string {
  const s = q.trim();
  if (/^(0x)?[0-9a-fA-F]{64}$/.test(s)) return `#/tx/${s.replace(/^0x/, "").toUpperCase()}`;
  if (/^[0-9]{1,19}$/.test(s) && BigInt(s) > 0n) return `#/block/${BigInt(s)}`;
  if (/^trib1[02-9ac-hj-np-z]{38,58}$/.test(s)) return `#/address/${s}`;
  return "";
}
