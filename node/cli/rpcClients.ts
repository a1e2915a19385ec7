import { StargateClient, SigningStargateClient, type SigningStargateClientOptions } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import type { OfflineDirectSigner } from "@cosmjs/proto-signing";
import { UserError } from "./errors.ts";

/** Turns "fetch failed" and friends into a message that says which node could not be reached. */
async function reach<T>(url: string, connect: () => Promise<T>): Promise<T> {
  try {
    return await connect();
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code;
    throw new UserError(`cannot reach node at ${url}: ${cause ?? (e as Error).message} (is it running? see --node)`);
  }
}

export function connectQueryClient(url: string): Promise<StargateClient> {
  return reach(url, () => StargateClient.connect(url));
}

export function connectComet(url: string): Promise<Comet38Client> {
  return reach(url, () => Comet38Client.connect(url));
}

export function connectSigningClient(url: string, signer: OfflineDirectSigner, opts: SigningStargateClientOptions): Promise<SigningStargateClient> {
  return reach(url, () => SigningStargateClient.connectWithSigner(url, signer, opts));
}
