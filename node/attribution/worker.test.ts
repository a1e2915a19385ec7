import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

describe("IndexBuildWorker", () => {
  // Found by the solo chaos run: a restart whose handshake replayed a block needing an index
  // build exited with code 13 (unsettled top-level await), the unreferenced worker being the
  // only thing left to wait for.
  it("keeps the process alive while a build is pending, and does not once idle", { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "trib-worker-ref-"));
    try {
      const script = join(dir, "build.mts");
      const worker = pathToFileURL(join(import.meta.dirname, "worker.ts")).href;
      writeFileSync(
        script,
        `import { IndexBuildWorker } from ${JSON.stringify(worker)};
const w = new IndexBuildWorker();
const bytes = await w.buildSegment([{ tokens: Int32Array.from([3, 4, 5, 6, 3, 4]), contributionId: 1n, contributor: 0 }]);
process.stdout.write("built " + bytes.length + "\\n");
const again = await w.buildSegment([{ tokens: Int32Array.from([7, 8, 9]), contributionId: 2n, contributor: 1 }]);
process.stdout.write("built " + again.length + "\\n");
// No close(): an idle worker must not keep the process from exiting.
`,
      );
      const r = spawnSync(process.execPath, ["--import", "tsx", script], { cwd: join(import.meta.dirname, "..", ".."), encoding: "utf8", timeout: 50_000 });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^built \d+\nbuilt \d+\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
