/**
 * Tx endpoints: broadcast_tx_{async,sync,commit}, tx, tx_search, num_unconfirmed_txs,
 * unconfirmed_txs.
 */
import { hash as oneShotHash } from "node:crypto";
import type { ResponseCheckTx } from "cosmjs-types/tendermint/abci/types";
import { EMPTY_EXEC_TX_RESULT, encodeCheckTx, encodeExecTxResult } from "./encodeAbci.ts";
import { base64, hexUpper, int64String } from "./encodePrimitives.ts";
import { encodeResultTx } from "./encodeTx.ts";
import { methodError } from "./jsonrpc.ts";
import type { MethodContext, RpcMethod } from "./methodTypes.ts";
import { pagedSearch, resolvePerPage } from "./paging.ts";
import { txWaitersOf } from "./txWaiters.ts";

export const TX_PARAM = [{ name: "tx", kind: "bytes" }] as const;

/**
 * The tx hash as CometBFT prints it. One-shot OpenSSL sha256 straight to hex: @noble's sha256
 * plus hexUpper was ~35 µs of main-thread CPU per broadcast under bench/rpc-send.ts load.
 */
function txHashHex(tx: Uint8Array): string {
  return oneShotHash("sha256", tx, "hex").toUpperCase();
}

function txArg(args: Record<string, unknown>): Uint8Array {
  const tx = args.tx as Uint8Array | undefined;
  if (tx === undefined || tx.length === 0) throw methodError("tx is empty");
  return tx;
}

function encodeBroadcastResult(check: ResponseCheckTx, hashHex: string): Record<string, unknown> {
  // `data` is HexBytes in ResultBroadcastTx; an SDK CheckTx leaves it empty, so it is "".
  return { code: check.code, data: hexUpper(check.data), log: check.log, codespace: check.codespace, hash: hashHex };
}

const broadcastTxAsync: RpcMethod = {
  params: TX_PARAM,
  async handler(args, { backend, logger }) {
    const tx = txArg(args);
    // CometBFT returns before CheckTx has run; its outcome only shows in the logs.
    backend.broadcastTx(tx).catch((err: unknown) => logger.debug({ err }, "broadcast_tx_async: CheckTx failed"));
    return { code: 0, data: "", log: "", codespace: "", hash: txHashHex(tx) };
  },
};

const broadcastTxSync: RpcMethod = {
  params: TX_PARAM,
  async handler(args, { backend }) {
    const tx = txArg(args);
    return encodeBroadcastResult(await backend.broadcastTx(tx), txHashHex(tx));
  },
};

const broadcastTxCommit: RpcMethod = {
  params: TX_PARAM,
  async handler(args, ctx: MethodContext) {
    const tx = txArg(args);
    const hashHex = txHashHex(tx);
    // Listen before CheckTx so a block committed in between is not missed.
    const waiter = txWaitersOf(ctx.backend).wait(hashHex, ctx.broadcastTxCommitTimeoutMs);
    let check: ResponseCheckTx;
    try {
      check = await ctx.backend.broadcastTx(tx);
    } catch (err) {
      waiter.cancel();
      throw err;
    }
    if (check.code !== 0) {
      waiter.cancel();
      return { check_tx: encodeCheckTx(check), tx_result: encodeExecTxResult(EMPTY_EXEC_TX_RESULT), hash: hashHex, height: "0" };
    }
    const included = await waiter.done;
    if (included === undefined) throw methodError("timed out waiting for tx to be included in a block");
    return {
      check_tx: encodeCheckTx(check),
      tx_result: encodeExecTxResult(included.result),
      hash: hashHex,
      height: int64String(included.height),
    };
  },
};

const txByHash: RpcMethod = {
  params: [
    { name: "hash", kind: "bytes" },
    { name: "prove", kind: "bool" },
  ],
  async handler(args, { backend }) {
    const hash = (args.hash as Uint8Array | undefined) ?? new Uint8Array();
    const found = await backend.txByHash(hash);
    if (found === undefined) throw methodError(`tx (${hexUpper(hash)}) not found`);
    return encodeResultTx(found);
  },
};

const txSearch: RpcMethod = {
  params: [
    { name: "query", kind: "string" },
    { name: "prove", kind: "bool" },
    { name: "page", kind: "int64" },
    { name: "per_page", kind: "int64" },
    { name: "order_by", kind: "string" },
  ],
  async handler(args, { backend }) {
    const found = await pagedSearch(args, "asc", (p) => backend.searchTxs(p));
    return { txs: found.items.map(encodeResultTx), total_count: int64String(found.totalCount) };
  },
};

const numUnconfirmedTxs: RpcMethod = {
  params: [],
  async handler(_args, { backend }) {
    const pool = backend.unconfirmedTxs(0);
    return { n_txs: int64String(pool.total), total: int64String(pool.total), total_bytes: int64String(pool.totalBytes), txs: null };
  },
};

const unconfirmedTxs: RpcMethod = {
  params: [{ name: "limit", kind: "int64" }],
  async handler(args, { backend }) {
    const pool = backend.unconfirmedTxs(resolvePerPage(args.limit as bigint | undefined));
    return {
      n_txs: int64String(pool.txs.length),
      total: int64String(pool.total),
      total_bytes: int64String(pool.totalBytes),
      txs: pool.txs.map(base64),
    };
  },
};

export const txMethods: Record<string, RpcMethod> = {
  broadcast_tx_async: broadcastTxAsync,
  broadcast_tx_sync: broadcastTxSync,
  broadcast_tx_commit: broadcastTxCommit,
  tx: txByHash,
  tx_search: txSearch,
  num_unconfirmed_txs: numUnconfirmedTxs,
  unconfirmed_txs: unconfirmedTxs,
};
