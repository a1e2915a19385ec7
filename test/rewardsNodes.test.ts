import type { EncodeObject } from "@cosmjs/proto-signing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { moduleAddress } from "../chain/address.ts";
import { FEE } from "./datanetHarness.ts";
import { RewardsHarness, rq, words } from "./rewardsHarness.ts";

const TRIB = 1_000_000n;
const BOND_POOL = moduleAddress("rewards_bond");

describe("storage node registry: registration refusals, updates, unregistering and the bond refund", () => {
  let r: RewardsHarness;
  let dn: bigint;
  let bytes: bigint;
  beforeAll(async () => {
    // Epochs of 100 blocks: the refusals below all run inside epoch 1 (no challenges yet, so a
    // refused tx is the only thing that could touch rewards state).
    r = await RewardsHarness.create({ accounts: 6, rewards: (p) => (p.epoch_blocks = "100") });
    dn = await r.d.newDatanet(0);
    await r.d.contributeOk(0, dn, [{ body: words(1, 500).join(" ") }, { body: words(2, 300).join(" ") }]);
    bytes = 0n;
    for (const id of [1n, 2n]) bytes += BigInt(String((await r.d.contribution(id)).bytes));
  });
  afterAll(() => r?.close());

  /** min_bond 1 TRIB + 0.001 utrib per byte (TEST_REWARDS_PARAMS), rounded up. */
  const required = () => TRIB + (bytes + 999n) / 1000n;

  /** A refused tx changes no rewards state and no bond escrow; the signer pays at most the fee. */
  async function refused(i: number, msg: EncodeObject, codespace: string, code: number, log: RegExp): Promise<void> {
    const state = await r.under("rewards/");
    const escrow = await r.d.balance(BOND_POOL);
    const bal = await r.balance(r.addr(i));
    const seq = r.h.accounts[i]!.sequence;
    const res = await r.tx(i, [msg]);
    expect([res.codespace, res.code], res.log).toEqual([codespace, code]);
    expect(res.log).toMatch(log);
    expect(await r.under("rewards/")).toEqual(state);
    expect(await r.d.balance(BOND_POOL)).toBe(escrow);
    expect(await r.balance(r.addr(i))).toBe(r.h.accounts[i]!.sequence > seq ? bal - FEE : bal);
  }

  const cases: [string, () => EncodeObject, string, number, RegExp][] = [
    ["unknown datanet", () => r.register(1, { datanets: [dn, 99n], bond: 5n * TRIB }), "rewards", 5, /datanet 99 does not exist/],
    ["bond below min_bond + per byte", () => r.register(1, { datanets: [dn], bond: required() - 1n }), "rewards", 6, /is below the \d+utrib required: min_bond 1000000utrib \+ 0\.001000000000000000utrib per byte × \d+ bytes served/],
    ["bond in another denom", () => r.register(1, { datanets: [dn], bond: 5n * TRIB, denom: "stake" }), "rewards", 7, /bond is in stake; bonds are in utrib/],
    ["ftp endpoint", () => r.register(1, { datanets: [dn], bond: 5n * TRIB, endpoint: "ftp://node.example.org" }), "rewards", 2, /must start with http:\/\/ or https:\/\//],
    ["endpoint without a host", () => r.register(1, { datanets: [dn], bond: 5n * TRIB, endpoint: "https://" }), "rewards", 2, /is not a valid base URL/],
    ["endpoint with user info", () => r.register(1, { datanets: [dn], bond: 5n * TRIB, endpoint: "https://me@node.example.org" }), "rewards", 2, /no user info/],
    ["endpoint with a query", () => r.register(1, { datanets: [dn], bond: 5n * TRIB, endpoint: "https://node.example.org/?a=1" }), "rewards", 2, /not a valid base URL/],
    ["endpoint with a space", () => r.register(1, { datanets: [dn], bond: 5n * TRIB, endpoint: "https://node example.org" }), "rewards", 2, /not a valid base URL/],
    ["endpoint port out of range", () => r.register(1, { datanets: [dn], bond: 5n * TRIB, endpoint: "http://127.0.0.1:70000" }), "rewards", 2, /port 1-65535/],
    ["no datanets", () => r.register(1, { datanets: [], bond: 5n * TRIB }), "rewards", 2, /datanet_ids is empty/],
    ["datanets twice", () => r.register(1, { datanets: [dn, dn], bond: 5n * TRIB }), "rewards", 2, /distinct and ascending/],
    ["no roles", () => r.register(1, { datanets: [dn], bond: 5n * TRIB, roles: [] }), "rewards", 2, /roles is empty/],
    ["unknown role", () => r.register(1, { datanets: [dn], bond: 5n * TRIB, roles: [7] }), "rewards", 2, /unknown role 7/],
    ["bond above the balance", () => r.register(1, { datanets: [dn], bond: 10_000n * TRIB }), "sdk", 5, /smaller than 10000000000utrib/],
    ["update of an unregistered node", () => r.update(1, { endpoint: "https://x.example.org" }), "rewards", 3, /is not a registered node/],
    ["unregister of an unregistered node", () => r.unregister(1), "rewards", 3, /is not a registered node/],
  ];
  for (const [name, msg, codespace, code, log] of cases) it(`refuses registration: ${name}`, () => refused(1, msg(), codespace, code, log));

  it("registers with exactly the required bond, and refuses a second registration", async () => {
    const bal = await r.balance(r.addr(1));
    const res = await r.ok(1, [r.register(1, { datanets: [dn], bond: required(), endpoint: "http://[::1]:8080/tributary" })]);
    expect(await r.balance(r.addr(1))).toBe(bal - required() - FEE);
    expect(await r.d.balance(BOND_POOL)).toBe(required());
    const ev = res.events.find((e) => e.type === "tributary.rewards.v1.EventNodeRegistered")!;
    expect(Object.fromEntries(ev.attributes.map((a) => [a.key, a.value]))).toMatchObject({
      operator: r.addr(1), roles: "NODE_ROLE_STORAGE", datanet_ids: String(dn), bond: `${required()}utrib`, bytes_served: String(bytes),
    });
    const n = await r.node(1);
    expect(n.node).toMatchObject({ operator: r.addr(1), endpoint: "http://[::1]:8080/tributary", bond: { denom: "utrib", amount: String(required()) } });
    expect(n.requiredBond).toBe(String(required()));
    await refused(1, r.register(1, { datanets: [dn], bond: 5n * TRIB }), "rewards", 4, /already registered; use MsgUpdateNode/);
  });

  it("updates: more datanets need more bond; a top-up and a new endpoint are taken; an empty update is refused", async () => {
    const dn2 = await r.d.newDatanet(0, { name: "second" });
    await r.d.contributeOk(0, dn2, [{ body: words(3, 900).join(" ") }]);
    await refused(1, r.update(1, { datanets: [dn, dn2] }), "rewards", 6, /is below the \d+utrib required/);
    await refused(1, r.update(1, {}), "rewards", 14, /sets none of datanet_ids, endpoint, add_bond/);
    await refused(1, r.update(1, { datanets: [dn2, 42n] }), "rewards", 5, /datanet 42 does not exist/);
    await r.ok(1, [r.update(1, { addBond: TRIB, datanets: [dn, dn2], endpoint: "https://node1.example.org" })]);
    const n = (await r.node(1)).node!;
    expect(n.datanetIds!.map(String)).toEqual([String(dn), String(dn2)]);
    expect(n.bond!.amount).toBe(String(required() + TRIB));
    expect(n.endpoint).toBe("https://node1.example.org");
    expect(await r.d.balance(BOND_POOL)).toBe(required() + TRIB);
    const page = await r.query("Nodes", rq.QueryNodesRequestSchema, { pagination: { limit: "1", countTotal: true } }, rq.QueryNodesResponseSchema);
    expect([page.nodes!.length, String(page.pagination!.total)]).toEqual([1, "1"]);
  });

  it("unregister is refused while challenges are open, then returns the bond after unbonding_blocks", async () => {
    const start = (r.h.height / 100n + 1n) * 100n + 1n;
    await r.advanceTo(start); // an epoch start: node 1 is challenged
    expect((await r.challenges(1)).length).toBe(3);
    await refused(1, r.unregister(1), "rewards", 13, /unanswered challenges of epoch \d+ open until height \d+; unregister after the window closes/);
    await r.answerAll(1);
    await r.advanceTo(start + 4n); // window closed
    const bond = BigInt((await r.node(1)).node!.bond!.amount!);
    const bal = await r.balance(r.addr(1));
    const res = await r.ok(1, [r.unregister(1)]);
    const completion = r.h.height + 5n;
    const ev = Object.fromEntries(res.events.find((e) => e.type === "tributary.rewards.v1.EventNodeUnregistered")!.attributes.map((a) => [a.key, a.value]));
    expect(ev).toMatchObject({ refund: `${bond}utrib`, completion_height: String(completion) });
    await expect(r.node(1)).rejects.toMatchObject({ codespace: "rewards", code: 3 });
    const refunds = await r.query("Refunds", rq.QueryRefundsRequestSchema, { operator: r.addr(1) }, rq.QueryRefundsResponseSchema);
    expect(refunds.refunds!.map((x) => [x.amount!.amount, String(x.completionHeight)])).toEqual([[String(bond), String(completion)]]);
    expect(await r.d.balance(BOND_POOL)).toBe(bond); // still escrowed
    await r.advanceTo(completion - 1n);
    expect(await r.balance(r.addr(1))).toBe(bal - FEE);
    await r.advanceTo(completion);
    expect(await r.balance(r.addr(1))).toBe(bal - FEE + bond);
    expect(await r.d.balance(BOND_POOL)).toBe(0n);
    expect((await r.query("Refunds", rq.QueryRefundsRequestSchema, { operator: r.addr(1) }, rq.QueryRefundsResponseSchema)).refunds).toEqual([]);
    // A node may come back.
    await r.ok(1, [r.register(1, { datanets: [dn], bond: required() })]);
  });
});
