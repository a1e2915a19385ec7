/**
 * `--storage-node` under `--consensus cometbft`: CometBFT owns the mempool and the RPC, so the
 * prover broadcasts its proof txs to this node's CometBFT (`broadcast_tx_sync` at its RPC,
 * config rpc.laddr) and reads tx results there; it learns of commits from the App's afterCommit
 * listener, which CometBFT's Commit feeds. Queries and proofs are in process, as in solo.
 */
import { toBase64, toHex } from "@cosmjs/encoding";
import { sha256 } from "@noble/hashes/sha2.js";
import type { Logger } from "pino";
import type { AbciApp } from "../../chain/abci.ts";
import type { AppListeners } from "../../chain/appListeners.ts";
import type { BroadcastResult } from "./proofTx.ts";
import type { StorageProver } from "./prover.ts";
import { type StorageNodeOptions, openStorageNode } from "./storageNode.ts";

/** One JSON-RPC call to CometBFT; throws with its error message. */
async function cometCall(rpcUrl: string, method: string, params: Record<string, unknown>): Promise<Record<string, unknown>> {
  const res = await fetch(rpcUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }) });
  const body = (await res.json()) as { result?: Record<string, unknown>; error?: { message?: string; data?: string } };
  if (body.error) throw new Error(`${method}: ${body.error.data ?? body.error.message ?? "error"}`);
  return body.result ?? {};
}

export interface CometStorageNode {
  /** Undefined until the registration could be checked (a chain with no committed state yet). */
  prover(): StorageProver | undefined;
  stop(): Promise<void>;
}

/**
 * Opens the prover now when the app has committed state (a refused registration throws, so the
 * node does not start), else at the first commit (then a refusal is logged and the role stays off).
 */
export async function openCometStorageNode(opts: StorageNodeOptions, home: string, app: AbciApp, listeners: AppListeners, committedHeight: bigint, cometRpc: string, logger: Logger): Promise<CometStorageNode> {
  // CometBFT's genesis is authoritative (the app home may hold no copy): read once, when first signing.
  let chainId: Promise<string> | undefined;
  const readChainId = async () => String(((await cometCall(cometRpc, "status", {})).node_info as { network?: string } | undefined)?.network ?? "");
  const wiring = {
    app,
    home,
    logger,
    chainId: () => (chainId ??= readChainId().catch((e: unknown) => {
      chainId = undefined;
      throw e;
    })),
    broadcast: async (tx: Uint8Array): Promise<BroadcastResult> => {
      const r = await cometCall(cometRpc, "broadcast_tx_sync", { tx: toBase64(tx) });
      return { code: Number(r.code ?? 0), codespace: String(r.codespace ?? ""), log: String(r.log ?? ""), hash: toHex(sha256(tx)).toUpperCase() };
    },
    txResult: async (hash: string) => {
      try {
        const r = await cometCall(cometRpc, "tx", { hash: toBase64(Buffer.from(hash, "hex")) });
        const result = r.tx_result as { code?: number; log?: string } | undefined;
        return result && { code: Number(result.code ?? 0), log: String(result.log ?? "") };
      } catch {
        return undefined; // not committed (yet)
      }
    },
  };
  let prover: StorageProver | undefined;
  let opening: Promise<void> | undefined;
  if (committedHeight > 0n) prover = await openStorageNode(opts, wiring);
  // afterCommit sits on Commit's path: it only records the height (the prover runs later) or
  // starts the opening in the background, never awaited here.
  const remove = listeners.add({
    name: "storage node",
    afterCommit(height) {
      if (prover) return prover.onCommitted(height);
      opening ??= openStorageNode(opts, wiring).then(
        (p) => {
          prover = p;
        },
        (e: unknown) => logger.error({ err: (e as Error).message }, "storage node: not started"),
      );
    },
  });
  return {
    prover: () => prover,
    async stop() {
      remove();
      await opening;
      await prover?.stop();
    },
  };
}
