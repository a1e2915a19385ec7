import { Command } from "commander";
import { acceptIgnoredHome } from "../ignoredHome.ts";
import { addOutputOption, outputFormat, printJson, printLine } from "../output.ts";
import { ABCI_VERSION, COMETBFT_VERSION, TRIBUTARY_VERSION } from "../../version.ts";

/** Light on purpose: `tributary version` is answered without loading the rest of the CLI (see run.ts). */
export function versionCommand(): Command {
  const cmd = new Command("version").description("print the Tributary version and the CometBFT version it speaks");
  addOutputOption(cmd);
  acceptIgnoredHome(cmd, "version");
  return cmd.action((o: { output: string }) => {
    if (outputFormat(o.output) === "json") return printJson({ version: TRIBUTARY_VERSION, cometbft: COMETBFT_VERSION, abci: ABCI_VERSION });
    printLine(TRIBUTARY_VERSION);
    printLine(`cometbft ${COMETBFT_VERSION} (abci ${ABCI_VERSION})`);
  });
}
