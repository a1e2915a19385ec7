// Builds the browser dashboard into dashboard/dist/ with esbuild: src/main.ts bundled and
// minified (with its CSS and uPlot's) to dashboard.js + dashboard.css, source maps beside them,
// and index.html copied. `node dashboard/build.mjs`, or `buildDashboard()` from a script.
import { copyFile, mkdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const HERE = dirname(fileURLToPath(import.meta.url));

/** Writes `outDir` (default dashboard/dist) from scratch; resolves with the files written. */
export async function buildDashboard({ outDir = join(HERE, "dist"), logLevel = "warning" } = {}) {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const result = await esbuild.build({
    entryPoints: { dashboard: join(HERE, "src", "main.ts") },
    outdir: outDir,
    bundle: true,
    minify: true,
    sourcemap: true,
    format: "iife",
    platform: "browser",
    target: ["chrome110", "firefox110", "safari16"],
    metafile: true,
    logLevel,
  });
  await copyFile(join(HERE, "src", "index.html"), join(outDir, "index.html"));
  return [...Object.keys(result.metafile.outputs), join(outDir, "index.html")];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = await buildDashboard();
  process.stdout.write(`dashboard built: ${files.length} files in ${join(HERE, "dist")}\n`);
}
