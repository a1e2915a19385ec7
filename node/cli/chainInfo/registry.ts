/**
 * cosmos/chain-registry files (https://github.com/cosmos/chain-registry, schemas
 * chain.schema.json and assetlist.schema.json): `chain.json` (ids, prefixes, fees, staking,
 * endpoints) and `assetlist.json` (the denom metadata as assets), from the same facts as the
 * Keplr ChainInfo.
 */
import type { DenomMetadataView, KeplrChainInfo } from "./keplr.ts";

const SCHEMA_BASE = "https://raw.githubusercontent.com/cosmos/chain-registry/master";

/** chain-registry's chain_name: lower-case letters and digits only. */
export function registryChainName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

export function chainJson(info: KeplrChainInfo, o: { networkType: "mainnet" | "testnet" | "devnet" }): Record<string, unknown> {
  const fee = info.feeCurrencies[0];
  return {
    $schema: `${SCHEMA_BASE}/chain.schema.json`,
    chain_name: registryChainName(info.chainName),
    chain_type: "cosmos",
    status: "live",
    network_type: o.networkType,
    pretty_name: info.chainName,
    chain_id: info.chainId,
    bech32_prefix: info.bech32Config.bech32PrefixAccAddr,
    daemon_name: "tributary",
    node_home: "$HOME/.tributary",
    key_algos: ["secp256k1"],
    slip44: info.bip44.coinType,
    fees: {
      fee_tokens: [
        {
          denom: fee.coinMinimalDenom,
          fixed_min_gas_price: fee.gasPriceStep.low,
          low_gas_price: fee.gasPriceStep.low,
          average_gas_price: fee.gasPriceStep.average,
          high_gas_price: fee.gasPriceStep.high,
        },
      ],
    },
    staking: { staking_tokens: [{ denom: info.stakeCurrency.coinMinimalDenom }] },
    apis: {
      rpc: [{ address: info.rpc, provider: "tributary chain-info" }],
      rest: [{ address: info.rest, provider: "tributary chain-info" }],
    },
  };
}

export function assetListJson(info: KeplrChainInfo, metadata: DenomMetadataView[]): Record<string, unknown> {
  return {
    $schema: `${SCHEMA_BASE}/assetlist.schema.json`,
    chain_name: registryChainName(info.chainName),
    assets: metadata.map((m) => ({
      description: m.description,
      denom_units: m.denomUnits.map((u) => ({ denom: u.denom, exponent: u.exponent, ...(u.aliases.length > 0 ? { aliases: u.aliases } : {}) })),
      type_asset: "sdk.coin",
      base: m.base,
      name: m.name,
      display: m.display,
      symbol: m.symbol,
    })),
  };
}
