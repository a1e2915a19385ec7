/**
 * CometBFT JSON-RPC over plain fetch, each call with a timeout: a paused or cut-off node must
 * cost the harness a bounded wait, never a hang (CosmJS's clients keep connections and retry).
 */

export class RpcError extends Error {
  override readonly name = "RpcError";
}

/** `GET <rpc>/<method>?<params>`; the `result`, or RpcError with the node's error or the network failure. */
export async function rpcCall<T>(rpc: string, method: string, params: Record<string, string | number> = {}, timeoutMs = 5_000): Promise<T> {
  const qs = new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString();
  const url = `${rpc}/${method}${qs ? `?${qs}` : ""}`;
  let body: { result?: T; error?: { message?: string; data?: string } };
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    body = (await res.json()) as typeof body;
  } catch (e) {
    throw new RpcError(`${url}: ${(e as Error).message}`);
  }
  if (body.error) throw new RpcError(`${url}: ${body.error.message ?? "error"}${body.error.data ? `: ${body.error.data}` : ""}`);
  return body.result as T;
}

export interface Status {
  height: bigint;
  catchingUp: boolean;
}

export async function status(rpc: string, timeoutMs = 2_000): Promise<Status> {
  const r = await rpcCall<{ sync_info: { latest_block_height: string; catching_up: boolean } }>(rpc, "status", {}, timeoutMs);
  return { height: BigInt(r.sync_info.latest_block_height), catchingUp: r.sync_info.catching_up };
}

/** The height, or undefined when the node does not answer in time. */
export async function heightOf(rpc: string, timeoutMs = 2_000): Promise<bigint | undefined> {
  try {
    return (await status(rpc, timeoutMs)).height;
  } catch {
    return undefined;
  }
}

export interface BlockMeta {
  height: number;
  blockHash: string;
  appHash: string;
}

/** Block hash and header app hash of heights `from`..`to` (at most 20 per call, as CometBFT pages them). */
export async function blockMetas(rpc: string, from: number, to: number): Promise<BlockMeta[]> {
  const out: BlockMeta[] = [];
  for (let lo = from; lo <= to; lo += 20) {
    const hi = Math.min(to, lo + 19);
    const r = await rpcCall<{ block_metas: { block_id: { hash: string }; header: { height: string; app_hash: string } }[] }>(rpc, "blockchain", { minHeight: lo, maxHeight: hi }, 10_000);
    for (const m of r.block_metas) out.push({ height: Number(m.header.height), blockHash: m.block_id.hash, appHash: m.header.app_hash });
  }
  return out.sort((a, b) => a.height - b.height);
}

export interface TxLookup {
  height: number;
  code: number;
  log: string;
}

/** A tx by its upper-case hex hash; undefined when this node has not indexed it. */
export async function txByHash(rpc: string, hash: string, timeoutMs = 3_000): Promise<TxLookup | undefined> {
  try {
    const r = await rpcCall<{ height: string; tx_result: { code?: number; log?: string } }>(rpc, "tx", { hash: `0x${hash}` }, timeoutMs);
    return { height: Number(r.height), code: r.tx_result.code ?? 0, log: r.tx_result.log ?? "" };
  } catch (e) {
    if (/not found/i.test((e as Error).message)) return undefined;
    throw e;
  }
}

/** CheckTx's answer to broadcast_tx_sync. */
export async function broadcastSync(rpc: string, tx: Uint8Array): Promise<{ code: number; log: string }> {
  const r = await rpcCall<{ code: number; log: string }>(rpc, "broadcast_tx_sync", { tx: `0x${Buffer.from(tx).toString("hex")}` }, 5_000);
  return { code: r.code, log: r.log };
}

/** abci_query of a gRPC-style path at `height` (0: latest); the response value bytes. */
export async function abciQuery(rpc: string, path: string, data: Uint8Array, height = 0n): Promise<Uint8Array> {
  const params: Record<string, string> = { path: JSON.stringify(path), data: `0x${Buffer.from(data).toString("hex")}` };
  if (height > 0n) params.height = height.toString();
  const r = await rpcCall<{ response: { code: number; log: string; value?: string | null } }>(rpc, "abci_query", params, 10_000);
  if (r.response.code !== 0) throw new RpcError(`abci_query ${path} at ${height}: code ${r.response.code}: ${r.response.log}`);
  return Buffer.from(r.response.value ?? "", "base64");
}
