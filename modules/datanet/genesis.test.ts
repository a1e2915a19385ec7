import { bytesToHex } from "@noble/hashes/utils.js";
import { afterEach, describe, expect, it } from "vitest";
import { GenesisError } from "../../chain/genesisError.ts";
import { DatanetHarness, ESCROW, words } from "../../test/datanetHarness.ts";
import { addressString } from "../../chain/address.ts";
import { validateAppState } from "../index.ts";
import { merkleRoot } from "./merkle.ts";
import { take } from "../../test/support/take.ts";

/** A chain with every kind of datanet state: open/curated/closed datanets, every status, masks, versions, redaction. */
async function busyChain(): Promise<DatanetHarness> {
  const d = await DatanetHarness.create({ accounts: 4 });
  const open = await d.newDatanet(0, { tags: ["en", "medical"], pii: true, curators: [d.addr(1)] });
  const curated = await d.newDatanet(1, { curation: "CURATED", deposit: "1000", curators: [d.addr(2)] });
  const closed = await d.newDatanet(0, { name: "closed" });
  const base = words(1, 100);
  await d.contributeOk(2, open, [{ body: `${base.join(" ")} mail me at a@b.io`, title: "base", extra: [{ key: "k", value: "v" }] }]);
  await d.contributeOk(3, open, [{ body: [...words(2, 50), ...base.slice(10, 50)].join(" ") }]); // masked run
  await d.ok(0, [d.publish(0, open)]);
  await d.contributeOk(3, open, [{ body: words(3, 50).join(" ") }]);
  await d.ok(0, [d.publish(0, open)]);
  await d.contributeOk(2, open, [{ body: words(4, 50).join(" ") }]); // accepted, not yet published
  const [p1, p2, p3, p4] = take(await d.contributeOk(3, curated, [5, 6, 7, 8].map((s) => ({ body: words(s, 40).join(" ") }))), 4);
  await d.ok(2, [d.review(2, p1, true)]);
  await d.ok(2, [d.review(2, p2, false, "spam")]);
  await d.ok(3, [d.withdraw(3, p3)]);
  void p4; // stays PENDING with its deposit in escrow
  await d.ok(1, [d.publish(1, curated)]);
  await d.contributeOk(2, closed, [{ body: words(9, 40).join(" ") }]);
  await d.ok(0, [d.update(0, closed, { status: 2 })]);
  // The last tx's fee is allocated (fee_collector empty): the re-imported chain's first block then changes nothing.
  await d.h.deliver([]);
  return d;
}

/** A new chain from an exported app state; the test plays the node and fills its content store. */
async function importChain(exported: Record<string, any>): Promise<DatanetHarness> {
  const t = await DatanetHarness.create({ accounts: 4, appState: (s) => Object.assign(s, structuredClone(exported)) });
  for (const c of exported.datanet.contents) t.content.bodies.set(c.hash, new Uint8Array(Buffer.from(c.body, "base64")));
  for (const a of exported.auth.accounts) {
    const acc = t.h.accounts.find((x) => x.address === a.address);
    if (acc) acc.sequence = BigInt(a.sequence);
  }
  return t;
}

describe("datanet genesis", () => {
  let s: DatanetHarness | undefined;
  let t: DatanetHarness | undefined;
  afterEach(async () => {
    await s?.close();
    await t?.close();
    s = t = undefined;
  });

  it("export → import → export gives the same section, and the imported chain dedups, masks and publishes as before", async () => {
    s = await busyChain();
    const exported = await s.exportAppState();
    expect(() => validateAppState(structuredClone(exported))).not.toThrow();
    const g = exported.datanet;
    expect(g.datanets).toHaveLength(3);
    expect(g.contributions.map((c: any) => c.status)).toEqual([
      "CONTRIBUTION_STATUS_ACCEPTED", "CONTRIBUTION_STATUS_ACCEPTED", "CONTRIBUTION_STATUS_ACCEPTED", "CONTRIBUTION_STATUS_ACCEPTED",
      "CONTRIBUTION_STATUS_ACCEPTED", "CONTRIBUTION_STATUS_REJECTED", "CONTRIBUTION_STATUS_WITHDRAWN", "CONTRIBUTION_STATUS_PENDING",
      "CONTRIBUTION_STATUS_ACCEPTED",
    ]);
    expect(g.versions.map((v: any) => [v.datanet_id, v.number, v.added_contribution_ids])).toEqual([["1", "1", ["1", "2"]], ["1", "2", ["3"]], ["2", "1", ["5"]]]);
    expect(g.token_sequences[1].sequence.masks).toEqual([{ start: 50, end: 90 }]);
    expect(g.contents).toHaveLength(9);
    const redacted = g.contents.find((c: any) => c.hash === g.contributions[0].content_hash);
    expect(Buffer.from(redacted.body, "base64").toString()).not.toContain("a@b.io");
    expect(g.vocabularies.map((v: any) => v.datanet_id)).toEqual(["1", "2", "3"]);

    t = await importChain(exported);
    expect(await t.exportAppState()).toEqual(exported);
    expect(await t.balance(ESCROW)).toBe(1000n);

    // Derived state was rebuilt: dedup indexes, counters, queue and Merkle frontier.
    const dup = await t.tx(1, [t.contribute(1, 1n, [{ body: words(3, 50).join(" ") }])]);
    expect([dup.code, dup.log]).toEqual([9, expect.stringMatching(/same token sequence as contribution 3/)]);
    const near = await t.tx(1, [t.contribute(1, 1n, [{ body: [...words(3, 49), "zz"].join(" ") }])]);
    expect([near.code, near.log]).toEqual([10, expect.stringMatching(/near-duplicate of contribution 3/)]);
    const [m] = take(await t.contributeOk(1, 1n, [{ body: [...words(10, 50), ...words(1, 100).slice(50, 90)].join(" ") }]), 1);
    expect((await t.contribution(m)).maskedTokens).toBe(40);
    await t.ok(0, [t.publish(0, 1n)]);
    const v3 = await t.version(1n);
    expect(v3.addedContributionIds!.map(String)).toEqual(["4", String(m)]);
    const hashes = [];
    for (const id of [1n, 2n, 3n, 4n, m]) hashes.push((await t.contribution(id)).contentHash!);
    expect(bytesToHex(v3.merkleRoot!)).toBe(bytesToHex(merkleRoot(hashes)));
    expect(String((await t.datanet(2n)).counters!.pending)).toBe("1");
    // The pending record's deposit is still refundable from escrow.
    await t.ok(2, [t.review(2, 8n, true)]);
    expect(await t.balance(ESCROW)).toBe(0n);
  });

  const cases: [string, (g: any) => void, string, RegExp][] = [
    ["zero quota window", (g) => (g.params.quota_window_blocks = "0"), "app_state.datanet.params.quota_window_blocks", /must be positive/],
    ["duplicate datanet id", (g) => (g.datanets[1].id = "1"), "app_state.datanet.datanets[1].id", /duplicate datanet id 1/],
    ["bad owner", (g) => (g.datanets[0].owner = "cosmos1xyz"), "app_state.datanet.datanets[0].owner", /owner/],
    ["unknown curation", (g) => (g.datanets[0].policy.curation = "CURATION_POLICY_MAYBE"), "app_state.datanet.datanets[0].policy.curation", /unknown value/],
    ["contribution of an unknown datanet", (g) => (g.contributions[0].datanet_id = "9"), "app_state.datanet.contributions[0].datanet_id", /unknown datanet 9/],
    ["bad content hash", (g) => (g.contributions[0].content_hash = "xyz"), "app_state.datanet.contributions[0].content_hash", /64 lowercase hex/],
    ["unknown status", (g) => (g.contributions[0].status = "CONTRIBUTION_STATUS_LOST"), "app_state.datanet.contributions[0].status", /unknown value/],
    ["word that is not a token", (g) => (g.vocabularies[0].words[0] = "Hello"), "app_state.datanet.vocabularies[0].words[0]", /not one normalised token/],
    ["duplicate word", (g) => (g.vocabularies[0].words[1] = g.vocabularies[0].words[0]), "app_state.datanet.vocabularies[0].words[1]", /duplicate word/],
    ["token id outside the vocabulary", (g) => (g.token_sequences[0].sequence.ids[0] = 999999), "app_state.datanet.token_sequences[0].sequence", /token 0 has id 999999, outside the vocabulary/],
    ["sequence that does not match its hash", (g) => ([g.token_sequences[0].sequence.ids[0], g.token_sequences[0].sequence.ids[1]] = [g.token_sequences[0].sequence.ids[1], g.token_sequences[0].sequence.ids[0]]), "app_state.datanet.token_sequences[0].sequence", /sequence_hash/],
    ["missing sequence", (g) => g.token_sequences.pop(), "app_state.datanet.token_sequences", /no sequence for contribution 9/],
    ["mask count that disagrees", (g) => (g.contributions[1].masked_tokens = 3), "app_state.datanet.token_sequences[1].sequence.masks", /40 masked positions, contribution 2 says 3/],
    ["wrong merkle root", (g) => (g.versions[0].merkle_root = "00".repeat(32)), "app_state.datanet.versions[0].merkle_root", /does not match/],
    ["version gap", (g) => (g.versions[1].number = "3"), "app_state.datanet.versions[1].number", /expected 2, got 3/],
    ["version of a pending record", (g) => g.versions[2].added_contribution_ids.push("8"), "app_state.datanet.versions[2].added_contribution_ids[1]", /8 is not an accepted contribution of datanet 2/],
    ["content that does not hash", (g) => (g.contents[0].body = Buffer.from("other").toString("base64")), "app_state.datanet.contents[0].body", /does not hash to/],
    ["live exact duplicates", (g) => {
      g.contributions[2].sequence_hash = g.contributions[3].sequence_hash;
      g.token_sequences[2] = { ...structuredClone(g.token_sequences[3]), contribution_id: "3" };
      g.contributions[2].tokens = g.contributions[3].tokens;
    }, "app_state.datanet.contributions", /contributions 3 and 4 of datanet 1 are live exact duplicates/],
  ];

  it.each(cases)("validation: %s", async (_name, mutate, field, reason) => {
    s ??= await busyChain();
    const exported = await s.exportAppState();
    const g = structuredClone(exported);
    mutate(g.datanet);
    let err: unknown;
    try {
      validateAppState(g);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GenesisError);
    expect((err as GenesisError).field).toBe(field);
    expect((err as GenesisError).reason).toMatch(reason);
  });

  it("InitChain refuses pending deposits that the escrow account does not hold", async () => {
    s = await busyChain();
    const exported = await s.exportAppState();
    const escrow = addressString(ESCROW);
    exported.bank.balances = exported.bank.balances.filter((b: any) => b.address !== escrow);
    exported.bank.supply = [];
    await expect(importChain(exported)).rejects.toThrow(/invalid genesis: contributions: pending deposits total 1000utrib, but the datanet escrow account holds 0utrib/);
  });
});
