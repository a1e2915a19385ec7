/**
 * Which node a command talks to, and whether it is the home's chain: the address the node of a
 * home really listens on (not its config's), and the chain id check of every command that has a
 * home, against real nodes and the real CLI.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultNodeConfig, loadNodeConfig, writeNodeConfig } from "../config.ts";
import { homePaths } from "../home.ts";
import { RPC_ADDRESS_FILE, recordRpcAddress } from "../rpc/addressFile.ts";
import { freePort, spawnNode } from "../../test/processNode.ts";
import { TEST_NODE_CHAIN_ID, type TestNode, makeTestHome, startTestNode } from "../../test/testNode.ts";
import { type Run, expectOneLineError, runBinary, runInProcess } from "./cliTestHarness.ts";
import { checkChain } from "./chainCheck.ts";
import { resolveNode } from "./common.ts";
import { DEV_ACCOUNTS } from "./devAccounts.ts";

const [alice, bob] = DEV_ACCOUNTS;
const OTHER_CHAIN = "tributary-other-1";
const root = mkdtempSync(join(tmpdir(), "trib-node-chain-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function json<T>(r: Run): T {
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}

/** A pid that no process has now: a child that has already exited. */
function deadPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
    child.once("error", reject);
    child.once("exit", () => resolve(child.pid!));
  });
}

describe("the node of a home started with another --rpc.laddr", () => {
  it("is found by CLI commands through the address it recorded; /status reports that address; a clean stop removes it", async () => {
    const home = makeTestHome();
    // The config names a port nothing listens on; the node is told to bind another (port 0).
    const idle = await freePort();
    const config = loadNodeConfig(home);
    config.rpc.laddr = `tcp://127.0.0.1:${idle}`;
    config.log_level = "info"; // spawnNode waits for the "node started" line
    writeNodeConfig(home, config);
    const node = await spawnNode(["--home", home, "--rpc.laddr", "tcp://127.0.0.1:0"]);
    try {
      const port = new URL(node.rpcUrl).port;
      expect(port).not.toBe(String(idle));
      const raw = (await (await fetch(`${node.rpcUrl}/status`)).json()) as { result: { node_info: { network: string; other: { rpc_address: string } } } };
      expect(raw.result.node_info.other.rpc_address).toBe(`tcp://127.0.0.1:${port}`);

      const status = json<{ node_info: { network: string } }>(await runBinary(["status", "--home", home, "-o", "json"]));
      expect(status.node_info.network).toBe(TEST_NODE_CHAIN_ID);
      const balances = json<{ balances: { denom: string }[] }>(await runBinary(["query", "bank", "balances", alice.address, "--home", home, "-o", "json"]));
      expect(balances.balances.map((c) => c.denom)).toContain("utrib");
      // --node still wins over the recorded address.
      expectOneLineError(await runBinary(["status", "--home", home, "--node", `tcp://127.0.0.1:${idle}`]), new RegExp(`cannot reach node at http://127\\.0\\.0\\.1:${idle}`));
    } finally {
      expect(await node.stop()).toBe(0);
    }
    expect(existsSync(join(homePaths(home).dataDir, RPC_ADDRESS_FILE))).toBe(false);
    // Stopped: the config's address again, which the error names.
    expectOneLineError(await runBinary(["status", "--home", home]), new RegExp(`cannot reach node at http://127\\.0\\.0\\.1:${idle}`));
    rmSync(home, { recursive: true, force: true });
  }, 90_000);

  it("a record left by a killed node (its pid gone) is ignored: config, then the default", async () => {
    const home = join(root, "stale");
    recordRpcAddress(home, "tcp://127.0.0.1:1", await deadPid());
    expect(resolveNode({ home })).toBe("http://127.0.0.1:26657");
    const config = join(root, "stale-config");
    writeNodeConfig(config, { ...defaultNodeConfig("n"), rpc: { ...defaultNodeConfig("n").rpc, laddr: "tcp://127.0.0.1:3999" } });
    recordRpcAddress(config, "tcp://127.0.0.1:1", await deadPid());
    expect(resolveNode({ home: config })).toBe("http://127.0.0.1:3999");
    // A live pid (this process): its address wins over the config's.
    recordRpcAddress(config, "tcp://127.0.0.1:4000");
    expect(resolveNode({ home: config })).toBe("http://127.0.0.1:4000");
    // A record that is not ours to read (truncated by a crash mid-write) is ignored.
    writeFileSync(join(homePaths(config).dataDir, RPC_ADDRESS_FILE), "{\"rpc_add");
    expect(resolveNode({ home: config })).toBe("http://127.0.0.1:3999");
  });
});

describe("the chain id check of commands with a home", () => {
  let t: TestNode;
  let url: string;
  const other = join(root, "other");
  const keysOnly = join(root, "keys-only");

  beforeAll(async () => {
    t = await startTestNode();
    url = t.rpcUrl;
    // A home of another chain, with the same public dev keys (alice is funded on both chains).
    expect((await runInProcess(["dev-init", "--home", other, "--chain-id", OTHER_CHAIN, "-o", "json"])).code).toBe(0);
    expect((await runInProcess(["keys", "add", "k", "--home", keysOnly, "-o", "json"])).code).toBe(0);
  });
  afterAll(() => t?.stop());

  const mismatch = () => new RegExp(`^Error: the node at ${url.replace(/[.]/g, "\\.")} serves chain ${TEST_NODE_CHAIN_ID}, but .*${OTHER_CHAIN}`);

  it("refuses queries and status against another chain's node, naming both chain ids and the node", async () => {
    expectOneLineError(await runInProcess(["query", "bank", "balances", alice.address, "--home", other, "--node", url, "-o", "json"]), mismatch());
    expectOneLineError(await runInProcess(["status", "--home", other, "--node", url]), mismatch());
    expectOneLineError(await runInProcess(["query", "staking", "validators", "--home", other, "--node", url]), mismatch());
    expectOneLineError(await runInProcess(["query", "datanet", "params", "--home", other, "--node", url]), mismatch());
  });

  it("--chain-id that matches the node overrides the home's genesis; one that does not is refused", async () => {
    const ok = json<{ balances: unknown[] }>(await runInProcess(["query", "bank", "balances", alice.address, "--home", other, "--node", url, "--chain-id", TEST_NODE_CHAIN_ID, "-o", "json"]));
    expect(ok.balances.length).toBeGreaterThan(0);
    expectOneLineError(
      await runInProcess(["query", "bank", "balances", alice.address, "--home", other, "--node", url, "--chain-id", OTHER_CHAIN]),
      new RegExp(`^Error: --chain-id ${OTHER_CHAIN} does not match the node at .*, which serves ${TEST_NODE_CHAIN_ID}`),
    );
  });

  it("refuses a tx before anything is signed or broadcast", async () => {
    const before = json<{ balances: { denom: string; amount: string }[] }>(await runInProcess(["query", "bank", "balances", bob.address, "--home", t.home, "-o", "json"]));
    const send = ["tx", "bank", "send", "alice", bob.address, "1000utrib", "--home", other, "--node", url, "--keyring-backend", "test", "-y"];
    expectOneLineError(await runInProcess(send), mismatch());
    const h = t.node.driver.latestHeight();
    await t.node.driver.waitForHeight(h + 2n);
    const after = json<{ balances: { denom: string; amount: string }[] }>(await runInProcess(["query", "bank", "balances", bob.address, "--home", t.home, "-o", "json"]));
    expect(after.balances).toEqual(before.balances);
  });

  it("asks the node its chain id once per command, however many clients the command opens", async () => {
    const target = resolveNode({ home: other, node: "tcp://127.0.0.1:9" });
    let asked = 0;
    const network = async () => (asked++, OTHER_CHAIN);
    await checkChain(target, network);
    await checkChain(target, network);
    expect(asked).toBe(1);
    // The next command resolves the node again and is checked again.
    resolveNode({ home: other, node: "tcp://127.0.0.1:9" });
    await checkChain(target, network);
    expect(asked).toBe(2);
  });

  it("does not check a home without a genesis (keys only), nor the node's own home", async () => {
    expect(json<{ balances: unknown[] }>(await runInProcess(["query", "bank", "balances", alice.address, "--home", keysOnly, "--node", url, "-o", "json"])).balances.length).toBeGreaterThan(0);
    // The node's own home, no --node: the address it recorded, its chain.
    expect(json<{ node_info: { network: string } }>(await runInProcess(["status", "--home", t.home, "-o", "json"])).node_info.network).toBe(TEST_NODE_CHAIN_ID);
  });
});
