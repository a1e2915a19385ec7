import { Command } from "commander";
import { coinToWire, parseCoins } from "../../../chain/coins.ts";
import { calculateFee, GasPrice, type DeliverTxResponse, type StdFee } from "@cosmjs/stargate";
import type { SigningStargateClient } from "@cosmjs/stargate";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { addHomeOption, addKeyringOption, checkAddressArg, addNodeOption, addOutputOption, openKeyring, outputFormat, printJson, resolveNode } from "../common.ts";
import { UserError } from "../errors.ts";
import { signerAddress } from "../signerAddress.ts";
import { ask } from "../stdin.ts";
import { connectSigningClient, onNode } from "../rpcClients.ts";
import { simulated } from "../simulation.ts";
import { printYaml } from "../output.ts";
import { fromAddress, printUnsigned } from "../tx/generate.ts";
import { offlineTxCommands } from "../tx/offlineCommands.ts";
import { dryRun, simulateCmd } from "../tx/simulate.ts";

/** simd's default gas limit when --gas is not given. */
export const DEFAULT_GAS = 200_000;

export interface TxOpts {
  home: string;
  keyringBackend: string;
  output: string;
  node?: string;
  chainId?: string;
  fees?: string;
  gas: string;
  gasAdjustment: string;
  gasPrices: string;
  memo: string;
  yes: boolean;
  generateOnly?: boolean;
  dryRun?: boolean;
  broadcastMode?: string;
}

export function addTxOptions(cmd: Command): Command {
  cmd
    .option("--fees <coins>", "fee to pay, e.g. 5000utrib (default: gas limit × --gas-prices)")
    .option("--gas <auto|N>", `gas limit, or "auto" to simulate first and multiply by --gas-adjustment`, String(DEFAULT_GAS))
    .option("--gas-adjustment <x>", "multiplier on simulated gas with --gas auto", "1.4")
    .option("--gas-prices <price>", "price per unit of gas when --fees is not given", "0.0025utrib")
    .option("--chain-id <id>", "expected chain id (checked against the node)")
    .option("--memo <text>", "memo", "")
    .option("--generate-only", "print the unsigned tx as JSON and send nothing (--from may then be an address); sign it with `tx sign`", false)
    .option("--dry-run", "simulate the tx on the node and print the gas and events; nothing is signed or sent", false)
    .option("--broadcast-mode <sync|block>", "sync: return once the node accepted the tx (CheckTx); block: wait until it is in a block", "block")
    .option(
      "-y, --yes",
      "broadcast without asking; without it a confirmation is read from the terminal, or one line (y/yes) from piped stdin, as simd does",
      false,
    );
  addNodeOption(cmd);
  addHomeOption(cmd);
  addKeyringOption(cmd);
  return addOutputOption(cmd, "text");
}

async function gasLimit(client: SigningStargateClient | undefined, from: string, msgs: EncodeObject[], o: TxOpts): Promise<number> {
  if (o.gas === "auto" && client) {
    const adj = Number(o.gasAdjustment);
    if (!Number.isFinite(adj) || adj <= 0) throw new UserError(`--gas-adjustment must be a positive number, got ${JSON.stringify(o.gasAdjustment)}`);
    return Math.ceil((await simulated(() => client.simulate(from, msgs, o.memo))) * adj);
  }
  if (!/^[0-9]+$/.test(o.gas) || Number(o.gas) <= 0 || !Number.isSafeInteger(Number(o.gas))) {
    throw new UserError(`--gas must be "auto" or a positive integer, got ${JSON.stringify(o.gas)}`);
  }
  return Number(o.gas);
}

export function fee(limit: number, o: TxOpts): StdFee {
  if (o.fees !== undefined) {
    try {
      return { amount: parseCoins(o.fees).map(coinToWire), gas: String(limit) };
    } catch (e) {
      throw new UserError(`invalid --fees ${JSON.stringify(o.fees)}: ${(e as Error).message}`);
    }
  }
  let price: GasPrice;
  try {
    price = GasPrice.fromString(o.gasPrices);
  } catch (e) {
    throw new UserError(`invalid --gas-prices ${JSON.stringify(o.gasPrices)}: ${(e as Error).message}`);
  }
  return calculateFee(limit, price);
}

export async function confirm(summary: string, yes: boolean): Promise<void> {
  if (yes) return;
  process.stderr.write(summary + "\n");
  let answer: string;
  try {
    answer = await ask("confirm transaction before signing and broadcasting [y/N]: ", "a confirmation");
  } catch {
    throw new UserError("transaction not confirmed (stdin ended): pass --yes to broadcast without confirmation");
  }
  if (!/^y(es)?$/i.test(answer.trim())) throw new UserError("transaction cancelled");
}

/** `extra` adds fields a message's response carries (e.g. the new datanet's id) to a successful result. */
function printResult(r: DeliverTxResponse, format: string, extra?: (r: DeliverTxResponse) => Record<string, string>): void {
  const out = {
    txhash: r.transactionHash,
    height: String(r.height),
    code: r.code,
    gas_wanted: String(r.gasWanted),
    gas_used: String(r.gasUsed),
    raw_log: r.rawLog ?? "",
    ...(r.code === 0 && extra ? extra(r) : {}),
  };
  if (format === "json") printJson(out);
  else printYaml(Object.fromEntries(Object.entries(out).filter(([k, v]) => k !== "raw_log" || v !== "")));
  // A tx included with a non-zero code failed: say so on stderr and make scripts notice.
  if (r.code !== 0) {
    process.stderr.write(`Error: transaction ${r.transactionHash} failed in block ${r.height} with code ${r.code}: ${(r.rawLog ?? "").replace(/\s*\n\s*/g, " ")}\n`);
    process.exitCode = 1;
  }
}

function broadcastMode(v: string | undefined): "sync" | "block" {
  if (v === undefined || v === "block" || v === "sync") return v ?? "block";
  throw new UserError(`--broadcast-mode must be sync or block, got ${JSON.stringify(v)}`);
}

/** broadcast-mode sync: the node accepted the tx (a CheckTx refusal was thrown); it is not in a block yet. */
function printSync(txhash: string, format: string): void {
  const out = { txhash, code: 0 };
  if (format === "json") printJson(out);
  else printYaml(out);
}

/** Signs msgs with the keyring key `fromKey` and broadcasts them, waiting for inclusion. */
export async function signAndBroadcast(
  fromKey: string,
  buildMsgs: (from: string) => EncodeObject[] | Promise<EncodeObject[]>,
  describe: (from: string) => string,
  o: TxOpts,
  extra?: (r: DeliverTxResponse) => Record<string, string>,
): Promise<void> {
  const format = outputFormat(o.output);
  const mode = broadcastMode(o.broadcastMode);
  if (o.generateOnly) {
    const from = await fromAddress(fromKey, o);
    if (o.gas === "auto") throw new UserError("--gas auto needs a signer to simulate: give --gas N with --generate-only");
    printUnsigned(await buildMsgs(from), fee(await gasLimit(undefined, from, [], o), o), o.memo);
    return;
  }
  const url = resolveNode(o);
  const signer = await openKeyring(o).getSigner(fromKey);
  const from = await signerAddress(signer);
  const client = await connectSigningClient(url, signer, { broadcastPollIntervalMs: 300, broadcastTimeoutMs: 60_000 });
  try {
    const chainId = await client.getChainId();
    if (o.chainId !== undefined && o.chainId !== chainId) {
      throw new UserError(`--chain-id ${o.chainId} does not match the node at ${url}, which serves ${chainId}`);
    }
    const msgs = await buildMsgs(from);
    if (o.dryRun) return await dryRun(url, signer, msgs, o);
    const limit = await gasLimit(client, from, msgs, o);
    const stdFee = fee(limit, o);
    const feeText = stdFee.amount.map((c) => `${c.amount}${c.denom}`).join(",") || "0";
    await confirm(`${describe(from)}\n  fee: ${feeText}, gas limit: ${limit}, chain: ${chainId}${o.memo ? `, memo: ${JSON.stringify(o.memo)}` : ""}`, o.yes);
    if (mode === "sync") return printSync(await onNode(url, () => client.signAndBroadcastSync(from, msgs, stdFee, o.memo)), format);
    printResult(await onNode(url, () => client.signAndBroadcast(from, msgs, stdFee, o.memo)), format, extra);
  } finally {
    client.disconnect();
  }
}

function bankSendCmd(): Command {
  const cmd = new Command("send")
    .description("send coins: `tx bank send <from-key> <to-address> <coins>`")
    .argument("<from-key>", "name of the sending key in the keyring")
    .argument("<to-address>", "trib1… recipient")
    .argument("<coins>", "e.g. 1000utrib or 10utrib,5stake");
  return addTxOptions(cmd).action(async (fromKey: string, to: string, coinsText: string, o: TxOpts) => {
    let amount;
    try {
      amount = parseCoins(coinsText).map(coinToWire);
    } catch (e) {
      throw new UserError(`invalid coins ${JSON.stringify(coinsText)}: ${(e as Error).message}`);
    }
    if (amount.length === 0) throw new UserError("no coins to send");
    checkAddressArg(to, "recipient address");
    await signAndBroadcast(
      fromKey,
      (from) => [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: from, toAddress: to, amount } }],
      (from) => `send ${coinsText} from ${fromKey} (${from}) to ${to}`,
      o,
    );
  });
}

export function txCommand(): Command {
  const tx = new Command("tx").description("sign and broadcast transactions").addCommand(new Command("bank").description("bank transactions").addCommand(bankSendCmd()));
  for (const c of [...offlineTxCommands(), simulateCmd()]) tx.addCommand(c);
  return tx;
}
