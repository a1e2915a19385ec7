/**
 * `tributary genesis export [--height H]` on a real node's home: the exported genesis holds
 * the app state of that height, and a chain started from it serves the same state.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressString, moduleAddress } from "../chain/address.ts";
import { startTestNode, type TestNode } from "../test/testNode.ts";
import { expectOneLineError, type Run, runInProcess } from "./cli/cliTestHarness.ts";
import { DEV_ACCOUNTS } from "./cli/devAccounts.ts";
import { homePaths } from "./home.ts";
import { Keyring } from "./keyring/index.ts";

const [ALICE, BOB] = DEV_ACCOUNTS;
const dirs: string[] = [];
let node: TestNode;
/** Bob's utrib balance and the height after each of two sends. */
const after: { height: bigint; bob: bigint }[] = [];

async function bobBalance(rpcUrl: string, home: string): Promise<bigint> {
  const r = await runInProcess(["query", "bank", "balances", BOB.address, "--denom", "utrib", "-o", "json", "--node", rpcUrl, "--home", home]);
  expect(r.code, r.stderr).toBe(0);
  return BigInt(JSON.parse(r.stdout).balance.amount);
}

async function exportTo(home: string, height?: bigint): Promise<Run & { doc?: any }> {
  const file = join(mkdtempSync(join(tmpdir(), "trib-export-")), "genesis.json");
  dirs.push(file);
  const r = await runInProcess(["genesis", "export", "--home", home, "--output-document", file, ...(height ? ["--height", `${height}`] : [])]);
  return r.code === 0 ? { ...r, doc: JSON.parse(readFileSync(file, "utf8")) } : r;
}

/**
 * The app state without what every block changes on its own: mint's provision (supply, minter) and
 * where it goes in the same block (the storage rewards pool, distribution's community pool), and
 * the fees fee_collector held, which the restarted chain's first block allocated.
 */
function withoutBlockFlows(appState: any): any {
  const s = structuredClone(appState);
  const moving = new Set(["fee_collector", "distribution", "storage_rewards_pool"].map((n) => addressString(moduleAddress(n))));
  s.bank.balances = s.bank.balances.filter((b: any) => !moving.has(b.address));
  delete s.bank.supply;
  delete s.mint.minter;
  delete s.distribution.fee_pool;
  return s;
}

const balanceOf = (doc: any, address: string) =>
  BigInt(doc.app_state.bank.balances.find((b: any) => b.address === address).coins.find((c: any) => c.denom === "utrib").amount);

beforeAll(async () => {
  node = await startTestNode();
  await Keyring.open({ home: node.home, backend: "test" }).add("alice", ALICE.mnemonic);
  for (const amount of ["111utrib", "222utrib"]) {
    const r = await runInProcess(["tx", "bank", "send", "alice", BOB.address, amount, "--fees", "5000utrib", "--gas", "150000", "--yes", "-o", "json", "--node", node.rpcUrl, "--home", node.home]);
    expect(r.code, r.stderr).toBe(0);
    after.push({ height: BigInt(JSON.parse(r.stdout).height), bob: await bobBalance(node.rpcUrl, node.home) });
  }
  await node.node.stop();
}, 60_000);

afterAll(async () => {
  await node?.stop().catch(() => undefined);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("genesis export", () => {
  it("exports the latest height and a past height, each with that height's balances", async () => {
    const latest = await exportTo(node.home);
    expect(latest.code, latest.stderr).toBe(0);
    expect(balanceOf(latest.doc, BOB.address)).toBe(after[1]!.bob);

    const past = await exportTo(node.home, after[0]!.height);
    expect(past.code, past.stderr).toBe(0);
    expect(past.doc.initial_height).toBe(`${after[0]!.height + 1n}`);
    expect(balanceOf(past.doc, BOB.address)).toBe(after[0]!.bob);
    expect(after[1]!.bob - after[0]!.bob).toBe(222n);
    // the accounts section is a past-height read as well: alice had signed once by then
    const alice = past.doc.app_state.auth.accounts.find((a: any) => a.address === ALICE.address);
    expect(alice.sequence).toBe("1");
  });

  it("refuses a height above the latest in one line", async () => {
    expectOneLineError(await exportTo(node.home, 1_000_000n), /height 1000000 is above the latest committed height/);
  });

  it("a chain started from a past-height export serves that height's state and continues its numbering", async () => {
    const past = await exportTo(node.home, after[0]!.height);
    // Same validator key, fresh data: the way an operator restarts a network from an export.
    const home = mkdtempSync(join(tmpdir(), "trib-fork-"));
    dirs.push(home);
    cpSync(homePaths(node.home).configDir, homePaths(home).configDir, { recursive: true });
    writeFileSync(homePaths(home).genesis, JSON.stringify(past.doc, null, 2));
    const forked = await startTestNode({ home });
    try {
      expect(await bobBalance(forked.rpcUrl, home)).toBe(after[0]!.bob);
      const status = await runInProcess(["status", "--node", forked.rpcUrl, "--home", home]);
      expect(BigInt(JSON.parse(status.stdout).sync_info.latest_block_height)).toBeGreaterThan(after[0]!.height);
    } finally {
      await forked.node.stop();
    }
    const again = await exportTo(home);
    expect(withoutBlockFlows(again.doc.app_state)).toEqual(withoutBlockFlows(past.doc.app_state));
  }, 30_000);
});
