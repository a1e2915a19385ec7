/**
 * Is the node a command talks to on the chain the command's home is for? `resolveNode`
 * (common.ts) notes what the command expects of the URL it returns; the client constructors of
 * rpcClients.ts, the only way commands reach a node, check it once per command before any query
 * or tx. The expected chain id is --chain-id when given, else the home's genesis chain_id; a home
 * without a genesis (a client home with only keys) and no --chain-id expects nothing.
 */
import { existsSync, readFileSync } from "node:fs";
import { homePaths } from "../home.ts";
import { UserError } from "./errors.ts";

interface Expectation {
  home: string;
  chainId: string | undefined;
  /** The one check of this command (the first client to connect runs it). */
  checked?: Promise<void>;
}

// Keyed by URL: a command resolves one node, and a later command (tests run many in one
// process) replaces the entry when it resolves the URL again.
const expectations = new Map<string, Expectation>();

/** Called by resolveNode for the URL a command is about to use. */
export function expectChain(url: string, o: { home: string; chainId?: string }): void {
  expectations.set(url, { home: o.home, chainId: o.chainId });
}

/** The chain id in `<home>/config/genesis.json`, undefined when the home has no genesis. */
export function homeChainId(home: string): string | undefined {
  const file = homePaths(home).genesis;
  if (!existsSync(file)) return undefined;
  let id: unknown;
  try {
    id = (JSON.parse(readFileSync(file, "utf8")) as { chain_id?: unknown } | null)?.chain_id;
  } catch (e) {
    throw new UserError(`cannot read the chain id of ${file}: ${(e as Error).message} (fix it, or pass --chain-id)`, { cause: e });
  }
  if (typeof id !== "string" || id === "") throw new UserError(`${file} has no chain_id (fix it, or pass --chain-id)`);
  return id;
}

async function check(url: string, e: Expectation, network: () => Promise<string>): Promise<void> {
  const expected = e.chainId ?? homeChainId(e.home);
  if (expected === undefined) return;
  const served = await network();
  if (served === expected) return;
  if (e.chainId !== undefined) throw new UserError(`--chain-id ${e.chainId} does not match the node at ${url}, which serves ${served}`);
  const home = homePaths(e.home).home;
  throw new UserError(
    `the node at ${url} serves chain ${served}, but the home ${home} is for chain ${expected} (its genesis): use --node for a ${expected} node, or --chain-id ${served} to use this one anyway`,
  );
}

/**
 * Refuses (UserError) when the node at `url` is not on the chain its command expects;
 * `network` asks the node its chain id (status `node_info.network`) and is called at most once.
 */
export function checkChain(url: string, network: () => Promise<string>): Promise<void> {
  const e = expectations.get(url);
  if (e === undefined) return Promise.resolve();
  e.checked ??= check(url, e, network);
  return e.checked;
}
