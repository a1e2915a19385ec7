import type { Context } from "../../chain/context.ts";
import { type Dec, ONE, formatDec, parseDec } from "../../chain/dec.ts";
import { GenesisError } from "../../chain/genesisError.ts";
import { expectObject, expectString, expectUint } from "../../chain/genesisJson.ts";
import { isValidDenom } from "../../chain/coins.ts";
import type { MintKeeper } from "./keeper.ts";
import { DEFAULT_MINTER, DEFAULT_MINT_PARAMS, type MintParams, type MinterState } from "./types.ts";

/** The mint section of app_state, in the Cosmos SDK JSON shape (decimals dotted, 18 places). */
export interface MintGenesis {
  minter: { inflation: string; annual_provisions: string };
  params: {
    mint_denom: string;
    inflation_rate_change: string;
    inflation_max: string;
    inflation_min: string;
    goal_bonded: string;
    blocks_per_year: string;
  };
}

const MAX_U64 = (1n << 64n) - 1n;

function dec(o: Record<string, unknown>, f: string, name: string): Dec {
  const field = `${f}.${name}`;
  const s = expectString(o[name], field);
  try {
    return parseDec(s, name);
  } catch {
    throw new GenesisError(field, `${JSON.stringify(s)} is not a decimal number with at most 18 decimal places`);
  }
}

/** A rate in [0, 1], with the SDK's messages ("max inflation cannot be negative: …"). */
function rate(o: Record<string, unknown>, f: string, name: string, what: string): Dec {
  const d = dec(o, f, name);
  if (d < 0n) throw new GenesisError(`${f}.${name}`, `${what} cannot be negative: ${formatDec(d)}`);
  if (d > ONE) throw new GenesisError(`${f}.${name}`, `${what} too large: ${formatDec(d)}`);
  return d;
}

/** Parses and checks params in the order of the SDK's Params.Validate. */
export function paramsFromJson(v: unknown, f = "params"): MintParams {
  const o = expectObject(v, f);
  const denom = expectString(o.mint_denom, `${f}.mint_denom`);
  if (denom.trim() === "") throw new GenesisError(`${f}.mint_denom`, "mint denom cannot be blank");
  if (!isValidDenom(denom)) throw new GenesisError(`${f}.mint_denom`, `invalid denom: ${denom}`);
  const inflationRateChange = rate(o, f, "inflation_rate_change", "inflation rate change");
  const inflationMax = rate(o, f, "inflation_max", "max inflation");
  const inflationMin = rate(o, f, "inflation_min", "min inflation");
  const goalBonded = dec(o, f, "goal_bonded");
  if (goalBonded <= 0n) throw new GenesisError(`${f}.goal_bonded`, `goal bonded must be positive: ${formatDec(goalBonded)}`);
  if (goalBonded > ONE) throw new GenesisError(`${f}.goal_bonded`, `goal bonded too large: ${formatDec(goalBonded)}`);
  const blocksPerYear = expectUint(o.blocks_per_year, `${f}.blocks_per_year`);
  if (blocksPerYear === 0n) throw new GenesisError(`${f}.blocks_per_year`, "blocks per year must be positive: 0");
  if (blocksPerYear > MAX_U64) throw new GenesisError(`${f}.blocks_per_year`, `${blocksPerYear} does not fit in a uint64`);
  if (inflationMax < inflationMin) {
    throw new GenesisError(`${f}.inflation_max`, `max inflation (${formatDec(inflationMax)}) must be greater than or equal to min inflation (${formatDec(inflationMin)})`);
  }
  return { mintDenom: denom, inflationRateChange, inflationMax, inflationMin, goalBonded, blocksPerYear };
}

/**
 * The SDK's ValidateMinter (inflation not negative). Negative annual provisions are refused
 * too: the SDK lets them through, but they mean nothing (BeginBlock recomputes them anyway).
 */
export function minterFromJson(v: unknown, f = "minter"): MinterState {
  const o = expectObject(v, f);
  const inflation = dec(o, f, "inflation");
  if (inflation < 0n) throw new GenesisError(`${f}.inflation`, `mint parameter Inflation should be positive, is ${formatDec(inflation)}`);
  const annualProvisions = dec(o, f, "annual_provisions");
  if (annualProvisions < 0n) throw new GenesisError(`${f}.annual_provisions`, `annual provisions cannot be negative: ${formatDec(annualProvisions)}`);
  return { inflation, annualProvisions };
}

export function paramsToJson(p: MintParams): MintGenesis["params"] {
  return {
    mint_denom: p.mintDenom,
    inflation_rate_change: formatDec(p.inflationRateChange),
    inflation_max: formatDec(p.inflationMax),
    inflation_min: formatDec(p.inflationMin),
    goal_bonded: formatDec(p.goalBonded),
    blocks_per_year: p.blocksPerYear.toString(),
  };
}

export function minterToJson(m: MinterState): MintGenesis["minter"] {
  return { inflation: formatDec(m.inflation), annual_provisions: formatDec(m.annualProvisions) };
}

/** The SDK's defaults (DefaultInitialMinter, DefaultParams) with mint_denom utrib. */
export function defaultMintGenesis(): MintGenesis {
  return { minter: minterToJson(DEFAULT_MINTER), params: paramsToJson(DEFAULT_MINT_PARAMS) };
}

/** The SDK's ValidateGenesis: params first, then the minter. */
export function validateMintGenesis(g: MintGenesis): void {
  const root = expectObject(g, "mint");
  paramsFromJson(root.params);
  minterFromJson(root.minter);
}

/** Writes minter and params and creates the mint module account (the SDK's InitGenesis). */
export function initMintGenesis(k: MintKeeper, ctx: Context, g: MintGenesis): void {
  k.setMinter(ctx, minterFromJson(g.minter));
  k.setParams(ctx, paramsFromJson(g.params));
  k.ensureModuleAccount(ctx);
}

export function exportMintGenesis(k: MintKeeper, ctx: Context): MintGenesis {
  return { minter: minterToJson(k.getMinter(ctx.kv)), params: paramsToJson(k.getParams(ctx.kv)) };
}
