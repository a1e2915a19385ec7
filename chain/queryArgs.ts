/**
 * Request plumbing every module's query server shares: decoding a request, reading its page
 * and address arguments, writing the page response. A malformed argument is the caller's error
 * (InvalidArgument), never the module's.
 */
import type { DescMessage, MessageShape } from "@bufbuild/protobuf";
import type { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { decodeFilled, type Filled, type PageRequestMsg, type PageResponseMsg, pageRequestFromMsg } from "../proto/codec.ts";
import { addressBytes } from "./address.ts";
import { sdkErrors } from "./errors.ts";

/**
 * A request, by a protobuf-es schema (proto/gen; absent scalars read as zero) or a cosmjs-types
 * codec (the SDK's messages); malformed bytes are the caller's error.
 */
export function decodeRequest<Desc extends DescMessage>(schema: Desc, data: Uint8Array, name: string): Filled<MessageShape<Desc>>;
export function decodeRequest<T>(codec: { decode(b: Uint8Array): T }, data: Uint8Array, name: string): T;
export function decodeRequest(codec: DescMessage | { decode(b: Uint8Array): unknown }, data: Uint8Array, name: string): unknown {
  try {
    return "kind" in codec && codec.kind === "message" ? decodeFilled(codec, data) : (codec as { decode(b: Uint8Array): unknown }).decode(data);
  } catch (e) {
    throw sdkErrors.invalidRequest.wrap(`cannot decode ${name}: ${(e as Error).message}`);
  }
}

/** A generated PageRequest (proto/gen's copy) as the SDK type `paginate` takes. */
export const pageRequestIn = (p: PageRequestMsg | undefined): PageRequest | undefined => pageRequestFromMsg(p);

export const pageResponseOut = (p: PageResponse): PageResponseMsg => ({ nextKey: p.nextKey, total: p.total });

export function addressArg(a: string, field: string): Uint8Array {
  try {
    return addressBytes(a, field);
  } catch (e) {
    throw sdkErrors.invalidRequest.wrap((e as Error).message);
  }
}
