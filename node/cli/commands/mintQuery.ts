/** `tributary query mint inflation|annual-provisions|params` through CosmJS's setupMintExtension. */
import { Command } from "commander";
import type { Decimal } from "@cosmjs/math";
import { formatDec } from "../../../chain/dec.ts";
import { outputFormat, type QueryOpts, withQueryOptions } from "../common.ts";
import { withOperatorQueries } from "../operator/connect.ts";
import { print } from "../operator/format.ts";

/** A CosmJS Decimal (18 fractional digits) as LegacyDec prints: "0.130000000000000000". */
const dec = (d: Decimal): string => formatDec(BigInt(d.atomics));

function inflationCmd(): Command {
  const cmd = new Command("inflation").description("the current annual inflation rate");
  return withQueryOptions(cmd).action(async (o: QueryOpts) => {
    const format = outputFormat(o.output);
    print(format, { inflation: dec(await withOperatorQueries(o, (q) => q.mint.inflation())) });
  });
}

function annualProvisionsCmd(): Command {
  const cmd = new Command("annual-provisions").description("the current annual provisions: inflation × the bond denom's supply");
  return withQueryOptions(cmd).action(async (o: QueryOpts) => {
    const format = outputFormat(o.output);
    const [v, denom] = await withOperatorQueries(o, async (q) => [dec(await q.mint.annualProvisions()), (await q.mint.params()).mintDenom] as const);
    // simd's JSON has the bare amount (in the mint denom); text says which denom.
    print(format, { annual_provisions: v }, () => ({ annual_provisions: `${v}${denom}` }));
  });
}

function paramsCmd(): Command {
  const cmd = new Command("params").description("mint parameters: denom, inflation bounds and rate of change, goal bonded, blocks per year");
  return withQueryOptions(cmd).action(async (o: QueryOpts) => {
    const format = outputFormat(o.output);
    const p = await withOperatorQueries(o, (q) => q.mint.params());
    const json = {
      mint_denom: p.mintDenom,
      inflation_rate_change: dec(p.inflationRateChange),
      inflation_max: dec(p.inflationMax),
      inflation_min: dec(p.inflationMin),
      goal_bonded: dec(p.goalBonded),
      blocks_per_year: p.blocksPerYear.toString(),
    };
    print(format, { params: json });
  });
}

export function mintQueryCommand(): Command {
  const cmd = new Command("mint").description("mint (inflation) queries");
  for (const c of [inflationCmd(), annualProvisionsCmd(), paramsCmd()]) cmd.addCommand(c);
  return cmd;
}
