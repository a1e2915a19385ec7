/**
 * `tributary query auth params` and `query bank params`: the two SDK modules whose params had no
 * CLI query, though a MsgUpdateParams replaces every param and so is written from them (README
 * "Changing parameters"). They print what the REST gateway prints (`{"params": …}`, as
 * `query staking|slashing|distribution|mint params` do), through its route codecs.
 */
import { Command } from "commander";
import { outputFormat, type QueryOpts, withQueryOptions } from "../common.ts";
import { printValue } from "../output.ts";
import { routeQuery } from "./govRouteQuery.ts";

function paramsCmd(module: "auth" | "bank", description: string): Command {
  const cmd = new Command("params").description(description);
  return withQueryOptions(cmd).action(async (o: QueryOpts) => {
    const format = outputFormat(o.output);
    const r = await routeQuery(o, `/cosmos.${module}.v1beta1.Query/Params`, {});
    printValue({ params: r.params }, format);
  });
}

export const authParamsCmd = (): Command => paramsCmd("auth", "auth parameters: memo and signature limits, signature and tx byte gas costs");
export const bankParamsCmd = (): Command => paramsCmd("bank", "bank parameters: default_send_enabled and per-denom send_enabled");
