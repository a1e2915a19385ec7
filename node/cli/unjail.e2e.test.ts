/**
 * Liveness on a solo node, as a user meets it: bob creates a validator whose node is not running
 * (the solo node signs only for itself), so every commit records bob's validator as absent; it
 * misses the window, is jailed and leaves the set; once its jail time is over `tx slashing
 * unjail` brings it back.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readGenesis, writeGenesis } from "../../genesis/doc.ts";
import { waitFor } from "../../test/processNode.ts";
import { type TestNode, makeTestHome, startTestNode } from "../../test/testNode.ts";
import { generateEd25519Key, homePaths, writeValidatorKey } from "../home.ts";
import { Keyring } from "../keyring/index.ts";
import { type Run, expectOneLineError, runInProcess } from "./cliTestHarness.ts";
import { DEV_ACCOUNTS } from "./devAccounts.ts";
import { valoperOf } from "./operator/args.ts";

const BOB = DEV_ACCOUNTS[1];
const BOB_VAL = valoperOf(BOB.address);
const JAIL_SECONDS = 8;

let t: TestNode;
let nodeHome = "";
let bobHome = "";

const cli = (args: string[]) => runInProcess([...args, "--node", t.rpcUrl, "--home", bobHome]);
const ok = (r: Run): Run => {
  expect(r.code, r.stderr).toBe(0);
  return r;
};
const json = async (args: string[]) => JSON.parse(ok(await cli([...args, "-o", "json"])).stdout);
const validator = async () => (await json(["query", "staking", "validator", BOB_VAL])).validator;


beforeAll(async () => {
  nodeHome = makeTestHome({ bondValidator: true, timeoutCommitMs: 100 });
  const doc = readGenesis(homePaths(nodeHome).genesis);
  const slashing = (doc.app_state as any).slashing.params;
  slashing.signed_blocks_window = "10";
  slashing.min_signed_per_window = "0.500000000000000000";
  slashing.downtime_jail_duration = `${JAIL_SECONDS}s`;
  writeGenesis(homePaths(nodeHome).genesis, doc);
  t = await startTestNode({ home: nodeHome });
  // Bob's machine: his own consensus key (a node that never runs) and his account key.
  bobHome = mkdtempSync(join(tmpdir(), "trib-bob-"));
  mkdirSync(homePaths(bobHome).configDir, { recursive: true });
  writeValidatorKey(bobHome, generateEd25519Key());
  await Keyring.open({ home: bobHome, backend: "test" }).add(BOB.name, BOB.mnemonic);
}, 60_000);

afterAll(async () => {
  await t?.stop();
  rmSync(nodeHome, { recursive: true, force: true });
  rmSync(bobHome, { recursive: true, force: true });
});

describe("a validator whose node does not sign, on a solo node", () => {
  it("is recorded absent in every commit, jailed after the window, and unjailed by its operator after the jail time", async () => {
    const created = JSON.parse(ok(await cli(["tx", "staking", "create-validator", "--amount", "10000000utrib", "--moniker", "bob-offline", "--from", "bob", "--yes", "-o", "json"])).stdout);
    expect(created.code, created.raw_log).toBe(0);
    expectOneLineError(await cli(["tx", "slashing", "unjail", "--from", "bob", "--yes"]), /is not jailed/);

    // In the set two blocks later; from then on each commit has two entries, bob's absent.
    const comet = await Comet38Client.connect(t.rpcUrl);
    try {
      const inSet = await waitFor("bob's validator in the commit", async () => {
        const h = (await comet.status()).syncInfo.latestBlockHeight;
        const { commit } = await comet.commit(h);
        return commit.signatures.length === 2 ? commit : undefined;
      }, 60_000, 200);
      expect(inSet.signatures.map((s) => s.blockIdFlag).sort()).toEqual([1, 2]);
    } finally {
      comet.disconnect();
    }

    const jailed = await waitFor("bob's validator jailed for missing blocks", async () => ((await validator()).jailed ? await validator() : undefined), 60_000, 200);
    expect(jailed.status).not.toBe("BOND_STATUS_BONDED");
    const info = (await json(["query", "slashing", "signing-info", BOB_VAL])).val_signing_info;
    const until = Date.parse(info.jailed_until);
    expect(until).toBeGreaterThan(0);
    // Too early: refused with the time it may come back (simulated first: no fee), nothing changed.
    const bobBalance = async () => (await json(["query", "bank", "balances", BOB.address, "--denom", "utrib"])).balance.amount;
    const balanceBefore = await bobBalance();
    expect(Date.now()).toBeLessThan(until);
    expectOneLineError(await cli(["tx", "slashing", "unjail", "--from", "bob", "--yes"]), /validator still jailed; cannot be unjailed/);
    expect(await bobBalance()).toBe(balanceBefore);
    expect((await validator()).jailed).toBe(true);

    await waitFor("the jail time to pass", async () => Date.now() > until + 500, JAIL_SECONDS * 1000 + 10_000, 200);
    const res = JSON.parse(ok(await cli(["tx", "slashing", "unjail", "--from", "bob", "--yes", "-o", "json"])).stdout);
    expect(res.code, res.raw_log).toBe(0);
    expect((await validator()).jailed).toBe(false);
  }, 90_000);
});
