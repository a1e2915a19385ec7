import { describe, expect, it } from "vitest";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { Mempool, DEFAULT_MEMPOOL_CONFIG } from "./mempool.ts";
import { comparePriority, feePerGas } from "./priority.ts";
import { TestApp } from "../solo/testApp.ts";
import { MempoolError } from "./errors.ts";
import { senderOrdered } from "./senderOrder.ts";
import { nextTurn } from "../../test/support/waitFor.ts";
import { AppHarness } from "../../test/appHarness.ts";
import { sha256 } from "@noble/hashes/sha2.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

/** A real Cosmos TxRaw whose memo makes it a valid test-app tx ("k=v"). */
function cosmosTx(memo: string, fee: string, gasLimit: bigint): Uint8Array {
  return TxRaw.encode({
    bodyBytes: TxBody.encode(TxBody.fromPartial({ memo })).finish(),
    authInfoBytes: AuthInfo.encode(AuthInfo.fromPartial({ fee: { amount: [{ denom: "utrib", amount: fee }], gasLimit } })).finish(),
    signatures: [],
  }).finish();
}

describe("Mempool", () => {
  it("orders by exact fee per gas, then arrival", async () => {
    const pool = new Mempool(new TestApp());
    const low = cosmosTx("a=1", "100", 100000n); // 0.001
    const high = cosmosTx("b=1", "2000", 100000n); // 0.02
    const highToo = cosmosTx("c=1", "4000", 200000n); // 0.02, arrives later
    const mid = cosmosTx("d=1", "3333333333333334", 1000000000000000000n); // just above 0.00333…
    for (const tx of [low, high, mid, highToo]) expect((await pool.checkTx(tx)).code).toBe(0);
    expect(pool.txs()).toEqual([high, highToo, mid, low]);
    expect(comparePriority(feePerGas(mid), { fee: 1n, gas: 300n })).toBe(1);
    expect(feePerGas(utf8("not a tx"))).toEqual({ fee: 0n, gas: 1n });
  });

  it("refuses duplicates, oversized txs and a full pool with CometBFT's messages", async () => {
    const pool = new Mempool(new TestApp(), { ...DEFAULT_MEMPOOL_CONFIG, size: 2, max_tx_bytes: 10, max_txs_bytes: 12 });
    await pool.checkTx(utf8("a=1"));
    await expect(pool.checkTx(utf8("a=1"))).rejects.toThrow(new MempoolError("TX_IN_CACHE", "tx already exists in cache"));
    await expect(pool.checkTx(utf8("a=1"))).rejects.toMatchObject({ name: "MempoolError", code: "TX_IN_CACHE" });
    await expect(pool.checkTx(utf8("k=0123456789"))).rejects.toMatchObject({ code: "TX_TOO_LARGE", message: "tx too large. Max size is 10, but got 12" });
    await pool.checkTx(utf8("b=2"));
    await expect(pool.checkTx(utf8("c=3"))).rejects.toMatchObject({ code: "MEMPOOL_FULL", message: "mempool is full: number of txs 2 (max: 2), total txs bytes 6 (max: 12)" });
    const bytesBound = new Mempool(new TestApp(), { ...DEFAULT_MEMPOOL_CONFIG, max_txs_bytes: 8 });
    await bytesBound.checkTx(utf8("aa=11"));
    await expect(bytesBound.checkTx(utf8("b=22"))).rejects.toThrow("total txs bytes 5 (max: 8)");
    expect([pool.size(), pool.totalBytes()]).toEqual([2, 6]);
  });

  it("does not admit or remember txs that fail CheckTx", async () => {
    const pool = new Mempool(new TestApp());
    const res = await pool.checkTx(utf8("no equals sign"));
    expect(res.code).toBe(1);
    expect(res.log).toBe("tx must be key=value");
    expect(pool.size()).toBe(0);
    expect((await pool.checkTx(utf8("no equals sign"))).code).toBe(1); // not cached: checked again
  });

  it("reaps within byte and gas limits", async () => {
    const pool = new Mempool(new TestApp());
    for (const t of ["a=1", "b=2", "c=3"]) await pool.checkTx(utf8(t));
    expect(pool.reap(-1, -1n).map(text)).toEqual(["a=1", "b=2", "c=3"]);
    expect(pool.reap(10, -1n).map(text)).toEqual(["a=1", "b=2"]); // each takes 3 + 2 proto bytes
    expect(pool.reap(-1, 7n).map(text)).toEqual(["a=1", "b=2"]); // gas_wanted = length
    expect(pool.reap(0, -1n)).toEqual([]);
  });

  it("update removes committed txs, keeps them cached and drops failing rechecks", async () => {
    const app = new TestApp();
    const pool = new Mempool(app);
    for (const t of ["once-x=1", "once-x=2", "y=1"]) await pool.checkTx(utf8(t));
    const woken = pool.whenNotEmpty();
    await woken;
    // Commit a block with "once-x=1" in the test app, then update the pool.
    await app.finalizeBlock({ txs: [utf8("once-x=1")], height: 1n } as never);
    await app.commit();
    await pool.update([utf8("once-x=1")]);
    expect(pool.txs().map(text)).toEqual(["y=1"]);
    expect(app.checked.filter((c) => c.type === 1).map((c) => c.tx)).toEqual(["once-x=2", "y=1"]);
    await expect(pool.checkTx(utf8("once-x=1"))).rejects.toThrow("tx already exists in cache");
    expect((await pool.checkTx(utf8("once-x=2"))).code).toBe(2); // dropped from the cache on recheck failure
    expect(pool.totalBytes()).toBe(3);
  });

  it("update takes the committed txs' hashes from the caller, and refuses a hash list of another length", async () => {
    const app = new TestApp();
    const pool = new Mempool(app);
    for (const t of ["a=1", "b=2", "c=3"]) await pool.checkTx(utf8(t));
    await expect(pool.update([utf8("a=1"), utf8("c=3")], [sha256(utf8("a=1"))])).rejects.toThrow("1 hashes for 2 committed txs");
    expect(pool.size()).toBe(3);
    // A committed tx the pool never held ("z=9") is only cached.
    await pool.update([utf8("a=1"), utf8("c=3"), utf8("z=9")], [sha256(utf8("a=1")), sha256(utf8("c=3")), sha256(utf8("z=9"))]);
    expect(pool.txs().map(text)).toEqual(["b=2"]);
    expect(pool.totalBytes()).toBe(3);
    expect(pool.has(sha256(utf8("a=1")))).toBe(false);
    await expect(pool.checkTx(utf8("c=3"))).rejects.toThrow("tx already exists in cache");
    await expect(pool.checkTx(utf8("z=9"))).rejects.toThrow("tx already exists in cache");
  });
});

describe("Mempool lock (Commit until recheck)", () => {
  it("holds new CheckTx calls while locked and admits them after the recheck", async () => {
    const app = new TestApp();
    let checks = 0;
    const counting = { checkTx: (req: Parameters<TestApp["checkTx"]>[0]) => (checks++, app.checkTx(req)) };
    const pool = new Mempool(counting);
    pool.lock();
    let settled = false;
    const pending = pool.checkTx(utf8("late=1")).then((r) => ((settled = true), r));
    await nextTurn(); // unlocked, a CheckTx against TestApp settles within microtasks
    expect(settled).toBe(false);
    expect(checks).toBe(0);
    await pool.update([]);
    pool.unlock();
    expect((await pending).code).toBe(0);
    expect(pool.size()).toBe(1);
  });
});

describe("Mempool recheck on a real app", () => {
  it("replays the remaining txs in admission order, so a sender's later, better-paying sequence survives", async () => {
    const h = await AppHarness.create();
    try {
      const pool = new Mempool(h.app);
      const bob = h.accounts[1]!.address;
      const first = await h.signTx(0, { msgs: [h.send(0, bob, "1")], sequence: 0n, fee: [{ denom: "utrib", amount: "5000" }] });
      const second = await h.signTx(0, { msgs: [h.send(0, bob, "2")], sequence: 1n, fee: [{ denom: "utrib", amount: "9000" }] });
      const third = await h.signTx(2, { msgs: [h.send(2, bob, "3")] });
      for (const tx of [first, second, third]) expect((await pool.checkTx(tx)).code).toBe(0);
      expect(pool.txs()[0]).toEqual(second); // priority: the higher fee first
      // A block without them: the check state starts again from sequence 0.
      pool.lock();
      await h.deliver([]);
      await pool.update([]);
      pool.unlock();
      expect(pool.size()).toBe(3);
      // The check state again holds both of account 0's increments: sequence 2 is next.
      const next = await h.signTx(0, { msgs: [h.send(0, bob, "4")], sequence: 2n });
      expect((await pool.checkTx(next)).code).toBe(0);
      // A block with the first tx only: the rest is rechecked against it and stays.
      pool.lock();
      await h.deliver([first]);
      await pool.update([first]);
      pool.unlock();
      expect(pool.size()).toBe(3);
      // A tx made invalid by the block (its sequence was used by another tx) is dropped.
      const replaced = await h.signTx(2, { msgs: [h.send(2, bob, "5")], sequence: 0n, memo: "other" });
      pool.lock();
      await h.deliver([replaced]);
      await pool.update([replaced]);
      pool.unlock();
      expect(pool.size()).toBe(2);
      expect(pool.has(sha256(third))).toBe(false);
      expect(pool.has(sha256(next))).toBe(true);
    } finally {
      await h.close();
    }
  });
});

describe("Mempool reap order", () => {
  it("keeps each sender's txs in sequence order inside the priority order, so the block runs them all", async () => {
    const h = await AppHarness.create();
    try {
      const pool = new Mempool(h.app);
      const bob = h.accounts[1]!.address;
      const fee = (amount: string) => [{ denom: "utrib", amount }];
      const a0 = await h.signTx(0, { msgs: [h.send(0, bob, "1")], sequence: 0n, fee: fee("5000") });
      const a1 = await h.signTx(0, { msgs: [h.send(0, bob, "2")], sequence: 1n, fee: fee("9000") });
      const c0 = await h.signTx(2, { msgs: [h.send(2, bob, "3")], fee: fee("7000") });
      for (const tx of [a0, a1, c0]) expect((await pool.checkTx(tx)).code).toBe(0);
      expect(pool.txs()).toEqual([a1, c0, a0]); // plain priority
      const block = pool.reap(-1, -1n);
      expect(block).toEqual([c0, a0, a1]);
      const res = await h.deliver(block);
      expect(res.txResults.map((r) => [r.code, r.log])).toEqual([[0, ""], [0, ""], [0, ""]]);
    } finally {
      await h.close();
    }
  });

  it("senderOrdered: highest priority head first, ties by arrival, unsendered txs unconstrained", () => {
    const e = (name: string, fee: bigint, arrival: number, sender?: string) => ({ name, priority: { fee, gas: 1n }, arrival, sender });
    const byPriority = [e("x2", 9n, 5, "x"), e("free", 8n, 6), e("y1", 7n, 2, "y"), e("x1", 5n, 1, "x"), e("z", 5n, 0, "z"), e("y2", 1n, 3, "y")];
    expect(senderOrdered(byPriority).map((t) => t.name)).toEqual(["free", "y1", "z", "x1", "x2", "y2"]);
    const distinct = [e("a", 3n, 0, "a"), e("b", 2n, 1, "b")];
    expect(senderOrdered(distinct)).toBe(distinct);
  });
});
