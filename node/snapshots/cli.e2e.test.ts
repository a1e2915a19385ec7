/**
 * The operator surface of state sync on a real solo node: periodic snapshots from config.json,
 * `statesync config` reading a trusted height and hash from the node's RPC (printed, or written
 * into a CometBFT config.toml), and `snapshots list|export|delete`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectOneLineError, runBinary, runInProcess } from "../cli/cliTestHarness.ts";
import { startNode } from "../node.ts";
import { loadNodeConfig, writeNodeConfig } from "../config.ts";
import { makeTestHome, startTestNode, type TestNode } from "../../test/testNode.ts";
import { waitFor } from "../../test/support/waitFor.ts";
import { SnapshotStore } from "./store.ts";

let node: TestNode | undefined;
let home: string;
const scratch = mkdtempSync(join(tmpdir(), "trib-statesync-cli-"));

beforeAll(async () => {
  home = makeTestHome({ timeoutCommitMs: 50 });
  const config = loadNodeConfig(home);
  config.state_sync = { snapshot_interval: 3, snapshot_keep_recent: 2 };
  writeNodeConfig(home, config);
  node = await startTestNode({ home });
}, 60_000);

afterAll(async () => {
  await node?.stop();
  rmSync(home, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

const blockHash = async (height: string) => {
  const body = (await (await fetch(`${node!.rpcUrl}/block?height=${height}`)).json()) as { result: { block_id: { hash: string } } };
  return body.result.block_id.hash.toUpperCase();
};

describe("state sync operator commands", () => {
  it("the node snapshots every state_sync.snapshot_interval heights and keeps snapshot_keep_recent", async () => {
    await node!.node.driver.waitForHeight(10n);
    const heights = await waitFor(
      "two snapshots at multiples of 3, the older ones pruned",
      () => {
        const h = SnapshotStore.forHome(home).list().map((s) => Number(s.height));
        return h.length === 2 && h.every((x) => x % 3 === 0) && h[0]! >= 9 ? h : undefined;
      },
      30_000,
    );
    expect(heights[0]! - heights[1]!).toBe(3);
    const r = await runInProcess(["snapshots", "list", "--home", home, "-o", "json"]);
    expect(r.code, r.stderr).toBe(0);
    // The chain goes on meanwhile: newest first, every third height, the last K (K + 1 while a new one is renamed in before pruning).
    const listed: number[] = JSON.parse(r.stdout).snapshots.map((s: { height: string }) => Number(s.height));
    expect(listed.length === 2 || listed.length === 3, `${listed}`).toBe(true);
    listed.slice(1).forEach((h, i) => expect(listed[i]! - h).toBe(3));
    expect(listed[0]!).toBeGreaterThanOrEqual(heights[0]!);
  });

  it("statesync config prints the [statesync] section with a trusted height and its block hash from the RPC", async () => {
    const r = await runInProcess(["statesync", "config", "--rpc", node!.rpcUrl, "--trust-offset", "2", "-o", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.rpc_servers).toEqual([node!.rpcUrl]);
    expect(out.trust_hash).toBe(await blockHash(out.trust_height));
    const text = await runInProcess(["statesync", "config", "--rpc", node!.rpcUrl, "--trust-height", "4"]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(`[statesync]\n`);
    expect(text.stdout).toContain(`trust_height = 4\ntrust_hash = "${await blockHash("4")}"`);
    // CometBFT wants two RPC servers: one given is listed twice.
    expect(text.stdout).toContain(`rpc_servers = "${node!.rpcUrl},${node!.rpcUrl}"`);
  });

  it("--write replaces the [statesync] section of a config.toml and keeps the rest", async () => {
    const file = join(scratch, "config.toml");
    writeFileSync(file, 'moniker = "x"\n\n[statesync]\nenable = false\ntrust_height = 0\n\n[blocksync]\nversion = "v0"\n');
    const r = await runInProcess(["statesync", "config", "--rpc", node!.rpcUrl, "--rpc", node!.rpcUrl, "--trust-height", "5", "--write", file]);
    expect(r.code, r.stderr).toBe(0);
    const toml = readFileSync(file, "utf8");
    expect(toml.match(/\[statesync\]/g)).toHaveLength(1);
    expect(toml).toContain("enable = true\n");
    expect(toml).toContain("trust_height = 5\n");
    expect(toml).not.toContain("trust_height = 0");
    expect(toml).toContain('moniker = "x"\n');
    expect(toml).toContain('[blocksync]\nversion = "v0"\n');
  });

  it("refuses bad input in one line", async () => {
    expectOneLineError(await runInProcess(["statesync", "config", "--rpc", node!.rpcUrl, "--trust-height", "0"]), /invalid --trust-height "0"/);
    expectOneLineError(await runInProcess(["statesync", "config", "--rpc", "not-a-url"]), /invalid --rpc "not-a-url"/);
    expectOneLineError(await runInProcess(["statesync", "config", "--rpc", "http://127.0.0.1:1"]), /cannot reach http:\/\/127\.0\.0\.1:1\/status/);
    expectOneLineError(await runInProcess(["statesync", "config", "--rpc", node!.rpcUrl, "--write", join(scratch, "missing.toml")]), /no such file/);
    expectOneLineError(await runInProcess(["snapshots", "delete", "abc", "1", "--home", home]), /expected <height> <format> as integers/);
  });

  it("start --state-sync.* flags override config.json; a bad value is refused in one line", async () => {
    const other = makeTestHome({ timeoutCommitMs: 50 });
    const flagged = await startNode({ home: other, stateSync: { snapshotInterval: 2, snapshotKeepRecent: 1 } });
    try {
      await flagged.driver.waitForHeight(6n);
      const heights = await waitFor("one snapshot at an even height", () => {
        const h = SnapshotStore.forHome(other).list().map((s) => Number(s.height));
        return h.length === 1 && h[0]! % 2 === 0 && h[0]! >= 4 ? h : undefined;
      });
      expect(heights).toHaveLength(1);
    } finally {
      await flagged.stop();
      rmSync(other, { recursive: true, force: true });
    }
    expectOneLineError(await runBinary(["start", "--home", scratch, "--state-sync.snapshot-interval", "abc"]), /invalid --state-sync\.snapshot-interval "abc": expected a non-negative integer/);
  });

  it("snapshots export takes one at the latest height of a stopped node; delete removes one", async () => {
    await node!.stop();
    node = undefined;
    const r = await runInProcess(["snapshots", "export", "--home", home, "-o", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const taken = JSON.parse(r.stdout);
    const list = SnapshotStore.forHome(home).list();
    expect(list[0]!.height.toString()).toBe(taken.height);
    expect(list).toHaveLength(2);
    expect(Buffer.from(list[0]!.appHash).toString("hex").toUpperCase()).toBe(taken.app_hash);
    const del = await runInProcess(["snapshots", "delete", taken.height, "1", "--home", home]);
    expect(del.code, del.stderr).toBe(0);
    expect(SnapshotStore.forHome(home).list().map((s) => s.height.toString())).not.toContain(taken.height);
    expectOneLineError(await runInProcess(["snapshots", "delete", taken.height, "1", "--home", home]), /no snapshot at height/);
  });
});
