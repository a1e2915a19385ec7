/**
 * `tributary chain-info`: Keplr's ChainInfo for the chain a node serves (paste it into
 * `window.keplr.experimentalSuggestChain`), and with `--registry DIR` the cosmos/chain-registry
 * `chain.json` and `assetlist.json`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { addHomeOption, addNodeOption, addOutputOption, outputFormat, printJson, printLine, resolveNode } from "../common.ts";
import { UserError } from "../errors.ts";
import { fetchChainFacts } from "../chainInfo/fetch.ts";
import { FALLBACK_GAS_PRICE, keplrChainInfo } from "../chainInfo/keplr.ts";
import { assetListJson, chainJson } from "../chainInfo/registry.ts";

/** The REST API's default address (`api.address`), as a browser reaches it. */
export const DEFAULT_REST = "http://127.0.0.1:1317";
const NETWORK_TYPES = ["mainnet", "testnet", "devnet"] as const;

interface ChainInfoOpts {
  home: string;
  node?: string;
  rest: string;
  chainName: string;
  registry?: string;
  networkType: string;
  output: string;
}

function httpUrl(raw: string, flag: string): string {
  const m = /^(https?):\/\/[^/\s]+(\/\S*)?$/.exec(raw.trim());
  if (!m) throw new UserError(`invalid ${flag} ${JSON.stringify(raw)}: expected http(s)://host:port`);
  return raw.trim().replace(/\/+$/, "");
}

export function chainInfoCommand(): Command {
  const cmd = new Command("chain-info")
    .description("print Keplr's ChainInfo for the node's chain (for window.keplr.experimentalSuggestChain); --registry DIR also writes chain-registry chain.json and assetlist.json")
    .option("--rest <url>", "the REST (LCD) URL wallets should use", DEFAULT_REST)
    .option("--chain-name <name>", "the chain's display name", "Tributary")
    .option("--registry <dir>", "also write chain-registry chain.json and assetlist.json into <dir>")
    .option("--network-type <type>", `chain-registry network_type (${NETWORK_TYPES.join(", ")})`, "testnet");
  addNodeOption(cmd);
  addHomeOption(cmd);
  addOutputOption(cmd, "json");
  return cmd.action(async (o: ChainInfoOpts) => {
    const format = outputFormat(o.output);
    const rpc = resolveNode(o);
    const rest = httpUrl(o.rest, "--rest");
    if (!(NETWORK_TYPES as readonly string[]).includes(o.networkType)) {
      throw new UserError(`invalid --network-type ${JSON.stringify(o.networkType)}: expected ${NETWORK_TYPES.join(", ")}`);
    }
    if (o.chainName.trim() === "") throw new UserError("invalid --chain-name: must not be empty");
    const facts = await fetchChainFacts(rpc);
    if (facts.minGasPrice === undefined) {
      process.stderr.write(`note: the node does not report its minimum gas price; gasPriceStep assumes ${FALLBACK_GAS_PRICE}${facts.stake.base} (the default minimum_gas_prices)\n`);
    }
    const info = keplrChainInfo({
      chainId: facts.chainId,
      chainName: o.chainName.trim(),
      rpc,
      rest,
      stake: facts.stake,
      all: facts.metadata,
      minGasPrice: facts.minGasPrice ?? FALLBACK_GAS_PRICE,
    });
    if (o.registry) {
      mkdirSync(o.registry, { recursive: true });
      writeFileSync(join(o.registry, "chain.json"), JSON.stringify(chainJson(info, { networkType: o.networkType as (typeof NETWORK_TYPES)[number] }), null, 2) + "\n");
      writeFileSync(join(o.registry, "assetlist.json"), JSON.stringify(assetListJson(info, facts.metadata), null, 2) + "\n");
    }
    if (format === "json") return printJson(info);
    printLine(`${info.chainName} (${info.chainId})  rpc: ${info.rpc}  rest: ${info.rest}`);
    printLine(`stake and fees: ${info.stakeCurrency.coinDenom} = 10^${info.stakeCurrency.coinDecimals} ${info.stakeCurrency.coinMinimalDenom}, gas price low/average/high ${Object.values(info.feeCurrencies[0].gasPriceStep).join("/")}`);
    if (o.registry) printLine(`wrote ${join(o.registry, "chain.json")} and ${join(o.registry, "assetlist.json")}`);
  });
}
