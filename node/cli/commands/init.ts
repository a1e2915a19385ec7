import { Command } from "commander";
import { addGenesisAccount } from "../../../genesis/accounts.ts";
import { Keyring } from "../../keyring/index.ts";
import { addHomeOption, addOutputOption, outputFormat, printJson, printLine } from "../common.ts";
import { DEV_ACCOUNT_FUNDS, DEV_ACCOUNTS, DEV_VALIDATOR, DEV_VALIDATOR_SELF_BOND } from "../devAccounts.ts";
import { UserError } from "../errors.ts";
import { initHome, type InitResult } from "../initHome.ts";
import { createClientConfig, readClientConfig } from "../config/clientConfig.ts";

function printInit(r: InitResult, format: string): void {
  if (outputFormat(format) === "json") return printJson(r);
  printLine(`Initialized ${r.home} for chain ${r.chain_id}`);
  printLine(`  moniker:           ${r.moniker}`);
  printLine(`  node id:           ${r.node_id}`);
  printLine(`  validator address: ${r.validator_address}`);
  printLine(`  genesis:           ${r.genesis_file}`);
}

export function initCommand(): Command {
  const cmd = new Command("init")
    .description("initialise a node home: config, validator and node keys, and a genesis with this node as the only validator")
    .argument("<moniker>", "this node's name")
    .requiredOption("--chain-id <id>", "chain id of the new genesis, e.g. tributary-local-1")
    .option("--overwrite", "replace an existing genesis (and config); existing keys are kept", false);
  addHomeOption(cmd);
  addOutputOption(cmd);
  return cmd.action((moniker: string, o: { chainId: string; home: string; overwrite: boolean; output: string }) => {
    const result = initHome({ home: o.home, moniker, chainId: o.chainId, overwrite: o.overwrite });
    // A home made by `init` may hold real keys: its commands default to the encrypted keyring.
    createClientConfig(result.home, "file");
    printInit(result, o.output);
    if (outputFormat(o.output) === "text") printLine(`  keyring backend:   ${readClientConfig(result.home)["keyring-backend"]} (config/client.toml; see \`tributary config\`)`);
  });
}

/** Imports the dev mnemonics into the `test` keyring; an existing key must be the same account. */
async function importDevKeys(home: string): Promise<void> {
  const keyring = Keyring.open({ home, backend: "test" });
  for (const acc of [...DEV_ACCOUNTS, DEV_VALIDATOR]) {
    const existing = (await keyring.list()).find((k) => k.name === acc.name);
    if (existing && existing.address !== acc.address) {
      throw new UserError(`test keyring already has a key named ${acc.name} with a different address (${existing.address}); delete it first`);
    }
    if (!existing) await keyring.add(acc.name, acc.mnemonic);
  }
}

export function devInitCommand(): Command {
  const cmd = new Command("dev-init")
    .description(
      "init plus DEV-ONLY funded accounts (alice, bob, carol, dave, and the validator operator \"validator\", which bonds the node's validator through staking) whose mnemonics are public; imports them into the test keyring. What `make run` uses.",
    )
    .option("--chain-id <id>", "chain id", "tributary-local-1")
    .option("--moniker <name>", "this node's name", "dev-node")
    .option("--overwrite", "replace an existing genesis", false);
  addHomeOption(cmd);
  addOutputOption(cmd);
  return cmd.action(async (o: { chainId: string; moniker: string; home: string; overwrite: boolean; output: string }) => {
    const result = initHome({
      home: o.home,
      moniker: o.moniker,
      chainId: o.chainId,
      overwrite: o.overwrite,
      editGenesis: (doc) => [...DEV_ACCOUNTS, DEV_VALIDATOR].forEach((a) => addGenesisAccount(doc, a.address, DEV_ACCOUNT_FUNDS)),
      bondValidator: { operator: DEV_VALIDATOR.address, selfBond: DEV_VALIDATOR_SELF_BOND },
    });
    await importDevKeys(result.home);
    createClientConfig(result.home, "test");
    const funds = DEV_ACCOUNT_FUNDS.map((c) => `${c.amount}${c.denom}`).join(",");
    if (outputFormat(o.output) === "json") {
      return printJson({ ...result, accounts: DEV_ACCOUNTS.map((a) => ({ name: a.name, address: a.address, coins: DEV_ACCOUNT_FUNDS, mnemonic: a.mnemonic })) });
    }
    printInit(result, o.output);
    printLine("");
    printLine(`Dev accounts (DEV ONLY: these mnemonics are public), each funded with ${funds}, in the test keyring:`);
    for (const a of DEV_ACCOUNTS) printLine(`  ${a.name.padEnd(6)} ${a.address}`);
    printLine("");
    const bond = `${DEV_VALIDATOR_SELF_BOND}utrib`;
    printLine(`The node's validator is operated by "${DEV_VALIDATOR.name}" (${DEV_VALIDATOR.address}, same funds, ${bond} self-bonded), also in the test keyring.`);
    printLine("");
    printLine(`Start the chain: tributary start --home ${result.home}`);
  });
}
