/**
 * The gRPC-gateway's error body, `{"code": <grpc code>, "message": "...", "details": []}`, and
 * the HTTP status the gateway gives each gRPC code (runtime.HTTPStatusFromCode).
 */
export const GrpcCode = {
  invalidArgument: 3,
  notFound: 5,
  internal: 13,
  unimplemented: 12,
  unknown: 2,
  unavailable: 14,
} as const;

const HTTP_STATUS: Record<number, number> = { 2: 500, 3: 400, 5: 404, 12: 501, 13: 500, 14: 503 };

export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly grpcCode: number,
    message: string,
  ) {
    super(message);
  }
  get httpStatus(): number {
    return HTTP_STATUS[this.grpcCode] ?? 500;
  }
  toJSON(): { code: number; message: string; details: unknown[] } {
    return { code: this.grpcCode, message: this.message, details: [] };
  }
}

/**
 * An ABCI query error as the SDK's gRPC layer reports it: the app's (codespace, code) mapped
 * to a gRPC code the way the SDK's errors do (sdkerrors GRPCStatus), the log as the message.
 */
export function fromAbciQuery(codespace: string, code: number, log: string): ApiError {
  if (codespace === "sdk") {
    // unknown request → Unimplemented; not found / key not found / unknown address → NotFound;
    // the request's own mistakes (invalid address, coins, request, type) → InvalidArgument.
    if (code === 6) return new ApiError(GrpcCode.unimplemented, log);
    if (code === 22 || code === 38 || code === 9) return new ApiError(GrpcCode.notFound, log);
    if ([7, 8, 10, 18, 29].includes(code)) return new ApiError(GrpcCode.invalidArgument, log);
    if (code === 1) return new ApiError(GrpcCode.internal, log);
  }
  // A module's own errors name what is missing ("not found") or what was wrong with the request.
  if (/not found|does not exist|no such/i.test(log)) return new ApiError(GrpcCode.notFound, log);
  return new ApiError(codespace === "undefined" ? GrpcCode.internal : GrpcCode.invalidArgument, log);
}
