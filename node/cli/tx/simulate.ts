/**
 * `tx simulate <file>` and `--dry-run`: run a tx through the node's Simulate (cosmos.tx.v1beta1,
 * over abci_query, the path CosmJS and the gateway use) and print the gas and events; nothing is
 * broadcast. A simulation is a query: no fee is charged and no sequence used.
 */
import { readFileSync } from "node:fs";
import { encodeSecp256k1Pubkey } from "@cosmjs/amino";
import { encodePubkey, type EncodeObject, type OfflineDirectSigner } from "@cosmjs/proto-signing";
import type { Comet38Client } from "@cosmjs/tendermint-rpc";
import { Command } from "commander";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { SimulateRequest, SimulateResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { AuthInfo, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { addHomeOption, addKeyringOption, addNodeOption, addOutputOption, checkAddressArg, openKeyring, outputFormat, resolveNode } from "../common.ts";
import { UserError } from "../errors.ts";
import { printValue } from "../output.ts";
import { connectComet, connectQueryClient, onNode } from "../rpcClients.ts";
import { simulationReason } from "../simulation.ts";
import { unsignedTx } from "./generate.ts";
import { parseTxJson } from "./txJson.ts";

export const SIMULATE_PATH = "/cosmos.tx.v1beta1.Service/Simulate";

/** What `tx simulate` and `--dry-run` print (the SDK's SimulateResponse, plus the gas to pass). */
export interface SimulationReport {
  gas_info: { gas_wanted: string; gas_used: string };
  result: { events: { type: string; attributes: { key: string; value: string }[] }[] };
  suggested_gas: string;
}

/** The signer a tx without signer infos is simulated as: its key and its next sequence. */
export interface SimSigner {
  pubkey: Any;
  sequence: bigint;
}

/**
 * The tx with `signer` as its only signer info (and an empty signature) when it has none: the
 * node's ante handler needs the signer's key and sequence even though it checks no signature.
 */
export function withSimSigner(raw: TxRaw, signer: SimSigner | undefined): TxRaw {
  const authInfo = AuthInfo.decode(raw.authInfoBytes);
  if (authInfo.signerInfos.length > 0) {
    const signatures = raw.signatures.length > 0 ? raw.signatures : authInfo.signerInfos.map(() => new Uint8Array());
    return TxRaw.fromPartial({ ...raw, signatures });
  }
  if (!signer) throw new UserError("the tx is unsigned: give --from <key|address> (its signer) so the node knows the signer's key and sequence");
  authInfo.signerInfos = [{ publicKey: signer.pubkey, modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } }, sequence: signer.sequence }];
  return TxRaw.fromPartial({ bodyBytes: raw.bodyBytes, authInfoBytes: AuthInfo.encode(authInfo).finish(), signatures: [new Uint8Array()] });
}

/** Gas to pass as --gas: what the simulation used times the adjustment, rounded up. */
export function suggestedGas(gasUsed: bigint, adjustment: string): bigint {
  const adj = Number(adjustment);
  if (!Number.isFinite(adj) || adj <= 0) throw new UserError(`--gas-adjustment must be a positive number, got ${JSON.stringify(adjustment)}`);
  return BigInt(Math.ceil(Number(gasUsed) * adj));
}

/**
 * Simulates `raw` (which must carry its signer infos) on the node. A refusal is a UserError naming
 * code, codespace and the node's log.
 */
export async function simulateOnNode(url: string, comet: Comet38Client, raw: TxRaw, gasAdjustment: string): Promise<SimulationReport> {
  const data = SimulateRequest.encode({ txBytes: TxRaw.encode(raw).finish() }).finish();
  const res = await onNode(url, () => comet.abciQuery({ path: SIMULATE_PATH, data }));
  if (res.code !== 0) {
    throw new UserError(`simulation failed with code ${res.code} (codespace ${res.codespace || "sdk"}): ${simulationReason(res.log ?? "")}; nothing was broadcast`);
  }
  const sim = SimulateResponse.decode(res.value);
  const used = sim.gasInfo?.gasUsed ?? 0n;
  return {
    gas_info: { gas_wanted: String(sim.gasInfo?.gasWanted ?? 0n), gas_used: String(used) },
    result: { events: (sim.result?.events ?? []).map((e) => ({ type: e.type, attributes: e.attributes.map((a) => ({ key: a.key, value: a.value })) })) },
    suggested_gas: String(suggestedGas(used, gasAdjustment)),
  };
}

export function printSimulation(r: SimulationReport, format: string): void {
  printValue(r, outputFormat(format));
  process.stderr.write(`gas used ${r.gas_info.gas_used}: send with --gas ${r.suggested_gas}\n`);
}

/** A key's simulation signer: its public key from the keyring, its sequence from the node. */
async function signerOf(url: string, o: SimulateOpts): Promise<SimSigner | undefined> {
  if (o.from === undefined) return undefined;
  let address: string;
  let pubkey: Any | undefined;
  if (o.from.startsWith("trib1")) {
    address = checkAddressArg(o.from, "--from address");
  } else {
    const [account] = await (await openKeyring(o).getSigner(o.from)).getAccounts();
    if (!account) throw new UserError(`key ${o.from} holds no account`);
    address = account.address;
    pubkey = encodePubkey(encodeSecp256k1Pubkey(account.pubkey));
  }
  const client = await connectQueryClient(url);
  try {
    const acct = await onNode(url, () => client.getAccount(address));
    if (!acct) throw new UserError(`account ${address} not found on the chain: it has never received coins`);
    if (!pubkey) {
      if (!acct.pubkey) throw new UserError(`account ${address} has no public key on chain yet (it never signed a tx): give --from <key> from the keyring instead`);
      pubkey = encodePubkey(acct.pubkey);
    }
    return { pubkey, sequence: BigInt(acct.sequence) };
  } finally {
    client.disconnect();
  }
}

function readTxFile(file: string): TxRaw {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UserError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseTxJson(text, file);
}

interface SimulateOpts {
  home: string;
  node?: string;
  chainId?: string;
  output: string;
  keyringBackend: string;
  from?: string;
  gasAdjustment: string;
}

export function simulateCmd(): Command {
  const cmd = new Command("simulate")
    .description("simulate a tx file (from --generate-only, signed or not) on the node: gas used and events; nothing is broadcast")
    .argument("<file>", "the tx JSON")
    .option("--from <key|address>", "the signer, needed when the tx is unsigned: a keyring key, or an address whose public key is on chain")
    .option("--gas-adjustment <x>", "multiplier on the gas used for the suggested --gas", "1.4");
  addNodeOption(cmd);
  addHomeOption(cmd);
  addKeyringOption(cmd);
  addOutputOption(cmd, "text");
  return cmd.action(async (file: string, o: SimulateOpts) => {
    outputFormat(o.output);
    suggestedGas(0n, o.gasAdjustment);
    const raw = readTxFile(file);
    const url = resolveNode(o);
    const tx = withSimSigner(raw, await signerOf(url, o));
    const comet = await connectComet(url);
    try {
      printSimulation(await simulateOnNode(url, comet, tx, o.gasAdjustment), o.output);
    } finally {
      comet.disconnect();
    }
  });
}

/** `--dry-run` on a tx command: simulate its messages as `signer` would send them, print, send nothing. */
export async function dryRun(url: string, signer: OfflineDirectSigner, msgs: EncodeObject[], o: { memo: string; gasAdjustment: string; output: string }): Promise<void> {
  const [account] = await signer.getAccounts();
  if (!account) throw new UserError("the signing key holds no account");
  const client = await connectQueryClient(url);
  const comet = await connectComet(url);
  try {
    const { sequence } = await onNode(url, () => client.getSequence(account.address));
    const pubkey = encodePubkey(encodeSecp256k1Pubkey(account.pubkey));
    const raw = withSimSigner(unsignedTx(msgs, { amount: [], gas: "0" }, o.memo), { pubkey, sequence: BigInt(sequence) });
    printSimulation(await simulateOnNode(url, comet, raw, o.gasAdjustment), o.output);
  } finally {
    client.disconnect();
    comet.disconnect();
  }
}
