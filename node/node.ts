/**
 * A running Tributary node: the app on its state store, the solo consensus driver (block
 * store, tx index, mempool) and the CometBFT-compatible RPC server, wired from a home directory.
 */
import type { Logger } from "pino";
import type { AbciApp } from "../chain/abci.ts";
import { App } from "../chain/app.ts";
import type { AppListeners } from "../chain/appListeners.ts";
import { CommitStore } from "../chain/store/commitStore.ts";
import { SigVerifyCache } from "../chain/tx/sigCache.ts";
import { createModules } from "../modules/index.ts";
import { type LogLevel, type NodeConfig, loadNodeConfig } from "./config.ts";
import { makeLogger } from "./logger.ts";
import { attributionIndexListener } from "./attribution/indexListener.ts";
import { NodeIndexProvider } from "./attribution/provider.ts";
import { OrtRunner } from "./inference/ortRunner.ts";
import { contentIndexListener } from "./content/indexer.ts";
import { ContentStore } from "./content/store.ts";
import { parseMinGasPrices } from "./gasPrices.ts";
import { appDbPath } from "./paths.ts";
import { nodeMetrics } from "./metrics/index.ts";
import { NodeConfigQueryApp } from "./nodeConfigQuery.ts";
import { startRpcServer } from "./rpc/server.ts";
import { forgetRpcAddress, recordRpcAddress } from "./rpc/addressFile.ts";
import { openHomeDb } from "./store/homeLock.ts";
import { startApiServer } from "./api/server.ts";
import { startGrpcServer } from "./grpc/server.ts";
import { type ContentServer, startContentServer } from "./storage/contentServer.ts";
import { appContributionLookup } from "./storage/contributions.ts";
import type { StorageProver } from "./storage/prover.ts";
import { type StorageNodeOptions, openStorageNode } from "./storage/storageNode.ts";
import type { StoredBlock } from "./rpc/backend.ts";
import { fromHex, toHex } from "@cosmjs/encoding";
import { sha256 } from "@noble/hashes/sha2.js";
import { TRIBUTARY_VERSION } from "./version.ts";
import type { SoloDriver } from "./solo/driver.ts";
import { openSoloFromHome } from "./solo/fromHome.ts";
import { crashPoint } from "./crashPoints.ts";
import { openStateStore } from "./store/stateStore.ts";
import { HIDE_UPGRADES_ENV, hiddenUpgrades, nodeUpgradeHandlers } from "./upgrades/index.ts";
import { checkUpgradeAtStartup } from "./upgrades/startup.ts";
import { UpgradeHaltError } from "../modules/upgrade/halt.ts";
import type { UpgradeHandlers } from "../modules/upgrade/types.ts";
import { SnapshotManager } from "./snapshots/manager.ts";
import { SnapshotStore } from "./snapshots/store.ts";
import { startSigPreVerification } from "./sigverify/index.ts";

export interface StartNodeOptions {
  home: string;
  /** Overrides config.json rpc.laddr; port 0 picks a free port. */
  rpcLaddr?: string;
  /** Overrides config.json storage.address (the HTTP content listener); "" turns it off; port 0 picks a free port. */
  storageAddress?: string;
  /** Overrides config.json api.address (the REST API); "" turns it off; port 0 picks a free port. */
  apiAddress?: string;
  /** Overrides config.json api.enabled_unsafe_cors (any origin may call the REST API from a browser). */
  apiEnabledUnsafeCors?: boolean;
  /** Overrides config.json grpc.address (gRPC with reflection); "" turns it off; port 0 picks a free port. */
  grpcAddress?: string;
  /** Overrides config.json metrics.address (Prometheus GET /metrics); "" turns it off; port 0 picks a free port. */
  metricsAddress?: string;
  /** `--storage-node --from <key>`: answer this key's storage challenges (refused unless it is a registered storage node). */
  storageNode?: StorageNodeOptions;
  logLevel?: LogLevel;
  timeoutCommitMs?: number;
  /** Override config.json state_sync (`start --state-sync.snapshot-interval/-keep-recent`). */
  stateSync?: { snapshotInterval?: number; snapshotKeepRecent?: number };
  logger?: Logger;
}

/** Applies `start`'s --state-sync.* flags over config.json's state_sync. */
export function applyStateSyncFlags(config: NodeConfig, flags: { snapshotInterval?: number; snapshotKeepRecent?: number } | undefined): void {
  if (flags?.snapshotInterval !== undefined) config.state_sync.snapshot_interval = flags.snapshotInterval;
  if (flags?.snapshotKeepRecent !== undefined) config.state_sync.snapshot_keep_recent = flags.snapshotKeepRecent;
}

export interface RunningNode {
  /** "http://127.0.0.1:<port>", the URL CosmJS connects to. */
  rpcUrl: string;
  /** "http://127.0.0.1:<port>" of the content listener (GET /content/…), undefined when it is off. */
  contentUrl: string | undefined;
  /** "http://127.0.0.1:<port>" of the REST API, undefined when it is off. */
  apiUrl: string | undefined;
  /** "127.0.0.1:<port>" of the gRPC server (what grpcurl and gRPC clients dial), undefined when it is off. */
  grpcAddress: string | undefined;
  /** "http://127.0.0.1:<port>/metrics", undefined when metrics are off. */
  metricsUrl: string | undefined;
  driver: SoloDriver;
  app: AbciApp;
  /** The App's listener hooks: node services (and tests) that follow the blocks register here. */
  listeners: AppListeners;
  logger: Logger;
  /** The storage prover when started with `storageNode`. */
  prover: StorageProver | undefined;
  /** Stops after the block being committed (if any), then closes RPC and stores. */
  stop(): Promise<void>;
}

/**
 * The app on the home's state store (data/application.db), as both consensus drivers run it: the
 * datanet module reads record bodies from the home's content store, and App listeners (the
 * content indexer, then the attribution index builds) follow the blocks executed; models run
 * through onnxruntime-node (same bits as the interpreter a bare App uses). The caller owns the
 * store, closes it after the driver has stopped, and the model runner after the store.
 */
export async function openApp(
  home: string,
  config: NodeConfig,
  logger?: Logger,
): Promise<{ app: AbciApp; listeners: AppListeners; store: CommitStore; modelRunner: OrtRunner; indexes: NodeIndexProvider; snapshots: SnapshotManager; sigCache: SigVerifyCache; checkState: Pick<App, "readCheckState"> }> {
  // Verified whole on open: a damaged state DB is refused, never served (node/store/stateStore.ts).
  const store = await openHomeDb(home, () => openStateStore(appDbPath(home), { keepRecent: config.pruning.keep_recent }, logger));
  const content = ContentStore.forHome(home);
  const indexes = NodeIndexProvider.forHome(home, { state: () => store.committed(), logger, onBuildStep: (step) => crashPoint("index-build", step) });
  const modelRunner = new OrtRunner();
  const hidden = hiddenUpgrades();
  if (hidden.length > 0) logger?.warn({ hidden }, `${HIDE_UPGRADES_ENV} is set (test only): this node plays a binary without these upgrade handlers`);
  let upgradeHandlers: UpgradeHandlers = new Map();
  // Shared with the mempool's signature pre-verification (node/sigverify), which fills it.
  const sigCache = new SigVerifyCache();
  const { modules, ante, keepers } = createModules(sigCache, {
    content, attributionIndexes: indexes, modelRunner,
    upgradeHandlers: (k) => (upgradeHandlers = nodeUpgradeHandlers(hidden)(k)),
  });
  try {
    checkUpgradeAtStartup(store.committed(), store.version, keepers.upgrade, upgradeHandlers);
  } catch (e) {
    if (e instanceof UpgradeHaltError) logger?.fatal(e.message);
    await store.close();
    await modelRunner.close();
    throw e;
  }
  indexes.attach(keepers.attribution);
  const app = new App({ store, modules, ante, minGasPrices: parseMinGasPrices(config.minimum_gas_prices), version: TRIBUTARY_VERSION });
  // Logged and skipped: a listener's failure never stops the chain (chain/appListeners.ts).
  if (logger) app.listeners.setErrorHandler((err, listener, hook) => logger.error({ listener, hook, err }, "app listener failed"));
  app.listeners.add(contentIndexListener(content, logger));
  app.listeners.add(attributionIndexListener(indexes));
  // State sync: periodic snapshots (config state_sync) and restores; attribution indexes are
  // not in a snapshot but rebuilt from the restored state (node/snapshots/README.md).
  const snapshots = new SnapshotManager({
    store,
    snapshots: SnapshotStore.forHome(home),
    content,
    interval: config.state_sync.snapshot_interval,
    keepRecent: config.state_sync.snapshot_keep_recent,
    logger,
    onRestored: () => void indexes.startPending().catch(() => undefined),
  });
  app.listeners.add(snapshots.listener());
  // The node's own settings (minimum gas price) answer cosmos.base.node.v1beta1.Service/Config.
  const served = new NodeConfigQueryApp(app, { minimumGasPrices: config.minimum_gas_prices, pruningKeepRecent: config.pruning.keep_recent });
  return { app: served, listeners: app.listeners, store, modelRunner, indexes, snapshots, sigCache, checkState: app };
}

/**
 * The HTTP content listener on `address` ("" = off), reading contributions from the app's
 * committed state and bodies from the home's content store. Both consensus drivers start it.
 */
export async function startContentListener(home: string, app: AbciApp, address: string, logger: Logger): Promise<ContentServer | undefined> {
  if (address === "") return undefined;
  return startContentServer({ address, store: ContentStore.forHome(home), lookup: appContributionLookup(app), logger });
}

/** The prover of `--storage-node` fed by the solo driver: its mempool, tx index and block events. */
async function soloStorageNode(opts: StorageNodeOptions, home: string, driver: SoloDriver, app: AbciApp, logger: Logger): Promise<StorageProver> {
  const prover = await openStorageNode(opts, {
    app,
    home,
    logger,
    chainId: () => driver.rpc.identity().chainId,
    broadcast: async (tx) => {
      const r = await driver.rpc.broadcastTx(tx);
      return { code: r.code, codespace: r.codespace, log: r.log, hash: toHex(sha256(tx)).toUpperCase() };
    },
    txResult: async (hash) => {
      const t = await driver.rpc.txByHash(fromHex(hash));
      return t && { code: t.result.code, log: t.result.log };
    },
  });
  driver.events.on("NewBlock", (block: StoredBlock) => prover.onCommitted(block.block.header.height));
  // Challenges already open (a restart inside a proof window) are answered now, not a block later.
  prover.onCommitted(driver.latestHeight());
  return prover;
}

/** host:port, an IPv6 host in brackets. */
function hostPort(a: { host: string; port: number }): string {
  return `${a.host.includes(":") ? `[${a.host}]` : a.host}:${a.port}`;
}

export async function startNode(opts: StartNodeOptions): Promise<RunningNode> {
  const config = loadNodeConfig(opts.home);
  if (opts.timeoutCommitMs !== undefined) config.consensus.timeout_commit_ms = opts.timeoutCommitMs;
  applyStateSyncFlags(config, opts.stateSync);
  const logger = opts.logger ?? await makeLogger(opts.logLevel ?? config.log_level);
  const opened = await openApp(opts.home, config, logger);
  const { store, modelRunner } = opened;
  // Undone in reverse order when a later step fails, and by stop().
  // A snapshot being written finishes before the store closes.
  const closers: (() => Promise<void>)[] = [() => modelRunner.close(), () => store.close(), () => opened.snapshots.idle()];
  const closeAll = async () => {
    for (const close of closers.reverse()) await close();
  };
  try {
    // Before the driver: blocks replayed by the handshake are counted too.
    const { app, metrics, server: metricsServer } = await nodeMetrics(opened.app, opened.listeners, opts.metricsAddress ?? config.metrics.address, logger, { indexes: opened.indexes });
    if (metricsServer) closers.push(() => metricsServer.close());
    const driver = await openSoloFromHome(opts.home, app, config, logger);
    closers.push(() => driver.stop());
    // CheckTx signatures verified on worker threads (config mempool.sig_verify_workers).
    const sigVerify = startSigPreVerification({ app: opened.checkState, cache: opened.sigCache, chainId: driver.rpc.identity().chainId, workers: config.mempool.sig_verify_workers, logger });
    if (sigVerify) {
      driver.mempool.setPreVerifier(sigVerify.preverifier);
      closers.push(() => sigVerify.close());
    }
    metrics?.watchMempool(() => driver.mempool.size());
    // The halt at a plan height this binary does not know: its line alone, for operators and cosmovisor-style watchers.
    driver.events.on("fatal", (err: Error) => {
      if (err instanceof UpgradeHaltError) logger.fatal(err.message);
    });
    // CosmJS refuses a `status` without a latest block hash, so serve only once a block exists.
    driver.start();
    await driver.waitForHeight(1n);
    // After the first block: the registration is read from committed state.
    const prover = opts.storageNode ? await soloStorageNode(opts.storageNode, opts.home, driver, app, logger) : undefined;
    if (prover) closers.push(() => prover.stop());
    const rpc = await startRpcServer({
      backend: driver.rpc,
      laddr: opts.rpcLaddr ?? config.rpc.laddr,
      logger,
      maxBodyBytes: config.rpc.max_body_bytes,
      corsAllowedOrigins: config.rpc.cors_allowed_origins,
    });
    closers.push(() => rpc.close());
    const rpcUrl = `http://${hostPort(rpc.address)}`;
    // What the node really listens on (a --rpc.laddr flag, port 0 resolved): /status says it,
    // and the CLI finds it with --home alone.
    const rpcLaddr = `tcp://${hostPort(rpc.address)}`;
    driver.rpc.setRpcAddress(rpcLaddr);
    recordRpcAddress(opts.home, rpcLaddr);
    closers.push(async () => forgetRpcAddress(opts.home, rpcLaddr));
    const content = await startContentListener(opts.home, app, opts.storageAddress ?? config.storage.address, logger);
    if (content) closers.push(() => content.close());
    const apiAddress = opts.apiAddress ?? config.api.address;
    const api = apiAddress === "" ? undefined : await startApiServer({ address: apiAddress, app, node: driver.rpc, logger, enableUnsafeCors: opts.apiEnabledUnsafeCors ?? config.api.enabled_unsafe_cors, maxBodyBytes: config.rpc.max_body_bytes });
    if (api) closers.push(() => api.close());
    const grpcAddress = opts.grpcAddress ?? config.grpc.address;
    const grpc = grpcAddress === "" ? undefined : await startGrpcServer({ address: grpcAddress, app, node: driver.rpc, logger });
    if (grpc) closers.push(() => grpc.close());
    logger.info({ rpc: rpcUrl, content: content?.url, api: api?.url, grpc: grpc?.address, metrics: metricsServer?.url, storageNode: prover !== undefined, chainId: driver.rpc.identity().chainId, height: Number(driver.latestHeight()) }, "node started");

    let stopping: Promise<void> | undefined;
    return {
      rpcUrl,
      contentUrl: content?.url,
      apiUrl: api?.url,
      grpcAddress: grpc?.address,
      metricsUrl: metricsServer?.url,
      driver,
      app,
      listeners: opened.listeners,
      logger,
      prover,
      stop() {
        stopping ??= closeAll().then(() => logger.info("node stopped"));
        return stopping;
      },
    };
  } catch (e) {
    await closeAll();
    throw e;
  }
}
