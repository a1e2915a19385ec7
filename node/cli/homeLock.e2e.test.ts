/**
 * `make run` a second time on the same home: the commands that open the home's database say that
 * another node holds it, exit non-zero, and leave the running node and its files alone.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadNodeConfig, writeNodeConfig } from "../config.ts";
import { homePaths } from "../home.ts";
import { RPC_ADDRESS_FILE } from "../rpc/addressFile.ts";
import { type ProcessNode, spawnNode, waitFor } from "../../test/processNode.ts";
import { makeTestHome } from "../../test/testNode.ts";
import { expectOneLineError, runBinary } from "./cliTestHarness.ts";

describe("a home whose node is running", () => {
  let home: string;
  let node: ProcessNode;
  let record: string;

  beforeAll(async () => {
    home = makeTestHome();
    const config = loadNodeConfig(home);
    config.log_level = "info"; // spawnNode waits for the "node started" line
    writeNodeConfig(home, config);
    node = await spawnNode(["--home", home]);
    record = readFileSync(join(homePaths(home).dataDir, RPC_ADDRESS_FILE), "utf8");
  }, 90_000);

  afterAll(async () => {
    await node?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  async function height(): Promise<number> {
    const r = (await (await fetch(`${node.rpcUrl}/status`)).json()) as { result: { sync_info: { latest_block_height: string } } };
    return Number(r.result.sync_info.latest_block_height);
  }

  /** The first node still serves, still makes blocks, and its record of where it listens is intact. */
  async function firstNodeUntouched(): Promise<void> {
    const h = await height();
    await waitFor("a new block on the first node", async () => (await height()) > h);
    expect(readFileSync(join(homePaths(home).dataDir, RPC_ADDRESS_FILE), "utf8")).toBe(record);
  }

  const locked = () => new RegExp(`^Error: another tributary node is using ${home.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(its database is locked\\); stop it first or use another --home$`);

  it("start (solo and cometbft) is refused in one line naming the home", async () => {
    for (const flags of [["--rpc.laddr", "tcp://127.0.0.1:0"], ["--consensus", "cometbft", "--abci.laddr", "tcp://127.0.0.1:0"]]) {
      const r = await runBinary(["start", "--home", home, ...flags]);
      expectOneLineError(r, locked());
      expect(r.stdout).not.toMatch(/node started/);
    }
    await firstNodeUntouched();
  }, 90_000);

  it("genesis export is refused the same way", async () => {
    const r = await runBinary(["genesis", "export", "--home", home]);
    expectOneLineError(r, locked());
    expect(r.stdout).toBe("");
    await firstNodeUntouched();
  }, 60_000);

  it("snapshots export is refused the same way, taking no snapshot", async () => {
    const r = await runBinary(["snapshots", "export", "--home", home]);
    expectOneLineError(r, locked());
    expect(r.stdout).toBe("");
    expect(existsSync(join(homePaths(home).dataDir, "snapshots"))).toBe(false);
    await firstNodeUntouched();
  }, 60_000);
});
