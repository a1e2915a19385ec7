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

interface StartOpts {
  home: string;
  consensus: string;
  "rpc.laddr"?: string;
  "abci.laddr"?: string;
  "storage.address"?: string;
}

const CONSENSUS = ["solo", "cometbft"];

function checkStartOptions(o: StartOpts): void {
  if (!CONSENSUS.includes(o.consensus)) throw new UserError(`invalid --consensus ${JSON.stringify(o.consensus)}: expected solo or cometbft`);
  const rpc = o["rpc.laddr"];
  const abci = o["abci.laddr"];
  if (o.consensus === "cometbft" && rpc !== undefined) {
    throw new UserError("--rpc.laddr does not apply with --consensus cometbft: CometBFT serves the RPC (set [rpc] laddr in its config.toml)");
  }
  if (o.consensus === "solo" && abci !== undefined) throw new UserError("--abci.laddr only applies with --consensus cometbft");
  if (rpc !== undefined && !/^tcp:\/\/[^:/\s]+:[0-9]{1,5}$/.test(rpc)) {
    throw new UserError(`invalid --rpc.laddr ${JSON.stringify(rpc)}: expected tcp://host:port`);
  }
  const storage = o["storage.address"];
  if (storage !== undefined && storage !== "" && !/^tcp:\/\/[^:/\s]+:[0-9]{1,5}$/.test(storage)) {
    throw new UserError(`invalid --storage.address ${JSON.stringify(storage)}: expected tcp://host:port (or "" for off)`);
  }
  if (abci !== undefined && !/^(tcp:\/\/[^:/\s]+:[0-9]{1,5}|unix:\/\/\/\S+)$/.test(abci)) {
    throw new UserError(`invalid --abci.laddr ${JSON.stringify(abci)}: expected tcp://host:port or unix:///path`);
  }
}

export function startCommand(): Command {
  const cmd = new Command("start")
    .description(
      "run the node: with the built-in solo consensus driver and the CometBFT-compatible RPC (default), " +
        "or as the ABCI app of a CometBFT node (--consensus cometbft; CometBFT's proxy_app points at --abci.laddr)",
    )
    .option("--consensus <driver>", "solo (one validator, built in) or cometbft (serve ABCI to a CometBFT v0.38 node)", "solo")
    .option("--rpc.laddr <addr>", "solo: RPC listen address, e.g. tcp://127.0.0.1:26657 (default: rpc.laddr in config.json)")
    .option("--abci.laddr <addr>", "cometbft: ABCI listen address, tcp://127.0.0.1:26658 or unix:///path (default: abci.laddr in config.json)")
    .option(
      "--storage.address <addr>",
      'HTTP listener serving record bodies (GET /content/<datanet>/<contribution>), e.g. tcp://0.0.0.0:26670; "" for off (default: storage.address in config.json)',
    );
  addHomeOption(cmd);
  return cmd.action(async (o: StartOpts) => {
    checkStartOptions(o);
    const home = homePaths(o.home).home;
    // Loaded lazily: the node pulls in the store, servers and logger, which other commands do not need.
    if (o.consensus === "cometbft") {
      const { startAbciNode } = await import("../../abciNode.ts");
      stopOnSignals(await startAbciNode({ home, abciLaddr: o["abci.laddr"], storageAddress: o["storage.address"] }));
      return;
    }
    const { startNode } = await import("../../node.ts");
    stopOnSignals(await startNode({ home, rpcLaddr: o["rpc.laddr"], storageAddress: o["storage.address"] }));
  });
}
