import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { AppHarness } from "../../../test/appHarness.ts";

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

/** Every ante rejection answers a non-zero code with a codespace and a clear log, and changes nothing. */
describe("ante rejections (CheckTx)", () => {
  let h: AppHarness;
  let bob: string;
  beforeAll(async () => {
    h = await AppHarness.create({ minGasPrice: 25n /* 0.025utrib per gas */ });
    bob = h.accounts[1]!.address;
  });
  afterAll(() => h.close());

  async function expectRejected(tx: Uint8Array, code: number, codespace: string, logPart: RegExp) {
    const before = [await h.balance(h.accounts[0]!.address), await h.balance(bob)];
    const res = await h.checkTx(tx);
    expect(res.code, res.log).toBe(code);
    expect(res.codespace).toBe(codespace);
    expect(res.log).toMatch(logPart);
    // Rejected txs leave state untouched, even after a block.
    await h.deliver([]);
    expect([await h.balance(h.accounts[0]!.address), await h.balance(bob)]).toEqual(before);
  }

  const sendTx = (o: Partial<Parameters<AppHarness["signTx"]>[1]> = {}) =>
    h.signTx(0, { msgs: [h.send(0, bob, "10")], fee: [{ denom: "utrib", amount: "5000" }], ...o });

  it("random bytes", async () => {
    await expectRejected(Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 11) & 0xff), 2, "sdk", /tx parse error/);
  });

  it("truncated protobuf", async () => {
    const tx = await sendTx();
    await expectRejected(tx.subarray(0, tx.length - 7), 2, "sdk", /tx parse error/);
  });

  it("unknown type URL", async () => {
    const tx = await h.signTx(0, { msgs: [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: h.accounts[0]!.address, toAddress: bob, amount: [{ denom: "utrib", amount: "1" }] } }] });
    const raw = TxRaw.decode(tx);
    const body = Buffer.from(raw.bodyBytes).toString("latin1").replace("/cosmos.bank.v1beta1.MsgSend", "/cosmos.bank.v1beta1.MsgSenX");
    const forged = TxRaw.encode({ ...raw, bodyBytes: Buffer.from(body, "latin1") }).finish();
    await expectRejected(forged, 2, "sdk", /unable to resolve type URL \/cosmos\.bank\.v1beta1\.MsgSenX/);
  });

  it("wrong chain id", async () => {
    await expectRejected(await sendTx({ chainId: "other-chain-1" }), 4, "sdk", /signature verification failed; please verify account number \(0\) and chain-id \(tributary-test-1\)/);
  });

  it("wrong account number", async () => {
    await expectRejected(await sendTx({ accountNumber: 9n }), 4, "sdk", /signature verification failed/);
  });

  it("reused sequence", async () => {
    const ok = await sendTx();
    expect((await h.checkTx(ok)).code).toBe(0);
    const res = await h.deliver([ok]);
    expect(res.txResults[0]!.code, res.txResults[0]!.log).toBe(0);
    h.accounts[0]!.sequence++;
    await expectRejected(await sendTx({ sequence: 0n }), 32, "sdk", /account sequence mismatch, expected 1, got 0/);
  });

  it("high-S signature", async () => {
    const raw = TxRaw.decode(await sendTx());
    const sig = raw.signatures[0]!;
    const s = BigInt("0x" + Buffer.from(sig.subarray(32)).toString("hex"));
    const highS = Buffer.from((N - s).toString(16).padStart(64, "0"), "hex");
    const forged = TxRaw.encode({ ...raw, signatures: [Uint8Array.from([...sig.subarray(0, 32), ...highS])] }).finish();
    await expectRejected(forged, 4, "sdk", /signature verification failed/);
  });

  it("signature by another key", async () => {
    const mine = TxRaw.decode(await sendTx());
    const other = TxRaw.decode(await h.signTx(1, { msgs: [h.send(1, bob, "10")] }));
    const forged = TxRaw.encode({ ...mine, signatures: other.signatures }).finish();
    await expectRejected(forged, 4, "sdk", /signature verification failed/);
  });

  it("fee below the node's minimum gas price", async () => {
    await expectRejected(await sendTx({ fee: [{ denom: "utrib", amount: "10" }], gas: 200_000 }), 13, "sdk", /insufficient fees; got: 10utrib required: 5000utrib/);
  });

  it("gas above block max gas", async () => {
    await expectRejected(await sendTx({ gas: 200_000_000, fee: [{ denom: "utrib", amount: "5000000" }] }), 41, "sdk", /exceeds block max gas 100000000/);
  });

  it("memo over 256 bytes", async () => {
    await expectRejected(await sendTx({ memo: "x".repeat(257) }), 12, "sdk", /maximum number of characters is 256 but received 257/);
  });

  it("timeout height passed", async () => {
    await expectRejected(await sendTx({ timeoutHeight: 1n }), 30, "sdk", /timeout height: 1/);
  });

  it("oversized tx", async () => {
    const msgs = Array.from({ length: 12_000 }, () => h.send(0, bob, "1"));
    await expectRejected(await h.signTx(0, { msgs, gas: 50_000_000, fee: [{ denom: "utrib", amount: "2000000" }] }), 21, "sdk", /tx too large/);
  });

  it("a valid tx right after the rejections succeeds", async () => {
    const tx = await sendTx();
    expect((await h.checkTx(tx)).code).toBe(0);
    const before = await h.balance(bob);
    const res = await h.deliver([tx]);
    expect(res.txResults[0]!.code).toBe(0);
    h.accounts[0]!.sequence++;
    expect(await h.balance(bob)).toBe(before + 10n);
  });
});
