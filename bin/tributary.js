#!/usr/bin/env node
// The compiled CLI (dist/, built by `npm ci` through the package's prepare step, `make install`
// or `make build`): no TypeScript is transpiled at run time. Imported into this same process so
// signals (Ctrl-C, SIGTERM, SIGKILL) reach the node itself, not a wrapper.
import { existsSync } from "node:fs";

const compiled = new URL("../dist/tributary.mjs", import.meta.url);
if (!existsSync(compiled)) {
  process.stderr.write("error: tributary is not built (dist/tributary.mjs is missing)\nhint: run `make install` (or `npm run build`) in the repository\n");
  process.exit(1);
}
process.setSourceMapsEnabled(true);
await import(compiled.href);
