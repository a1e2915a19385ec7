import { Command } from "commander";
import { UserError } from "../errors.ts";
import { addOutputOption, outputFormat } from "../common.ts";

const DEFAULT_DIR = "./.testnet";
/** Kept in step with TESTNET_DEFAULTS.basePort (node/testnet/layout.ts), which is not imported here to keep startup light. */
const TESTNET_BASE_PORT = 36656;

function positiveInt(flag: string, max: number) {
  return (v: string): number => {
    if (!/^[0-9]+$/.test(v) || Number(v) < 1 || Number(v) > max) throw new UserError(`${flag} must be an integer from 1 to ${max}, got ${JSON.stringify(v)}`);
    return Number(v);
  };
}

function initAction() {
  return async (o: { validators: number; outputDir: string; chainId: string; basePort: number; timeoutCommit: string; initialHeight?: string; devAccounts: boolean; output: string }) => {
    const format = outputFormat(o.output);
    if (!/^[0-9]+(ms|s)$/.test(o.timeoutCommit)) throw new UserError(`--timeout-commit must be a duration like 1s or 500ms, got ${JSON.stringify(o.timeoutCommit)}`);
    if (o.initialHeight !== undefined && !/^[1-9][0-9]*$/.test(o.initialHeight)) throw new UserError(`--initial-height must be an integer >= 1, got ${JSON.stringify(o.initialHeight)}`);
    // Loaded lazily: the layout pulls in genesis and module code that other commands do not need.
    const { initTestnet, TESTNET_DEFAULTS } = await import("../../testnet/layout.ts");
    const manifest = await initTestnet({
      ...TESTNET_DEFAULTS,
      outputDir: o.outputDir,
      validators: o.validators,
      chainId: o.chainId,
      basePort: o.basePort,
      timeoutCommit: o.timeoutCommit,
      initialHeight: o.initialHeight === undefined ? undefined : BigInt(o.initialHeight),
      devAccounts: o.devAccounts,
    });
    if (format === "json") {
      process.stdout.write(JSON.stringify(manifest, null, 2) + "\n");
      return;
    }
    process.stdout.write(`wrote a ${manifest.nodes.length}-validator network (chain id ${manifest.chain_id}) in ${o.outputDir}\n`);
    for (const n of manifest.nodes) process.stdout.write(`  ${n.name}: home ${n.home}  rpc ${n.rpc}  operator ${n.operatorAddress}\n`);
    process.stdout.write(`start it with: tributary testnet start --output-dir ${o.outputDir}\n`);
  };
}

function startCmd(): Command {
  return new Command("start")
    .description("start every node of a network written by `tributary testnet` (its app and CometBFT); Ctrl-C stops them all")
    .option("--output-dir <dir>", "the network's directory", DEFAULT_DIR)
    .option("--cometbft <path>", "CometBFT binary (default: ./.bin/cometbft from `make cometbft`, else cometbft on PATH)")
    .action(async (o: { outputDir: string; cometbft?: string }) => {
      const { startTestnet } = await import("../../testnet/network.ts");
      const net = await startTestnet(o.outputDir, { cometbft: o.cometbft }).catch(failStart);
      process.stdout.write(`network ${net.manifest.chain_id} is up; CometBFT RPC (use with CosmJS or --node):\n`);
      for (const n of net.nodes) process.stdout.write(`  ${n.name}: ${n.rpc}\n`);
      process.stdout.write("Ctrl-C stops every node.\n");
      const died = await new Promise<Error | undefined>((resolve) => {
        const onSignal = () => {
          process.stderr.write("stopping the network…\n");
          void net.stop().then(() => resolve(undefined));
        };
        process.once("SIGINT", onSignal);
        process.once("SIGTERM", onSignal);
        // A node that dies later takes the whole network down, so it is never half up unnoticed.
        void net.failed.then((e) => net.stop().then(() => resolve(e)));
      });
      if (died) failStart(died);
    });
}

/** Prints the whole (multi-line) reason, which names the node, its port or its log's last lines, then fails. */
function failStart(e: unknown): never {
  if (!(e instanceof Error) || e.name !== "TestnetStartError") throw e;
  process.stderr.write(`${e.message}\n`);
  throw new UserError("the testnet stopped (reason above); every process it started has been stopped");
}

export function testnetCommand(): Command {
  const cmd = new Command("testnet")
    .description("write the homes of an N-validator CometBFT network on this machine (see also: testnet start)")
    .option("--validators <n>", "number of validators", positiveInt("--validators", 50), 4)
    .option("--output-dir <dir>", "where to write the node homes", DEFAULT_DIR)
    .option("--chain-id <id>", "chain id", "tributary-testnet-1")
    .option("--base-port <port>", "node i uses base+10i (p2p), +1 (RPC), +2 (ABCI), +3 (content), +4 (metrics), +5 (REST), +6 (gRPC)", positiveInt("--base-port", 65000), TESTNET_BASE_PORT)
    .option("--timeout-commit <duration>", "CometBFT timeout_commit", "1s")
    .option("--initial-height <height>", "the genesis's initial_height: the first block's height, as in a chain relaunched from an export (default 1)")
    .option("--no-dev-accounts", "do not fund the public dev accounts (alice, bob, …)");
  addOutputOption(cmd);
  // `testnet start --output-dir X`: options after the subcommand belong to it, not to `testnet`.
  cmd.enablePositionalOptions();
  cmd.action(initAction());
  cmd.addCommand(startCmd());
  return cmd;
}
