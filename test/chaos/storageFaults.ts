/**
 * Helpers for the disk-full and damaged-write tests: a solo home whose node logs at info and
 * serves only RPC, bank sends that wait for their block, and byte-level damage to LevelDB's
 * newest log or table file.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { type DeliverTxResponse, SigningStargateClient, StargateClient } from "@cosmjs/stargate";
import { DEV_ACCOUNTS } from "../../node/cli/devAccounts.ts";
import { loadNodeConfig, writeNodeConfig } from "../../node/config.ts";
import { makeTestHome } from "../testNode.ts";

/**
 * A test home whose node serves only its RPC (no storage, REST, gRPC or metrics listeners) and
 * logs at info, the level of the "node started" line the harnesses read the RPC address from.
 */
export function quietHome(timeoutCommitMs = 100): string {
  const home = makeTestHome({ timeoutCommitMs });
  const config = loadNodeConfig(home);
  config.log_level = "info";
  config.storage.address = "";
  config.api.address = "";
  config.grpc.address = "";
  config.metrics.address = "";
  writeNodeConfig(home, config);
  return home;
}

/** `n` sends from alice to `to` (one per block), each awaited in its block. */
export async function sendAndConfirm(url: string, to: string, n: number, amount = "7", onConfirmed?: (tx: DeliverTxResponse) => void): Promise<DeliverTxResponse[]> {
  const alice = DEV_ACCOUNTS[0];
  const client = await SigningStargateClient.connectWithSigner(url, await DirectSecp256k1HdWallet.fromMnemonic(alice.mnemonic, { prefix: "trib" }), { broadcastPollIntervalMs: 50, broadcastTimeoutMs: 8_000 });
  try {
    const out: DeliverTxResponse[] = [];
    for (let i = 0; i < n; i++) {
      const tx = await client.sendTokens(alice.address, to, [{ denom: "utrib", amount }], { amount: [{ denom: "utrib", amount: "600" }], gas: "200000" });
      if (tx.code !== 0) throw new Error(`send failed: ${tx.rawLog}`);
      out.push(tx);
      onConfirmed?.(tx);
    }
    return out;
  } finally {
    client.disconnect();
  }
}

export async function balance(url: string, address: string): Promise<bigint> {
  const c = await StargateClient.connect(url);
  try {
    return BigInt((await c.getBalance(address, "utrib")).amount);
  } finally {
    c.disconnect();
  }
}

/** The most recently written file of `dbPath` whose name ends with `ext` (".log" or ".ldb"). */
export function newestFile(dbPath: string, ext: string): string {
  const files = readdirSync(dbPath)
    .filter((f) => f.endsWith(ext))
    .map((f) => ({ f, n: Number.parseInt(f, 10) }))
    .sort((a, b) => b.n - a.n);
  if (files.length === 0) throw new Error(`no ${ext} file in ${dbPath}: ${readdirSync(dbPath).join(", ")}`);
  return join(dbPath, files[0]!.f);
}

/** Flips every bit of the bytes at `offsets`. */
export function flipBytes(file: string, offsets: number[]): void {
  const b = readFileSync(file);
  for (const o of offsets) b[o]! ^= 0xff;
  writeFileSync(file, b);
}

/** Offset of the first occurrence of `needle` in the file (-1 if absent). */
export function offsetOf(file: string, needle: Uint8Array): number {
  return readFileSync(file).indexOf(Buffer.from(needle));
}

export const fileSize = (file: string) => statSync(file).size;
