import type { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { sdkErrors } from "../../chain/errors.ts";
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from "../../chain/pagination.ts";
import { concatBytes, prefixEnd } from "../../chain/keys.ts";
import type { KVReader } from "../../chain/store/types.ts";

/**
 * The SDK's FilteredPaginate: like chain/pagination.ts `paginate`, but `decode` may return
 * undefined to skip an entry, and skipped entries count toward neither offset, limit nor total.
 * PERF: O(entries scanned until the page is full), the whole range when count_total.
 */
export async function paginateFiltered<T>(
  kv: KVReader,
  prefix: Uint8Array,
  page: PageRequest | undefined,
  decode: (keyInPrefix: Uint8Array, value: Uint8Array) => T | undefined,
): Promise<{ items: T[]; pagination: PageResponse }> {
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
      ? { gte: prefix, lt: concatBytes(prefix, key, Uint8Array.of(0)) }
      : { gte: concatBytes(prefix, key), lt: end };
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
      if (!page?.countTotal) break;
      continue;
    }
    items.push(item);
  }
  return { items, pagination: { nextKey, total: page?.countTotal ? matched : 0n } };
}
