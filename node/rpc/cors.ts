/**
 * CORS as CometBFT serves it: only when allowed origins are configured; methods
 * HEAD, GET, POST; headers Origin, Accept, Content-Type, X-Requested-With, X-Server-Time.
 */
import type { FastifyInstance } from "fastify";

export interface CorsOptions {
  /** Empty disables CORS; "*" allows any origin. */
  allowedOrigins: string[];
}

const ALLOWED_METHODS = "HEAD, GET, POST";
const ALLOWED_HEADERS = "Origin, Accept, Content-Type, X-Requested-With, X-Server-Time";

export function applyCors(app: FastifyInstance, opts: CorsOptions): void {
  if (opts.allowedOrigins.length === 0) return;
  const anyOrigin = opts.allowedOrigins.includes("*");
  app.addHook("onRequest", async (req, reply) => {
    const origin = req.headers.origin;
    if (origin === undefined || !(anyOrigin || opts.allowedOrigins.includes(origin))) return;
    reply.header("Access-Control-Allow-Origin", origin);
    reply.header("Vary", "Origin");
    if (req.method === "OPTIONS") {
      reply.header("Access-Control-Allow-Methods", ALLOWED_METHODS);
      reply.header("Access-Control-Allow-Headers", ALLOWED_HEADERS);
      await reply.code(204).send();
    }
  });
}
