/**
 * Offline signing as the SDK CLI does it: `tx sign <file>` (SIGN_MODE_DIRECT), `tx broadcast
 * <file>` (sync: the CheckTx answer), `tx encode <file>` and `tx decode <base64>`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { encodeSecp256k1Pubkey } from "@cosmjs/amino";
import { fromBase64, toHex } from "@cosmjs/encoding";
import { encodePubkey, makeSignDoc } from "@cosmjs/proto-signing";
import { Command } from "commander";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { AuthInfo, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { addHomeOption, addKeyringOption, addNodeOption, addOutputOption, openKeyring, outputFormat, printJson, resolveNode } from "../common.ts";
import { UserError } from "../errors.ts";
import { printYaml } from "../output.ts";
import { connectComet, connectQueryClient, onNode } from "../rpcClients.ts";
import { parseTxJson, txRawFromBase64, txRawToBase64, txRawToJson } from "./txJson.ts";

interface NodeOpts {
  home: string;
  node?: string;
  chainId?: string;
  output: string;
}

interface SignOpts extends NodeOpts {
  from: string;
  keyringBackend: string;
  accountNumber?: string;
  sequence?: string;
  offline: boolean;
  outputDocument?: string;
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

function uint(text: string | undefined, flag: string): bigint | undefined {
  if (text === undefined) return undefined;
  if (!/^[0-9]+$/.test(text)) throw new UserError(`${flag} must be a non-negative integer, got ${JSON.stringify(text)}`);
  return BigInt(text);
}

/** Chain id, account number and sequence: from the flags offline, else from the node (flags override). */
async function signingContext(address: string, o: SignOpts): Promise<{ chainId: string; accountNumber: bigint; sequence: bigint }> {
  const accountNumber = uint(o.accountNumber, "--account-number");
  const sequence = uint(o.sequence, "--sequence");
  if (o.offline) {
    if (o.chainId === undefined || accountNumber === undefined || sequence === undefined) {
      throw new UserError("--offline needs --chain-id, --account-number and --sequence");
    }
    return { chainId: o.chainId, accountNumber, sequence };
  }
  const url = resolveNode(o);
  // connectQueryClient refuses a node on another chain than --chain-id (chainCheck.ts).
  const client = await connectQueryClient(url);
  try {
    const chainId = await client.getChainId();
    if (o.chainId !== undefined && o.chainId !== chainId) throw new UserError(`--chain-id ${o.chainId} does not match the node at ${url}, which serves ${chainId}`);
    const account = await onNode(url, () => client.getAccount(address));
    if (!account) throw new UserError(`account ${address} not found on chain ${chainId}: it has never received coins`);
    return { chainId, accountNumber: accountNumber ?? BigInt(account.accountNumber), sequence: sequence ?? BigInt(account.sequence) };
  } finally {
    client.disconnect();
  }
}

export async function signTx(raw: TxRaw, o: SignOpts): Promise<TxRaw> {
  const signer = await openKeyring(o).getSigner(o.from);
  const [account] = await signer.getAccounts();
  if (!account) throw new UserError(`key ${o.from} holds no account`);
  const ctx = await signingContext(account.address, o);
  const authInfo = AuthInfo.decode(raw.authInfoBytes);
  authInfo.signerInfos = [{
    publicKey: encodePubkey(encodeSecp256k1Pubkey(account.pubkey)),
    modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } },
    sequence: ctx.sequence,
  }];
  const authInfoBytes = AuthInfo.encode(authInfo).finish();
  const { signature } = await signer.signDirect(account.address, makeSignDoc(raw.bodyBytes, authInfoBytes, ctx.chainId, Number(ctx.accountNumber)));
  return TxRaw.fromPartial({ bodyBytes: raw.bodyBytes, authInfoBytes, signatures: [fromBase64(signature.signature)] });
}

function signCmd(): Command {
  const cmd = new Command("sign")
    .description("sign a tx generated with --generate-only (SIGN_MODE_DIRECT) and print it")
    .argument("<file>", "the unsigned tx JSON")
    .requiredOption("--from <key>", "name of the signing key in the keyring")
    .option("--account-number <n>", "the signer's account number (from the node unless given)")
    .option("--sequence <n>", "the signer's sequence (from the node unless given)")
    .option("--offline", "do not contact a node: needs --chain-id, --account-number and --sequence", false)
    .option("--output-document <file>", "write the signed tx there instead of stdout");
  addNodeOption(cmd);
  addHomeOption(cmd);
  addKeyringOption(cmd);
  return cmd.action(async (file: string, o: SignOpts) => {
    const text = JSON.stringify(txRawToJson(await signTx(readTxFile(file), o))) + "\n";
    if (o.outputDocument) writeFileSync(o.outputDocument, text);
    else process.stdout.write(text);
  });
}

function broadcastCmd(): Command {
  const cmd = new Command("broadcast").description("broadcast a signed tx JSON (sync: prints the node's CheckTx answer)").argument("<file>", "the signed tx JSON");
  addNodeOption(cmd);
  addHomeOption(cmd);
  addOutputOption(cmd, "text");
  return cmd.action(async (file: string, o: NodeOpts) => {
    const format = outputFormat(o.output);
    const raw = readTxFile(file);
    if (raw.signatures.length === 0) throw new UserError(`${file} is not signed: sign it with \`tx sign\` first`);
    const url = resolveNode(o);
    const comet = await connectComet(url);
    try {
      const r = await onNode(url, () => comet.broadcastTxSync({ tx: TxRaw.encode(raw).finish() }));
      const out = { txhash: toHex(r.hash).toUpperCase(), code: r.code, codespace: r.codespace ?? "", raw_log: r.log ?? "" };
      if (format === "json") printJson(out);
      else printYaml(out);
      if (r.code !== 0) {
        process.stderr.write(`Error: the node refused transaction ${out.txhash} with code ${r.code}: ${out.raw_log.replace(/\s*\n\s*/g, " ")}\n`);
        process.exitCode = 1;
      }
    } finally {
      comet.disconnect();
    }
  });
}

function encodeCmd(): Command {
  return new Command("encode")
    .description("print a tx JSON as base64 TxRaw bytes (what broadcast_tx sends)")
    .argument("<file>", "the tx JSON")
    .action((file: string) => {
      process.stdout.write(txRawToBase64(readTxFile(file)) + "\n");
    });
}

function decodeCmd(): Command {
  return new Command("decode")
    .description("print base64 TxRaw bytes as the tx JSON")
    .argument("<base64>", "the encoded tx")
    .action((text: string) => {
      process.stdout.write(JSON.stringify(txRawToJson(txRawFromBase64(text))) + "\n");
    });
}

export function offlineTxCommands(): Command[] {
  return [signCmd(), broadcastCmd(), encodeCmd(), decodeCmd()];
}
