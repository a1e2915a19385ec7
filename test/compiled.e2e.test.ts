/**
 * The compiled node (dist/, what `node bin/tributary.js` runs; built by test/globalSetup.ts as
 * by npm's prepare): no TypeScript loader at run time, `version` without the rest of the CLI,
 * and the worker threads bundled where the node's code looks for them.
 */
import { readFileSync, readdirSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { buildSegment, makeIndex, serializeIndex } from "../modules/attribution/engine/index.ts";
import { runBinary } from "../node/cli/cliTestHarness.ts";
import { packageFile } from "../node/packageRoot.ts";

const DIST = packageFile("dist");

/** Every module a bundle loads before it runs (its static imports, followed through our chunks). */
function staticImports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(`${DIST}/${file}`, "utf8");
  const specifiers = [...code.matchAll(/^(?:import|export)\s(?:[^;]*?\sfrom\s*)?["']([^"']+)["']/gms)].map((m) => m[1]!);
  return specifiers.flatMap((s) => (s.startsWith("./") ? [s, ...staticImports(s.slice(2), seen)] : [s]));
}

function reply<T>(worker: Worker, message: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.postMessage(message);
  });
}

describe("compiled CLI and node (dist/)", () => {
  it("loads no TypeScript at run time: no tsx and no .ts import in any bundle", () => {
    const bundles = readdirSync(DIST).filter((f) => f.endsWith(".mjs"));
    expect(bundles).toEqual(expect.arrayContaining(["tributary.mjs", "buildWorker.mjs", "gradWorker.mjs"]));
    for (const file of bundles) {
      const code = readFileSync(`${DIST}/${file}`, "utf8");
      expect(code, file).not.toMatch(/["']tsx(\/[^"']*)?["']/);
      expect(code, file).not.toMatch(/from\s*["'][^"']+\.ts["']/);
    }
  });

  it("`version` answers from the entry chunk alone (the command tree is a lazy chunk)", async () => {
    const r = await runBinary(["version", "-o", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const version = (JSON.parse(readFileSync(packageFile("package.json"), "utf8")) as { version: string }).version;
    expect(JSON.parse(r.stdout)).toEqual({ version, cometbft: "0.38.17", abci: "2.0.0" });
    expect(readFileSync(`${DIST}/tributary.mjs`, "utf8")).toMatch(/import\(["']\.\/program-[A-Z0-9]+\.mjs["']\)/);
    const loaded = staticImports("tributary.mjs");
    expect(loaded).toContain("commander");
    expect(loaded.filter((m) => /^(@cosmjs|cosmjs-types|fastify|onnxruntime-node|classic-level|protobufjs|prom-client)/.test(m))).toEqual([]);
    expect((await runBinary(["-v"])).stdout.trim()).toBe(version);
  });

  it("the compiled attribution build worker makes the same index bytes as the source", async () => {
    const docs = [
      { tokens: Int32Array.from([5, 6, 7, 8, 5, 6, 9]), contributionId: 1n, contributor: 0 },
      { tokens: Int32Array.from([7, 8, 5, 6, 2, 10, 11]), contributionId: 2n, contributor: 1 },
    ];
    const worker = new Worker(new URL("buildWorker.mjs", `file://${DIST}/`));
    try {
      const answer = await reply<{ id: number; bytes: Uint8Array }>(worker, { id: 7, docs });
      expect(answer.id).toBe(7);
      expect(Buffer.from(answer.bytes).equals(Buffer.from(serializeIndex(makeIndex([buildSegment(docs)]))))).toBe(true);
    } finally {
      await worker.terminate();
    }
  });

  it("the compiled trainer worker loads and answers (an error for rows before init)", async () => {
    const worker = new Worker(new URL("gradWorker.mjs", `file://${DIST}/`));
    try {
      const answer = await reply<{ error?: string }>(worker, { rows: 1 });
      expect(answer.error).toBeTypeOf("string");
    } finally {
      await worker.terminate();
    }
  });
});
