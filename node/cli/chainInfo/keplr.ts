/**
 * Keplr's ChainInfo (what `window.keplr.experimentalSuggestChain(chainInfo)` takes,
 * https://docs.keplr.app/api/guide/suggest-chain) built from what the node reports: its chain id
 * and the bank denom metadata of the staking denom. Pure: the command fetches, this shapes.
 */
import { BECH32_PREFIX, VALCONS_PREFIX, VALOPER_PREFIX } from "../../../chain/address.ts";

/** A coin as Keplr lists it: display name, base denom, decimals between them. */
export interface KeplrCurrency {
  coinDenom: string;
  coinMinimalDenom: string;
  coinDecimals: number;
}

export interface KeplrFeeCurrency extends KeplrCurrency {
  gasPriceStep: { low: number; average: number; high: number };
}

export interface KeplrChainInfo {
  chainId: string;
  chainName: string;
  rpc: string;
  rest: string;
  bip44: { coinType: number };
  bech32Config: {
    bech32PrefixAccAddr: string;
    bech32PrefixAccPub: string;
    bech32PrefixValAddr: string;
    bech32PrefixValPub: string;
    bech32PrefixConsAddr: string;
    bech32PrefixConsPub: string;
  };
  currencies: KeplrCurrency[];
  /** Keplr pays fees in the first; there is always one (the stake denom). */
  feeCurrencies: [KeplrFeeCurrency, ...KeplrFeeCurrency[]];
  stakeCurrency: KeplrCurrency;
  features: string[];
}

/** Cosmos's SLIP-44 coin type: the same HD path (m/44'/118'/0'/0/0) as the CLI's keyring. */
export const COIN_TYPE = 118;

/** The chain's price when the node does not tell: config.json's default minimum_gas_prices. */
export const FALLBACK_GAS_PRICE = 0.0025;

/**
 * Keplr's low / average / high from the node's minimum price: low is the minimum (the cheapest a
 * node accepts), average twice it and high four times it, headroom for a node with a higher floor.
 */
export function gasPriceStep(minimum: number): KeplrFeeCurrency["gasPriceStep"] {
  return { low: minimum, average: minimum * 2, high: minimum * 4 };
}

/** The denom metadata fields chain-info needs (bank.v1beta1.Metadata, cosmjs-types names). */
export interface DenomMetadataView {
  base: string;
  display: string;
  symbol: string;
  name: string;
  description: string;
  denomUnits: { denom: string; exponent: number; aliases: string[] }[];
}

/** The display unit's exponent: how many decimals a wallet shows. */
export function currencyOf(m: DenomMetadataView): KeplrCurrency {
  const display = m.denomUnits.find((u) => u.denom === m.display);
  if (!display) throw new Error(`denom metadata of ${m.base}: display unit ${JSON.stringify(m.display)} is not among its denom_units`);
  return { coinDenom: m.symbol || m.display, coinMinimalDenom: m.base, coinDecimals: display.exponent };
}

export function keplrChainInfo(o: {
  chainId: string;
  chainName: string;
  rpc: string;
  rest: string;
  stake: DenomMetadataView;
  /** Every denom with metadata; the staking denom first. */
  all: DenomMetadataView[];
  minGasPrice: number;
}): KeplrChainInfo {
  const stakeCurrency = currencyOf(o.stake);
  const others = o.all.filter((m) => m.base !== o.stake.base).map(currencyOf);
  return {
    chainId: o.chainId,
    chainName: o.chainName,
    rpc: o.rpc,
    rest: o.rest,
    bip44: { coinType: COIN_TYPE },
    bech32Config: {
      bech32PrefixAccAddr: BECH32_PREFIX,
      bech32PrefixAccPub: `${BECH32_PREFIX}pub`,
      bech32PrefixValAddr: VALOPER_PREFIX,
      bech32PrefixValPub: `${VALOPER_PREFIX}pub`,
      bech32PrefixConsAddr: VALCONS_PREFIX,
      bech32PrefixConsPub: `${VALCONS_PREFIX}pub`,
    },
    currencies: [stakeCurrency, ...others],
    feeCurrencies: [{ ...stakeCurrency, gasPriceStep: gasPriceStep(o.minGasPrice) }],
    stakeCurrency,
    // No IBC, CosmWasm or EVM: none of Keplr's optional features apply; amino (legacy) signing works.
    features: [],
  };
}
