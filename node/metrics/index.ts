/**
 * What a node needs to expose metrics: the registry, the app wrapper that feeds it, and the
 * listener. Both consensus drivers call `nodeMetrics`; the solo driver adds its mempool size.
 */
import type { Logger } from "pino";
import type { AbciApp } from "../../chain/abci.ts";
import { NodeMetrics } from "./metrics.ts";
import { MetricsApp } from "./metricsApp.ts";
import { type MetricsServer, startMetricsServer } from "./server.ts";

export { NodeMetrics } from "./metrics.ts";
export type { MetricsServer } from "./server.ts";

/** What reports work done off the block path (the attribution index builder). */
export interface ObservedServices {
  indexes?: { onSegmentBuilt: ((seconds: number) => void) | undefined };
}

/** With metrics on (`address` not ""): the app wrapped for observation and the started listener. */
export async function nodeMetrics(app: AbciApp, address: string, logger: Logger, services: ObservedServices = {}): Promise<{ app: AbciApp; metrics?: NodeMetrics; server?: MetricsServer }> {
  if (address === "") return { app };
  const metrics = new NodeMetrics();
  if (services.indexes) services.indexes.onSegmentBuilt = (seconds) => metrics.indexBuildSeconds.observe(seconds);
  const server = await startMetricsServer({ address, registry: metrics.registry, logger });
  return { app: new MetricsApp(app, metrics), metrics, server };
}
