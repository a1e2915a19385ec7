/**
 * The Prometheus listener (config `metrics.address`, flag `--metrics.address`, "" = off):
 *
 *   GET /metrics   200  text exposition format (prom-client's registry)
 *   anything else  404  plain text
 *
 * A bare node:http server: Prometheus needs one route, and the scrape must not share a
 * listener (or its limits) with the RPC.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import type { Registry } from "prom-client";

export interface MetricsServer {
  /** "http://host:port/metrics", the scrape URL. */
  url: string;
  close(): Promise<void>;
}

export function parseMetricsAddress(address: string): { host: string; port: number } {
  const m = /^(?:tcp|http):\/\/([^:/\s]+):([0-9]{1,5})$/.exec(address);
  if (!m || Number(m[2]) > 65535) throw new Error(`invalid metrics address ${JSON.stringify(address)}: expected tcp://host:port (or "" for off)`);
  return { host: m[1]!, port: Number(m[2]) };
}

export async function startMetricsServer(opts: { address: string; registry: Registry; logger: Logger }): Promise<MetricsServer> {
  const { host, port } = parseMetricsAddress(opts.address);
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method !== "GET" || path !== "/metrics") {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(`not found: ${req.method} ${path} (metrics are at GET /metrics)\n`);
      return;
    }
    opts.registry.metrics().then(
      (text) => res.writeHead(200, { "content-type": opts.registry.contentType }).end(text),
      (err: unknown) => {
        opts.logger.error({ err }, "metrics: collecting failed");
        res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end(`collecting metrics failed: ${(err as Error).message}\n`);
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const bound = server.address() as AddressInfo;
  return {
    url: `http://${host}:${bound.port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
