/**
 * `--home` on commands that have no use for a home (`version`, `testnet`): the README's alias
 * `tributary="node bin/tributary.js --home H"` passes it to every command, so it must be
 * accepted; a note on stderr says it changed nothing. Light on purpose: `version` loads it.
 */
import type { Command } from "commander";

export function acceptIgnoredHome(cmd: Command, fullName: string): Command {
  return cmd
    .option("--home <dir>", "accepted for shell aliases that always pass --home; this command uses no home")
    .hook("preAction", (hooked, action) => {
      // Hooks of a parent run for its subcommands' actions too; only this command's own counts.
      if (hooked !== action || hooked.getOptionValue("home") === undefined) return;
      process.stderr.write(`note: --home is ignored by \`tributary ${fullName}\` (it uses no home)\n`);
    });
}
