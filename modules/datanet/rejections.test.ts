import { bytesToHex } from "@noble/hashes/utils.js";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressBytes } from "../../chain/address.ts";
import { DatanetHarness, FEE_COLLECTOR, words } from "../../test/datanetHarness.ts";
import { take } from "../../test/support/take.ts";
import { authKeys } from "../auth/keys.ts";
import { bankKeys } from "../bank/keys.ts";
import { ALLOCATION_KEYS } from "../../test/allocationKeys.ts";

/**
 * Every rejection path of the datanet messages: a clear error (codespace datanet or sdk, the
 * code, a message naming the problem) and no state change beyond the tx fee and the signer's
 * sequence, checked against a snapshot of the whole committed store.
 */
const enc = new TextEncoder();
const A_WORDS = words(100, 100);
const nearDup = [...A_WORDS.slice(0, 50), "zzz", ...A_WORDS.slice(51)].join(" ");

let d: DatanetHarness;
let A: bigint;
let P: bigint;
const dn = { open: 0n, curated: 0n, small: 0n, closed: 0n };

beforeAll(async () => {
  d = await DatanetHarness.create({
    accounts: 5,
    datanet: (g) => {
      g.params.quota_records_per_window = "5";
      g.params.quota_bytes_per_window = "20000";
      g.params.quota_window_blocks = "100000";
      g.params.max_records_per_msg = 8;
    },
  });
  dn.open = await d.newDatanet(0, { curators: [d.addr(1)] });
  dn.curated = await d.newDatanet(0, { curation: "CURATED", deposit: "1000", curators: [d.addr(1)] });
  dn.small = await d.newDatanet(0, { limits: { maxTokens: 100, maxBytes: 2000 } });
  dn.closed = await d.newDatanet(0);
  await d.ok(0, [d.update(0, dn.closed, { status: 2 })]);
  [A] = take(await d.contributeOk(2, dn.open, [{ body: A_WORDS.join(" ") }]), 1);
  await d.ok(0, [d.publish(0, dn.open)]);
  [P] = take(await d.contributeOk(2, dn.curated, [{ body: words(200, 60).join(" ") }]), 1);
  // The attribution module marks the published version's index READY at the end of block
  // publish + D: run those blocks now, so that write does not land inside a rejection case.
  for (let i = 0; i < 12; i++) await d.h.deliver([]);
});

afterAll(() => d?.close());

/** Keys a failed tx may change: the signer's account (sequence) and balance, the fee collector's balance, and the block's fee allocation. */
function allowedKeys(signer: number): Set<string> {
  const addr = addressBytes(d.addr(signer));
  return new Set([...[authKeys.account(addr), bankKeys.balance(addr, "utrib"), bankKeys.balance(FEE_COLLECTOR, "utrib")].map(bytesToHex), ...ALLOCATION_KEYS]);
}

function changedKeys(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

const readable = (hex: string) => Buffer.from(hex, "hex").toString("latin1").replace(/[^\x20-\x7e]/g, ".");

interface Case {
  name: string;
  signer: number;
  msgs: () => EncodeObject[];
  codespace: string;
  code: number;
  log: RegExp;
}

const body = (s: string) => ({ body: s });
const cases: Case[] = [
  { name: "update by someone not the owner", signer: 1, msgs: () => [d.update(1, dn.open, { status: 2 })], codespace: "datanet", code: 4, log: /is not the owner of datanet 1 \(owner trib1\w+\): not the datanet owner/ },
  { name: "publish by someone not the owner", signer: 1, msgs: () => [d.publish(1, dn.open)], codespace: "datanet", code: 4, log: /is not the owner of datanet 1/ },
  { name: "review by someone not a curator", signer: 3, msgs: () => [d.review(3, P, true)], codespace: "datanet", code: 5, log: /is neither the owner nor a curator of datanet 2: not a curator of the datanet/ },
  { name: "exact duplicate", signer: 3, msgs: () => [d.contribute(3, dn.open, [body(A_WORDS.join("  "))])], codespace: "datanet", code: 9, log: /^record 0: same token sequence as contribution 1 of datanet 1: duplicate record/ },
  { name: "exact duplicate after normalisation (case)", signer: 3, msgs: () => [d.contribute(3, dn.open, [body(A_WORDS.join(" ").toUpperCase())])], codespace: "datanet", code: 9, log: /same token sequence as contribution 1/ },
  { name: "near-duplicate", signer: 3, msgs: () => [d.contribute(3, dn.open, [body(nearDup)])], codespace: "datanet", code: 10, log: /^record 0: near-duplicate of contribution 1 of datanet 1 \(5-gram Jaccard similarity ≥ 0.8\)/ },
  { name: "over quota (records)", signer: 3, msgs: () => [d.contribute(3, dn.open, [0, 1, 2, 3, 4, 5].map((i) => body(words(300 + i, 40).join(" "))))], codespace: "datanet", code: 12, log: /^record 5: trib1\w+ already sent 5 records in blocks 0..99999; the quota is 5 records per 100000 blocks/ },
  { name: "over quota (bytes)", signer: 3, msgs: () => [d.contribute(3, dn.open, [body(words(310, 5000).join(" "))])], codespace: "datanet", code: 12, log: /^record 0: \d+ more bytes would bring trib1\w+ to \d+ bytes in blocks 0..99999; the quota is 20000 bytes/ },
  { name: "too many records in one message", signer: 3, msgs: () => [d.contribute(3, dn.open, [0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => body(words(320 + i, 40).join(" "))))], codespace: "datanet", code: 21, log: /9 records in one message, at most 8/ },
  { name: "too few tokens", signer: 3, msgs: () => [d.contribute(3, dn.open, [body(words(330, 10).join(" "))])], codespace: "datanet", code: 8, log: /^record 0: 10 tokens, outside 32..20000 tokens per record: record size out of bounds/ },
  { name: "too many tokens for the datanet", signer: 3, msgs: () => [d.contribute(3, dn.small, [body(words(331, 150).join(" "))])], codespace: "datanet", code: 8, log: /^record 0: 150 tokens, outside 32..100 tokens/ },
  { name: "too many bytes for the datanet", signer: 3, msgs: () => [d.contribute(3, dn.small, [body(`${words(332, 60).join(" ")} ${"x".repeat(2000)}`)])], codespace: "datanet", code: 8, log: /^record 0: \d+ bytes, above the maximum of 2000 bytes per record/ },
  { name: "invalid UTF-8", signer: 3, msgs: () => [d.contribute(3, dn.open, [{ body: Uint8Array.of(...enc.encode(words(333, 40).join(" ")), 0xff, 0x41) }])], codespace: "datanet", code: 7, log: /^record 0: invalid UTF-8 text at byte offset \d+: .*: invalid record/ },
  { name: "binary content (NUL)", signer: 3, msgs: () => [d.contribute(3, dn.open, [{ body: Uint8Array.of(0x41, 0, 0x42) }])], codespace: "datanet", code: 7, log: /^record 0: invalid UTF-8 text at byte offset 1: NUL character/ },
  { name: "empty record", signer: 3, msgs: () => [d.contribute(3, dn.open, [body("")])], codespace: "datanet", code: 7, log: /^record 0: empty record \(no bytes\)/ },
  { name: "record of white space only", signer: 3, msgs: () => [d.contribute(3, dn.open, [body(" \n\t ")])], codespace: "datanet", code: 7, log: /^record 0: empty record \(no tokens after normalisation\)/ },
  { name: "a bad record after good ones fails all of them", signer: 3, msgs: () => [d.contribute(3, dn.open, [body(words(340, 40).join(" ")), body(words(341, 40).join(" ")), body("")])], codespace: "datanet", code: 7, log: /^record 2: empty record/ },
  { name: "publish with nothing new", signer: 0, msgs: () => [d.publish(0, dn.open)], codespace: "datanet", code: 14, log: /datanet 1 has no accepted contribution since version 1 \(1 records\): nothing new to publish/ },
  { name: "withdraw after acceptance", signer: 2, msgs: () => [d.withdraw(2, A)], codespace: "datanet", code: 13, log: /contribution 1 is ACCEPTED; only a PENDING contribution can be withdrawn/ },
  { name: "withdraw someone else's contribution", signer: 3, msgs: () => [d.withdraw(3, P)], codespace: "datanet", code: 16, log: /did not make contribution 2 \(contributor trib1\w+\): not the contributor/ },
  { name: "review an accepted contribution", signer: 0, msgs: () => [d.review(0, A, false, "late")], codespace: "datanet", code: 13, log: /contribution 1 is ACCEPTED; only a PENDING contribution can be reviewed/ },
  { name: "reject without a reason", signer: 1, msgs: () => [d.review(1, P, false, " ")], codespace: "datanet", code: 19, log: /a rejection needs a reason/ },
  { name: "contribute to a datanet that does not exist", signer: 3, msgs: () => [d.contribute(3, 99n, [body(words(350, 40).join(" "))])], codespace: "datanet", code: 3, log: /datanet 99 does not exist: datanet not found/ },
  { name: "contribute to a closed datanet", signer: 3, msgs: () => [d.contribute(3, dn.closed, [body(words(351, 40).join(" "))])], codespace: "datanet", code: 15, log: /datanet 4 is closed to new contributions/ },
  { name: "review a contribution that does not exist", signer: 1, msgs: () => [d.review(1, 77n, true)], codespace: "datanet", code: 6, log: /contribution 77 does not exist/ },
  { name: "record metadata too long", signer: 3, msgs: () => [d.contribute(3, dn.open, [{ body: words(352, 40).join(" "), title: "t".repeat(300) }])], codespace: "datanet", code: 20, log: /record 0: title is 300 bytes, above the maximum of 256: invalid record metadata/ },
  { name: "duplicate metadata key", signer: 3, msgs: () => [d.contribute(3, dn.open, [{ body: words(353, 40).join(" "), extra: [{ key: "a", value: "1" }, { key: "a", value: "2" }] }])], codespace: "datanet", code: 20, log: /record 0: extra\[1\]: duplicate key "a"/ },
  { name: "update with nothing to change", signer: 0, msgs: () => [d.update(0, dn.curated, {})], codespace: "datanet", code: 22, log: /set at least one of metadata, policy, curators or status/ },
  { name: "datanet without a curation policy", signer: 3, msgs: () => { const m = d.createDatanet(3); (m.value as any).policy.curation = 0; return [m]; }, codespace: "datanet", code: 2, log: /policy.curation must be CURATION_POLICY_OPEN \(1\) or CURATION_POLICY_CURATED \(2\), got 0/ },
  { name: "datanet with a bad tag", signer: 3, msgs: () => [d.createDatanet(3, { tags: ["Bad Tag"] })], codespace: "datanet", code: 2, log: /metadata.tags\[0\] "Bad Tag" must be/ },
  { name: "datanet limits beyond the chain's", signer: 3, msgs: () => [d.createDatanet(3, { limits: { maxTokens: 50_000 } })], codespace: "datanet", code: 2, log: /policy.limits.max_tokens 50000 is above the chain maximum of 20000/ },
  { name: "datanet id given as a bigint (encoded as 0)", signer: 3, msgs: () => [d.publish(3, 0n)], codespace: "sdk", code: 18, log: /datanet_id must be set .*protobufjs encodes a bigint as 0/ },
];

describe("datanet rejections change no state", () => {
  it.each(cases)("$name", async (c) => {
    const before = await d.snapshot();
    const r = await d.tx(c.signer, c.msgs());
    expect([r.codespace, r.code], r.log).toEqual([c.codespace, c.code]);
    expect(r.log).toMatch(c.log);
    const allowed = allowedKeys(c.signer);
    const unexpected = changedKeys(before, await d.snapshot()).filter((k) => !allowed.has(k));
    expect(unexpected.map(readable)).toEqual([]);
  });

  it("the snapshot check sees the writes of a successful contribution (so it can fail)", async () => {
    const before = await d.snapshot();
    await d.contributeOk(4, dn.open, [{ body: words(370, 40).join(" ") }]);
    const unexpected = changedKeys(before, await d.snapshot()).filter((k) => !allowedKeys(4).has(k)).map(readable);
    expect(unexpected).toEqual(expect.arrayContaining([expect.stringMatching(/^datanet\/c\//), expect.stringMatching(/^datanet\/s\//), expect.stringMatching(/^datanet\/h\//)]));
  });

  it("a deposit the contributor cannot pay is refused naming the record", async () => {
    const rich = await d.newDatanet(0, { curation: "CURATED", deposit: "5000000000" });
    const before = await d.snapshot();
    const r = await d.tx(3, [d.contribute(3, rich, [{ body: words(360, 40).join(" ") }])]);
    expect([r.codespace, r.code]).toEqual(["sdk", 5]);
    expect(r.log).toMatch(/^record 0: contribution deposit of 5000000000utrib: trib1\w+ has \d+utrib: insufficient funds/);
    const unexpected = changedKeys(before, await d.snapshot()).filter((k) => !allowedKeys(3).has(k));
    expect(unexpected.map(readable)).toEqual([]);
  });
});
