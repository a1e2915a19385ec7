import type { Command } from "commander";
import { addTxOptions, type TxOpts } from "../commands/tx.ts";

export type FromOpts = TxOpts & { from: string };

/** The tx flags of `tx bank send` plus --from (a key name in the keyring). */
export function addDatanetTxOptions(cmd: Command): Command {
  return addTxOptions(cmd.requiredOption("--from <key>", "name of the signing key in the keyring"));
}
