/**
 * What chain-info asks the node: its chain id (status), the staking denom (staking params), every
 * denom's bank metadata (/cosmos.bank.v1beta1.Query/DenomsMetadata) and, when the node serves
 * cosmos.base.node.v1beta1.Service/Config, its minimum gas price.
 */
import { QueryClient, setupBankExtension, setupStakingExtension } from "@cosmjs/stargate";
import { ConfigRequest, ConfigResponse } from "cosmjs-types/cosmos/base/node/v1beta1/query";
import { connectComet, onNode } from "../rpcClients.ts";
import { UserError } from "../errors.ts";
import type { DenomMetadataView } from "./keplr.ts";

export interface ChainFacts {
  chainId: string;
  stake: DenomMetadataView;
  /** The staking denom's metadata first, then the others. */
  metadata: DenomMetadataView[];
  /** The node's minimum gas price in the staking denom; undefined when the node does not say. */
  minGasPrice: number | undefined;
}

/** "0.002500000000000000utrib,0.1uatom" → 0.0025 for utrib. */
export function priceFor(minimumGasPrice: string, denom: string): number | undefined {
  for (const part of minimumGasPrice.split(",")) {
    const m = /^\s*([0-9]+(?:\.[0-9]+)?)([a-zA-Z][a-zA-Z0-9/:._-]*)\s*$/.exec(part);
    if (m && m[2] === denom) return Number(m[1]);
  }
  return undefined;
}

export async function fetchChainFacts(url: string): Promise<ChainFacts> {
  const comet = await connectComet(url);
  try {
    return await onNode(url, async () => {
      const status = await comet.status();
      const q = QueryClient.withExtensions(comet, setupBankExtension, setupStakingExtension);
      const bondDenom = (await q.staking.params()).params.bondDenom;
      const all = await q.bank.denomsMetadata();
      const stake = all.find((m) => m.base === bondDenom);
      if (!stake) {
        throw new UserError(`the chain has no denom metadata for its staking denom ${bondDenom}: add it to genesis app_state.bank.denom_metadata (tributary init writes it)`);
      }
      let minGasPrice: number | undefined;
      try {
        const res = await comet.abciQuery({ path: "/cosmos.base.node.v1beta1.Service/Config", data: ConfigRequest.encode({}).finish() });
        if (res.code === 0) minGasPrice = priceFor(ConfigResponse.decode(res.value).minimumGasPrice, bondDenom);
      } catch {
        // A node without the service: the caller falls back and says so.
      }
      return { chainId: status.nodeInfo.network, stake, metadata: [stake, ...all.filter((m) => m !== stake)], minGasPrice };
    });
  } finally {
    comet.disconnect();
  }
}
