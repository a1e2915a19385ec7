/**
 * What a node needs to expose metrics: the registry, the App listener that counts blocks, the
 * app wrapper that times the calls, and the HTTP listener. Both consensus drivers call `nodeMetrics`; the solo driver adds its mempool size.
 */
import type { Logger } from "pino";
import type { AbciApp } from "../../chain/abci.ts";
import type { AppListeners } from "../../chain/appListeners.ts";
import { BlockMetrics } from "./blockEvents.ts";
import { NodeMetrics } from "./metrics.ts";
import { MetricsApp } from "./metricsApp.ts";
import { type MetricsServer, startMetricsServer } from "./server.ts";

export { NodeMetrics } from "./metrics.ts";
export type { MetricsServer } from "./server.ts";

/** What reports work done off the block path (the attribution index builder). */
export interface ObservedServices {
  indexes?: { onSegmentBuilt: ((seconds: number) => void) | undefined };
}

/**
 * With metrics on (`address` not ""): the block counter registered on `listeners` (the App's),
 * the app wrapped for timing, and the started HTTP listener.
 */
export async function nodeMetrics(app: AbciApp, listeners: AppListeners, address: string, logger: Logger, services: ObservedServices = {}): Promise<{ app: AbciApp; metrics?: NodeMetrics; server?: MetricsServer }> {
  if (address === "") return { app };
  const metrics = new NodeMetrics();
  if (services.indexes) services.indexes.onSegmentBuilt = (seconds) => metrics.indexBuildSeconds.observe(seconds);
  const server = await startMetricsServer({ address, registry: metrics.registry, logger });
  const blocks = new BlockMetrics(metrics);
  listeners.add(blocks);
  return { app: new MetricsApp(app, metrics, blocks), metrics, server };
}
