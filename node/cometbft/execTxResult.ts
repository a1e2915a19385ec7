import type { comet38 } from "@cosmjs/tendermint-rpc";
import type { ExecTxResult } from "cosmjs-types/tendermint/abci/types";

/** A tx result as CosmJS decodes it from CometBFT's RPC (`tx`, `tx_search`, `block_results`), as the ABCI proto. */
export function execTxResult(r: comet38.TxData): ExecTxResult {
  return {
    code: r.code,
    codespace: r.codespace ?? "",
    log: r.log ?? "",
    info: "",
    data: r.data ?? new Uint8Array(),
    gasWanted: r.gasWanted,
    gasUsed: r.gasUsed,
    events: r.events.map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value, index: true })) })),
  };
}
