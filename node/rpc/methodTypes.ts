/** The shape of one RPC endpoint and the values every handler receives. */
import type { Logger } from "pino";
import type { RpcBackend } from "./backend.ts";
import type { Args, ParamSpec } from "./params.ts";

export interface MethodContext {
  backend: RpcBackend;
  logger: Logger;
  /** How long broadcast_tx_commit waits for its tx to be committed (CometBFT default 10 s). */
  broadcastTxCommitTimeoutMs: number;
}

export interface RpcMethod {
  /** Parameter names in CometBFT's order (positional params follow it). */
  params: readonly ParamSpec[];
  handler(args: Args, ctx: MethodContext): Promise<unknown>;
}

/** Wraps raw JSON text (e.g. the genesis file) so it is written out verbatim, not re-encoded. */
export class RawJson {
  constructor(readonly text: string) {}
}
