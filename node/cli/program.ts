import { Command } from "commander";
import { bankMultiSendCmd } from "./commands/bankTx.ts";
import { chainInfoCommand } from "./commands/chainInfo.ts";
import { configCommand } from "./commands/config.ts";
import { govQueryCommand } from "./commands/govQuery.ts";
import { govTxCommand } from "./commands/govTx.ts";
import { upgradeQueryCommand, upgradeTxCommand } from "./commands/upgrade.ts";
import { clientConfigDefaults } from "./config/applyDefaults.ts";
import { distributionQueryCommand } from "./commands/distributionQuery.ts";
import { distributionTxCommand } from "./commands/distributionTx.ts";
import { mintQueryCommand } from "./commands/mintQuery.ts";
import { slashingQueryCommand, slashingTxCommand } from "./commands/slashing.ts";
import { stakingQueryCommand } from "./commands/stakingQuery.ts";
import { stakingTxCommand } from "./commands/stakingTx.ts";
import { attributionCommand, attributionQueryCommand, attributionTxCommand } from "./commands/attribution.ts";
import { datanetCommand } from "./commands/datanet.ts";
import { datanetQueryCommand } from "./commands/datanetQuery.ts";
import { datanetTxCommand } from "./commands/datanetTx.ts";
import { genesisCommand } from "./commands/genesis.ts";
import { inferenceQueryCommand } from "./commands/inferenceQuery.ts";
import { inferenceTxCommand } from "./commands/inferenceTx.ts";
import { devInitCommand, initCommand } from "./commands/init.ts";
import { keysCommand } from "./commands/keys.ts";
import { modelCommand } from "./commands/model.ts";
import { queryCommand } from "./commands/query.ts";
import { rewardsQueryCommand } from "./commands/rewardsQuery.ts";
import { rewardsTxCommand } from "./commands/rewardsTx.ts";
import { startCommand } from "./commands/start.ts";
import { statusCommand } from "./commands/status.ts";
import { versionCommand } from "./commands/version.ts";
import { testnetCommand } from "./commands/testnet.ts";
import { txCommand } from "./commands/tx.ts";
import { snapshotsCommand } from "./commands/snapshots.ts";
import { statesyncCommand } from "./commands/statesync.ts";
import { TRIBUTARY_VERSION } from "../version.ts";
import { DEFAULT_HOME } from "../home.ts";
import { acceptIgnoredHome } from "./ignoredHome.ts";

/** `tx bank` gets multi-send beside send (defined with the operator commands). */
function withBankMultiSend(tx: Command): Command {
  tx.commands.find((c) => c.name() === "bank")?.addCommand(bankMultiSendCmd());
  return tx;
}

/** Every command that runs an action (the leaves, and `testnet`), with its full name. */
function actionCommands(cmd: Command, prefix = ""): { name: string; cmd: Command }[] {
  return cmd.commands.flatMap((c) => {
    const name = `${prefix}${c.name()}`;
    const runs = c.commands.length === 0 || Boolean((c as unknown as { _actionHandler: unknown })._actionHandler);
    const own = runs ? [{ name, cmd: c }] : [];
    return [...own, ...actionCommands(c, `${name} `)];
  });
}

/**
 * `--home` is a persistent flag in simd: `tributary --home H <command …>` gives H to the command
 * unless the command got its own --home after its name. Commands that have no home accept it
 * too (a note says it is ignored), so an alias that always passes --home works for all.
 * Only commands with an action get it: an intermediate command (`query`, `tx`) parses its
 * options anywhere on the line and would swallow its subcommand's --home.
 */
function persistentHome(program: Command): void {
  program.option("--home <dir>", `home directory for the command (default: ${DEFAULT_HOME}); before or after the command, whose own --home wins`);
  for (const { name, cmd } of actionCommands(program)) {
    if (!cmd.options.some((o) => o.long === "--home")) acceptIgnoredHome(cmd, name);
  }
  program.hook("preAction", (_program, action) => {
    const global = program.getOptionValue("home") as string | undefined;
    const source = action.getOptionValueSource("home");
    if (global !== undefined && (source === undefined || source === "default")) action.setOptionValueWithSource("home", global, "cli");
  });
}

/** The `tributary` command tree (simd's verbs and flags). */
export function buildProgram(): Command {
  const program = new Command("tributary")
    .description("Tributary: a Cosmos-style appchain for specialised AI (datanets, Proof of Attribution, payable inference)")
    .version(TRIBUTARY_VERSION, "-v, --version")
    .showSuggestionAfterError(true)
    .configureHelp({ sortSubcommands: false })
    // Everything after the subcommand is the subcommand's: `testnet start --output-dir X` must
    // not give --output-dir to `testnet` (commander otherwise parses it at the parent first).
    .enablePositionalOptions();
  for (const cmd of [initCommand(), devInitCommand(), startCommand(), keysCommand(), genesisCommand(), testnetCommand(), withBankMultiSend(txCommand()).addCommand(stakingTxCommand()).addCommand(slashingTxCommand()).addCommand(distributionTxCommand()).addCommand(datanetTxCommand()).addCommand(attributionTxCommand()).addCommand(inferenceTxCommand()).addCommand(rewardsTxCommand()).addCommand(govTxCommand()).addCommand(upgradeTxCommand()), queryCommand().addCommand(stakingQueryCommand()).addCommand(slashingQueryCommand()).addCommand(distributionQueryCommand()).addCommand(mintQueryCommand()).addCommand(datanetQueryCommand()).addCommand(attributionQueryCommand()).addCommand(inferenceQueryCommand()).addCommand(rewardsQueryCommand()).addCommand(govQueryCommand()).addCommand(upgradeQueryCommand()), datanetCommand(), attributionCommand(), modelCommand(), statusCommand(), chainInfoCommand(), configCommand(), statesyncCommand(), snapshotsCommand(), versionCommand()]) {
    program.addCommand(cmd);
  }
  persistentHome(program);
  clientConfigDefaults(program);
  return program;
}
