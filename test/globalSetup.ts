/**
 * Builds dist/ (the compiled CLI that tests spawn as `node bin/tributary.js`), the client and
 * the dashboard once before any test file runs, so tests exercise what users run and never a
 * build older than the source. About a second with esbuild.
 */
import { execFileSync } from "node:child_process";
import { packageFile } from "../node/packageRoot.ts";

export default function buildBeforeTests(): void {
  execFileSync(process.execPath, [packageFile("scripts/build.mjs")], { stdio: ["ignore", "ignore", "inherit"] });
}
