import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { Command } from "commander";
import { addOutputOption, outputFormat, printJson, printLine } from "../output.ts";
import { acceptIgnoredHome } from "../ignoredHome.ts";
import { UserError } from "../errors.ts";

interface ConfigOpts {
  rpc: string[];
  trustHeight?: string;
  trustOffset: string;
  trustPeriod: string;
  write?: string;
  output: string;
}

const collect = (v: string, prev: string[] = []) => [...prev, v];
const isCount = (v: string) => /^[0-9]{1,18}$/.test(v);

/** `tributary statesync config`: the [statesync] section of a joining node's CometBFT config.toml. */
export function statesyncCommand(): Command {
  const root = new Command("statesync").description("state sync: configure a new node to join from a snapshot instead of replaying every block");
  const cmd = new Command("config")
    .description(
      "read a trusted height and block hash from a node's RPC and print the [statesync] section for the joining node's CometBFT config.toml " +
        "(or, with --write, set it in that file)",
    )
    .requiredOption("--rpc <url>", "RPC of a node of the network, e.g. http://1.2.3.4:26657; give it twice with two nodes (CometBFT's light client wants two)", collect)
    .option("--trust-height <height>", "trust this height (default: the latest minus --trust-offset)")
    .option("--trust-offset <blocks>", "with no --trust-height: this many blocks below the latest", "0")
    .option("--trust-period <duration>", "how long a trusted header stays trusted (Go duration, below the unbonding time)", "168h0m0s")
    .option("--write <config.toml>", "replace (or add) the [statesync] section of this CometBFT config.toml instead of printing it");
  addOutputOption(cmd);
  acceptIgnoredHome(cmd, "statesync config");
  cmd.action(async (o: ConfigOpts) => {
    if (o.trustHeight !== undefined && (!isCount(o.trustHeight) || o.trustHeight === "0")) throw new UserError(`invalid --trust-height ${JSON.stringify(o.trustHeight)}: expected a positive integer`);
    if (!isCount(o.trustOffset)) throw new UserError(`invalid --trust-offset ${JSON.stringify(o.trustOffset)}: expected a non-negative integer`);
    if (!/^([0-9]+(\.[0-9]+)?(h|m|s|ms))+$/.test(o.trustPeriod)) throw new UserError(`invalid --trust-period ${JSON.stringify(o.trustPeriod)}: expected a Go duration such as 168h0m0s`);
    for (const r of o.rpc) if (!/^(https?|tcp):\/\/[^\s/]+\/?$/.test(r)) throw new UserError(`invalid --rpc ${JSON.stringify(r)}: expected http://host:port`);
    if (o.write !== undefined && !existsSync(o.write)) throw new UserError(`--write ${o.write}: no such file (give the joining node's CometBFT config/config.toml)`);
    const { StateSyncConfigError, renderStateSyncSection, trustedBlock, withStateSyncSection } = await import("../../snapshots/cometStateSync.ts");
    const rpcServers = o.rpc.map((r) => r.replace(/^tcp:\/\//, "http://").replace(/\/$/, ""));
    let trusted: { height: bigint; hash: string };
    try {
      trusted = await trustedBlock(rpcServers[0]!, o.trustHeight !== undefined ? { height: BigInt(o.trustHeight) } : { offset: BigInt(o.trustOffset) });
    } catch (e) {
      if (e instanceof StateSyncConfigError) throw new UserError(e.message, { cause: e });
      throw e;
    }
    const settings = { rpcServers, trustHeight: trusted.height, trustHash: trusted.hash, trustPeriod: o.trustPeriod };
    if (o.write !== undefined) writeFileSync(o.write, withStateSyncSection(readFileSync(o.write, "utf8"), settings));
    if (outputFormat(o.output) === "json") {
      return printJson({ enable: true, rpc_servers: rpcServers, trust_height: trusted.height.toString(), trust_hash: trusted.hash, trust_period: o.trustPeriod, written: o.write ?? null });
    }
    if (o.write !== undefined) return printLine(`[statesync] of ${o.write}: trust height ${trusted.height}, hash ${trusted.hash}`);
    process.stdout.write(renderStateSyncSection(settings));
  });
  return root.addCommand(cmd);
}
