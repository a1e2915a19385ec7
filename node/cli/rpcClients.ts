import { StargateClient, SigningStargateClient, type SigningStargateClientOptions } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import type { OfflineDirectSigner } from "@cosmjs/proto-signing";
import { createTributaryRegistry } from "../../client/registry.ts";
import { ATTRIBUTION_TYPES } from "./attribution/args.ts";
import { UserError } from "./errors.ts";
import { checkChain } from "./chainCheck.ts";

function isNetworkError(e: unknown): boolean {
  return e instanceof TypeError && e.message === "fetch failed";
}

/** CosmJS's error for an HTTP error status ("Bad status on response: 404"), which names no URL. */
const BAD_STATUS = /^Bad status on response: (\d+)$/;

/**
 * Runs `fn` against the node at `url`, turning undici's bare "fetch failed" into a message
 * that names the node and the cause (ECONNREFUSED, …), and an HTTP error status (something
 * else listens there) into one naming the node. Other errors pass through.
 */
export async function onNode<T>(url: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    const status = e instanceof Error ? BAD_STATUS.exec(e.message)?.[1] : undefined;
    // 413, and CometBFT's 400, mean a body too large: tooLarge.ts explains those in one line.
    if (status !== undefined && status !== "413" && status !== "400") throw new UserError(`the node at ${url} answered HTTP ${status}: is it a node's RPC address? (see --node)`, { cause: e });
    if (!isNetworkError(e)) throw e;
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (e as Error).message;
    throw new UserError(`cannot reach node at ${url}: ${detail} (is it running? see --node)`, { cause: e });
  }
}

/**
 * Every client a command gets comes through here, so the chain id check (chainCheck.ts) cannot
 * be left out: the client is refused, and disconnected, when the node is on another chain.
 */
async function checked<C extends { disconnect(): void }>(url: string, client: C, network: (c: C) => Promise<string>): Promise<C> {
  try {
    await onNode(url, () => checkChain(url, () => network(client)));
    return client;
  } catch (e) {
    client.disconnect();
    throw e;
  }
}

export async function connectQueryClient(url: string): Promise<StargateClient> {
  return checked(url, await onNode(url, () => StargateClient.connect(url)), (c) => c.getChainId());
}

export async function connectComet(url: string): Promise<Comet38Client> {
  return checked(url, await onNode(url, () => Comet38Client.connect(url)), async (c) => (await c.status()).nodeInfo.network);
}

/** A signing client that knows the Tributary module messages (datanet, attribution) besides the Cosmos ones. */
export async function connectSigningClient(url: string, signer: OfflineDirectSigner, opts: SigningStargateClientOptions): Promise<SigningStargateClient> {
  const client = await onNode(url, () => SigningStargateClient.connectWithSigner(url, signer, { registry: createTributaryRegistry(ATTRIBUTION_TYPES), ...opts }));
  return checked(url, client, (c) => c.getChainId());
}
