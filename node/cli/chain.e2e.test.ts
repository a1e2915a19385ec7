import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestNode, type TestNode } from "../../test/testNode.ts";
import { Keyring } from "../keyring/index.ts";
import { expectOneLineError, runBinary, runInProcess } from "./cliTestHarness.ts";
import { DEV_ACCOUNTS } from "./devAccounts.ts";

const [ALICE, BOB] = DEV_ACCOUNTS;
let node: TestNode;
let common: string[];

beforeAll(async () => {
  node = await startTestNode();
  await Keyring.open({ home: node.home, backend: "test" }).add("alice", ALICE.mnemonic);
  common = ["--node", node.rpcUrl, "--home", node.home];
}, 30_000);
afterAll(() => node?.stop());

async function balance(address: string): Promise<bigint> {
  const r = await runInProcess(["query", "bank", "balances", address, "--denom", "utrib", "-o", "json", ...common]);
  expect(r.code, r.stderr).toBe(0);
  return BigInt(JSON.parse(r.stdout).balance.amount);
}

describe("CLI against a running node", () => {
  it("tx bank send with --gas auto is included, and query tx / block / account see it", async () => {
    const before = await balance(BOB.address);
    // Adjustment 2: at the time of writing the chain's simulate reports ~10k gas less than
    // delivery uses (25k vs 35.5k for a send), so simd's usual 1.4 runs out of gas.
    const send = await runInProcess(["tx", "bank", "send", "alice", BOB.address, "1234utrib", "--gas", "auto", "--gas-adjustment", "2", "--yes", "-o", "json", ...common]);
    expect(send.code, send.stderr).toBe(0);
    const result = JSON.parse(send.stdout);
    expect(result.code).toBe(0);
    expect(result.txhash).toMatch(/^[0-9A-F]{64}$/);
    expect(await balance(BOB.address)).toBe(before + 1234n);

    const tx = await runInProcess(["query", "tx", result.txhash.toLowerCase(), "-o", "json", ...common]);
    expect(tx.code, tx.stderr).toBe(0);
    expect(JSON.parse(tx.stdout).height).toBe(result.height);

    const block = await runInProcess(["query", "block", result.height, "-o", "json", ...common]);
    expect(block.code, block.stderr).toBe(0);
    expect(JSON.parse(block.stdout).tx_hashes).toContain(result.txhash);

    const account = await runInProcess(["query", "auth", "account", ALICE.address, "-o", "json", ...common]);
    expect(JSON.parse(account.stdout).sequence).not.toBe("0");

    const status = await runInProcess(["status", ...common]);
    expect(JSON.parse(status.stdout).node_info.network).toBe("tributary-e2e-1");
  });

  it("explicit --fees/--gas, and a wrong --chain-id is refused before signing", async () => {
    const send = await runInProcess(["tx", "bank", "send", "alice", BOB.address, "1utrib", "--fees", "5000utrib", "--gas", "150000", "--yes", ...common]);
    expect(send.code, send.stderr).toBe(0);
    expect(send.stdout).toMatch(/^code: 0$/m);
    expectOneLineError(
      await runInProcess(["tx", "bank", "send", "alice", BOB.address, "1utrib", "--chain-id", "other-1", "--yes", ...common]),
      /--chain-id other-1 does not match .* tributary-e2e-1/,
    );
    // rejected by CheckTx: nothing is included, one line says why
    expectOneLineError(await runInProcess(["tx", "bank", "send", "alice", BOB.address, "1utrib", "--fees", "1utrib", "--yes", ...common]), /insufficient fee/);
    // included but failed (out of gas): result printed, one line on stderr, exit 1
    const failed = await runInProcess(["tx", "bank", "send", "alice", BOB.address, "1utrib", "--gas", "30000", "--fees", "5000utrib", "--yes", ...common]);
    expect(failed.stdout).toMatch(/^code: 11$/m);
    expectOneLineError(failed, /failed in block \d+ with code 11: out of gas/);
  });

  it("without --yes, reads the confirmation from piped stdin as simd does", async () => {
    const [refused, confirmed] = await Promise.all([
      runBinary(["tx", "bank", "send", "alice", BOB.address, "1utrib", ...common]),
      runBinary(["tx", "bank", "send", "alice", BOB.address, "2utrib", "-o", "json", ...common], { input: "y\n" }),
    ]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/transaction not confirmed \(stdin ended\): pass --yes/);
    expect(confirmed.code, confirmed.stderr).toBe(0);
    expect(JSON.parse(confirmed.stdout).code).toBe(0);
  });

  it("missing accounts and txs are one-line errors", async () => {
    expectOneLineError(await runInProcess(["query", "tx", "AB".repeat(32), ...common]), /tx ABAB.* not found/);
    expectOneLineError(await runInProcess(["query", "auth", "account", "trib1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5rg5m5f", ...common]), /not found/);
  });
});
