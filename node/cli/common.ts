import { existsSync } from "node:fs";
import type { Command } from "commander";
import { addressBytes } from "../../chain/address.ts";
import { loadNodeConfig } from "../config.ts";
import { DEFAULT_HOME, homePaths } from "../home.ts";
import { Keyring, KEYRING_BACKENDS, type KeyringBackendName } from "../keyring/index.ts";
import { UserError } from "./errors.ts";
import { expectChain } from "./chainCheck.ts";
import { runningRpcAddress } from "../rpc/addressFile.ts";
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

/** --node, and --chain-id (the chain the node must serve) unless the command has its own. */
export function addNodeOption(cmd: Command): Command {
  cmd.option("--node <url>", `RPC endpoint, tcp://host:port or http(s)://… (default: the address the node of <home> listens on, else rpc.laddr from <home>/config/config.json, else ${DEFAULT_NODE})`);
  if (cmd.options.some((o) => o.long === "--chain-id")) return cmd;
  return cmd.option("--chain-id <id>", "the chain the node must serve (default: chain_id of <home>/config/genesis.json, when there is one)");
}

/** `tcp://h:p` → `http://h:p` (CometBFT spelling → what an HTTP client needs); http(s) kept. */
export function nodeUrl(raw: string): string {
  const m = /^(tcp|http|https|ws|wss):\/\/([^/\s]+)(\/.*)?$/.exec(raw.trim());
  if (!m) throw new UserError(`invalid --node ${JSON.stringify(raw)}: expected tcp://host:port or http(s)://host:port`);
  const scheme = m[1] === "tcp" ? "http" : m[1];
  return `${scheme}://${m[2]}${m[3] ?? ""}`.replace(/\/$/, "");
}

/**
 * --node if given, else the address the running node of the home recorded, else the home's
 * configured RPC address, else the default. The command's clients then check that the node
 * serves the home's chain (or --chain-id): see chainCheck.ts.
 */
export function resolveNode(opts: { node?: string; home: string; chainId?: string }): string {
  const url = nodeUrl(opts.node || (runningRpcAddress(opts.home) ?? (existsSync(homePaths(opts.home).config) ? loadNodeConfig(opts.home).rpc.laddr : DEFAULT_NODE)));
  expectChain(url, opts);
  return url;
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
