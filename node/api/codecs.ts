/**
 * How a route's request is built and its response printed: cosmjs-types classes for the SDK's
 * services, reflection over our .proto files for Tributary's.
 */
import type protobuf from "protobufjs";
import { BaseAccount, ModuleAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { ApiError, GrpcCode } from "./errors.ts";
import { type DecFields, type JsonType, applyDecs, convert, messageJson } from "./json.ts";
import { TO_OBJECT, tributaryRoot } from "./protoRoot.ts";
import type { Fields } from "./request.ts";

export interface Codec {
  /** Whether `encode` takes lowerCamelCase field names (cosmjs-types) or the proto's own. */
  camel: boolean;
  encode(fields: Fields): Uint8Array;
  /** The response bytes as the gateway's JSON. */
  toJson(bytes: Uint8Array): unknown;
}

interface CosmjsRequest {
  fromJSON(object: unknown): unknown;
  encode(message: never): { finish(): Uint8Array };
}

function badRequest(e: unknown): ApiError {
  return new ApiError(GrpcCode.invalidArgument, `invalid request: ${(e as Error).message}`);
}

export function cosmjs(req: CosmjsRequest, res: JsonType, decs: DecFields = {}): Codec {
  return {
    camel: true,
    encode(fields) {
      let message: unknown;
      try {
        message = req.fromJSON(fields);
      } catch (e) {
        throw badRequest(e);
      }
      return req.encode(message as never).finish();
    },
    toJson: (bytes) => messageJson(res, res.decode(bytes), decs),
  };
}

/**
 * The object's keys in the message's field-number order, as the gateway prints them (protobufjs'
 * toObject puts repeated fields first).
 */
function inFieldOrder(type: protobuf.Type, obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of [...type.fieldsArray].sort((a, b) => a.id - b.id)) {
    if (!(field.name in obj)) continue;
    const v = obj[field.name];
    const nested = field.resolvedType && "fieldsArray" in field.resolvedType ? (field.resolvedType as protobuf.Type) : undefined;
    const order = (x: unknown) => (nested && x !== null && typeof x === "object" ? inFieldOrder(nested, x as Record<string, unknown>) : x);
    out[field.name] = Array.isArray(v) ? v.map(order) : order(v);
  }
  for (const k of Object.keys(obj)) if (!(k in out)) out[k] = obj[k];
  return out;
}

/** A Tributary query by its service method: types resolved from `<pkg>.Query`'s message names. */
export function tributary(pkg: string, requestType: string, responseType: string, decs: DecFields = {}): Codec {
  let types: { req: protobuf.Type; res: protobuf.Type } | undefined;
  const resolve = () => (types ??= { req: tributaryRoot().lookupType(`${pkg}.${requestType}`), res: tributaryRoot().lookupType(`${pkg}.${responseType}`) });
  return {
    camel: false,
    encode(fields) {
      const { req } = resolve();
      const problem = req.verify(fields);
      let message: protobuf.Message;
      try {
        if (problem && !/integer|Long/.test(problem)) throw new Error(problem);
        message = req.fromObject(fields);
      } catch (e) {
        throw badRequest(e);
      }
      for (const [name, f] of Object.entries(req.fields)) {
        const raw = fields[name];
        if (typeof raw === "string" && f.long && !/^-?[0-9]+$/.test(raw)) throw badRequest(new Error(`${name} must be an integer, got ${JSON.stringify(raw)}`));
      }
      return req.encode(message).finish();
    },
    toJson(bytes) {
      const { res } = resolve();
      return applyDecs(convert(inFieldOrder(res, res.toObject(res.decode(bytes), TO_OBJECT))), decs);
    },
  };
}

/**
 * `/cosmos/auth/v1beta1/account_info/{address}` (QueryAccountInfoResponse{info: BaseAccount}),
 * answered from the Account query: a module account's info is its base account.
 */
export function accountInfo(): Codec {
  const base = cosmjs(QueryAccountRequest, QueryAccountResponse);
  return {
    ...base,
    toJson(bytes) {
      const any = QueryAccountResponse.decode(bytes).account;
      if (!any) throw new ApiError(GrpcCode.notFound, "account not found");
      const info = any.typeUrl === "/cosmos.auth.v1beta1.ModuleAccount" ? ModuleAccount.decode(any.value).baseAccount : BaseAccount.decode(any.value);
      return { info: messageJson(BaseAccount, info ?? BaseAccount.fromPartial({})) };
    },
  };
}
