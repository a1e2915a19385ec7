/**
 * Height and page argument rules copied from CometBFT rpc/core/env.go, including the exact
 * error texts clients and tests match on.
 */
import type { SearchPage, SearchParams } from "./backend.ts";
import { methodError } from "./jsonrpc.ts";

export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 100;
export const MAX_QUERY_LENGTH = 512;

/** Resolves an optional height against `latest` (CometBFT getHeight). */
export function resolveHeight(requested: bigint | undefined, latest: bigint, base: bigint): bigint {
  if (requested === undefined) return latest;
  if (requested <= 0n) throw methodError(`height must be greater than 0, but got ${requested}`);
  if (requested > latest) {
    throw methodError(`height ${requested} must be less than or equal to the current blockchain height ${latest}`);
  }
  if (requested < base) throw methodError(`height ${requested} is not available, lowest height is ${base}`);
  return requested;
}

export function resolvePerPage(requested: bigint | undefined): number {
  if (requested === undefined || requested < 1n) return DEFAULT_PER_PAGE;
  if (requested > BigInt(MAX_PER_PAGE)) return MAX_PER_PAGE;
  return Number(requested);
}

/** Validates `page` once the total is known; page 1 is always valid, even with no results. */
export function resolvePage(requested: bigint | undefined, perPage: number, totalCount: number): number {
  if (requested === undefined) return 1;
  const pages = Math.max(1, Math.floor((totalCount - 1) / perPage) + 1);
  if (requested <= 0n || requested > BigInt(pages)) {
    throw methodError(`page should be within [1, ${pages}] range, given ${requested}`);
  }
  return Number(requested);
}

/** The page requested before the total is known: out-of-range values are checked afterwards. */
export function provisionalPage(requested: bigint | undefined): number {
  if (requested === undefined || requested < 1n) return 1;
  return requested > 1_000_000_000n ? 1_000_000_000 : Number(requested);
}

export function parseOrderBy(orderBy: string | undefined, fallback: "asc" | "desc"): "asc" | "desc" {
  if (orderBy === undefined || orderBy === "") return fallback;
  if (orderBy === "asc" || orderBy === "desc") return orderBy;
  throw methodError("expected order_by to be either `asc` or `desc` or empty");
}

export function checkQueryLength(query: string): void {
  if (query.length > MAX_QUERY_LENGTH) throw methodError("maximum query length exceeded");
}

/** CometBFT filterMinMax for `blockchain`: at most `limit` heights, newest first. */
export function blockchainRange(
  base: bigint,
  latest: bigint,
  minHeight: bigint,
  maxHeight: bigint,
  limit = 20n,
): { min: bigint; max: bigint } {
  if (minHeight < 0n || maxHeight < 0n) throw methodError("heights must be non-negative");
  let min = minHeight === 0n ? 1n : minHeight;
  let max = maxHeight === 0n ? latest : maxHeight;
  if (max > latest) max = latest;
  if (min < base) min = base;
  if (min < max - limit + 1n) min = max - limit + 1n;
  if (min > max) throw methodError(`min height ${min} can't be greater than max height ${max}`);
  return { min, max };
}

/**
 * The shared steps of `tx_search` and `block_search`: query length, per_page and order
 * defaults, the backend search, then CometBFT's page-range check against the exact total.
 */
export async function pagedSearch<T>(
  args: Record<string, unknown>,
  defaultOrder: "asc" | "desc",
  search: (params: SearchParams) => Promise<SearchPage<T>>,
): Promise<SearchPage<T>> {
  const query = (args.query as string | undefined) ?? "";
  checkQueryLength(query);
  const page = args.page as bigint | undefined;
  const perPage = resolvePerPage(args.per_page as bigint | undefined);
  const orderBy = parseOrderBy(args.order_by as string | undefined, defaultOrder);
  const found = await search({ query, page: provisionalPage(page), perPage, orderBy });
  resolvePage(page, perPage, found.totalCount);
  return found;
}
