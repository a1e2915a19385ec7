/** Offline signing against a real solo node: generate → sign → broadcast, encode/decode, refusals. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitFor } from "../../../test/support/waitFor.ts";
import { TEST_NODE_CHAIN_ID, startTestNode, type TestNode } from "../../../test/testNode.ts";
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
  dir = mkdtempSync(join(tmpdir(), "trib-offline-"));
}, 30_000);
afterAll(async () => {
  await node?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const ok = (r: Run): Run => {
  expect(r.code, r.stderr).toBe(0);
  return r;
};

async function balance(address: string): Promise<bigint> {
  const r = ok(await runInProcess(["query", "bank", "balances", address, "--denom", "utrib", "-o", "json", ...common]));
  return BigInt(JSON.parse(r.stdout).balance.amount);
}

async function sequence(address: string): Promise<string> {
  const r = ok(await runInProcess(["query", "auth", "account", address, "-o", "json", ...common]));
  return JSON.parse(r.stdout).sequence;
}

/** `tx bank send --generate-only` from alice's address (no key needed), written to a file. */
async function generate(amount: string, name: string): Promise<string> {
  const r = ok(await runInProcess(["tx", "bank", "send", ALICE!.address, BOB!.address, amount, "--generate-only", "--gas", "200000", ...common]));
  const file = join(dir, name);
  writeFileSync(file, r.stdout);
  return file;
}

describe("offline signing", () => {
  it("--generate-only prints the SDK's unsigned tx JSON and sends nothing", async () => {
    const seq = await sequence(ALICE!.address);
    const tx = JSON.parse(readFileSync(await generate("77utrib", "gen.json"), "utf8"));
    expect(tx.body.messages).toEqual([{ "@type": "/cosmos.bank.v1beta1.MsgSend", from_address: ALICE!.address, to_address: BOB!.address, amount: [{ denom: "utrib", amount: "77" }] }]);
    expect(tx.auth_info.signer_infos).toEqual([]);
    expect(tx.auth_info.fee.gas_limit).toBe("200000");
    expect(tx.signatures).toEqual([]);
    expect(await sequence(ALICE!.address)).toBe(seq);
  });

  it("generate → sign → broadcast lands and moves the coins", async () => {
    const unsigned = await generate("4321utrib", "send.json");
    const signed = join(dir, "send.signed.json");
    ok(await runInProcess(["tx", "sign", unsigned, "--from", "alice", "--chain-id", TEST_NODE_CHAIN_ID, "--output-document", signed, ...common]));
    const tx = JSON.parse(readFileSync(signed, "utf8"));
    expect(tx.signatures).toHaveLength(1);
    expect(tx.auth_info.signer_infos[0].mode_info.single.mode).toBe("SIGN_MODE_DIRECT");
    const before = await balance(BOB!.address);
    const r = ok(await runInProcess(["tx", "broadcast", signed, "-o", "json", ...common]));
    expect(JSON.parse(r.stdout)).toMatchObject({ code: 0, txhash: expect.stringMatching(/^[0-9A-F]{64}$/) });
    await waitFor("bob's balance to grow by 4321", async () => (await balance(BOB!.address)) === before + 4321n);
  });

  it("--offline signing with explicit account number and sequence is accepted by the chain", async () => {
    const acct = JSON.parse(ok(await runInProcess(["query", "auth", "account", ALICE!.address, "-o", "json", ...common])).stdout);
    const unsigned = await generate("11utrib", "off.json");
    const s = ok(await runInProcess(["tx", "sign", unsigned, "--from", "alice", "--offline", "--chain-id", TEST_NODE_CHAIN_ID, "--account-number", acct.account_number, "--sequence", acct.sequence, "--home", node.home]));
    const signed = join(dir, "off.signed.json");
    writeFileSync(signed, s.stdout);
    const before = await balance(BOB!.address);
    ok(await runInProcess(["tx", "broadcast", signed, ...common]));
    await waitFor("bob's balance to grow by 11", async () => (await balance(BOB!.address)) === before + 11n);
  });

  it("encode and decode round-trip a signed tx", async () => {
    const unsigned = await generate("5utrib", "enc.json");
    const signed = ok(await runInProcess(["tx", "sign", unsigned, "--from", "alice", ...common])).stdout;
    const file = join(dir, "enc.signed.json");
    writeFileSync(file, signed);
    const b64 = ok(await runInProcess(["tx", "encode", file])).stdout.trim();
    expect(b64).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const decoded = ok(await runInProcess(["tx", "decode", b64])).stdout;
    expect(JSON.parse(decoded)).toEqual(JSON.parse(signed));
  });

  it("a bad signature is refused by the chain with a clear error, and nothing changes", async () => {
    const unsigned = await generate("999utrib", "bad.json");
    const tx = JSON.parse(ok(await runInProcess(["tx", "sign", unsigned, "--from", "alice", ...common])).stdout);
    const sig = Buffer.from(tx.signatures[0], "base64");
    sig[5] = sig[5]! ^ 0xff;
    tx.signatures[0] = sig.toString("base64");
    const file = join(dir, "bad.signed.json");
    writeFileSync(file, JSON.stringify(tx));
    const [bobBefore, seqBefore] = [await balance(BOB!.address), await sequence(ALICE!.address)];
    const r = await runInProcess(["tx", "broadcast", file, ...common]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/refused transaction .* signature verification failed/);
    expect(await balance(BOB!.address)).toBe(bobBefore);
    expect(await sequence(ALICE!.address)).toBe(seqBefore);
  });

  it("signing for the wrong chain id fails and writes nothing", async () => {
    const unsigned = await generate("1utrib", "wrong.json");
    const out = join(dir, "wrong.signed.json");
    const r = await runInProcess(["tx", "sign", unsigned, "--from", "alice", "--chain-id", "other-chain-9", "--output-document", out, ...common]);
    expectOneLineError(r, /other-chain-9/);
    expect(() => readFileSync(out)).toThrow();
  });

  it("a tx signed --offline for another chain id is refused by the node, and nothing changes", async () => {
    const acct = JSON.parse(ok(await runInProcess(["query", "auth", "account", ALICE!.address, "-o", "json", ...common])).stdout);
    const unsigned = await generate("13utrib", "otherchain.json");
    const s = ok(await runInProcess(["tx", "sign", unsigned, "--from", "alice", "--offline", "--chain-id", "other-chain-9", "--account-number", acct.account_number, "--sequence", acct.sequence, "--home", node.home]));
    const file = join(dir, "otherchain.signed.json");
    writeFileSync(file, s.stdout);
    const bobBefore = await balance(BOB!.address);
    const r = await runInProcess(["tx", "broadcast", file, ...common]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/signature verification failed/);
    expect(await balance(BOB!.address)).toBe(bobBefore);
    expect(await sequence(ALICE!.address)).toBe(acct.sequence);
  });

  it("--offline without the numbers it needs is refused", async () => {
    const unsigned = await generate("1utrib", "noargs.json");
    expectOneLineError(await runInProcess(["tx", "sign", unsigned, "--from", "alice", "--offline", "--chain-id", TEST_NODE_CHAIN_ID, "--home", node.home]), /--offline needs --chain-id, --account-number and --sequence/);
  });

  it("a Tributary message (datanet create) round-trips through JSON, is signed and lands", async () => {
    const gen = ok(await runInProcess(["tx", "datanet", "create", "offline-ds", "--from", ALICE!.address, "--tags", "a,b", "--generate-only", "--gas", "300000", ...common]));
    const msg = JSON.parse(gen.stdout).body.messages[0];
    expect(msg["@type"]).toBe("/tributary.datanet.v1.MsgCreateDatanet");
    expect(JSON.stringify(msg)).toContain("offline-ds");
    const unsigned = join(dir, "ds.json");
    writeFileSync(unsigned, gen.stdout);
    const b64 = ok(await runInProcess(["tx", "encode", unsigned])).stdout.trim();
    expect(JSON.parse(ok(await runInProcess(["tx", "decode", b64])).stdout)).toEqual(JSON.parse(gen.stdout));
    const signed = join(dir, "ds.signed.json");
    ok(await runInProcess(["tx", "sign", unsigned, "--from", "alice", "--output-document", signed, ...common]));
    const r = JSON.parse(ok(await runInProcess(["tx", "broadcast", signed, "-o", "json", ...common])).stdout);
    expect(r.code).toBe(0);
    await waitFor("the tx to be included", async () => {
      const q = await runInProcess(["query", "tx", r.txhash.toLowerCase(), "-o", "json", ...common]);
      return q.code === 0 && JSON.parse(q.stdout).code === 0;
    });
  });

  it("a command with its own send path refuses --generate-only and sends nothing", async () => {
    const seq = await sequence(ALICE!.address);
    const file = join(dir, "rec.json");
    writeFileSync(file, JSON.stringify({ text: "x" }));
    expectOneLineError(await runInProcess(["tx", "datanet", "contribute", "1", file, "--from", "alice", "--generate-only", ...common]), /--generate-only is not supported by datanet contribute/);
    expect(await sequence(ALICE!.address)).toBe(seq);
  });

  it("refuses a file that is not a tx, and an unsigned tx on broadcast", async () => {
    const junk = join(dir, "junk.json");
    writeFileSync(junk, "{not json");
    expectOneLineError(await runInProcess(["tx", "encode", junk]), /junk\.json is not JSON/);
    expectOneLineError(await runInProcess(["tx", "broadcast", await generate("1utrib", "u.json"), ...common]), /is not signed/);
    expectOneLineError(await runInProcess(["tx", "decode", "!!!"]), /not a base64-encoded transaction/);
  });
});
