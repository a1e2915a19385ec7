/**
 * The browser dashboard (dashboard/, built to dashboard/dist by `node dashboard/build.mjs`)
 * served beside the REST API: index.html at `/`, its assets by name at `/<name>`. Only plain
 * file names directly in dist are served (no path separators, no dot files), so no request
 * reaches outside it; any other single-segment path gets the gateway's 404 JSON, as before.
 * The dist folder is read per request, so a rebuild shows without a restart.
 */
import { readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { FastifyInstance, FastifyReply } from "fastify";
import { packageFile } from "../packageRoot.ts";
import { ApiError, GrpcCode } from "./errors.ts";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export const NOT_BUILT_TEXT = "The Tributary dashboard is not built. Run `make install` (or `node dashboard/build.mjs`), then reload this page.\n";

function notFound(reply: FastifyReply): FastifyReply {
  const err = new ApiError(GrpcCode.notFound, "Not Found");
  return reply.code(err.httpStatus).type("application/json").send(JSON.stringify(err.toJSON()));
}

/** The file's bytes when `name` is a servable file directly in `dir`, else undefined. */
async function distFile(dir: string, name: string): Promise<Buffer | undefined> {
  if (!SAFE_NAME.test(name) || name.includes("..") || CONTENT_TYPES[extname(name)] === undefined) return undefined;
  const path = join(dir, name);
  try {
    if (!(await stat(path)).isFile()) return undefined;
    return await readFile(path);
  } catch {
    return undefined;
  }
}

/** Adds GET `/` and GET `/:name` (HEAD too) to the API listener. `dir` defaults to the package's dashboard/dist. */
export function registerDashboard(app: FastifyInstance, dir: string = packageFile("dashboard/dist")): void {
  const send = (reply: FastifyReply, name: string, body: Buffer) =>
    reply
      .code(200)
      .header("content-type", CONTENT_TYPES[extname(name)])
      .header("cache-control", "no-cache")
      .header("x-content-type-options", "nosniff")
      .send(body);

  app.get("/", async (_req, reply) => {
    const index = await distFile(dir, "index.html");
    if (index === undefined) return reply.code(503).type("text/plain; charset=utf-8").send(NOT_BUILT_TEXT);
    return send(reply, "index.html", index);
  });
  app.get<{ Params: { name: string } }>("/:name", async (req, reply) => {
    const body = await distFile(dir, req.params.name);
    return body === undefined ? notFound(reply) : send(reply, req.params.name, body);
  });
}
