/**
 * Client config defaults for every command (what the SDK does with client.toml): before a command
 * runs, each of its flags that the user did not give takes the home's client.toml value, unless
 * that value is empty. The flag given on the command line always wins.
 */
import type { Command } from "commander";
import { existsSync } from "node:fs";
import { CLIENT_CONFIG_KEYS, type ClientConfigKey, clientConfigPath, readClientConfig } from "./clientConfig.ts";

/** The commander attribute of each key's flag. */
const ATTRIBUTE: Record<ClientConfigKey, string> = {
  "chain-id": "chainId",
  "keyring-backend": "keyringBackend",
  output: "output",
  node: "node",
  "broadcast-mode": "broadcastMode",
};

/**
 * chain-id is the chain a node must serve, so it only applies where the command talks to a node
 * (has --node): `init`, `dev-init` and `genesis fork` take --chain-id as the chain they create.
 */
function applies(cmd: Command, key: ClientConfigKey): boolean {
  const has = (attr: string) => cmd.options.some((o) => o.attributeName() === attr);
  return has(ATTRIBUTE[key]) && (key !== "chain-id" || has("node"));
}

/** Fills the flags of `cmd` (about to run) from its home's client.toml. */
export function applyClientConfig(cmd: Command): void {
  const home = cmd.getOptionValue("home") as unknown;
  if (typeof home !== "string" || !existsSync(clientConfigPath(home))) return;
  const config = readClientConfig(home);
  for (const key of CLIENT_CONFIG_KEYS) {
    if (config[key] === "" || !applies(cmd, key)) continue;
    const source = cmd.getOptionValueSource(ATTRIBUTE[key]);
    if (source !== undefined && source !== "default") continue;
    cmd.setOptionValueWithSource(ATTRIBUTE[key], config[key], "config");
  }
}

/** Registers the hook; call after the hook that gives the command its --home. */
export function clientConfigDefaults(program: Command): void {
  // `config` reads and edits the file itself, so a broken file can still be listed and fixed.
  program.hook("preAction", (_program, action) => {
    if (action.name() !== "config" && action.parent?.name() !== "config") applyClientConfig(action);
  });
}
