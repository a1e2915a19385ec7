import { Command } from "commander";
import { toHex } from "@cosmjs/encoding";
import { sha256 } from "@noble/hashes/sha2.js";
import { QueryClient, createProtobufRpcClient, type StargateClient } from "@cosmjs/stargate";
import { QueryClientImpl as BankQuery } from "cosmjs-types/cosmos/bank/v1beta1/query";
import type { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { checkAddressArg, outputFormat, resolveNode, type QueryOpts, withQueryOptions } from "../common.ts";
import { UserError } from "../errors.ts";
import { printValue } from "../output.ts";
import { connectComet, connectQueryClient, onNode } from "../rpcClients.ts";
import { authParamsCmd, bankParamsCmd } from "./sdkParamsQuery.ts";

/** Connects, runs `fn`, always disconnects. */
async function withClient<T>(o: QueryOpts, fn: (c: StargateClient) => Promise<T>): Promise<T> {
  const url = resolveNode(o);
  const client = await connectQueryClient(url);
  try {
    return await onNode(url, () => fn(client));
  } finally {
    client.disconnect();
  }
}

/**
 * Every balance (all pages: CosmJS's getAllBalances reads only the first), with the total the
 * chain counted (count_total on the first page). PERF: one request per 100 denoms.
 */
async function allBalances(o: QueryOpts, address: string): Promise<{ balances: Coin[]; total: string }> {
  const url = resolveNode(o);
  const comet = await connectComet(url);
  try {
    const bank = new BankQuery(createProtobufRpcClient(new QueryClient(comet)));
    const balances: Coin[] = [];
    let total = "0";
    let key: Uint8Array | undefined;
    do {
      const r = await onNode(url, () => bank.AllBalances({ address, resolveDenom: false, pagination: { key: key ?? new Uint8Array(), offset: 0n, limit: 0n, countTotal: key === undefined, reverse: false } }));
      if (key === undefined) total = String(r.pagination?.total ?? 0n);
      balances.push(...r.balances);
      key = r.pagination?.nextKey?.length ? r.pagination.nextKey : undefined;
    } while (key);
    return { balances, total };
  } finally {
    comet.disconnect();
  }
}

function balancesCmd(): Command {
  const cmd = new Command("balances").description("all balances of an account").argument("<address>", "trib1… address").option("--denom <denom>", "only this denom");
  return withQueryOptions(cmd).action(async (address: string, o: QueryOpts & { denom?: string }) => {
    const format = outputFormat(o.output);
    checkAddressArg(address, "address");
    if (o.denom !== undefined) return printValue({ balance: await withClient(o, (c) => c.getBalance(address, o.denom!)) }, format);
    const { balances, total } = await allBalances(o, address);
    printValue({ balances: balances.map((b) => ({ denom: b.denom, amount: b.amount })), pagination: { next_key: null, total } }, format);
  });
}

function accountCmd(): Command {
  const cmd = new Command("account").description("an account's number, sequence and public key").argument("<address>", "trib1… address");
  return withQueryOptions(cmd).action(async (address: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    checkAddressArg(address, "address");
    const acc = await withClient(o, (c) => c.getAccount(address));
    if (!acc) throw new UserError(`account ${address} not found (an account exists once it has received coins)`);
    const out = {
      address: acc.address,
      account_number: String(acc.accountNumber),
      sequence: String(acc.sequence),
      pub_key: acc.pubkey ? { "@type": "/cosmos.crypto.secp256k1.PubKey", key: acc.pubkey.value } : null,
    };
    printValue(out, format);
  });
}

function txCmd(): Command {
  const cmd = new Command("tx").description("a committed transaction by hash").argument("<hash>", "tx hash (hex)");
  return withQueryOptions(cmd).action(async (hash: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    if (!/^[0-9a-fA-F]{64}$/.test(hash)) throw new UserError(`invalid tx hash ${JSON.stringify(hash)}: expected 64 hex characters`);
    const tx = await withClient(o, (c) => c.getTx(hash.toUpperCase()));
    if (!tx) throw new UserError(`tx ${hash.toUpperCase()} not found`);
    const out = {
      txhash: tx.hash,
      height: String(tx.height),
      index: tx.txIndex,
      code: tx.code,
      gas_wanted: String(tx.gasWanted),
      gas_used: String(tx.gasUsed),
      raw_log: tx.rawLog,
      events: tx.events,
      tx: tx.tx,
    };
    printValue(out, format);
  });
}

function parseHeight(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^[0-9]+$/.test(v) || Number(v) < 1 || !Number.isSafeInteger(Number(v))) throw new UserError(`height must be a positive integer, got ${JSON.stringify(v)}`);
  return Number(v);
}

function blockCmd(): Command {
  const cmd = new Command("block").description("a block (default: the latest)").argument("[height]", "block height");
  return withQueryOptions(cmd).action(async (heightArg: string | undefined, o: QueryOpts) => {
    const format = outputFormat(o.output);
    const height = parseHeight(heightArg);
    const block = await withClient(o, (c) => c.getBlock(height));
    const out = {
      block_id: { hash: block.id },
      header: { version: block.header.version, chain_id: block.header.chainId, height: String(block.header.height), time: block.header.time },
      num_txs: block.txs.length,
      tx_hashes: block.txs.map((t) => toHex(sha256(t)).toUpperCase()),
      txs: block.txs,
    };
    printValue(out, format);
  });
}

export function queryCommand(): Command {
  return new Command("query")
    .alias("q")
    .description("query chain state over RPC")
    .addCommand(new Command("bank").description("bank queries").addCommand(balancesCmd()).addCommand(bankParamsCmd()))
    .addCommand(new Command("auth").description("auth queries").addCommand(accountCmd()).addCommand(authParamsCmd()))
    .addCommand(txCmd())
    .addCommand(blockCmd());
}
