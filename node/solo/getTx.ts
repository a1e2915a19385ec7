/**
 * `/cosmos.tx.v1beta1.Service/GetTx` needs the tx index, which the app does not have, so the
 * node answers it (as the SDK's tx service does from CometBFT's index).
 */
import { fromHex, toHex } from "@cosmjs/encoding";
import { TxResponse } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { GetTxRequest, GetTxResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { Tx } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { ResponseQuery } from "cosmjs-types/tendermint/abci/types";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import type { IndexedTx } from "../rpc/backend.ts";

export const GET_TX_PATH = "/cosmos.tx.v1beta1.Service/GetTx";

/** SDK codes for the failures (codespace sdk): 38 = key not found, 2 = tx parse error. */
const CODE_NOT_FOUND = 38;
const CODE_TX_DECODE = 2;
const CODE_INVALID_REQUEST = 18;

/** Go's time.RFC3339 layout, as the SDK formats TxResponse.timestamp: whole seconds, UTC. */
export function rfc3339Seconds(time: Timestamp): string {
  return `${new Date(Number(time.seconds) * 1000).toISOString().slice(0, 19)}Z`;
}

function failure(code: number, log: string, height: bigint): ResponseQuery {
  return ResponseQuery.fromPartial({ code, codespace: "sdk", log, height });
}

export async function answerGetTx(
  data: Uint8Array,
  latestHeight: bigint,
  lookup: (hash: Uint8Array) => Promise<IndexedTx | undefined>,
  blockTime: (height: bigint) => Promise<Timestamp | undefined>,
): Promise<ResponseQuery> {
  let hash: Uint8Array;
  try {
    const request = GetTxRequest.decode(data);
    hash = fromHex(request.hash.toLowerCase());
    if (hash.length !== 32) throw new Error(`tx hash must be 32 bytes, got ${hash.length}`);
  } catch (err) {
    return failure(CODE_INVALID_REQUEST, `invalid request: ${(err as Error).message}`, latestHeight);
  }
  const found = await lookup(hash);
  if (!found) return failure(CODE_NOT_FOUND, `tx not found: ${toHex(hash).toUpperCase()}: key not found`, latestHeight);
  let tx: Tx;
  try {
    tx = Tx.decode(found.tx);
  } catch (err) {
    return failure(CODE_TX_DECODE, `tx parse error: ${(err as Error).message}`, latestHeight);
  }
  const time = await blockTime(found.height);
  const r = found.result;
  const txResponse = TxResponse.fromPartial({
    height: found.height,
    txhash: toHex(found.hash).toUpperCase(),
    codespace: r.codespace,
    code: r.code,
    data: toHex(r.data).toUpperCase(),
    rawLog: r.log,
    logs: [],
    info: r.info,
    gasWanted: r.gasWanted,
    gasUsed: r.gasUsed,
    tx: { typeUrl: "/cosmos.tx.v1beta1.Tx", value: Tx.encode(tx).finish() },
    timestamp: time ? rfc3339Seconds(time) : "",
    events: r.events,
  });
  return ResponseQuery.fromPartial({ code: 0, value: GetTxResponse.encode({ tx, txResponse }).finish(), height: latestHeight });
}
