import type { ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { afterEach, describe, expect, it } from "vitest";
import { addressBytes, moduleAddress } from "../chain/address.ts";
import { defaultMintGenesis } from "../modules/mint/genesis.ts";
import { splitByWeight } from "../modules/rewards/payout.ts";
import { FEE } from "./datanetHarness.ts";
import { RewardsHarness, words } from "./rewardsHarness.ts";
import { take } from "./support/take.ts";

const attrs = (e: { attributes: { key: string; value: string }[] }) => Object.fromEntries(e.attributes.map((a) => [a.key, a.value]));
const events = (res: ResponseFinalizeBlock, type: string) => res.events.filter((e) => e.type === `tributary.rewards.v1.${type}`).map(attrs);
const utrib = (s: string | undefined) => {
  if (s === undefined) throw new Error("the event has no such amount attribute");
  return s === "" ? 0n : BigInt(s.replace(/utrib$/, ""));
};
const TRIB = 1_000_000n;

/** Independent reference of the payout rule: floor shares, leftover units to the largest remainders, ties to the earlier entry. */
function expectedSplit(amount: bigint, weights: bigint[]): bigint[] {
  const total = weights.reduce((a, b) => a + b, 0n);
  const out = weights.map((w) => (amount * w) / total);
  let left = amount - out.reduce((a, b) => a + b, 0n);
  const byRem = weights.map((w, i) => ({ i, r: (amount * w) % total })).sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of byRem) if (left-- > 0n) out[i]! += 1n;
  return out;
}

describe("storage nodes: challenges, proofs, payouts, slashing", () => {
  let r: RewardsHarness | undefined;
  afterEach(async () => {
    await r?.close();
    r = undefined;
  });

  it("nodes answering every challenge for 3 epochs are paid exactly; one that stops is slashed, jailed and then gets nothing", async () => {
    r = await RewardsHarness.create({ appState: (s) => (s.mint = defaultMintGenesis()) });
    const dn1 = await r.d.newDatanet(0);
    const dn2 = await r.d.newDatanet(0, { name: "second" });
    await r.d.contributeOk(0, dn1, [{ body: words(1, 400).join(" ") }, { body: words(2, 900).join(" ") }, { body: words(3, 120).join(" ") }]);
    await r.d.contributeOk(0, dn2, [{ body: words(4, 700).join(" ") }]);
    const [A, B, C] = [1, 2, 3];
    await r.ok(A, [r.register(A, { datanets: [dn1], bond: 10n * TRIB })]);
    await r.ok(B, [r.register(B, { datanets: [dn1], bond: 10n * TRIB })]);
    await r.ok(C, [r.register(C, { datanets: [dn1, dn2], bond: 10n * TRIB })]);
    const size = async (id: bigint) => BigInt(String((await r!.d.contribution(id)).bytes));
    const bytes1 = (await size(1n)) + (await size(2n)) + (await size(3n));
    const bytes2 = await size(4n);
    expect((await r.node(C)).node!.stats!.bytesServed!.toString()).toBe(String(bytes1 + bytes2));

    const balances = async () => Promise.all([A, B, C].map((i) => r!.balance(r!.addr(i))));
    const paidTotal = [0n, 0n, 0n];
    const bondB = 10n * TRIB;
    for (const epoch of [2n, 3n, 4n]) {
      const start = (epoch - 1n) * 10n + 1n;
      await r.advanceTo(start);
      const ep = await r.epoch();
      expect(BigInt(String(ep.epoch!.number))).toBe(epoch);
      // Payouts run in operator address order (so does the remainder rule's tie-break).
      const answering = (epoch === 2n ? [A, B, C] : [A, C]).sort((x, y) => Buffer.compare(addressBytes(r!.addr(x)), addressBytes(r!.addr(y))));
      // B is challenged in epoch 3 (and misses), jailed in epoch 4: no challenges.
      expect((await r.challenges(B)).length).toBe(epoch === 4n ? 0 : 3);
      const before = await balances();
      for (const i of answering) {
        const res = await r.answerAll(i);
        expect(res!.code).toBe(0);
      }
      await r.advanceTo(start + 4n); // the window closes in this block's EndBlock
      if (epoch === 3n) {
        const nb = (await r.node(B)).node!;
        expect(String(nb.jailedUntilEpoch)).toBe("5");
        expect(nb.bond!.amount).toBe(String(bondB - bondB / 10n));
        expect(nb.stats!.totalSlashed!.amount).toBe(String(bondB / 10n));
        expect(String(nb.stats!.challengesMissed)).toBe("3");
        expect((await r.node(B)).jailed).toBe(true);
      }
      await r.advanceTo(start + 8n);
      const poolBefore = utrib((await r.epoch()).pool!.find((c) => c.denom === "utrib")?.amount ?? "0");
      const last = await r.h.deliver([]); // start + 9: funded, then paid in EndBlock
      const mint = last.events.find((e) => e.type === "mint")!;
      const share = (utrib(attrs(mint).amount) * 5000n) / 10000n;
      expect(events(last, "EventPoolFunded")).toMatchObject([{ source: "inflation", amount: `${share}utrib` }]);
      const pool = poolBefore + share;
      const paidEv = events(last, "EventEpochPaid")[0]!;
      expect(utrib(paidEv.pool)).toBe(pool);
      const weights = answering.map((i) => (i === C ? bytes1 + bytes2 : bytes1) * 3n);
      const want = expectedSplit(pool, weights);
      expect(splitByWeight(pool, weights)).toEqual(want);
      const rewards = events(last, "EventNodeReward");
      expect(rewards.map((e) => [e.operator, utrib(e.amount), BigInt(e.weight!)])).toEqual(answering.map((i, k) => [r!.addr(i), want[k], weights[k]]));
      expect(utrib(paidEv.paid)).toBe(pool);
      const after = await balances();
      [A, B, C].forEach((i, k) => {
        const got = answering.includes(i) ? want[answering.indexOf(i)]! : 0n;
        paidTotal[k]! += got;
        expect(after[k]! - before[k]!, `account ${i} in epoch ${epoch}`).toBe(got - (answering.includes(i) ? FEE : 0n));
      });
      expect((await r.epoch()).pool).toEqual([]);
    }
    const a = (await r.node(A)).node!.stats!;
    expect([a.epochsServed, a.challengesPassed, a.challengesMissed].map(String)).toEqual(["3", "9", "0"]);
    expect(a.rewardsEarned).toMatchObject([{ denom: "utrib", amount: String(paidTotal[0]) }]);
    const b = (await r.node(B)).node!.stats!;
    expect([b.epochsServed, b.challengesPassed, b.challengesMissed, b.timesJailed].map(String)).toEqual(["2", "3", "3", "1"]);
    expect(b.rewardsEarned).toMatchObject([{ denom: "utrib", amount: String(paidTotal[1]) }]);
    // Jailed through epoch 5; challenged again in epoch 6.
    await r.advanceTo(41n);
    expect(await r.challenges(B)).toHaveLength(0);
    await r.advanceTo(51n);
    expect(await r.challenges(B)).toHaveLength(3);
  }, 120_000);

  it("refuses forged, misdirected, duplicate, late and malformed proofs with clear errors and no state change; late ones count as misses", async () => {
    r = await RewardsHarness.create({ rewards: (p) => Object.assign(p, { epoch_blocks: "30", proof_window_blocks: "12" }) });
    const dn1 = await r.d.newDatanet(0);
    const dn2 = await r.d.newDatanet(0, { name: "second" });
    await r.d.contributeOk(0, dn1, [{ body: words(1, 800).join(" ") }, { body: words(2, 300).join(" ") }]);
    await r.d.contributeOk(0, dn2, [{ body: words(3, 600).join(" ") }]);
    const [A, B] = [1, 2];
    await r.ok(A, [r.register(A, { datanets: [dn1], bond: 5n * TRIB })]);
    await r.ok(B, [r.register(B, { datanets: [dn2], bond: 5n * TRIB })]);
    await r.advanceTo(31n); // epoch 2
    const [c0, c1, c2] = take(await r.challenges(A), 3);
    const good = (c: typeof c0) => r!.proofFor(A, c).value as { chunk: Uint8Array; path: Uint8Array[] };

    const refused = async (signer: number, msg: ReturnType<RewardsHarness["proofMsg"]>, codespace: string, code: number, log: RegExp) => {
      const state = await r!.under("rewards/");
      const pools = await Promise.all(["rewards_bond", "storage_rewards_pool"].map((n) => r!.d.balance(moduleAddress(n))));
      const bal = await r!.balance(r!.addr(signer));
      const seq = r!.h.accounts[signer]!.sequence;
      const res = await r!.tx(signer, [msg]);
      expect([res.codespace, res.code], res.log).toEqual([codespace, code]);
      expect(res.log).toMatch(log);
      expect(await r!.under("rewards/")).toEqual(state);
      expect(await Promise.all(["rewards_bond", "storage_rewards_pool"].map((n) => r!.d.balance(moduleAddress(n))))).toEqual(pools);
      // Only the fee moves, and only when the tx got past the ante checks (its sequence advanced).
      expect(await r!.balance(r!.addr(signer))).toBe(r!.h.accounts[signer]!.sequence > seq ? bal - FEE : bal);
    };
    const ep = c0.epoch;
    const g0 = good(c0);
    const forged = g0.chunk.slice();
    forged[0]! ^= 0xff;
    await refused(A, r.proofMsg(r.addr(A), ep, 0, forged, g0.path), "rewards", 12, /do not prove chunk \d+ of \d+ of contribution \d+ against its content root/);
    await refused(A, r.proofMsg(r.addr(A), ep, 0, g0.chunk, [new Uint8Array(32).fill(7), ...g0.path.slice(1)]), "rewards", 12, /do not prove/);
    await refused(A, r.proofMsg(r.addr(A), ep, 0, g0.chunk, [...g0.path, new Uint8Array(32)]), "rewards", 12, /do not prove/);
    // Another node's challenge: B answers its own challenge 0 with A's chunk and path (B serves another datanet).
    await refused(B, r.proofMsg(r.addr(B), ep, 0, g0.chunk, g0.path), "rewards", 12, /challenge 0 of epoch 2 for trib1\w+: the \d+-byte chunk/);
    // … or B signs a proof naming A as the operator: the signer check refuses it before the module runs.
    const asA = await r.tx(B, [r.proofMsg(r.addr(A), ep, 0, g0.chunk, g0.path)]);
    expect(asA.code).not.toBe(0);
    expect((await r.challenges(A))[0]!.status).toBe(1);
    await refused(A, r.proofMsg(r.addr(A), ep + 1n, 0, g0.chunk, g0.path), "rewards", 9, /current epoch is 2/);
    await refused(A, r.proofMsg(r.addr(A), ep, 7, g0.chunk, g0.path), "rewards", 8, /challenge 7 of epoch 2 for trib1\w+ does not exist/);
    await refused(A, r.proofMsg(r.addr(A), ep, 0, g0.chunk, [new Uint8Array(31)]), "rewards", 15, /path\[0\] is 31 bytes/);
    // The real proof passes; a second copy is a duplicate.
    expect((await r.ok(A, [r.proofFor(A, c0)])).code).toBe(0);
    await refused(A, r.proofFor(A, c0), "rewards", 11, /already proved at height \d+/);
    // Unregistering with challenges open is refused.
    await refused(A, r.unregister(A), "rewards", 13, /2 unanswered challenges of epoch 2 open until height 43/);
    // After the deadline: refused, and the unanswered challenges are misses (2 > max 1: slashed).
    await r.advanceTo(c1.deadline);
    await refused(A, r.proofFor(A, c1), "rewards", 10, /deadline was height 43, this is height 44/);
    const a = (await r.node(A)).node!;
    expect([String(a.stats!.challengesPassed), String(a.stats!.challengesMissed), String(a.jailedUntilEpoch)]).toEqual(["1", "2", "4"]);
    expect((await r.challenges(A)).map((c) => c.status)).toEqual([2, 3, 3]);
    void c2;
  }, 120_000);
});
