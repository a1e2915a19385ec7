import { writeFileSync } from "node:fs";
import { Command } from "commander";
import { BECH32_PREFIX } from "../../../chain/address.ts";
import { coinToWire, parseCoins } from "../../../chain/coins.ts";
import { addGenesisAccount } from "../../../genesis/accounts.ts";
import { readGenesis, validateGenesisDoc, writeGenesis } from "../../../genesis/doc.ts";
import { homePaths } from "../../home.ts";
import { gentxCommands } from "./gentx.ts";
import { addHomeOption, addKeyringOption, checkAddressArg, openKeyring, printLine } from "../common.ts";
import { UserError } from "../errors.ts";

/** A bech32 address is used as is; anything else is looked up as a key name. */
async function resolveAddress(addressOrKey: string, o: { home: string; keyringBackend: string }): Promise<string> {
  if (addressOrKey.startsWith(`${BECH32_PREFIX}1`)) return checkAddressArg(addressOrKey, "address");
  try {
    return (await openKeyring(o).show(addressOrKey)).address;
  } catch (e) {
    throw new UserError(`${JSON.stringify(addressOrKey)} is neither a ${BECH32_PREFIX}1… address nor a key in the ${o.keyringBackend} keyring (${(e as Error).message})`);
  }
}

function addAccountCmd(): Command {
  const cmd = new Command("add-account")
    .description("add a funded account to genesis.json, e.g. `genesis add-account alice 1000000utrib,5stake`")
    .argument("<address-or-key>", "trib1… address, or the name of a key in the keyring")
    .argument("<coins>", "comma-separated coins, e.g. 1000000utrib")
    .option("--append", "add the coins to an account that is already in genesis", false);
  addHomeOption(cmd);
  addKeyringOption(cmd);
  return cmd.action(async (who: string, coinsText: string, o: { home: string; keyringBackend: string; append: boolean }) => {
    const address = await resolveAddress(who, o);
    let coins;
    try {
      coins = parseCoins(coinsText).map(coinToWire);
    } catch (e) {
      throw new UserError(`invalid coins ${JSON.stringify(coinsText)}: ${(e as Error).message}`);
    }
    if (coins.length === 0) throw new UserError("no coins given");
    const file = homePaths(o.home).genesis;
    const doc = readGenesis(file);
    addGenesisAccount(doc, address, coins, { append: o.append });
    writeGenesis(file, doc);
    printLine(`added ${address} with ${coinsText} to ${file}`);
  });
}

function validateCmd(): Command {
  const cmd = new Command("validate")
    .description("check a genesis file: header, consensus params, validators and every module section")
    .argument("[file]", "genesis file (default: <home>/config/genesis.json)");
  addHomeOption(cmd);
  return cmd.action((file: string | undefined, o: { home: string }) => {
    const path = file ?? homePaths(o.home).genesis;
    validateGenesisDoc(readGenesis(path));
    printLine(`File at ${path} is a valid genesis file`);
  });
}

function parseHeight(v: string): bigint {
  if (!/^[0-9]+$/.test(v) || BigInt(v) < 1n) throw new UserError(`--height must be a positive integer, got ${JSON.stringify(v)}`);
  return BigInt(v);
}

function exportCmd(): Command {
  const cmd = new Command("export")
    .description("export the app state of a stopped node as a new genesis (initial_height = height + 1)")
    .option("--height <h>", "height to export (default: latest committed)", parseHeight)
    .option("--output-document <file>", "write to this file instead of stdout");
  addHomeOption(cmd);
  return cmd.action(async (o: { home: string; height?: bigint; outputDocument?: string }) => {
    // Loaded lazily: the export pulls in the store, which other commands do not need.
    const { exportGenesis } = await import("../../export.ts");
    const doc = await exportGenesis(homePaths(o.home).home, o.height);
    if (o.outputDocument) {
      writeGenesis(o.outputDocument, doc);
      process.stderr.write(`exported genesis to ${o.outputDocument}\n`);
    } else {
      writeFileSync(1, JSON.stringify(doc, null, 2) + "\n");
    }
  });
}

/** `<pubkey>=<power>[@<operator>]`; the pubkey as base64 (CometBFT's priv_validator_key.json pub_key.value) or hex. */
function parseForkValidator(spec: string, previous: ForkValidatorSpec[] = []): ForkValidatorSpec[] {
  const m = /^([A-Za-z0-9+/=]+)=([0-9]+)(?:@(\S+))?$/.exec(spec.trim());
  if (!m) throw new UserError(`invalid --validator ${JSON.stringify(spec)}: expected <ed25519 pubkey base64 or hex>=<power>[@<operator trib1… address>]`);
  const pubkey = /^[0-9a-fA-F]{64}$/.test(m[1]!) ? Uint8Array.from(Buffer.from(m[1]!, "hex")) : Uint8Array.from(Buffer.from(m[1]!, "base64"));
  if (pubkey.length !== 32) throw new UserError(`invalid --validator ${JSON.stringify(spec)}: an ed25519 public key is 32 bytes, got ${pubkey.length}`);
  if (BigInt(m[2]!) <= 0n) throw new UserError(`invalid --validator ${JSON.stringify(spec)}: power must be positive`);
  const operator = m[3] === undefined ? undefined : checkAddressArg(m[3], "operator");
  return [...previous, { pubkey, power: BigInt(m[2]!), operator }];
}

interface ForkValidatorSpec {
  pubkey: Uint8Array;
  power: bigint;
  operator?: string;
}

function forkCmd(): Command {
  const cmd = new Command("fork")
    .description("make a new network's genesis from an exported one: new chain id and validator set, every other module's state kept")
    .argument("<exported>", "genesis written by `tributary genesis export`")
    .requiredOption("--chain-id <id>", "the new network's chain id")
    .requiredOption("--validator <pubkey=power[@operator]>", "a validator of the new network (repeat for several)", parseForkValidator)
    .option("--initial-height <n>", "first block height (default: the exported height + 1)", parseHeight)
    .option("--output-document <file>", "write to this file instead of stdout");
  addHomeOption(cmd);
  return cmd.action(async (file: string, o: { chainId: string; validator: ForkValidatorSpec[]; initialHeight?: bigint; outputDocument?: string }) => {
    const { forkGenesis } = await import("../../../genesis/fork.ts");
    const { validateChainId } = await import("../../../genesis/doc.ts");
    try {
      validateChainId(o.chainId);
    } catch (e) {
      throw new UserError(`invalid --chain-id: ${(e as Error).message}`);
    }
    const doc = forkGenesis(readGenesis(file), { chainId: o.chainId, validators: o.validator, initialHeight: o.initialHeight });
    if (o.outputDocument) {
      writeGenesis(o.outputDocument, doc);
      process.stderr.write(`wrote the forked genesis (chain id ${o.chainId}, ${o.validator.length} validator(s)) to ${o.outputDocument}\n`);
    } else {
      writeFileSync(1, JSON.stringify(doc, null, 2) + "\n");
    }
  });
}

export function genesisCommand(): Command {
  const cmd = new Command("genesis").description("create and check genesis files").addCommand(addAccountCmd()).addCommand(validateCmd()).addCommand(exportCmd()).addCommand(forkCmd());
  for (const c of gentxCommands()) cmd.addCommand(c);
  return cmd;
}
