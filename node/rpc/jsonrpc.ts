/**
 * JSON-RPC 2.0 envelopes and the CometBFT error objects: codes, messages and the
 * `data` texts tools match on.
 */
export type JsonRpcId = number | string | null;

export interface JsonRpcErrorObject {
  code: number;
  message: string;
  /** Left out when empty, as CometBFT does. */
  data?: string;
}

export interface JsonRpcSuccess {
  jsonrpc: "2.0";
  id: JsonRpcId;
  result: unknown;
}

export interface JsonRpcFailure {
  jsonrpc: "2.0";
  id: JsonRpcId;
  error: JsonRpcErrorObject;
}

export type JsonRpcResponse = JsonRpcSuccess | JsonRpcFailure;

export const ErrorCode = {
  parse: -32700,
  invalidRequest: -32600,
  methodNotFound: -32601,
  invalidParams: -32602,
  internal: -32603,
  server: -32000,
} as const;

const MESSAGES: Record<number, string> = {
  [ErrorCode.parse]: "Parse error. Invalid JSON",
  [ErrorCode.invalidRequest]: "Invalid Request",
  [ErrorCode.methodNotFound]: "Method not found",
  [ErrorCode.invalidParams]: "Invalid params",
  [ErrorCode.internal]: "Internal error",
  [ErrorCode.server]: "Server error",
};

/** Thrown inside the RPC layer for an error that must reach the client as a JSON-RPC error. */
export class JsonRpcError extends Error {
  override readonly name = "JsonRpcError";
  constructor(
    readonly code: number,
    readonly data?: string,
  ) {
    super(data === undefined ? MESSAGES[code] : `${MESSAGES[code]}: ${data}`);
  }

  toObject(): JsonRpcErrorObject {
    const out: JsonRpcErrorObject = { code: this.code, message: MESSAGES[this.code] ?? "Server error" };
    if (this.data !== undefined && this.data !== "") out.data = this.data;
    return out;
  }
}

/** A method's own failure (height out of range, tx not found, …): -32603 with `data` = message. */
export function methodError(message: string): JsonRpcError {
  return new JsonRpcError(ErrorCode.internal, message);
}

export function invalidParams(detail: string, transport: "json" | "http" = "json"): JsonRpcError {
  return new JsonRpcError(ErrorCode.invalidParams, `error converting ${transport} params to arguments: ${detail}`);
}

export function success(id: JsonRpcId, result: unknown): JsonRpcSuccess {
  return { jsonrpc: "2.0", id, result };
}

export function failure(id: JsonRpcId, error: JsonRpcError): JsonRpcFailure {
  return { jsonrpc: "2.0", id, error: error.toObject() };
}

/** CometBFT keeps numeric and string ids as they came; anything else is not a valid id. */
export function isValidId(id: unknown): id is JsonRpcId {
  return typeof id === "number" || typeof id === "string" || id === null;
}
