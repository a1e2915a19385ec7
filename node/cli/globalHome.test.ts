/**
 * `--home` as the README's alias uses it (`alias tributary="node bin/tributary.js --home H"`):
 * accepted by every command, before or after the subcommand, the subcommand's own value winning.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Run, runBinary, runInProcess } from "./cliTestHarness.ts";
import { buildProgram } from "./program.ts";
import { TRIBUTARY_VERSION } from "../version.ts";
import type { Command } from "commander";

const root = mkdtempSync(join(tmpdir(), "trib-global-home-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const homeA = join(root, "a");
const homeB = join(root, "b");

/** The names of the keys a `keys list -o json` printed. */
function keyNames(r: Run): string[] {
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { name: string }[]).map((k) => k.name).sort();
}

beforeAll(async () => {
  // Two homes told apart by their keyrings: A has the dev keys, B only "solo".
  expect((await runInProcess(["dev-init", "--home", homeA, "-o", "json"])).code).toBe(0);
  const add = await runInProcess(["keys", "add", "solo", "--home", homeB, "-o", "json"]);
  expect(add.code, add.stderr).toBe(0);
});

/** Commands that run something: the leaves, and parents with an action of their own (`testnet`). */
function actionCommands(cmd: Command, path: string[] = []): { path: string[]; cmd: Command }[] {
  return cmd.commands.flatMap((c) => {
    const p = [...path, c.name()];
    const runs = c.commands.length === 0 || Boolean((c as unknown as { _actionHandler: unknown })._actionHandler);
    return [...(runs ? [{ path: p, cmd: c }] : []), ...actionCommands(c, p)];
  });
}

describe("--home on every command", () => {
  it("is listed in the top-level help", async () => {
    const r = await runInProcess(["--help"]);
    expect(r.stdout).toMatch(/^\s+--home <dir>/m);
  });

  it("is an option of every command that runs an action", () => {
    const missing = actionCommands(buildProgram()).filter(({ cmd }) => !cmd.options.some((o) => o.long === "--home")).map(({ path }) => path.join(" "));
    expect(missing).toEqual([]);
  });

  it("is ignored with a one-line note by version, before or after it (the binary's fast path too)", async () => {
    for (const args of [["--home", homeA, "version"], ["version", "--home", homeA], [`--home=${homeA}`, "version"]]) {
      const r = await runBinary(args);
      expect(r.code, `${args.join(" ")}: ${r.stderr}`).toBe(0);
      expect(r.stdout.split("\n")[0]).toBe(TRIBUTARY_VERSION);
      expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/^note: --home is ignored by `tributary version`/)]);
    }
    const plain = await runInProcess(["version"]);
    expect(plain.stderr).toBe("");
  });

  it("is accepted by testnet and testnet start, which write or read their own --output-dir", async () => {
    const out = join(root, "net");
    const r = await runInProcess(["--home", homeA, "testnet", "--validators", "1", "--output-dir", out, "-o", "json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/^note: --home is ignored by `tributary testnet`/)]);
    expect((JSON.parse(r.stdout) as { nodes: unknown[] }).nodes).toHaveLength(1);
    expect(existsSync(join(out, "testnet.json"))).toBe(true);
    // testnet start on a missing directory: refused for that reason, not for --home.
    const start = await runInProcess(["testnet", "start", "--home", homeA, "--output-dir", join(root, "none")]);
    expect(start.code).not.toBe(0);
    expect(start.stderr).not.toMatch(/unknown option/);
    expect(start.stderr).toMatch(/note: --home is ignored by `tributary testnet start`/);
  });
});

describe("--home before and after the subcommand", () => {
  it("reaches the subcommand from before it, in both spellings", async () => {
    expect(keyNames(await runInProcess(["--home", homeB, "keys", "list", "-o", "json"]))).toEqual(["solo"]);
    expect(keyNames(await runInProcess([`--home=${homeB}`, "keys", "list", "-o", "json"]))).toEqual(["solo"]);
    expect(keyNames(await runInProcess(["keys", "list", "--home", homeB, "-o", "json"]))).toEqual(["solo"]);
  });

  it("the subcommand's own --home wins over the one before it", async () => {
    expect(keyNames(await runInProcess(["--home", homeA, "keys", "list", "--home", homeB, "-o", "json"]))).toEqual(["solo"]);
    expect(keyNames(await runInProcess(["--home", homeB, "keys", "list", "-o", "json", "--home", homeA]))).toContain("alice");
  });

  it("a --home with no value is refused with commander's one-line error", async () => {
    const r = await runInProcess(["keys", "list", "--home"]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/option '--home <dir>' argument missing/);
  });
});
