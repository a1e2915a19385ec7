import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import type { ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { afterEach, describe, expect, it } from "vitest";
import { GenesisError } from "../chain/genesisError.ts";
import { u64be } from "../chain/keys.ts";
import { validateAppState } from "../modules/index.ts";
import { MemoryContent } from "./datanetHarness.ts";
import { forkRewardsSection } from "../modules/rewards/fork.ts";
import { RewardsHarness, rq, words } from "./rewardsHarness.ts";
import { take } from "./support/take.ts";

const TRIB = 1_000_000n;
const appHash = async (r: RewardsHarness) => bytesToHex((await r.h.app.info({ version: "", blockVersion: 0n, p2pVersion: 0n, abciVersion: "" })).lastBlockAppHash);

/** A chain whose datanet records came from genesis (so no quota windows, which an export drops, are in its state). */
async function chainWithRecords(content: MemoryContent): Promise<{ r: RewardsHarness; dn: bigint }> {
  const x = await RewardsHarness.create({ content });
  const dn = await x.d.newDatanet(0);
  await x.d.contributeOk(0, dn, [{ body: words(1, 700).join(" ") }, { body: words(2, 400).join(" ") }, { body: words(3, 150).join(" ") }]);
  const exported = await x.d.exportAppState();
  const r = await fromExport(exported, x.h.height + 1n, content, x);
  await x.close();
  return { r, dn };
}

async function fromExport(exported: Record<string, any>, initialHeight: bigint, content: MemoryContent, from: RewardsHarness): Promise<RewardsHarness> {
  const r = await RewardsHarness.create({ content, initialHeight, appState: (s) => Object.assign(s, structuredClone(exported)) });
  from.h.accounts.forEach((a, i) => (r.h.accounts[i]!.sequence = a.sequence));
  return r;
}

describe("rewards genesis and determinism", () => {
  const open: RewardsHarness[] = [];
  afterEach(async () => {
    for (const r of open.splice(0)) await r.close();
  });

  it("export mid-epoch (window open, some proofs in) → import gives the same app hash at every later height", async () => {
    const content = new MemoryContent();
    const { r: a, dn } = await chainWithRecords(content);
    open.push(a);
    await a.ok(1, [a.register(1, { datanets: [dn], bond: 5n * TRIB })]);
    await a.ok(2, [a.register(2, { datanets: [dn], bond: 5n * TRIB })]);
    const start = (a.h.height / 10n + 1n) * 10n + 1n;
    await a.advanceTo(start);
    const [c0, c1, c2] = take(await a.challenges(1), 3);
    await a.ok(1, [a.proofFor(1, c0), a.proofFor(1, c1)]);
    const exported = await a.d.exportAppState();
    expect(exported.rewards.challenges.map((c: any) => c.status)).toEqual(expect.arrayContaining(["CHALLENGE_STATUS_PASSED", "CHALLENGE_STATUS_PENDING"]));
    expect(() => validateAppState(structuredClone(exported))).not.toThrow();

    const b = await fromExport(exported, a.h.height + 1n, content, a);
    open.push(b);
    expect(await b.d.exportAppState()).toMatchObject({ rewards: exported.rewards });
    await a.h.deliver([]); // the block B's harness ran at its initial height
    expect(await appHash(b)).toBe(await appHash(a));

    // The same blocks on both: node 1's last proof, node 2's three, then through the window close,
    // the payout, the next epoch's draw and a refund.
    const blocks: Uint8Array[][] = [
      [await a.h.signTx(1, { msgs: [a.proofFor(1, c2)], gas: 2_000_000 })],
      [await a.h.signTx(2, { msgs: (await a.challenges(2)).map((c) => a.proofFor(2, c)), gas: 2_000_000 })],
    ];
    a.h.accounts[1]!.sequence++;
    a.h.accounts[2]!.sequence++;
    while (a.h.height < start + 12n) {
      const txs = blocks.shift() ?? [];
      const [ra, rb] = [await a.h.deliver(txs), await b.h.deliver(txs)];
      expect(ra.txResults.map((t) => t.code)).toEqual(txs.map(() => 0));
      expect(bytesToHex(rb.appHash), `app hash at height ${a.h.height}`).toBe(bytesToHex(ra.appHash));
    }
    expect(BigInt(String((await b.node(2)).node!.stats!.challengesPassed))).toBe(3n);
    expect(await b.d.exportAppState()).toEqual(await a.d.exportAppState());
  }, 120_000);

  it("two fresh chains fed the same blocks agree on every app hash; the challenges follow the block hash", async () => {
    const contents = [new MemoryContent(), new MemoryContent(), new MemoryContent()];
    const chains = await Promise.all(contents.map((content) => RewardsHarness.create({ content })));
    open.push(...chains);
    const [a] = take(chains, 1);
    // Block hashes from the height; chain 3 sees another hash at the epoch start (height 11).
    const hash = (i: number, h: bigint) => sha256(i === 2 && h === 11n ? u64be(h + 1000n) : u64be(h));
    const deliver = async (txs: Uint8Array[]): Promise<ResponseFinalizeBlock[]> => {
      const out = [];
      for (const [i, c] of chains.entries()) out.push(await c.h.deliver(txs, { hash: hash(i, c.h.height + 1n) }));
      return out;
    };
    const step = async (i: number, msgs: Parameters<RewardsHarness["ok"]>[1]) => {
      const tx = await a.h.signTx(i, { msgs, gas: 20_000_000 });
      a.h.accounts[i]!.sequence++;
      const res = await deliver([tx]);
      for (const r of res) expect(r.txResults[0]!.code, r.txResults[0]!.log).toBe(0);
      return res;
    };
    await step(0, [a.d.createDatanet(0)]);
    const records = [1, 2, 3].map((s) => ({ body: words(s, 300 + 200 * s).join(" ") }));
    await step(0, [a.d.contribute(0, 1n, records)]);
    for (const c of contents) for (const rec of records) c.put(new TextEncoder().encode(rec.body), false);
    await step(1, [a.register(1, { datanets: [1n], bond: 5n * TRIB })]);
    await step(2, [a.register(2, { datanets: [1n], bond: 5n * TRIB })]);
    while (a.h.height < 11n) await deliver([]);
    const [ch0, ch2] = [await chains[0]!.challenges(1), await chains[2]!.challenges(1)];
    expect(await chains[1]!.challenges(1)).toEqual(ch0);
    expect(ch2.map((c) => [c.contributionId, c.chunkIndex])).not.toEqual(ch0.map((c) => [c.contributionId, c.chunkIndex]));
    // From here the chains differ only by their challenges; chains 1 and 2 run on together.
    chains.pop();
    await step(1, (await a.challenges(1)).map((c) => a.proofFor(1, c)));
    while (a.h.height < 25n) {
      const [r1, r2] = take(await deliver([]), 2);
      expect(bytesToHex(r2.appHash), `app hash at height ${a.h.height}`).toBe(bytesToHex(r1.appHash));
    }
    expect(await appHash(chains[1]!)).toBe(await appHash(a));
    expect(String((await a.node(1)).node!.stats!.challengesPassed)).toBe("3");
    expect(String((await a.node(2)).node!.stats!.challengesMissed)).toBe("3");
  }, 120_000);

  it("a fork that restarts the numbering restarts the epoch clock, keeps jails in epochs left and refunds in blocks left", async () => {
    const content = new MemoryContent();
    const { r: a, dn } = await chainWithRecords(content);
    open.push(a);
    for (const i of [1, 2, 3]) await a.ok(i, [a.register(i, { datanets: [dn], bond: 5n * TRIB })]);
    const start = (a.h.height / 10n + 1n) * 10n + 1n;
    await a.advanceTo(start);
    await a.answerAll(1);
    expect((await a.tx(3, [a.unregister(3)])).code).toBe(13); // window open
    await a.advanceTo(start + 4n); // node 2 missed everything: jailed until epoch e + 2
    const e = BigInt(String((await a.epoch()).epoch!.number));
    expect(String((await a.node(2)).node!.jailedUntilEpoch)).toBe(String(e + 2n));
    await a.ok(3, [a.unregister(3)]);
    const refundAt = a.h.height + 5n;
    const exported = await a.d.exportAppState();
    const exportInitial = a.h.height + 1n;
    const forked = structuredClone(exported);
    forked.rewards = forkRewardsSection(exported.rewards, exportInitial, 7n);
    expect(forked.rewards.challenges).toEqual([]);
    expect(forked.rewards.nodes.find((n: any) => n.operator === a.addr(2)).jailed_until_epoch).toBe("2");
    expect(forked.rewards.refunds.map((x: any) => x.completion_height)).toEqual([String(refundAt - exportInitial + 7n)]);
    expect(forkRewardsSection(exported.rewards, exportInitial, exportInitial)).toBe(exported.rewards);
    const f = await fromExport(forked, 7n, content, a);
    open.push(f);
    // Epoch 1 began at the fork's first block (7): node 1 is challenged, node 2 (jailed for 2 more epochs) is not.
    const fe = (await f.epoch()).epoch!;
    expect([String(fe.number), String(fe.startHeight)]).toEqual(["1", "7"]);
    expect(await f.challenges(1)).toHaveLength(3);
    expect(await f.challenges(2)).toHaveLength(0);
    await f.advanceTo(refundAt - exportInitial + 7n);
    expect((await f.query("Refunds", rq.QueryRefundsRequestSchema, { operator: f.addr(3) }, rq.QueryRefundsResponseSchema)).refunds).toEqual([]);
    await f.advanceTo(27n); // epoch 3: jail over
    expect(await f.challenges(2)).toHaveLength(3);
  }, 120_000);

  const cases: [string, (g: any) => void, RegExp][] = [
    ["zero epoch", (g) => (g.params.epoch_blocks = "1"), /app_state\.rewards\.params\.epoch_blocks: must be at least 2/],
    ["window as long as the epoch", (g) => (g.params.proof_window_blocks = g.params.epoch_blocks), /params\.proof_window_blocks: must be in 1\.\.epoch_blocks-1/],
    ["share above 100%", (g) => (g.params.inflation_share_bps = 10_001), /params\.inflation_share_bps: 10001 is above 10000/],
    ["bad bond_per_byte", (g) => (g.params.bond_per_byte = "0.1.2"), /params\.bond_per_byte/],
    ["node with an ftp endpoint", (g) => (g.nodes[0].endpoint = "ftp://x.example.org"), /nodes\[0\]\.endpoint: .*http:\/\/ or https:\/\//],
    ["node with an unknown role", (g) => (g.nodes[0].roles = ["NODE_ROLE_VALIDATOR"]), /nodes\[0\]\.roles\[0\]: unknown value "NODE_ROLE_VALIDATOR"/],
    ["node twice", (g) => g.nodes.push(structuredClone(g.nodes[0])), /nodes\[2\]\.operator: duplicate node/],
    ["bond in another denom", (g) => (g.nodes[0].bond.denom = "stake"), /nodes\[0\]\.bond\.denom: bonds are in utrib/],
    ["challenge of an unknown epoch", (g) => (g.challenges[0].epoch = "99"), /challenges\[0\]\.epoch: is 99, not the current epoch/],
    ["challenge with a short root", (g) => (g.challenges[0].content_root = "abcd"), /challenges\[0\]\.content_root: must be 64 lowercase hex digits/],
    ["work that disagrees with its challenges", (g) => (g.work[0].passed = 3), /work\[0\]: counts 3\/3\/0/],
    ["refund in another denom", (g) => g.refunds.push({ operator: g.nodes[0].operator, amount: { denom: "stake", amount: "5" }, completion_height: "9" }), /refunds\[0\]\.amount/],
  ];

  it("validation names the field of each kind of mistake; InitChain checks the bond escrow", async () => {
    const content = new MemoryContent();
    const { r, dn } = await chainWithRecords(content);
    open.push(r);
    await r.ok(1, [r.register(1, { datanets: [dn], bond: 5n * TRIB })]);
    await r.ok(2, [r.register(2, { datanets: [dn], bond: 5n * TRIB })]);
    await r.advanceTo((r.h.height / 10n + 1n) * 10n + 1n);
    await r.ok(1, [(await r.challenges(1)).map((c) => r.proofFor(1, c))[0]!]);
    const exported = await r.d.exportAppState();
    for (const [name, mutate, want] of cases) {
      const g = structuredClone(exported);
      mutate(g.rewards);
      expect(() => validateAppState(g), name).toThrow(GenesisError);
      expect(() => validateAppState(g), name).toThrow(want);
    }
    const g = structuredClone(exported);
    g.rewards.nodes[0].bond.amount = "4000000";
    await expect(fromExport(g, r.h.height + 1n, content, r)).rejects.toThrow(/bonds and pending refunds total 9000000utrib, but the rewards_bond account holds 10000000utrib/);
  }, 120_000);
});
