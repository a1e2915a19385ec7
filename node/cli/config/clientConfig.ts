/**
 * The client config of a home, `<home>/config/client.toml`, as the SDK's: defaults for the flags
 * every client command shares. A flag on the command line wins; a key that is empty ("") leaves
 * the command's own default (for `node`: the address the home's node listens on).
 *
 * The file is flat `key = "value"` lines with comments, which is all the SDK's client.toml holds,
 * so it is read and written here rather than by a TOML library (none is installed).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { validateChainId } from "../../../genesis/doc.ts";
import { homePaths } from "../../home.ts";
import { KEYRING_BACKENDS } from "../../keyring/index.ts";
import { UserError } from "../errors.ts";

export const CLIENT_CONFIG_KEYS = ["chain-id", "keyring-backend", "output", "node", "broadcast-mode"] as const;
export type ClientConfigKey = (typeof CLIENT_CONFIG_KEYS)[number];
export type ClientConfig = Record<ClientConfigKey, string>;

export const BROADCAST_MODES = ["sync", "block"] as const;

/** What a home without a client.toml behaves as (and what a new one holds unless told). */
export const DEFAULT_CLIENT_CONFIG: ClientConfig = {
  "chain-id": "",
  "keyring-backend": "test",
  output: "text",
  node: "",
  "broadcast-mode": "block",
};

const COMMENTS: Record<ClientConfigKey, string> = {
  "chain-id": "The chain the node must serve (empty: the chain_id of this home's genesis).",
  "keyring-backend": `Keyring backend: ${KEYRING_BACKENDS.join(" or ")}.`,
  output: "Output format of every command: text or json.",
  node: "RPC endpoint, tcp://host:port or http(s)://host:port (empty: the node of this home).",
  "broadcast-mode": "sync: return once the node accepted the tx (CheckTx); block: wait until it is in a block.",
};

export function clientConfigPath(home: string): string {
  return join(homePaths(home).configDir, "client.toml");
}

export function isClientConfigKey(key: string): key is ClientConfigKey {
  return (CLIENT_CONFIG_KEYS as readonly string[]).includes(key);
}

export function checkKey(key: string): ClientConfigKey {
  if (!isClientConfigKey(key)) throw new UserError(`unknown client config key ${JSON.stringify(key)}: expected one of ${CLIENT_CONFIG_KEYS.join(", ")}`);
  return key;
}

/** Refuses a value the key cannot hold, with the reason; "" (unset) is allowed for chain-id and node. */
export function checkValue(key: ClientConfigKey, value: string): string {
  const bad = (why: string): never => {
    throw new UserError(`invalid ${key} ${JSON.stringify(value)}: ${why}`);
  };
  const oneOf = (allowed: readonly string[]) => (allowed.includes(value) ? value : bad(`expected ${allowed.join(" or ")}`));
  switch (key) {
    case "chain-id":
      if (value === "") return value;
      try {
        validateChainId(value, "chain-id");
      } catch (e) {
        bad((e as { reason?: string }).reason ?? (e as Error).message);
      }
      return value;
    case "keyring-backend":
      return oneOf(KEYRING_BACKENDS);
    case "output":
      return oneOf(["text", "json"]);
    case "broadcast-mode":
      return oneOf(BROADCAST_MODES);
    case "node":
      if (value === "" || /^(tcp|http|https):\/\/[^/\s]+(\/\S*)?$/.test(value)) return value;
      return bad("expected tcp://host:port or http(s)://host:port, or \"\" for the node of this home");
  }
}

/** A TOML basic string's content (the escapes the writer produces, and \t \n \uXXXX). */
function unquote(raw: string, where: string): string {
  const m = /^"((?:[^"\\]|\\.)*)"$/.exec(raw);
  if (!m) throw new UserError(`${where}: expected a "quoted" string, got ${raw}`);
  return m[1]!.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
    if (e.startsWith("u") && e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    const simple: Record<string, string> = { '"': '"', "\\": "\\", n: "\n", t: "\t" };
    const out = simple[e];
    if (out === undefined) throw new UserError(`${where}: unknown escape \\${e}`);
    return out;
  });
}

function quote(v: string): string {
  return `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** Parses client.toml text; every line is a comment, blank, or a known `key = "value"` with a valid value. */
export function parseClientConfig(text: string, file: string): ClientConfig {
  const out: ClientConfig = { ...DEFAULT_CLIENT_CONFIG };
  text.split(/\r?\n/).forEach((line, i) => {
    const where = `${file}:${i + 1}`;
    const t = line.trim();
    if (t === "" || t.startsWith("#")) return;
    const m = /^([A-Za-z0-9_-]+)\s*=\s*(.*?)\s*(#[^"]*)?$/.exec(t);
    if (!m) throw new UserError(`${where}: expected key = "value", got ${JSON.stringify(t)}`);
    if (!isClientConfigKey(m[1]!)) throw new UserError(`${where}: unknown key ${JSON.stringify(m[1])}: expected one of ${CLIENT_CONFIG_KEYS.join(", ")}`);
    try {
      out[m[1]] = checkValue(m[1], unquote(m[2]!, where));
    } catch (e) {
      throw new UserError(`${where}: ${(e as Error).message}`, { cause: e });
    }
  });
  return out;
}

/** The home's client config; the defaults when it has no client.toml. */
export function readClientConfig(home: string): ClientConfig {
  const file = clientConfigPath(home);
  if (!existsSync(file)) return { ...DEFAULT_CLIENT_CONFIG };
  return parseClientConfig(readFileSync(file, "utf8"), file);
}

export function formatClientConfig(c: ClientConfig): string {
  const lines = ["# Tributary client configuration (the Cosmos SDK's client.toml): defaults for client commands.", "# A flag on the command line overrides it. `tributary config set <key> <value>` edits it.", ""];
  for (const k of CLIENT_CONFIG_KEYS) lines.push(`# ${COMMENTS[k]}`, `${k} = ${quote(c[k])}`, "");
  return lines.join("\n");
}

/** Writes the whole file at once (temp file + rename), so a failed write leaves the old one whole. */
export function writeClientConfig(home: string, c: ClientConfig): void {
  for (const k of CLIENT_CONFIG_KEYS) checkValue(k, c[k]);
  const file = clientConfigPath(home);
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, formatClientConfig(c), { mode: 0o644 });
  renameSync(tmp, file);
}

/** Sets one key after checking key and value; nothing is written when either is invalid. */
export function setClientConfigValue(home: string, key: string, value: string): ClientConfig {
  const k = checkKey(key);
  const v = checkValue(k, value);
  // A client-only home (keys, no node) has no config dir yet.
  mkdirSync(homePaths(home).configDir, { recursive: true });
  const next = { ...readClientConfig(home), [k]: v };
  writeClientConfig(home, next);
  return next;
}

/**
 * A new home's client.toml (`init`: the encrypted "file" keyring; `dev-init`: "test", whose keys
 * are public anyway). An existing file is the operator's and is kept.
 */
export function createClientConfig(home: string, keyringBackend: (typeof KEYRING_BACKENDS)[number]): void {
  if (existsSync(clientConfigPath(home))) return;
  writeClientConfig(home, { ...DEFAULT_CLIENT_CONFIG, "keyring-backend": keyringBackend });
}
