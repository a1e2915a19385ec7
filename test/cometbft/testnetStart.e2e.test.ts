/**
 * `tributary testnet start` (what `make testnet` runs) must fail loudly: a node that cannot
 * start stops the whole network with a non-zero exit naming the node and the reason, and leaves
 * no child running. Real processes throughout: the compiled CLI, the app and .bin/cometbft.
 */
import { execFile, spawn } from "node:child_process";
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { initTestnet, TESTNET_DEFAULTS } from "../../node/testnet/layout.ts";
import { cometbftBinary, findFreePortBlock } from "../../node/testnet/processes.ts";
import { waitFor } from "../support/waitFor.ts";

const CLI = new URL("../../bin/tributary.js", import.meta.url).pathname;
const dirs: string[] = [];
const servers: Server[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A one-validator network written to a fresh directory; its base port. */
async function writeNetwork(): Promise<{ dir: string; base: number }> {
  const dir = mkdtempSync(join(tmpdir(), "trib-testnet-start-"));
  dirs.push(dir);
  const base = await findFreePortBlock(10);
  await initTestnet({ ...TESTNET_DEFAULTS, outputDir: dir, validators: 1, basePort: base, devAccounts: false, timeoutCommit: "300ms" });
  return { dir, base };
}

function runStart(dir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, "testnet", "start", "--output-dir", dir, "--cometbft", cometbftBinary()], { timeout: 90_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
  });
}

/** Processes on this machine whose command line mentions `dir` (the testnet's children would). */
function processesUsing(dir: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync("/proc").filter((p) => /^[0-9]+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
      if (cmd.includes(dir)) found.push(`${pid}: ${cmd}`);
    } catch {
      // exited while we looked
    }
  }
  return found;
}

function occupy(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(port, "127.0.0.1", () => (servers.push(s), resolve(s)));
  });
}

describe("tributary testnet start fails loudly", () => {
  it("exits non-zero naming the node and the port another process holds, starting nothing", async () => {
    const { dir, base } = await writeNetwork();
    await occupy(base + 1); // node0's CometBFT RPC, as `make run` would hold 26657
    const r = await runStart(dir);
    expect(r.code).not.toBe(0);
    expect(r.stdout).not.toContain("is up");
    expect(r.stderr).toContain(`node0 CometBFT RPC http://127.0.0.1:${base + 1}: EADDRINUSE`);
    expect(r.stderr).toContain("the testnet stopped");
    expect(processesUsing(dir)).toEqual([]);
  }, 120_000);

  it("stops every node and prints the child's last log lines when a child exits while starting", async () => {
    const { dir } = await writeNetwork();
    // Ports are free, so only the child itself can tell: CometBFT refuses a config it cannot parse.
    appendFileSync(join(dir, "node0", "cometbft", "config", "config.toml"), "\nthis is = = not toml\n");
    const r = await runStart(dir);
    expect(r.code).not.toBe(0);
    expect(r.stdout).not.toContain("is up");
    expect(r.stderr).toMatch(/node0: cometbft .* exited \(1\); last lines of .*cometbft\.log/);
    expect(r.stderr).toMatch(/\| .*toml/i);
    expect(processesUsing(dir)).toEqual([]);
  }, 120_000);

  it("takes the whole network down when a node dies after it was up", async () => {
    const { dir } = await writeNetwork();
    const cli = spawn(process.execPath, [CLI, "testnet", "start", "--output-dir", dir, "--cometbft", cometbftBinary()], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    cli.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    cli.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((r) => cli.once("exit", (code) => r(code)));
    try {
      await waitFor("the network to be up", () => stdout.includes("is up") || (cli.exitCode !== null && expect.fail(`exited early: ${stderr}`)), 60_000);
      // Killed from outside, as a crash or the OOM killer would: the CLI did not ask for it.
      const comet = processesUsing(dir).find((p) => p.includes("cometbft start"));
      expect(comet).toBeDefined();
      process.kill(Number(comet!.split(":")[0]), "SIGKILL");
      expect(await exited).not.toBe(0);
      expect(stderr).toMatch(/node0: cometbft .* exited \(SIGKILL\)/);
      expect(processesUsing(dir)).toEqual([]);
    } finally {
      cli.kill("SIGKILL");
    }
  }, 120_000);
});
