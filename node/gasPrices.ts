import type { MinGasPrice } from "../chain/context.ts";
import { ConfigError } from "./config.ts";

/**
 * Parses `minimum_gas_prices` ("0.0025utrib,0.1stake") into exact fractions, so consensus
 * code never sees a float: "0.0025" becomes 25/10000.
 */
export function parseMinGasPrices(s: string): MinGasPrice[] {
  if (s.trim() === "") return [];
  return s.split(",").map((part) => {
    const m = /^([0-9]+)(?:\.([0-9]{1,18}))?([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/.exec(part.trim());
    if (!m) {
      throw new ConfigError("config.json", "minimum_gas_prices", `invalid gas price ${JSON.stringify(part.trim())}; expected e.g. "0.0025utrib"`);
    }
    const frac = m[2] ?? "";
    return { denom: m[3]!, num: BigInt(m[1]! + frac), den: 10n ** BigInt(frac.length) };
  });
}
