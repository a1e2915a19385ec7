/**
 * One signing connection for the inference tx commands, which send more than the generic
 * `signAndBroadcast` of tx.ts does: several txs (chunk uploads, then the registration) and
 * requests whose response is the point of the command.
 */
import type { EncodeObject, OfflineDirectSigner } from "@cosmjs/proto-signing";
import { BroadcastTxError, type DeliverTxResponse, QueryClient, SigningStargateClient, type StdFee, setupTxExtension, type TxExtension } from "@cosmjs/stargate";
import type { Comet38Client } from "@cosmjs/tendermint-rpc";
import { type InferenceQueries, setupInferenceExtension } from "../../../client/inferenceQueries.ts";
import { createTributaryRegistry } from "../../../client/registry.ts";
import { ATTRIBUTION_TYPES } from "../attribution/args.ts";
import { openKeyring, resolveNode } from "../common.ts";
import { refuseGenerateOnly } from "../tx/generate.ts";
import { queryError } from "../datanet/connect.ts";
import type { FromOpts } from "../datanet/txFlags.ts";
import { UserError } from "../errors.ts";
import { signerAddress } from "../signerAddress.ts";
import { connectComet, onNode } from "../rpcClients.ts";
import { simulationFailure } from "../simulation.ts";
import { confirm, fee } from "../commands/tx.ts";

export interface TxSession {
  url: string;
  /** The signer's address. */
  from: string;
  chainId: string;
  comet: Comet38Client;
  client: SigningStargateClient;
  signer: OfflineDirectSigner;
  query: QueryClient & TxExtension;
  inference: InferenceQueries;
}

/** Opens the keyring key --from and the node, checks --chain-id, runs `fn`, always disconnects. */
export async function withTxSession<T>(o: FromOpts, fn: (s: TxSession) => Promise<T>): Promise<T> {
  refuseGenerateOnly(o, "this inference command");
  const url = resolveNode(o);
  const signer = await openKeyring(o).getSigner(o.from);
  const from = await signerAddress(signer);
  const comet = await connectComet(url);
  try {
    const client = SigningStargateClient.createWithSigner(comet, signer, { registry: createTributaryRegistry(ATTRIBUTION_TYPES), broadcastPollIntervalMs: 300, broadcastTimeoutMs: 60_000 });
    const query = QueryClient.withExtensions(comet, setupTxExtension, setupInferenceExtension);
    return await onNode(url, async () => {
      const chainId = await client.getChainId();
      if (o.chainId !== undefined && o.chainId !== chainId) throw new UserError(`--chain-id ${o.chainId} does not match the node at ${url}, which serves ${chainId}`);
      return await fn({ url, from, chainId, comet, client, signer, query, inference: queryErrors(query.inference) });
    });
  } catch (e) {
    throw txError(e);
  } finally {
    comet.disconnect();
  }
}

/** The queries with the node's errors as UserErrors (so they are not taken for simulation refusals). */
function queryErrors(q: InferenceQueries): InferenceQueries {
  const out: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(q)) out[name] = (...args: unknown[]) => (fn as (...a: unknown[]) => Promise<unknown>)(...args).catch((e: unknown) => Promise.reject(queryError(e)));
  return out as unknown as InferenceQueries;
}

/** Node refusals (simulation, CheckTx) as one-line UserErrors naming codespace and code. */
export function txError(e: unknown): unknown {
  if (e instanceof BroadcastTxError) return new UserError(`the node refused the transaction (${e.codespace}/${e.code}): ${e.log ?? ""}`, { cause: e });
  const simulation = simulationFailure(e);
  if (simulation) return simulation;
  if (e instanceof Error && /Bad status on response: 413/.test(e.message)) {
    return new UserError("the node refused a request larger than its rpc.max_body_bytes (1000000 by default; CosmJS sends a simulated tx hex-encoded): use a smaller --chunk-size", { cause: e });
  }
  return queryError(e);
}

/** --gas: a fixed limit, or "auto" (the simulated gas from `simulate` × --gas-adjustment). */
export async function gasFor(o: FromOpts, simulate: () => Promise<number>): Promise<number> {
  if (o.gas !== "auto") {
    if (!/^[0-9]+$/.test(o.gas) || Number(o.gas) <= 0 || !Number.isSafeInteger(Number(o.gas))) throw new UserError(`--gas must be "auto" or a positive integer, got ${JSON.stringify(o.gas)}`);
    return Number(o.gas);
  }
  return Math.ceil((await simulate()) * adjustment(o));
}

export function adjustment(o: FromOpts): number {
  const adj = Number(o.gasAdjustment);
  if (!Number.isFinite(adj) || adj <= 0) throw new UserError(`--gas-adjustment must be a positive number, got ${JSON.stringify(o.gasAdjustment)}`);
  return adj;
}

/** Signs and broadcasts with `limit` gas; a tx included with a non-zero code is a UserError. */
export async function deliver(s: TxSession, o: FromOpts, msgs: EncodeObject[], limit: number): Promise<DeliverTxResponse> {
  const stdFee: StdFee = fee(limit, o);
  const r = await s.client.signAndBroadcast(s.from, msgs, stdFee, o.memo);
  if (r.code !== 0) throw new UserError(`transaction ${r.transactionHash} failed in block ${r.height} with code ${r.code}: ${r.rawLog ?? ""}`);
  return r;
}

export const feeText = (f: StdFee) => f.amount.map((c) => `${c.amount}${c.denom}`).join(",") || "0";

/** Asks for confirmation (unless --yes) with the fee and gas limit, then delivers. */
export async function confirmAndDeliver(s: TxSession, o: FromOpts, msgs: EncodeObject[], summary: string, limit: number): Promise<DeliverTxResponse> {
  await confirm(`${summary}\n  fee: ${feeText(fee(limit, o))}, gas limit: ${limit}, chain: ${s.chainId}${o.memo ? `, memo: ${JSON.stringify(o.memo)}` : ""}`, o.yes);
  return deliver(s, o, msgs, limit);
}

/** One message: gas, confirmation, delivery. */
export async function sendOne(s: TxSession, o: FromOpts, msg: EncodeObject, summary: string): Promise<DeliverTxResponse> {
  const limit = await gasFor(o, () => s.client.simulate(s.from, [msg], o.memo));
  return confirmAndDeliver(s, o, [msg], summary, limit);
}

/** The fields every tx result prints. */
export function txResultJson(r: DeliverTxResponse): Record<string, string | number> {
  return { txhash: r.transactionHash, height: String(r.height), code: r.code, gas_wanted: String(r.gasWanted), gas_used: String(r.gasUsed) };
}
