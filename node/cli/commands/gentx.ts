/**
 * `tributary genesis gentx` and `genesis collect-gentxs`: a network launched by several
 * operators, as the SDK's genutil. Each operator signs a MsgCreateValidator offline against the
 * coordinator's genesis (account number 0, sequence 0, zero fee); the coordinator checks and
 * collects them into `app_state.genutil.gen_txs`, which InitChain delivers through the ante.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { networkInterfaces } from "node:os";
import { join, resolve } from "node:path";
import { fromBase64 } from "@cosmjs/encoding";
import { makeSignDoc } from "@cosmjs/proto-signing";
import { Command } from "commander";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { MsgCreateValidator } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { GenesisError } from "../../../chain/genesisError.ts";
import { readGenesis, writeGenesis } from "../../../genesis/doc.ts";
import { collectGenTxs, prepareGenTx, signedGenTx } from "../../../genesis/gentx.ts";
import { loadNodeConfig } from "../../config.ts";
import { homePaths, loadNodeKey, loadValidatorKey, nodeIdFromKey } from "../../home.ts";
import { addHomeOption, addKeyringOption, addOutputOption, openKeyring, outputFormat, printJson, printLine } from "../common.ts";
import { UserError } from "../errors.ts";
import { parseCoinArg, parseConsPubkey, parsePositiveInt, parseRate, valoperOf } from "../operator/args.ts";
import { setPersistentPeers } from "./gentxPeers.ts";

interface GentxFlags {
  home: string;
  keyringBackend: string;
  chainId?: string;
  moniker?: string;
  commissionRate: string;
  commissionMaxRate: string;
  commissionMaxChangeRate: string;
  minSelfDelegation: string;
  details?: string;
  website?: string;
  identity?: string;
  securityContact?: string;
  ip?: string;
  p2pPort: string;
  nodeId?: string;
  pubkey?: string;
  outputDocument?: string;
}

const gentxDir = (home: string) => join(homePaths(home).configDir, "gentx");

/** The SDK's default --ip: this machine's first non-internal IPv4 address (loopback if none). */
function defaultIp(): string {
  for (const addrs of Object.values(networkInterfaces())) {
    for (const a of addrs ?? []) if (a.family === "IPv4" && !a.internal) return a.address;
  }
  return "127.0.0.1";
}

function nodeIdOf(o: GentxFlags): string {
  if (o.nodeId !== undefined) {
    if (!/^[0-9a-f]{40}$/.test(o.nodeId)) throw new UserError(`invalid --node-id ${JSON.stringify(o.nodeId)}: a CometBFT node id is 40 lower-case hex characters`);
    return o.nodeId;
  }
  if (!existsSync(homePaths(o.home).nodeKey)) throw new UserError(`no node key at ${homePaths(o.home).nodeKey}: run \`tributary init\` for this home or pass --node-id`);
  return nodeIdFromKey(loadNodeKey(o.home));
}

function consensusKeyOf(o: GentxFlags): Uint8Array {
  if (o.pubkey !== undefined) return parseConsPubkey(o.pubkey);
  if (!existsSync(homePaths(o.home).privValidatorKey)) throw new UserError(`no consensus key at ${homePaths(o.home).privValidatorKey}: run \`tributary init\` for this home or pass --pubkey`);
  return loadValidatorKey(o.home).pubkey;
}

function monikerOf(o: GentxFlags): string {
  if (o.moniker !== undefined) {
    if (o.moniker.trim() === "") throw new UserError("--moniker must not be empty");
    return o.moniker;
  }
  if (existsSync(homePaths(o.home).config)) return loadNodeConfig(o.home).moniker;
  throw new UserError("--moniker is required (no config.json in --home to take it from)");
}

function memoOf(o: GentxFlags, nodeId: string): string {
  const port = Number(o.p2pPort);
  if (!/^[0-9]+$/.test(o.p2pPort) || port < 1 || port > 65535) throw new UserError(`invalid --p2p-port ${JSON.stringify(o.p2pPort)}: must be 1..65535`);
  const ip = o.ip ?? defaultIp();
  if (ip === "" || /[\s@]/.test(ip)) throw new UserError(`invalid --ip ${JSON.stringify(ip)}`);
  return `${nodeId}@${ip}:${port}`;
}

function rates(o: GentxFlags): { rate: string; maxRate: string; maxChangeRate: string } {
  const rate = parseRate(o.commissionRate, "--commission-rate");
  const maxRate = parseRate(o.commissionMaxRate, "--commission-max-rate");
  const maxChangeRate = parseRate(o.commissionMaxChangeRate, "--commission-max-change-rate");
  if (BigInt(rate) > BigInt(maxRate)) throw new UserError(`--commission-rate ${o.commissionRate} is above --commission-max-rate ${o.commissionMaxRate}`);
  if (BigInt(maxChangeRate) > BigInt(maxRate)) throw new UserError(`--commission-max-change-rate ${o.commissionMaxChangeRate} is above --commission-max-rate ${o.commissionMaxRate}`);
  return { rate, maxRate, maxChangeRate };
}

/** A GenesisError from the checks, as one line naming the field. */
function asUserError(e: unknown, what: string): never {
  if (e instanceof GenesisError) throw new UserError(`${what}: ${e.field}: ${e.reason}`);
  throw e;
}

function gentxCmd(): Command {
  const cmd = new Command("gentx")
    .description("sign a MsgCreateValidator for this home's node, offline, against the genesis (account number 0, sequence 0, zero fee), as a gentx for the coordinator")
    .argument("<key>", "the operator's key in the keyring; its account must be in genesis, funded with <amount>")
    .argument("<amount>", "self-delegation in the bond denom, e.g. 100000000utrib")
    .option("--chain-id <id>", "the chain the gentx is for (must be the genesis chain_id; default: the genesis chain_id)")
    .option("--moniker <name>", "validator name (default: the moniker of config.json)")
    .option("--commission-rate <rate>", "initial commission rate", "0.1")
    .option("--commission-max-rate <rate>", "maximum commission rate, fixed forever", "0.2")
    .option("--commission-max-change-rate <rate>", "maximum daily change of the commission rate, fixed forever", "0.01")
    .option("--min-self-delegation <n>", "the least self-delegation the operator keeps, else the validator is jailed", "1")
    .option("--details <text>", "free text about the validator")
    .option("--website <url>", "the validator's website")
    .option("--identity <id>", "identity signature (e.g. a Keybase key id)")
    .option("--security-contact <email>", "security contact")
    .option("--ip <ip>", "this node's public IP, for the other nodes' persistent_peers (default: the first non-loopback IPv4)")
    .option("--p2p-port <port>", "this node's CometBFT P2P port", "26656")
    .option("--node-id <id>", "this node's CometBFT node id (default: from <home>/config/node_key.json)")
    .option("--pubkey <json>", `consensus key, {"@type":"/cosmos.crypto.ed25519.PubKey","key":"<base64>"} (default: <home>/config/priv_validator_key.json)`)
    .option("--output-document <file>", "where to write the gentx (default: <home>/config/gentx/gentx-<node id>.json)");
  addHomeOption(cmd);
  addKeyringOption(cmd);
  return cmd.action(async (key: string, amountText: string, o: GentxFlags) => {
    const doc = readGenesis(homePaths(o.home).genesis);
    if (o.chainId !== undefined && o.chainId !== doc.chain_id) {
      throw new UserError(`--chain-id ${o.chainId} is not the genesis chain_id ${doc.chain_id} (${homePaths(o.home).genesis}): use the coordinator's genesis.json`);
    }
    const amount = parseCoinArg(amountText, "<amount>");
    const minSelf = parsePositiveInt(o.minSelfDelegation, "--min-self-delegation");
    if (amount.amount < BigInt(minSelf)) throw new UserError(`<amount> ${amountText} is below --min-self-delegation ${minSelf}`);
    const nodeId = nodeIdOf(o);
    const signer = await openKeyring(o).getSigner(key);
    const [account] = await signer.getAccounts();
    if (!account) throw new UserError(`key ${key} holds no account`);
    const msg = MsgCreateValidator.fromPartial({
      description: { moniker: monikerOf(o), identity: o.identity ?? "", website: o.website ?? "", securityContact: o.securityContact ?? "", details: o.details ?? "" },
      commission: rates(o),
      minSelfDelegation: minSelf,
      delegatorAddress: account.address,
      validatorAddress: valoperOf(account.address),
      pubkey: { typeUrl: "/cosmos.crypto.ed25519.PubKey", value: Ed25519PubKey.encode({ key: consensusKeyOf(o) }).finish() },
      value: { denom: amount.denom, amount: amount.amount.toString() },
    });
    let prepared;
    try {
      prepared = prepareGenTx(doc, { msg, signerPubkey: account.pubkey, memo: memoOf(o, nodeId) });
    } catch (e) {
      asUserError(e, "cannot make the gentx");
    }
    const { signature } = await signer.signDirect(account.address, makeSignDoc(prepared.tx.bodyBytes, prepared.tx.authInfoBytes, doc.chain_id, 0));
    let signed;
    try {
      signed = signedGenTx(doc, prepared.json, fromBase64(signature.signature));
    } catch (e) {
      asUserError(e, "the signed gentx does not verify");
    }
    const file = resolve(o.outputDocument ?? join(gentxDir(o.home), `gentx-${nodeId}.json`));
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, JSON.stringify(signed) + "\n");
    process.stderr.write(`Genesis transaction written to "${file}"\n`);
  });
}

interface CollectFlags {
  home: string;
  gentxDir?: string;
  cometHome?: string;
  output: string;
}

/** Every `*.json` in the directory, by file name (so every collector builds the same genesis). */
function readGentxDir(dir: string): { source: string; json: unknown }[] {
  if (!existsSync(dir)) throw new UserError(`gentx directory ${dir} does not exist: put the operators' gentx-<node id>.json files there (or pass --gentx-dir)`);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const source = join(dir, f);
      try {
        return { source, json: JSON.parse(readFileSync(source, "utf8")) as unknown };
      } catch (e) {
        throw new UserError(`${source}: not JSON: ${(e as Error).message}`);
      }
    });
}

function collectCmd(): Command {
  const cmd = new Command("collect-gentxs")
    .description("check the operators' gentxs (signature, chain id, funds, one MsgCreateValidator each, no duplicates) and put them into genesis.json as app_state.genutil.gen_txs")
    .option("--gentx-dir <dir>", "directory of gentx-*.json files (default: <home>/config/gentx)")
    .option("--comet-home <dir>", "this node's CometBFT home: its config.toml gets persistent_peers from the gentxs' memos (other nodes only) and its config/genesis.json the new genesis");
  addHomeOption(cmd);
  addOutputOption(cmd);
  return cmd.action((o: CollectFlags) => {
    const file = homePaths(o.home).genesis;
    const doc = readGenesis(file);
    const gentxs = readGentxDir(resolve(o.gentxDir ?? gentxDir(o.home)));
    let result;
    try {
      result = collectGenTxs(doc, gentxs);
    } catch (e) {
      asUserError(e, "gentx refused, genesis unchanged");
    }
    const ownId = existsSync(homePaths(o.home).nodeKey) ? nodeIdFromKey(loadNodeKey(o.home)) : undefined;
    const peers = result.peers.filter((p) => p.nodeId !== ownId).map((p) => p.address);
    // config.toml first: it refuses a --comet-home that is not one, before genesis.json changes.
    if (o.cometHome !== undefined) setPersistentPeers(o.cometHome, peers);
    writeGenesis(file, result.doc);
    if (o.cometHome !== undefined) writeGenesis(homePaths(o.cometHome).genesis, result.doc);
    if (outputFormat(o.output) === "json") {
      return printJson({ genesis_file: file, gen_txs: gentxs.length, persistent_peers: peers.join(","), validators: gentxs.map((g) => g.source) });
    }
    printLine(`collected ${gentxs.length} gentx(s) into ${file}`);
    printLine(`persistent_peers = "${peers.join(",")}"${o.cometHome !== undefined ? ` (written to ${o.cometHome}/config/config.toml)` : ""}`);
  });
}

/** The gentx commands under `tributary genesis`. */
export function gentxCommands(): Command[] {
  return [gentxCmd(), collectCmd()];
}
