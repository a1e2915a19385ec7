/**
 * Files that ship beside the code (package.json, proto/, the dashboard's build) found from the
 * package root, so a path means the same whether this module runs from source (node/…) or from
 * the compiled bundle (dist/tributary.js), which sit at different depths.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE_NAME = "tributary";

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === PACKAGE_NAME) return dir;
    if (dirname(dir) === dir) throw new Error(`package root of "${PACKAGE_NAME}" not found above ${start}`);
  }
}

let root: string | undefined;

/** The absolute path of `relative` (e.g. "proto/", "package.json") inside the tributary package. */
export function packageFile(relative: string): string {
  root ??= findPackageRoot(dirname(fileURLToPath(import.meta.url)));
  return join(root, relative);
}
