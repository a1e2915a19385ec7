import { Command } from "commander";
import { homePaths } from "../../home.ts";
import { addHomeOption, addKeyringOption, openKeyring } from "../common.ts";
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
  "api.address"?: string;
  "api.enabledUnsafeCors"?: boolean;
  "grpc.address"?: string;
  "metrics.address"?: string;
  "stateSync.snapshotInterval"?: string;
  "stateSync.snapshotKeepRecent"?: string;
  storageNode: boolean;
  from?: string;
  keyringBackend: string;
  gasPrices: string;
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
  const api = o["api.address"];
  if (api !== undefined && api !== "" && !/^tcp:\/\/[^:/\s]+:[0-9]{1,5}$/.test(api)) {
    throw new UserError(`invalid --api.address ${JSON.stringify(api)}: expected tcp://host:port (or "" for off)`);
  }
  const grpc = o["grpc.address"];
  if (grpc !== undefined && grpc !== "" && !/^tcp:\/\/[^:/\s]+:[0-9]{1,5}$/.test(grpc)) {
    throw new UserError(`invalid --grpc.address ${JSON.stringify(grpc)}: expected tcp://host:port (or "" for off)`);
  }
  const metrics = o["metrics.address"];
  if (metrics !== undefined && metrics !== "" && !/^tcp:\/\/[^:/\s]+:[0-9]{1,5}$/.test(metrics)) {
    throw new UserError(`invalid --metrics.address ${JSON.stringify(metrics)}: expected tcp://host:port (or "" for off)`);
  }
  if (o.storageNode && o.from === undefined) throw new UserError("--storage-node needs --from <key>: the keyring key registered with `tributary tx rewards register-node`");
  if (!o.storageNode && o.from !== undefined) throw new UserError("--from only applies with --storage-node (the key that signs storage proofs)");
  for (const flag of ["snapshotInterval", "snapshotKeepRecent"] as const) {
    const v = o[`stateSync.${flag}`];
    if (v !== undefined && !/^[0-9]{1,9}$/.test(v)) throw new UserError(`invalid --state-sync.${flag === "snapshotInterval" ? "snapshot-interval" : "snapshot-keep-recent"} ${JSON.stringify(v)}: expected a non-negative integer`);
  }
  if (abci !== undefined && !/^(tcp:\/\/[^:/\s]+:[0-9]{1,5}|unix:\/\/\/\S+)$/.test(abci)) {
    throw new UserError(`invalid --abci.laddr ${JSON.stringify(abci)}: expected tcp://host:port or unix:///path`);
  }
}

/** A refused `--storage-node` (unknown or unregistered key) as a one-line user error. */
async function storageNodeChecked<T>(start: () => Promise<T>): Promise<T> {
  const { StorageNodeError } = await import("../../storage/storageNode.ts");
  try {
    return await start();
  } catch (e) {
    if (e instanceof StorageNodeError) throw new UserError(e.message, { cause: e });
    throw e;
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
    )
    .option("--api.address <addr>", 'REST API (Cosmos SDK gateway routes), e.g. tcp://0.0.0.0:1317; "" for off (default: api.address in config.json)')
    .option("--api.enabled-unsafe-cors", "let any origin call the REST API from a browser (default: api.enabled_unsafe_cors in config.json)")
    .option("--grpc.address <addr>", 'gRPC (the same query services and cosmos.tx.v1beta1.Service, with reflection), e.g. tcp://0.0.0.0:9090; "" for off (default: grpc.address in config.json)')
    .option(
      "--metrics.address <addr>",
      'Prometheus metrics listener (GET /metrics), e.g. tcp://0.0.0.0:26660; "" for off (default: metrics.address in config.json)',
    )
    .option("--state-sync.snapshot-interval <blocks>", "take a state sync snapshot every N committed heights; 0 = off (default: state_sync.snapshot_interval in config.json)")
    .option("--state-sync.snapshot-keep-recent <n>", "state sync snapshots kept under data/snapshots/; 0 = all (default: state_sync.snapshot_keep_recent in config.json)")
    .option(
      "--storage-node",
      "also run as a storage node: answer the --from key's storage challenges from this node's content store (register first with `tx rewards register-node`)",
      false,
    )
    .option("--from <key>", "with --storage-node: the keyring key of the registered storage node (signs the proof txs)")
    .option("--gas-prices <price>", "with --storage-node: price per unit of gas of the proof txs", "0.0025utrib");
  addHomeOption(cmd);
  addKeyringOption(cmd);
  return cmd.action(async (o: StartOpts) => {
    checkStartOptions(o);
    const home = homePaths(o.home).home;
    const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
    const stateSync = { snapshotInterval: num(o["stateSync.snapshotInterval"]), snapshotKeepRecent: num(o["stateSync.snapshotKeepRecent"]) };
    const storageNode = o.storageNode ? { keyName: o.from!, signer: await openKeyring(o).getSigner(o.from!), gasPrice: o.gasPrices } : undefined;
    // Loaded lazily: the node pulls in the store, servers and logger, which other commands do not need.
    if (o.consensus === "cometbft") {
      const { startAbciNode } = await import("../../abciNode.ts");
      stopOnSignals(await storageNodeChecked(() => startAbciNode({ home, abciLaddr: o["abci.laddr"], storageAddress: o["storage.address"], apiAddress: o["api.address"], apiEnabledUnsafeCors: o["api.enabledUnsafeCors"], grpcAddress: o["grpc.address"], metricsAddress: o["metrics.address"], storageNode, stateSync })));
      return;
    }
    const { startNode } = await import("../../node.ts");
    const node = await storageNodeChecked(() => startNode({ home, rpcLaddr: o["rpc.laddr"], storageAddress: o["storage.address"], apiAddress: o["api.address"], apiEnabledUnsafeCors: o["api.enabledUnsafeCors"], grpcAddress: o["grpc.address"], metricsAddress: o["metrics.address"], storageNode, stateSync }));
    stopOnSignals(node);
    exitOnFatal(node);
  });
}

/** Block production stopped on an error (a full disk, a failed write): say why, close the stores, exit 1. */
function exitOnFatal(node: { driver: { events: NodeJS.EventEmitter }; stop(): Promise<void> }): void {
  node.driver.events.once("fatal", (err: Error) => {
    const full = /No space left on device|ENOSPC/i.test(err.message)
      ? " — the disk is full: free space and start again; the node resumes from its last committed block"
      : /File too large|EFBIG/i.test(err.message)
        ? " — a file size limit (ulimit -f) stopped a write: raise it and start again; the node resumes from its last committed block"
        : "";
    process.stderr.write(`Error: block production stopped: ${err.message.replace(/\s*\n\s*/g, " ")}${full}\n`);
    node.stop().finally(() => process.exit(1));
  });
}
