import { existsSync } from "node:fs";
import type { Command } from "commander";
import { addressBytes } from "../../chain/address.ts";
import { loadNodeConfig } from "../config.ts";
import { DEFAULT_HOME, homePaths } from "../home.ts";
import { Keyring, KEYRING_BACKENDS, type KeyringBackendName } from "../keyring/index.ts";
import { UserError } from "./errors.ts";
import { ask } from "./stdin.ts";

import { addOutputOption } from "./output.ts";

export { type OutputFormat, addOutputOption, outputFormat, printJson, printLine } from "./output.ts";

export const PASSPHRASE_ENV = "TRIBUTARY_KEYRING_PASSPHRASE";
export const DEFAULT_NODE = "tcp://127.0.0.1:26657";


export function addHomeOption(cmd: Command): Command {
  return cmd.option("--home <dir>", "node home directory", DEFAULT_HOME);
}

/** The flags every query command takes. */
export interface QueryOpts {
  home: string;
  node?: string;
  output: string;
}

/** --node, --home and -o on a query command. */
export function withQueryOptions(cmd: Command): Command {
  addNodeOption(cmd);
  addHomeOption(cmd);
  return addOutputOption(cmd);
}

export function addKeyringOption(cmd: Command): Command {
  return cmd.option(
    "--keyring-backend <backend>",
    `keyring backend: "test" (plaintext files, dev chains only) or "file" (encrypted; passphrase from the terminal, piped stdin or $${PASSPHRASE_ENV})`,
    "test",
  );
}

export function addNodeOption(cmd: Command): Command {
  return cmd.option("--node <url>", `RPC endpoint, tcp://host:port or http(s)://… (default: rpc.laddr from <home>/config/config.json, else ${DEFAULT_NODE})`);
}

/** `tcp://h:p` → `http://h:p` (CometBFT spelling → what an HTTP client needs); http(s) kept. */
export function nodeUrl(raw: string): string {
  const m = /^(tcp|http|https|ws|wss):\/\/([^/\s]+)(\/.*)?$/.exec(raw.trim());
  if (!m) throw new UserError(`invalid --node ${JSON.stringify(raw)}: expected tcp://host:port or http(s)://host:port`);
  const scheme = m[1] === "tcp" ? "http" : m[1];
  return `${scheme}://${m[2]}${m[3] ?? ""}`.replace(/\/$/, "");
}

/** --node if given, else the home's configured RPC address, else the default. */
export function resolveNode(opts: { node?: string; home: string }): string {
  if (opts.node) return nodeUrl(opts.node);
  if (existsSync(homePaths(opts.home).config)) return nodeUrl(loadNodeConfig(opts.home).rpc.laddr);
  return nodeUrl(DEFAULT_NODE);
}

function backendName(v: unknown): KeyringBackendName {
  if (!(KEYRING_BACKENDS as readonly unknown[]).includes(v)) {
    throw new UserError(`--keyring-backend must be ${KEYRING_BACKENDS.join(" or ")}, got ${JSON.stringify(v)}`);
  }
  return v as KeyringBackendName;
}

/** Passphrase: $TRIBUTARY_KEYRING_PASSPHRASE, else the terminal (twice when creating), else one stdin line. */
async function cliPassphrase(purpose: "unlock" | "create"): Promise<string> {
  const fromEnv = process.env[PASSPHRASE_ENV];
  if (fromEnv !== undefined) return fromEnv;
  const first = await ask("Enter keyring passphrase: ", "the keyring passphrase", true);
  if (purpose === "create" && process.stdin.isTTY) {
    const again = await ask("Re-enter keyring passphrase: ", "the keyring passphrase", true);
    if (again !== first) throw new UserError("passphrases do not match");
  }
  return first;
}

export function openKeyring(opts: { home: string; keyringBackend: string }): Keyring {
  return Keyring.open({ home: homePaths(opts.home).home, backend: backendName(opts.keyringBackend), passphrase: cliPassphrase });
}

/** Checks a `trib1…` argument early, so the user hears about a typo before anything is signed. */
export function checkAddressArg(address: string, what: string): string {
  try {
    addressBytes(address, what);
  } catch (e) {
    throw new UserError((e as Error).message);
  }
  return address;
}
