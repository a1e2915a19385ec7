import { StargateClient, SigningStargateClient, type SigningStargateClientOptions } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import type { OfflineDirectSigner } from "@cosmjs/proto-signing";
import { createTributaryRegistry } from "../../client/registry.ts";
import { ATTRIBUTION_TYPES } from "./attribution/args.ts";
import { UserError } from "./errors.ts";

function isNetworkError(e: unknown): boolean {
  return e instanceof TypeError && e.message === "fetch failed";
}

/**
 * Runs `fn` against the node at `url`, turning undici's bare "fetch failed" into a message
 * that names the node and the cause (ECONNREFUSED, …). Other errors pass through.
 */
export async function onNode<T>(url: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (!isNetworkError(e)) throw e;
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (e as Error).message;
    throw new UserError(`cannot reach node at ${url}: ${detail} (is it running? see --node)`, { cause: e });
  }
}

export function connectQueryClient(url: string): Promise<StargateClient> {
  return onNode(url, () => StargateClient.connect(url));
}

export function connectComet(url: string): Promise<Comet38Client> {
  return onNode(url, () => Comet38Client.connect(url));
}

/** A signing client that knows the Tributary module messages (datanet, attribution) besides the Cosmos ones. */
export function connectSigningClient(url: string, signer: OfflineDirectSigner, opts: SigningStargateClientOptions): Promise<SigningStargateClient> {
  return onNode(url, () => SigningStargateClient.connectWithSigner(url, signer, { registry: createTributaryRegistry(ATTRIBUTION_TYPES), ...opts }));
}
