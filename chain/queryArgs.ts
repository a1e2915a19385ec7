/**
 * Request plumbing every module's query server shares: decoding a request, reading its page
 * and address arguments, writing the page response. A malformed argument is the caller's error
 * (InvalidArgument), never the module's.
 */
import type { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { addressBytes } from "./address.ts";
import { sdkErrors } from "./errors.ts";

type LongLike = { toString(): string } | number | string | null | undefined;
const u64 = (v: LongLike): bigint => (v === null || v === undefined ? 0n : BigInt(typeof v === "number" ? v : v.toString()));

export function decodeRequest<T>(codec: { decode(b: Uint8Array): T }, data: Uint8Array, name: string): T {
  try {
    return codec.decode(data);
  } catch (e) {
    throw sdkErrors.invalidRequest.wrap(`cannot decode ${name}: ${(e as Error).message}`);
  }
}

/** A generated PageRequest (any package's copy) as the SDK type `paginate` takes. */
export function pageRequestIn(
  p: { key?: Uint8Array | null; offset?: LongLike; limit?: LongLike; countTotal?: boolean | null; reverse?: boolean | null } | null | undefined,
): PageRequest | undefined {
  if (!p) return undefined;
  return { key: p.key ?? new Uint8Array(), offset: u64(p.offset), limit: u64(p.limit), countTotal: p.countTotal ?? false, reverse: p.reverse ?? false };
}

export const pageResponseOut = (p: PageResponse) => ({ nextKey: p.nextKey, total: p.total.toString() as never });

export function addressArg(a: string, field: string): Uint8Array {
  try {
    return addressBytes(a, field);
  } catch (e) {
    throw sdkErrors.invalidRequest.wrap((e as Error).message);
  }
}
