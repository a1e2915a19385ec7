/**
 * The storage-node role of a running node (`tributary start --storage-node --from <key>`): the
 * startup check (the key is registered as a storage node) and the prover wired to the app's
 * committed state, the home's content store and the driver's mempool.
 */
import type { OfflineDirectSigner } from "@cosmjs/proto-signing";
import { GasPrice } from "@cosmjs/stargate";
import type { Logger } from "pino";
import type { AbciApp } from "../../chain/abci.ts";
import { type RewardsQueries, setupRewardsExtension } from "../../client/rewardsQueries.ts";
import { ContentStore } from "../content/store.ts";
import { appQueryClient } from "./appQueryClient.ts";
import { type Broadcast, ProofTxSender } from "./proofTx.ts";
import { StorageProver } from "./prover.ts";

/** Why `--storage-node` cannot start (printed as one line by the CLI). */
export class StorageNodeError extends Error {
  override readonly name = "StorageNodeError";
}

export interface StorageNodeOptions {
  /** The keyring key's name (for messages) and its signer. */
  keyName: string;
  signer: OfflineDirectSigner;
  /** Fee price of the proof txs, e.g. "0.0025utrib". */
  gasPrice: string;
}

export interface StorageNodeWiring {
  app: AbciApp;
  home: string;
  broadcast: Broadcast;
  /** The chain id signed over (may be read from the consensus engine on first use). */
  chainId: () => string | Promise<string>;
  txResult?: (hash: string) => Promise<{ code: number; log: string } | undefined>;
  logger: Logger;
}

const NODE_ROLE_STORAGE = "STORAGE";

/** Refuses an operator that is not registered with the storage role, saying what to run. */
export async function checkStorageNode(rewards: RewardsQueries, operator: string, keyName: string): Promise<void> {
  const register = `run \`tributary tx rewards register-node --datanets <ids> --endpoint <public url> --bond <coin> --from ${keyName}\` first`;
  let roles: string[];
  try {
    roles = (await rewards.node(operator)).node.roles;
  } catch (e) {
    const msg = (e as Error).message;
    if (/not a registered node|node not found/i.test(msg)) throw new StorageNodeError(`key ${JSON.stringify(keyName)} (${operator}) is not registered as a storage node: ${register}`);
    throw new StorageNodeError(`cannot read the storage node registry for ${operator}: ${msg}`);
  }
  if (!roles.includes(NODE_ROLE_STORAGE)) throw new StorageNodeError(`node ${operator} is registered without the storage role: ${register}`);
}

/** Checks the registration, then returns the prover (call onCommitted after each commit). */
export async function openStorageNode(opts: StorageNodeOptions, w: StorageNodeWiring): Promise<StorageProver> {
  let price: GasPrice;
  try {
    price = GasPrice.fromString(opts.gasPrice);
  } catch (e) {
    throw new StorageNodeError(`invalid gas price ${JSON.stringify(opts.gasPrice)} for proof txs: ${(e as Error).message}`);
  }
  const [account] = await opts.signer.getAccounts();
  if (!account) throw new StorageNodeError(`the key ${opts.keyName} holds no account to sign proof txs with`);
  const operator = account.address;
  const query = appQueryClient(w.app);
  const rewards = setupRewardsExtension(query).rewards;
  await checkStorageNode(rewards, operator, opts.keyName);
  const sender = new ProofTxSender(opts.signer, operator, query, w.broadcast, w.chainId, price);
  w.logger.info({ operator }, "storage node: answering this operator's storage challenges");
  return new StorageProver({ operator, rewards, store: ContentStore.forHome(w.home), sender, txResult: w.txResult, logger: w.logger });
}
