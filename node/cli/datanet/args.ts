/** Argument parsing shared by the datanet commands; every refusal is a one-line UserError. */
import { fromBase64 } from "@cosmjs/encoding";
import type { Coin } from "@cosmjs/stargate";
import type { ContributionStatusName, CurationPolicyName } from "../../../client/datanetTypes.ts";
import { checkAddressArg } from "../common.ts";
import { UserError } from "../errors.ts";

/** A positive uint64 id ("datanet id", "contribution id"). */
export function parseId(v: string, what: string): bigint {
  if (!/^[0-9]+$/.test(v) || BigInt(v) === 0n || BigInt(v) >= 1n << 64n) throw new UserError(`invalid ${what} ${JSON.stringify(v)}: expected a positive integer`);
  return BigInt(v);
}

export function parseCount(v: string, flag: string): number {
  if (!/^[0-9]+$/.test(v) || !Number.isSafeInteger(Number(v))) throw new UserError(`${flag} must be a non-negative integer, got ${JSON.stringify(v)}`);
  return Number(v);
}

export function parsePolicy(v: string): CurationPolicyName {
  const p = v.toUpperCase();
  if (p !== "OPEN" && p !== "CURATED") throw new UserError(`--policy must be open or curated, got ${JSON.stringify(v)}`);
  return p;
}

const STATUSES: readonly ContributionStatusName[] = ["PENDING", "ACCEPTED", "REJECTED", "WITHDRAWN"];

export function parseStatus(v: string): ContributionStatusName {
  const st = v.toUpperCase() as ContributionStatusName;
  if (!STATUSES.includes(st)) throw new UserError(`--status must be pending, accepted, rejected or withdrawn, got ${JSON.stringify(v)}`);
  return st;
}

/** "a,b" → ["a","b"]; "" → []. */
export function parseList(v: string): string[] {
  return v.split(",").map((x) => x.trim()).filter((x) => x !== "");
}

export function parseAddresses(v: string, what: string): string[] {
  return parseList(v).map((a) => checkAddressArg(a, what));
}

/** One coin, "1000utrib". */
export function parseCoin(v: string, flag: string): Coin {
  const m = /^([0-9]+)([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/.exec(v.trim());
  if (!m) throw new UserError(`invalid ${flag} ${JSON.stringify(v)}: expected one coin like 1000utrib`);
  return { amount: BigInt(m[1]!).toString(), denom: m[2]! };
}

export interface PageOpts {
  limit?: string;
  pageKey?: string;
  all?: boolean;
}

export function pageRequest(o: PageOpts): { key?: Uint8Array; limit?: number } {
  if (o.all && (o.pageKey !== undefined || o.limit !== undefined)) throw new UserError("--all fetches every page: leave out --limit and --page-key");
  const out: { key?: Uint8Array; limit?: number } = {};
  if (o.limit !== undefined) {
    out.limit = parseCount(o.limit, "--limit");
    if (out.limit === 0) throw new UserError("--limit must be at least 1");
  }
  if (o.pageKey !== undefined) {
    try {
      out.key = fromBase64(o.pageKey);
    } catch {
      throw new UserError(`invalid --page-key ${JSON.stringify(o.pageKey)}: use the base64 next_key of the previous page`);
    }
  }
  return out;
}
