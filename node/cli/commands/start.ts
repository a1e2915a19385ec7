import { Command } from "commander";
import { homePaths } from "../../home.ts";
import { addHomeOption } from "../common.ts";
import { UserError } from "../errors.ts";

/** Stops the node once on SIGINT/SIGTERM, then exits 0 (1 if stopping failed). */
function stopOnSignals(node: { stop(): Promise<void> }): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`received ${signal}, stopping…\n`);
    node.stop().then(
      () => process.exit(0),
      (e: unknown) => {
        process.stderr.write(`error while stopping: ${(e as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
}

export function startCommand(): Command {
  const cmd = new Command("start")
    .description("run the node with the built-in solo consensus driver and the CometBFT-compatible RPC")
    .option("--rpc.laddr <addr>", "RPC listen address, e.g. tcp://127.0.0.1:26657 (default: rpc.laddr in config.json)");
  addHomeOption(cmd);
  return cmd.action(async (o: { home: string; "rpc.laddr"?: string }) => {
    const laddr = o["rpc.laddr"];
    if (laddr !== undefined && !/^tcp:\/\/[^:/\s]+:[0-9]{1,5}$/.test(laddr)) {
      throw new UserError(`invalid --rpc.laddr ${JSON.stringify(laddr)}: expected tcp://host:port`);
    }
    // Loaded lazily: the node pulls in the store, RPC server and logger, which other commands do not need.
    const { startNode } = await import("../../node.ts");
    const node = await startNode({ home: homePaths(o.home).home, rpcLaddr: laddr });
    stopOnSignals(node);
  });
}
