/**
 * Serving dashboard/dist (node/api/dashboard.ts) on a real fastify instance: files by name with
 * their content types, nothing outside the folder, the gateway's 404 JSON for the rest, and the
 * "not built" text when the folder is missing.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify from "fastify";
import { afterAll, describe, expect, it } from "vitest";
import { NOT_BUILT_TEXT, registerDashboard } from "./dashboard.ts";

const root = mkdtempSync(join(tmpdir(), "trib-dashboard-"));
const dist = join(root, "dist");
mkdirSync(dist);
writeFileSync(join(dist, "index.html"), "<!doctype html><title>t</title>");
writeFileSync(join(dist, "dashboard.js"), "void 0;");
writeFileSync(join(dist, "dashboard.css"), "body{}");
writeFileSync(join(dist, ".secret.js"), "no");
writeFileSync(join(dist, "notes.txt"), "no");
mkdirSync(join(dist, "sub.js"));
writeFileSync(join(root, "outside.js"), "no");

afterAll(() => rmSync(root, { recursive: true, force: true }));

function server(dir: string) {
  const app = Fastify();
  registerDashboard(app, dir);
  app.get("/cosmos/x/v1/y", async () => ({ ok: true }));
  return app;
}

describe("registerDashboard", () => {
  it("serves index.html at / and assets by name with their content types", async () => {
    const app = server(dist);
    const index = await app.inject({ url: "/" });
    expect(index.statusCode).toBe(200);
    expect(index.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(index.body).toContain("<title>t</title>");
    const js = await app.inject({ url: "/dashboard.js" });
    expect([js.statusCode, js.headers["content-type"], js.body]).toEqual([200, "text/javascript; charset=utf-8", "void 0;"]);
    expect((await app.inject({ url: "/dashboard.css" })).headers["content-type"]).toBe("text/css; charset=utf-8");
    expect((await app.inject({ method: "HEAD", url: "/dashboard.js" })).statusCode).toBe(200);
    // Deeper routes keep answering.
    expect((await app.inject({ url: "/cosmos/x/v1/y" })).json()).toEqual({ ok: true });
  });

  it("answers the gateway's 404 JSON for other names, dot files, unknown types, folders and traversal", async () => {
    const app = server(dist);
    for (const url of ["/missing.js", "/.secret.js", "/notes.txt", "/sub.js", "/..%2Foutside.js", "/%2E%2E%2Foutside.js", "/..%2F..%2Fpackage.json", "/cosmos"]) {
      const r = await app.inject({ url });
      expect(r.statusCode, url).toBe(404);
      expect(r.json(), url).toEqual({ code: 5, message: "Not Found", details: [] });
    }
  });

  it("without a build, / says how to build it", async () => {
    const app = server(join(root, "no-such-dist"));
    const r = await app.inject({ url: "/" });
    expect(r.statusCode).toBe(503);
    expect(r.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(r.body).toBe(NOT_BUILT_TEXT);
    expect(r.body).toContain("make install");
    expect((await app.inject({ url: "/dashboard.js" })).statusCode).toBe(404);
  });
});
