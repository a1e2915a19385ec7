/**
 * The `[statesync]` section of a joining node's CometBFT config.toml, and the trusted height and
 * hash it needs, read from a node's RPC (what `tributary statesync config` prints or writes).
 * CometBFT's light client then checks every header from that trusted block to the snapshot's
 * height against the validator sets, so the app hash a snapshot must reproduce is vouched for.
 */

export interface StateSyncSettings {
  /** At least two RPC servers (CometBFT refuses fewer; the same one twice is allowed), "http://host:port". */
  rpcServers: string[];
  trustHeight: bigint;
  /** Upper-case hex block hash at trustHeight. */
  trustHash: string;
  /** Go duration; must be shorter than the unbonding time. Default "168h0m0s" (CometBFT's). */
  trustPeriod?: string;
  /** Go duration CometBFT spends gathering snapshot offers; default "5s" (CometBFT's minimum). */
  discoveryTime?: string;
}

export class StateSyncConfigError extends Error {
  override readonly name = "StateSyncConfigError";
}

const q = (s: string) => JSON.stringify(s);

export function renderStateSyncSection(s: StateSyncSettings): string {
  if (s.rpcServers.length === 0) throw new StateSyncConfigError("state sync needs at least one RPC server");
  // CometBFT requires two entries; one server given twice is accepted.
  const servers = s.rpcServers.length === 1 ? [s.rpcServers[0]!, s.rpcServers[0]!] : s.rpcServers;
  if (!/^[0-9A-F]{64}$/.test(s.trustHash)) throw new StateSyncConfigError(`trust hash must be 64 upper-case hex digits, got ${q(s.trustHash)}`);
  if (s.trustHeight <= 0n) throw new StateSyncConfigError(`trust height must be positive, got ${s.trustHeight}`);
  return `[statesync]
# Written by Tributary (node/snapshots/cometStateSync.ts): join from a snapshot, then block sync.
enable = true
rpc_servers = ${q(servers.join(","))}
trust_height = ${s.trustHeight}
trust_hash = ${q(s.trustHash)}
trust_period = ${q(s.trustPeriod ?? "168h0m0s")}
discovery_time = ${q(s.discoveryTime ?? "5s")}
chunk_request_timeout = "10s"
chunk_fetchers = "4"
`;
}

/** `toml` with its [statesync] section replaced by (or, when it has none, appended with) `s`'s. */
export function withStateSyncSection(toml: string, s: StateSyncSettings): string {
  const section = renderStateSyncSection(s);
  const lines = toml.split("\n");
  const start = lines.findIndex((l) => l.trim() === "[statesync]");
  if (start < 0) return `${toml.replace(/\n*$/, "\n")}\n${section}`;
  let end = start + 1;
  while (end < lines.length && !/^\s*\[/.test(lines[end]!)) end++;
  return [...lines.slice(0, start), ...section.trimEnd().split("\n"), "", ...lines.slice(end)].join("\n");
}

interface RpcResult<T> {
  result?: T;
  error?: { message?: string; data?: string };
}

async function rpcGet<T>(rpc: string, path: string): Promise<T> {
  const url = `${rpc.replace(/^tcp:\/\//, "http://").replace(/\/$/, "")}${path}`;
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  } catch (e) {
    throw new StateSyncConfigError(`cannot reach ${url}: ${(e as Error).message}`);
  }
  const body = (await res.json().catch(() => ({}))) as RpcResult<T>;
  if (!body.result) throw new StateSyncConfigError(`${url}: ${body.error?.data ?? body.error?.message ?? `HTTP ${res.status}`}`);
  return body.result;
}

/**
 * The latest height minus `offset` (or `height` when given) and its block hash, from `rpc`.
 * A trusted block below the snapshot height is verified forward to it; above it, backwards.
 */
export async function trustedBlock(rpc: string, o: { height?: bigint; offset?: bigint } = {}): Promise<{ height: bigint; hash: string }> {
  let height = o.height;
  if (height === undefined) {
    const status = await rpcGet<{ sync_info: { latest_block_height: string } }>(rpc, "/status");
    height = BigInt(status.sync_info.latest_block_height) - (o.offset ?? 0n);
    if (height < 1n) throw new StateSyncConfigError(`the node at ${rpc} is at height ${status.sync_info.latest_block_height}: too low for a trust offset of ${o.offset ?? 0n}`);
  }
  const block = await rpcGet<{ block_id: { hash: string } }>(rpc, `/block?height=${height}`);
  return { height, hash: block.block_id.hash.toUpperCase() };
}
