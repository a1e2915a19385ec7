import { afterEach, describe, expect, it } from "vitest";
import { sha256 } from "@noble/hashes/sha2.js";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { SigVerifyCache } from "../../chain/tx/sigCache.ts";
import { AppHarness, TEST_CHAIN_ID } from "../../test/appHarness.ts";
import { Mempool } from "../mempool/mempool.ts";
import { AccountNumbers } from "./accountNumbers.ts";
import { SigVerifyPool, type SigVerifyPoolOptions } from "./pool.ts";
import { SigPreVerifier } from "./preverifier.ts";
import { verifyDirectTx } from "./verifyDirect.ts";

/** Counts what reaches the ante's cache: a tx verified by a worker is added once, by the pre-verifier. */
class CountingCache extends SigVerifyCache {
  adds = 0;
  override add(txHash: Uint8Array, accountNumbers: readonly bigint[]): void {
    this.adds++;
    super.add(txHash, accountNumbers);
  }
}

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const o of open.splice(0).reverse()) await o.close();
});

async function setup(poolOpts: Partial<SigVerifyPoolOptions> = {}) {
  const cache = new CountingCache();
  const h = await AppHarness.create({ sigCache: cache });
  open.push(h);
  const pool = new SigVerifyPool({ chainId: TEST_CHAIN_ID, size: 2, ...poolOpts });
  open.push(pool);
  const numbers = new AccountNumbers(h.app);
  const mempool = new Mempool(h.app);
  mempool.setPreVerifier(new SigPreVerifier(pool, numbers, cache));
  const bob = h.accounts[1]!.address;
  return { h, cache, pool, mempool, numbers, bob };
}

/** The same tx with one signature byte flipped. */
function corrupt(tx: Uint8Array): Uint8Array {
  const raw = TxRaw.decode(tx);
  const sig = Uint8Array.from(raw.signatures[0]!);
  sig[10]! ^= 0x01;
  return TxRaw.encode({ ...raw, signatures: [sig] }).finish();
}

describe("verifyDirectTx", () => {
  it("verifies a CosmJS-signed tx for its account number and chain only", async () => {
    const h = await AppHarness.create();
    open.push(h);
    const tx = await h.signTx(0, { msgs: [h.send(0, h.accounts[1]!.address, "5")] });
    expect(verifyDirectTx(tx, TEST_CHAIN_ID, [0n])).toBe(true);
    expect(verifyDirectTx(tx, TEST_CHAIN_ID, [1n])).toBe(false);
    expect(verifyDirectTx(tx, "other-chain", [0n])).toBe(false);
    expect(verifyDirectTx(tx, TEST_CHAIN_ID, [])).toBe(false);
    expect(verifyDirectTx(corrupt(tx), TEST_CHAIN_ID, [0n])).toBe(false);
    expect(verifyDirectTx(new TextEncoder().encode("not a tx"), TEST_CHAIN_ID, [0n])).toBe(false);
    // Any mode but DIRECT is left to the ante, even if the bytes happen to be a DIRECT signature.
    const amino = await h.signTx(0, { msgs: [h.send(0, h.accounts[1]!.address, "5")], signMode: SignMode.SIGN_MODE_LEGACY_AMINO_JSON });
    expect(verifyDirectTx(amino, TEST_CHAIN_ID, [0n])).toBe(false);
  });
});

describe("AccountNumbers", () => {
  it("reads the number of a key's account once and knows none for a key whose address has no account", async () => {
    const h = await AppHarness.create();
    open.push(h);
    let queries = 0;
    const numbers = new AccountNumbers({ query: (req) => (queries++, h.app.query(req)) });
    const carol = h.accounts[2]!.pubkey;
    const stranger = Uint8Array.from([2, ...new Uint8Array(32).fill(7)]);
    expect(await numbers.of(carol)).toBe(2n);
    expect(await numbers.of(carol)).toBe(2n);
    expect(queries).toBe(1);
    expect(await numbers.of(stranger)).toBeUndefined();
    expect(numbers.size).toBe(1);
    expect(numbers.cached(carol)).toBe(2n);
    // The same through the app's check state (what the node uses).
    const fromCheckState = new AccountNumbers(h.app);
    expect(fromCheckState.cached(carol)).toBeUndefined();
    expect(await fromCheckState.of(carol)).toBe(2n);
    expect(await fromCheckState.of(stranger)).toBeUndefined();
  });
});

describe("signature pre-verification on worker threads", () => {
  it("verifies good signatures on a worker, so CheckTx finds them in the cache (verified once)", async () => {
    const { h, cache, pool, mempool, bob } = await setup();
    const txs = [
      await h.signTx(0, { msgs: [h.send(0, bob, "5")], sequence: 0n }),
      await h.signTx(0, { msgs: [h.send(0, bob, "6")], sequence: 1n }),
      await h.signTx(2, { msgs: [h.send(2, bob, "7")] }),
    ];
    // Offered at once: the worker answers in any order, CheckTx still runs sequence 0 before 1.
    const results = await Promise.all(txs.map((tx) => mempool.checkTx(tx)));
    expect(results.map((r) => [r.code, r.log])).toEqual([[0, ""], [0, ""], [0, ""]]);
    expect(pool.snapshot()).toMatchObject({ verified: 3, notVerified: 0, crashes: 0 });
    // Three adds, all by the pre-verifier: on a miss the ante would have verified and added again.
    expect(cache.adds).toBe(3);
    expect(cache.has(sha256(txs[0]!), [0n])).toBe(true);
    expect(cache.has(sha256(txs[2]!), [2n])).toBe(true);
    expect(mempool.size()).toBe(3);
    // The recheck after a block replays them on the fresh check state: cache hits, no verification.
    mempool.lock();
    await h.deliver([]);
    await mempool.update([]);
    mempool.unlock();
    expect(mempool.size()).toBe(3);
    expect(cache.adds).toBe(3);
  });

  it("refuses bad signatures with the ante's error, unchanged, and caches nothing for them", async () => {
    const { h, cache, pool, mempool, bob } = await setup();
    const good = await h.signTx(0, { msgs: [h.send(0, bob, "5")] });
    const wrongAccountNumber = await h.signTx(1, { msgs: [h.send(1, bob, "5")], accountNumber: 9n });
    const amino = await h.signTx(2, { msgs: [h.send(2, bob, "5")], signMode: SignMode.SIGN_MODE_LEGACY_AMINO_JSON });
    for (const bad of [corrupt(good), wrongAccountNumber, amino]) {
      const direct = await h.checkTx(bad); // the main-thread answer, before any pool
      const viaPool = await mempool.checkTx(bad);
      expect(viaPool.code).toBe(4);
      expect(viaPool.log).toMatch(/^signature verification failed; please verify account number \(\d\) and chain-id \(tributary-test-1\): unauthorized$/);
      expect({ code: viaPool.code, codespace: viaPool.codespace, log: viaPool.log, gasWanted: viaPool.gasWanted, gasUsed: viaPool.gasUsed })
        .toEqual({ code: direct.code, codespace: direct.codespace, log: direct.log, gasWanted: direct.gasWanted, gasUsed: direct.gasUsed });
    }
    expect(cache.adds).toBe(0);
    expect(mempool.size()).toBe(0);
    expect(pool.snapshot()).toMatchObject({ verified: 0, notVerified: 2 }); // the amino tx never reaches a worker
    expect((await mempool.checkTx(good)).code).toBe(0);
  });

  it("leaves a signer without a committed account to the ante (same refusal, no worker call)", async () => {
    const cache = new CountingCache();
    // Wallet 3 signs, but genesis gives it no account.
    const h = await AppHarness.create({
      accounts: 4,
      sigCache: cache,
      appState: (s) => {
        s.auth.accounts.pop();
        s.bank.balances.pop();
      },
    });
    open.push(h);
    const pool = new SigVerifyPool({ chainId: TEST_CHAIN_ID, size: 1 });
    open.push(pool);
    const mempool = new Mempool(h.app);
    mempool.setPreVerifier(new SigPreVerifier(pool, new AccountNumbers(h.app), cache));
    const tx = await h.signTx(3, { msgs: [h.send(3, h.accounts[0]!.address, "1")] });
    const direct = await h.checkTx(tx);
    const viaPool = await mempool.checkTx(tx);
    expect(direct.log).toMatch(/^cannot pay fee 5000utrib: /); // the fee comes before the signer checks
    expect([viaPool.code, viaPool.codespace, viaPool.log]).toEqual([direct.code, direct.codespace, direct.log]);
    expect(pool.snapshot()).toMatchObject({ wakeups: 0, verified: 0, notVerified: 0 });
    expect(cache.adds).toBe(0);
  });

  it("a small ring wraps and backs up without losing or mixing answers; a tx it can never hold is left to the ante", async () => {
    const h = await AppHarness.create();
    open.push(h);
    // 2 KiB: a send (~300 bytes a record) wraps every few txs, and 40 at once overflow into the backlog.
    const pool = new SigVerifyPool({ chainId: TEST_CHAIN_ID, size: 1, ringBytes: 2048 });
    open.push(pool);
    const bob = h.accounts[1]!.address;
    const txs: { tx: Uint8Array; n: bigint; good: boolean }[] = [];
    for (let i = 0; i < 40; i++) {
      const from = i % 3;
      const tx = await h.signTx(from, { msgs: [h.send(from, bob, String(i + 1))], sequence: BigInt(i), memo: "x".repeat(i * 7) });
      const good = i % 4 !== 1;
      txs.push({ tx: good ? tx : corrupt(tx), n: BigInt(from), good });
    }
    const answers = await Promise.all(txs.map(({ tx, n }) => pool.verify(tx, [n])));
    expect(answers).toEqual(txs.map((t) => t.good));
    // Over half the ring: never sent, answered "not verified" at once (the ante then verifies it).
    const big = await h.signTx(0, { msgs: [h.send(0, bob, "1")], memo: "y".repeat(1200) });
    expect(verifyDirectTx(big, TEST_CHAIN_ID, [0n])).toBe(true);
    expect(await pool.verify(big, [0n])).toBe(false);
    expect(await pool.verify(txs[0]!.tx, [])).toBe(false);
    expect(pool.snapshot()).toMatchObject({ verified: 30, notVerified: 12, crashes: 0, workers: 1 });
    // Still answering after all that.
    expect(await pool.verify(txs[2]!.tx, [txs[2]!.n])).toBe(true);
  });

  it("refuses a ring size that is not a power of two", () => {
    expect(() => new SigVerifyPool({ chainId: TEST_CHAIN_ID, ringBytes: 3000 })).toThrow(/ring size must be a power of two between 8 and 2\^30 bytes, got 3000/);
  });

  it("a worker that crashes mid-batch loses no tx and hangs no CheckTx: the ante verifies on the main thread", async () => {
    const crashes: { exitCode: number; restarting: boolean }[] = [];
    const { h, cache, pool, mempool, bob } = await setup({ size: 1, maxRestarts: 1, workerData: { exitOnFirstBatch: true }, onCrash: (c) => crashes.push(c) });
    const txs = [
      await h.signTx(0, { msgs: [h.send(0, bob, "5")] }),
      await h.signTx(2, { msgs: [h.send(2, bob, "5")] }),
    ];
    const first = await Promise.all(txs.map((tx) => mempool.checkTx(tx)));
    expect(first.map((r) => r.code)).toEqual([0, 0]);
    // The replacement crashes too (same test flag); then the pool has no worker and answers at once.
    const third = await h.signTx(1, { msgs: [h.send(1, bob, "5")] });
    expect((await mempool.checkTx(third)).code).toBe(0);
    const fourth = await h.signTx(0, { msgs: [h.send(0, bob, "9")], sequence: 1n });
    expect((await mempool.checkTx(fourth)).code).toBe(0);
    expect(pool.snapshot()).toMatchObject({ verified: 0, crashes: 2, workers: 0 });
    expect(crashes).toEqual([{ exitCode: 3, restarting: true }, { exitCode: 3, restarting: false }]);
    expect(mempool.size()).toBe(4);
    // Verified by the ante instead (each add is the ante's, after its own verification).
    expect(cache.adds).toBe(4);
  });
});
