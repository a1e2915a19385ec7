import type { Command } from "commander";
import { addTxOptions, type TxOpts } from "../commands/tx.ts";

export type FromOpts = TxOpts & { from: string };

/**
 * The tx flags of `tx bank send` plus --from (a key name in the keyring). --gas defaults to
 * auto here: datanet messages cost gas in proportion to their data (record sizes, version
 * leaves), so no fixed default fits them.
 */
export function addDatanetTxOptions(cmd: Command): Command {
  addTxOptions(cmd.requiredOption("--from <key>", "name of the signing key in the keyring"));
  cmd.options.find((o) => o.long === "--gas")?.default("auto");
  // Commander copies an option's default into the command's values when the option is added,
  // so changing the option afterwards alone leaves "200000" in place.
  cmd.setOptionValueWithSource("gas", "auto", "default");
  return cmd;
}
