/**
 * Where `POST /cosmos/tx/v1beta1/txs` sends a tx: the solo node's mempool (as the RPC's
 * broadcast_tx_sync does), or, under `--consensus cometbft`, CometBFT's own JSON-RPC
 * `broadcast_tx_sync` (CometBFT owns the mempool there; the app only sees CheckTx).
 */
import { toBase64 } from "@cosmjs/encoding";
import type { RpcBackend } from "../rpc/backend.ts";
import { RpcBackendError } from "../rpc/backend.ts";
import { ApiError, GrpcCode } from "./errors.ts";

/** CheckTx's answer for the tx_response. */
export interface CheckOutcome {
  code: number;
  codespace: string;
  log: string;
  info: string;
  gasWanted: bigint;
  gasUsed: bigint;
}

/** Refused before CheckTx by the mempool (already in its cache, full, too large). */
export class MempoolRefusal extends Error {
  override readonly name = "MempoolRefusal";
}

export type Broadcaster = (tx: Uint8Array) => Promise<CheckOutcome>;

export function nodeBroadcaster(node: RpcBackend): Broadcaster {
  return async (tx) => {
    try {
      const r = await node.broadcastTx(tx);
      return { code: r.code, codespace: r.codespace, log: r.log, info: r.info, gasWanted: r.gasWanted, gasUsed: r.gasUsed };
    } catch (e) {
      if (e instanceof RpcBackendError) throw new MempoolRefusal(e.message);
      throw e;
    }
  };
}

interface CometBroadcastResult {
  code?: number;
  codespace?: string;
  log?: string;
}

/** `url`: CometBFT's RPC, "http://host:port". */
export function cometRpcBroadcaster(url: string): Broadcaster {
  return async (tx) => {
    let body: { result?: CometBroadcastResult; error?: { message?: string; data?: string } };
    try {
      const r = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "broadcast_tx_sync", params: { tx: toBase64(tx) } }),
      });
      body = (await r.json()) as typeof body;
    } catch (e) {
      throw new ApiError(GrpcCode.unavailable, `cannot reach CometBFT's RPC at ${url} to broadcast: ${(e as Error).message}`);
    }
    // CometBFT reports mempool refusals as a JSON-RPC error whose data is the reason.
    if (body.error) throw new MempoolRefusal(body.error.data || body.error.message || "broadcast refused");
    const res = body.result ?? {};
    return { code: res.code ?? 0, codespace: res.codespace ?? "", log: res.log ?? "", info: "", gasWanted: 0n, gasUsed: 0n };
  };
}
