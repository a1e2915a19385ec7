/**
 * `tributary start --consensus cometbft`: the app on the home's state store behind the ABCI
 * socket server, for a real CometBFT to drive. CometBFT owns blocks, the mempool, P2P and the
 * RPC in this mode, so there is no solo driver and no Tributary RPC here.
 */
import type { Logger } from "pino";
import type { AbciApp } from "../chain/abci.ts";
import type { AppListeners } from "../chain/appListeners.ts";
import { type AbciFatalError, type AbciServer, startAbciServer } from "./abci/server.ts";
import { type LogLevel, loadNodeConfig } from "./config.ts";
import { type MetricsServer, nodeMetrics } from "./metrics/index.ts";
import { applyStateSyncFlags, openApp, startContentListener } from "./node.ts";
import { makeLogger } from "./logger.ts";
import { UpgradeHaltError } from "../modules/upgrade/halt.ts";
import { type ApiServer, startApiServer } from "./api/server.ts";
import { cometRpcBroadcaster } from "./api/broadcast.ts";
import { cometBlockSource } from "./api/blockSource.ts";
import { type GrpcServer, startGrpcServer } from "./grpc/server.ts";
import type { ContentServer } from "./storage/contentServer.ts";
import { type CometStorageNode, openCometStorageNode } from "./storage/cometStorageNode.ts";
import type { StorageNodeOptions } from "./storage/storageNode.ts";

export interface StartAbciNodeOptions {
  home: string;
  /** Overrides config.json abci.laddr; tcp port 0 picks a free port. */
  abciLaddr?: string;
  /** Overrides config.json storage.address (the HTTP content listener); "" turns it off. */
  storageAddress?: string;
  /** Overrides config.json api.address (the REST API; node routes answer 501: CometBFT has the blocks); "" = off. */
  apiAddress?: string;
  /** Overrides config.json api.enabled_unsafe_cors (any origin may call the REST API from a browser). */
  apiEnabledUnsafeCors?: boolean;
  /** Overrides config.json grpc.address (gRPC; block and tx lookups answer Unimplemented, as on REST); "" = off. */
  grpcAddress?: string;
  /** Overrides config.json metrics.address (Prometheus GET /metrics; CometBFT's own are on its prometheus_listen_addr); "" = off. */
  metricsAddress?: string;
  /** `--storage-node --from <key>`: answer this key's storage challenges, broadcasting to CometBFT's RPC. */
  storageNode?: StorageNodeOptions;
  /** CometBFT's RPC for the proof txs (default: rpc.laddr of config.json, where the CLI points too). */
  cometRpc?: string;
  /** Override config.json state_sync (`start --state-sync.snapshot-interval/-keep-recent`). */
  stateSync?: { snapshotInterval?: number; snapshotKeepRecent?: number };
  logLevel?: LogLevel;
  logger?: Logger;
  /** See AbciServerOptions.onFatal; default exits the process with code 1. */
  onFatal?: (err: AbciFatalError) => void;
}

export interface RunningAbciNode {
  /** Where CometBFT's proxy_app should point, e.g. "tcp://127.0.0.1:26658". */
  abciAddress: string;
  /** "http://host:port" of the content listener (GET /content/…), undefined when it is off. */
  contentUrl: string | undefined;
  /** "http://host:port" of the REST API, undefined when it is off. */
  apiUrl: string | undefined;
  /** "host:port" of the gRPC server, undefined when it is off. */
  grpcAddress: string | undefined;
  /** "http://host:port/metrics", undefined when metrics are off. */
  metricsUrl: string | undefined;
  app: AbciApp;
  /** The App's listener hooks, fed by CometBFT's FinalizeBlock and Commit as by the solo driver's. */
  listeners: AppListeners;
  logger: Logger;
  /** Lets the request in hand finish (a Commit completes), closes the connections, then the store. */
  stop(): Promise<void>;
}

export async function startAbciNode(opts: StartAbciNodeOptions): Promise<RunningAbciNode> {
  const config = loadNodeConfig(opts.home);
  applyStateSyncFlags(config, opts.stateSync);
  const logger = opts.logger ?? await makeLogger(opts.logLevel ?? config.log_level);
  const opened = await openApp(opts.home, config, logger);
  const { store, modelRunner } = opened;
  let metricsServer: MetricsServer | undefined;
  let app: AbciApp;
  let server: AbciServer;
  let content: ContentServer | undefined;
  let api: ApiServer | undefined;
  let grpc: GrpcServer | undefined;
  let storage: CometStorageNode | undefined;
  // CometBFT owns the blocks, the tx index and the mempool here: REST and gRPC read and broadcast through its RPC.
  const cometRpc = (opts.cometRpc ?? config.rpc.laddr).replace(/^tcp:\/\//, "http://");
  const blocks = cometBlockSource(cometRpc);
  try {
    const observed = await nodeMetrics(opened.app, opened.listeners, opts.metricsAddress ?? config.metrics.address, logger, { indexes: opened.indexes });
    metricsServer = observed.server;
    app = observed.app;
    // The storage node learns of commits from the App's afterCommit listener (CometBFT has the blocks).
    if (opts.storageNode) {
      storage = await openCometStorageNode(opts.storageNode, opts.home, app, opened.listeners, store.version, cometRpc, logger);
    }
    content = await startContentListener(opts.home, app, opts.storageAddress ?? config.storage.address, logger);
    const apiAddress = opts.apiAddress ?? config.api.address;
    if (apiAddress !== "") api = await startApiServer({ address: apiAddress, app, blocks, broadcast: cometRpcBroadcaster(cometRpc), logger, enableUnsafeCors: opts.apiEnabledUnsafeCors ?? config.api.enabled_unsafe_cors, maxBodyBytes: config.rpc.max_body_bytes });
    const grpcAddress = opts.grpcAddress ?? config.grpc.address;
    if (grpcAddress !== "") grpc = await startGrpcServer({ address: grpcAddress, app, blocks, broadcast: cometRpcBroadcaster(cometRpc), logger });
    // The halt at a plan height this binary does not know: its line alone, then the usual exit 1.
    const onFatal = (err: AbciFatalError) => {
      if (err.cause instanceof UpgradeHaltError) logger.fatal(err.cause.message);
      if (opts.onFatal) opts.onFatal(err);
      else process.exit(1);
    };
    server = await startAbciServer({ app, snapshots: opened.snapshots, laddr: opts.abciLaddr ?? config.abci.laddr, logger, onFatal });
  } catch (e) {
    await storage?.stop();
    await content?.close();
    await api?.close();
    await grpc?.close();
    await metricsServer?.close();
    blocks.disconnect();
    await store.close();
    await modelRunner.close();
    throw e;
  }
  logger.info({ abci: server.address, content: content?.url, api: api?.url, grpc: grpc?.address, metrics: metricsServer?.url, storageNode: storage !== undefined, height: store.version.toString() }, "app waiting for CometBFT (point its proxy_app here)");

  let stopping: Promise<void> | undefined;
  return {
    abciAddress: server.address,
    contentUrl: content?.url,
    apiUrl: api?.url,
    grpcAddress: grpc?.address,
    metricsUrl: metricsServer?.url,
    app,
    listeners: opened.listeners,
    logger,
    stop() {
      stopping ??= (async () => {
        await storage?.stop();
        await content?.close();
        await api?.close();
        await grpc?.close();
        await server.close();
        await metricsServer?.close();
        blocks.disconnect();
        await opened.snapshots.idle();
        await store.close();
        await modelRunner.close();
        logger.info({ height: store.version.toString() }, "node stopped");
      })();
      return stopping;
    },
  };
}
