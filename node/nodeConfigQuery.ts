/**
 * cosmos.base.node.v1beta1.Service/Config: the node's own settings a client may ask for, as the
 * SDK serves them (baseapp registers the service over the app's config). Wallet tooling reads
 * `minimum_gas_price` to set fees (`tributary chain-info` derives Keplr's gasPriceStep from it).
 * A wrapper answers this one path and passes everything else to the app unchanged; it is not
 * consensus state (two nodes may differ), so it never touches the store.
 */
import { ConfigResponse } from "cosmjs-types/cosmos/base/node/v1beta1/query";
import { type RequestQuery, ResponseQuery } from "cosmjs-types/tendermint/abci/types";
import type { AbciApp } from "../chain/abci.ts";

export const NODE_CONFIG_PATH = "/cosmos.base.node.v1beta1.Service/Config";

/** "0.0025utrib,1stake" as the SDK's DecCoins print: "0.002500000000000000utrib,1.000000000000000000stake". */
export function decCoinsText(prices: string): string {
  return prices
    .split(",")
    .filter((p) => p.trim() !== "")
    .map((p) => {
      const m = /^\s*([0-9]+)(?:\.([0-9]+))?([a-zA-Z][a-zA-Z0-9/:._-]*)\s*$/.exec(p);
      if (!m) throw new Error(`invalid gas price ${JSON.stringify(p)}`);
      return `${m[1]}.${(m[2] ?? "").padEnd(18, "0").slice(0, 18)}${m[3]}`;
    })
    .join(",");
}

export class NodeConfigQueryApp implements AbciApp {
  private readonly answer: Uint8Array;

  constructor(
    private readonly inner: AbciApp,
    config: { minimumGasPrices: string; pruningKeepRecent: number },
  ) {
    this.answer = ConfigResponse.encode({
      minimumGasPrice: decCoinsText(config.minimumGasPrices),
      pruningKeepRecent: String(config.pruningKeepRecent),
      pruningInterval: "0",
      haltHeight: 0n,
    }).finish();
  }

  info: AbciApp["info"] = (req) => this.inner.info(req);
  initChain: AbciApp["initChain"] = (req) => this.inner.initChain(req);
  checkTx: AbciApp["checkTx"] = (req) => this.inner.checkTx(req);
  prepareProposal: AbciApp["prepareProposal"] = (req) => this.inner.prepareProposal(req);
  processProposal: AbciApp["processProposal"] = (req) => this.inner.processProposal(req);
  finalizeBlock: AbciApp["finalizeBlock"] = (req) => this.inner.finalizeBlock(req);
  commit: AbciApp["commit"] = () => this.inner.commit();

  async query(req: RequestQuery): Promise<ResponseQuery> {
    if (req.path !== NODE_CONFIG_PATH) return this.inner.query(req);
    return ResponseQuery.fromPartial({ code: 0, value: this.answer });
  }
}
