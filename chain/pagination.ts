import type { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { sdkErrors } from "./errors.ts";
import { concatBytes, prefixEnd } from "./keys.ts";
import type { IterateOptions, KVReader } from "./store/types.ts";

/** The SDK's default and maximum page sizes. */
export const DEFAULT_PAGE_LIMIT = 100n;
export const MAX_PAGE_LIMIT = 1000n;

interface PagePlan {
  range: Pick<IterateOptions, "gte" | "lt">;
  reverse: boolean;
  offset: bigint;
  limit: bigint;
  countTotal: boolean;
}

/** Validates a PageRequest and turns it into an iterator range (shared by both pagers). */
function planPage(prefix: Uint8Array, page: PageRequest | undefined): PagePlan {
  const key = page?.key ?? new Uint8Array();
  const offset = page?.offset ?? 0n;
  const limit = page?.limit && page.limit > 0n ? page.limit : DEFAULT_PAGE_LIMIT;
  if (limit > MAX_PAGE_LIMIT) throw sdkErrors.invalidRequest.wrap(`pagination limit ${limit} exceeds ${MAX_PAGE_LIMIT}`);
  if (key.length > 0 && offset > 0n) throw sdkErrors.invalidRequest.wrap("either offset or key is expected, got both");
  const reverse = page?.reverse ?? false;
  const end = prefixEnd(prefix);
  const range = key.length === 0
    ? { gte: prefix, lt: end }
    : reverse
      ? { gte: prefix, lt: prefixEndInclusive(concatBytes(prefix, key)) }
      : { gte: concatBytes(prefix, key), lt: end };
  // As the SDK's Paginate: a request without a limit also counts the total.
  const countTotal = (page?.countTotal ?? false) || !(page?.limit && page.limit > 0n);
  return { range, reverse, offset, limit, countTotal };
}

/**
 * Pages through all keys under `prefix`, SDK-style: either `key` (resume after next_key) or
 * `offset`, a `limit`, `count_total` and `reverse`. `next_key` is relative to the prefix. With no
 * limit (the default page of 100) the total is counted too, as the SDK does.
 * PERF: O(offset + limit) iterator steps (plus the whole range when counting the total).
 */
export async function paginate<T>(
  kv: KVReader,
  prefix: Uint8Array,
  page: PageRequest | undefined,
  decode: (keyInPrefix: Uint8Array, value: Uint8Array) => T,
): Promise<{ items: T[]; pagination: PageResponse }> {
  const { range, reverse, offset, limit, countTotal } = planPage(prefix, page);
  const items: T[] = [];
  let nextKey = new Uint8Array();
  let seen = 0n;
  let total = 0n;
  for await (const [k, v] of kv.iterate({ ...range, reverse })) {
    if (seen < offset) {
      seen++;
      total++;
      continue;
    }
    if (BigInt(items.length) === limit) {
      if (nextKey.length === 0) nextKey = k.slice(prefix.length);
      if (!countTotal) break;
      total++;
      continue;
    }
    items.push(decode(k.subarray(prefix.length), v));
    total++;
  }
  return { items, pagination: { nextKey, total: countTotal ? total : 0n } };
}

/**
 * The SDK's FilteredPaginate: like `paginate`, but `decode` may return undefined to skip an
 * entry, and skipped entries count toward neither offset, limit nor total.
 * PERF: O(entries decoded until the page is full), the whole range when count_total.
 */
export async function paginateFiltered<T>(
  kv: KVReader,
  prefix: Uint8Array,
  page: PageRequest | undefined,
  decode: (keyInPrefix: Uint8Array, value: Uint8Array) => T | undefined,
): Promise<{ items: T[]; pagination: PageResponse }> {
  const { range, reverse, offset, limit, countTotal } = planPage(prefix, page);
  const items: T[] = [];
  let nextKey = new Uint8Array();
  let matched = 0n;
  for await (const [k, v] of kv.iterate({ ...range, reverse })) {
    const item = decode(k.subarray(prefix.length), v);
    if (item === undefined) continue;
    matched++;
    if (matched <= offset) continue;
    if (BigInt(items.length) === limit) {
      if (nextKey.length === 0) nextKey = k.slice(prefix.length);
      if (!countTotal) break;
      continue;
    }
    items.push(item);
  }
  return { items, pagination: { nextKey, total: countTotal ? matched : 0n } };
}

/** Exclusive end that still includes `key` itself (for reverse paging from next_key). */
function prefixEndInclusive(key: Uint8Array): Uint8Array {
  return concatBytes(key, Uint8Array.of(0));
}
