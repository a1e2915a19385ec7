/** `tx simulate <file>` and `--dry-run` against a real solo node: gas and events printed, nothing sent. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestNode, type TestNode } from "../../../test/testNode.ts";
import { Keyring } from "../../keyring/index.ts";
import { type Run, expectOneLineError, runInProcess } from "../cliTestHarness.ts";
import { DEV_ACCOUNTS } from "../devAccounts.ts";

const [ALICE, BOB] = DEV_ACCOUNTS;
let node: TestNode;
let common: string[];
let dir = "";

beforeAll(async () => {
  node = await startTestNode();
  await Keyring.open({ home: node.home, backend: "test" }).add("alice", ALICE!.mnemonic);
  common = ["--node", node.rpcUrl, "--home", node.home];
  dir = mkdtempSync(join(tmpdir(), "trib-sim-"));
}, 30_000);
afterAll(async () => {
  await node?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const ok = (r: Run): Run => {
  expect(r.code, r.stderr).toBe(0);
  return r;
};

async function state(): Promise<{ bob: string; seq: string }> {
  const b = JSON.parse(ok(await runInProcess(["query", "bank", "balances", BOB!.address, "--denom", "utrib", "-o", "json", ...common])).stdout);
  const a = JSON.parse(ok(await runInProcess(["query", "auth", "account", ALICE!.address, "-o", "json", ...common])).stdout);
  return { bob: b.balance.amount, seq: a.sequence };
}

async function generate(amount: string, name: string): Promise<string> {
  const r = ok(await runInProcess(["tx", "bank", "send", ALICE!.address, BOB!.address, amount, "--generate-only", "--gas", "200000", ...common]));
  const file = join(dir, name);
  writeFileSync(file, r.stdout);
  return file;
}

describe("tx simulate", () => {
  it("simulates an unsigned tx as --from: gas, events and a suggested --gas; nothing changes", async () => {
    const before = await state();
    const file = await generate("123utrib", "u.json");
    const r = ok(await runInProcess(["tx", "simulate", file, "--from", "alice", "-o", "json", ...common]));
    const out = JSON.parse(r.stdout);
    const used = Number(out.gas_info.gas_used);
    expect(used).toBeGreaterThan(10_000);
    expect(Number(out.suggested_gas)).toBe(Math.ceil(used * 1.4));
    // The first transfer is the fee's; the send's names bob and the amount.
    const transfers = out.result.events.filter((e: { type: string }) => e.type === "transfer").map((e: { attributes: unknown }) => e.attributes);
    expect(transfers).toContainEqual(expect.arrayContaining([{ key: "recipient", value: BOB!.address }, { key: "sender", value: ALICE!.address }, { key: "amount", value: "123utrib" }]));
    expect(r.stderr).toContain(`--gas ${out.suggested_gas}`);
    expect(await state()).toEqual(before);
  });

  it("simulates a signed tx file without --from, and the gas matches the unsigned one's", async () => {
    const file = await generate("600utrib", "s.json");
    const signed = join(dir, "s.signed.json");
    ok(await runInProcess(["tx", "sign", file, "--from", "alice", "--output-document", signed, ...common]));
    const before = await state();
    const a = JSON.parse(ok(await runInProcess(["tx", "simulate", signed, "-o", "json", ...common])).stdout);
    const b = JSON.parse(ok(await runInProcess(["tx", "simulate", file, "--from", "alice", "-o", "json", ...common])).stdout);
    expect(Number(a.gas_info.gas_used)).toBeGreaterThan(0);
    // Same messages and signer: only the signature bytes differ, which simulate does not verify.
    expect(Math.abs(Number(a.gas_info.gas_used) - Number(b.gas_info.gas_used))).toBeLessThan(2_000);
    expect(await state()).toEqual(before);
  });

  it("a tx that would fail prints code, codespace and log, and exits non-zero", async () => {
    const file = await generate("999999999999999999utrib", "poor.json");
    const before = await state();
    expectOneLineError(await runInProcess(["tx", "simulate", file, "--from", "alice", ...common]), /simulation failed with code 5 \(codespace sdk\): .*insufficient funds.*nothing was broadcast/);
    expect(await state()).toEqual(before);
  });

  it("an unsigned tx without --from, and a file that is not a tx, are refused", async () => {
    const file = await generate("1utrib", "nofrom.json");
    expectOneLineError(await runInProcess(["tx", "simulate", file, ...common]), /unsigned: give --from/);
    const junk = join(dir, "junk.json");
    writeFileSync(junk, "[1,2]");
    expectOneLineError(await runInProcess(["tx", "simulate", junk, "--from", "alice", ...common]), /not a transaction/);
  });

  it("--dry-run on a tx command simulates and sends nothing", async () => {
    const before = await state();
    const r = ok(await runInProcess(["tx", "bank", "send", "alice", BOB!.address, "700utrib", "--dry-run", "-o", "json", ...common]));
    const out = JSON.parse(r.stdout);
    expect(Number(out.gas_info.gas_used)).toBeGreaterThan(10_000);
    expect(out.result.events.some((e: { type: string }) => e.type === "transfer")).toBe(true);
    expect(await state()).toEqual(before);
  });

  it("a command with its own send path refuses --dry-run rather than broadcast", async () => {
    const before = await state();
    const file = join(dir, "rec.json");
    writeFileSync(file, JSON.stringify({ text: "x" }));
    expectOneLineError(await runInProcess(["tx", "datanet", "contribute", "1", file, "--from", "alice", "--dry-run", ...common]), /--dry-run is not supported by datanet contribute/);
    expect(await state()).toEqual(before);
  });
});
