#!/usr/bin/env node
/**
 * The build: compiles the node and CLI to dist/, the client package to client/dist/ and the
 * dashboard to dashboard/dist/, with esbuild (a production dependency, so `npm ci --omit=dev`
 * builds too; about a second in all). Run by npm's `prepare` (so by `npm ci` and `make install`),
 * by `make build` and before the test suite.
 *
 * The node is bundled (our code in one file per entry; packages stay imports from node_modules),
 * so a command starts without transpiling TypeScript. Worker entries are bundled beside the CLI
 * under the names the source refers to (`new URL("./buildWorker.mjs", import.meta.url)`), so the
 * same URL finds the TypeScript worker from source and the compiled one from dist/.
 *
 *   node scripts/build.mjs                   node, client and dashboard
 *   node scripts/build.mjs --node            only dist/
 *   node scripts/build.mjs --client --types  only the client, with its type declarations
 *                                            (TypeScript, a dev dependency; run by `npm pack`)
 */
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** What every bundle of ours shares: ESM for Node 20, dependencies left to node_modules. */
const NODE_BUNDLE = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: "linked",
  logLevel: "warning",
  absWorkingDir: ROOT,
};

export async function buildNode() {
  const result = await build({
    ...NODE_BUNDLE,
    entryPoints: [
      { in: "node/cli/main.ts", out: "tributary" },
      { in: "node/attribution/buildWorkerMain.ts", out: "buildWorker" },
      { in: "node/factory/gradWorkerMain.ts", out: "gradWorker" },
      { in: "node/sigverify/sigWorkerMain.ts", out: "sigWorker" },
      { in: "node/rpc/newBlockWorkerMain.ts", out: "newBlockWorker" },
    ],
    outdir: "dist",
    outExtension: { ".js": ".mjs" },
    // Lazy imports become chunks, so `tributary version` loads a few KB instead of the whole
    // node. Chunks stay in dist/ itself: code moved into one keeps resolving
    // `new URL("./buildWorker.mjs", import.meta.url)` to the compiled worker beside it.
    splitting: true,
    chunkNames: "[name]-[hash]",
    metafile: true,
  });
  removeStale("dist", result.metafile);
}

/** How long a chunk that no build writes any more stays in dist/. */
const STALE_AFTER_MS = 24 * 3600 * 1000;

/**
 * Files of earlier builds that this one did not write and that are over a day old. A node
 * already running from dist/ (make run while the tests rebuild, or two test runs at once)
 * lazily imports chunks by the hashed names its own build gave them; deleting them at once
 * would break it mid-run, so they are left for a day (a few hundred KB each).
 */
function removeStale(dir, metafile) {
  const written = new Set(Object.keys(metafile.outputs).map((f) => join(ROOT, f)));
  const cutoff = Date.now() - STALE_AFTER_MS;
  for (const name of readdirSync(join(ROOT, dir))) {
    const file = join(ROOT, dir, name);
    if (!written.has(file) && statSync(file).mtimeMs < cutoff) rmSync(file, { recursive: true, force: true });
  }
}

export async function buildClient() {
  rmSync(join(ROOT, "client/dist"), { recursive: true, force: true });
  // platform "neutral": the client runs in Node and in browser bundles (the dashboard's).
  await build({ ...NODE_BUNDLE, platform: "neutral", entryPoints: ["client/index.ts"], outdir: "client/dist", mainFields: ["module", "main"] });
}

/**
 * client/dist/types: declarations by tsc (client/tsconfig.build.json), including those of the
 * generated protobuf-es code and proto/codec.ts it imports (under types/proto/).
 */
export function buildClientTypes() {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", "client/tsconfig.build.json"], { cwd: ROOT, stdio: "inherit" });
}

async function buildDashboard() {
  const script = join(ROOT, "dashboard/build.mjs");
  if (!existsSync(script)) return false;
  const { buildDashboard: run } = await import(pathToFileURL(script).href);
  await run();
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const started = Date.now();
  const only = ["--node", "--client"].filter((f) => process.argv.includes(f));
  const built = [];
  if (only.length === 0 || only.includes("--node")) built.push(await buildNode().then(() => "dist/"));
  if (only.length === 0 || only.includes("--client")) {
    await buildClient();
    if (process.argv.includes("--types")) buildClientTypes();
    built.push("client/dist/");
  }
  if (only.length === 0 && (await buildDashboard())) built.push("dashboard/dist/");
  console.log(`built ${built.join(" ")} in ${Date.now() - started} ms`);
}
