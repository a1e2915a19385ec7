import { bytesToHex } from "@noble/hashes/utils.js";
import { afterEach, describe, expect, it } from "vitest";
import { GenesisError } from "../../chain/genesisError.ts";
import { utf8 } from "../../chain/keys.ts";
import { DatanetHarness, words } from "../../test/datanetHarness.ts";
import { validateAppState } from "../index.ts";
import { chunkCount, chunkProof, contentRoot, verifyChunkProof } from "../../chain/contentRoot.ts";
import { storedBody } from "./content.ts";
import { rootedChunkAt, rootedTotals } from "./rootIndex.ts";
import { take } from "../../test/support/take.ts";

/** Long enough records to span several 1 KiB chunks (≈ 7 bytes per synthetic word). */
const body = (seed: number, n = 400) => words(seed, n).join(" ");

/** The committed keys and values under a datanet prefix (hex), to compare indexes between chains. */
async function under(d: DatanetHarness, prefix: string): Promise<[string, string][]> {
  const p = utf8(prefix);
  const out: [string, string][] = [];
  for await (const [k, v] of d.h.store.committed().iterate()) {
    if (k.length >= p.length && bytesToHex(k.subarray(0, p.length)) === bytesToHex(p)) out.push([bytesToHex(k), bytesToHex(v)]);
  }
  return out;
}

describe("datanet content roots (rules switch by height) and the challengeable-record list", () => {
  let s: DatanetHarness | undefined;
  let t: DatanetHarness | undefined;
  afterEach(async () => {
    await s?.close();
    await t?.close();
    s = t = undefined;
  });

  it("a record gets the content root of its stored body (the redacted one when redacted), in state and in the event", async () => {
    s = await DatanetHarness.create();
    const dn = await s.newDatanet(0, { pii: true });
    const text = `${body(1)} write to someone@example.org`;
    const r = await s.ok(1, [s.contribute(1, dn, [{ body: text }])]);
    const c = await s.contribution(1n);
    const root = c.contentRoot!;
    const stored = storedBody(new TextEncoder().encode(text), true);
    expect(bytesToHex(root)).toBe(bytesToHex(contentRoot(stored.body)));
    expect(bytesToHex(root)).not.toBe(bytesToHex(contentRoot(new TextEncoder().encode(text))));
    const ev = r.events.find((e) => e.type === "tributary.datanet.v1.EventContribution")!;
    expect(ev.attributes.find((a) => a.key === "content_root")!.value).toBe(bytesToHex(root));
    // A chunk of the stored body (what the node's content store holds) proves against it.
    const n = chunkCount(stored.body.length);
    expect(n).toBeGreaterThan(1);
    const p = chunkProof(stored.body, n - 1);
    expect(verifyChunkProof(root, n - 1, n, p.chunk, p.path)).toBe(true);
  });

  it("before content_root_from_height records keep only their content hash and are not challengeable", async () => {
    s = await DatanetHarness.create({ datanet: (g) => (g.params.content_root_from_height = "6") });
    const dn = await s.newDatanet(0);
    const [a] = take(await s.contributeOk(1, dn, [{ body: body(1) }]), 1);
    expect(s.h.height).toBeLessThan(6n);
    expect((await s.contribution(a)).contentRoot).toHaveLength(0);
    while (s.h.height < 5n) await s.h.deliver([]);
    const [b] = take(await s.contributeOk(1, dn, [{ body: body(2) }]), 1);
    expect((await s.contribution(b)).contentRoot).toHaveLength(32);
    const kv = s.h.store.committed();
    expect(rootedTotals(kv, dn).records).toBe(1n);
    expect(rootedChunkAt(kv, dn, 0n).contributionId).toBe(b);
  });

  it("0 means never (genesis files written before the switch), and the default genesis turns it on from height 1", async () => {
    s = await DatanetHarness.create({ datanet: (g) => delete g.params.content_root_from_height });
    const dn = await s.newDatanet(0);
    const [a] = take(await s.contributeOk(1, dn, [{ body: body(1) }]), 1);
    expect((await s.contribution(a)).contentRoot).toHaveLength(0);
    expect((await s.exportAppState()).datanet.params.content_root_from_height).toBe("0");
  });

  it("lists accepted rooted records by (decided height, id) with cumulative chunks; pending ones wait for acceptance", async () => {
    s = await DatanetHarness.create();
    const open = await s.newDatanet(0);
    const curated = await s.newDatanet(0, { curation: "CURATED", name: "curated" });
    const [o1] = await s.contributeOk(1, open, [{ body: body(1, 300) }]);
    const [p1, p2, p3] = take(await s.contributeOk(2, curated, [{ body: body(2, 200) }, { body: body(3, 500) }, { body: body(4, 150) }]), 3);
    let kv = s.h.store.committed();
    expect(rootedTotals(kv, curated).records).toBe(0n);
    // Accepted in one tx in the order p3, p1: appended by id at EndBlock; p2 stays pending.
    await s.ok(0, [s.review(0, p3, true), s.review(0, p1, true)]);
    kv = s.h.store.committed();
    const sizes = await Promise.all([p1, p3].map(async (id) => (await s!.contribution(id)).bytes ?? 0n));
    const chunks = sizes.map((b) => BigInt(chunkCount(b)));
    expect(rootedTotals(kv, curated)).toEqual({ records: 2n, chunks: chunks[0]! + chunks[1]!, bytes: sizes[0]! + sizes[1]! });
    expect(rootedChunkAt(kv, curated, 0n)).toEqual({ contributionId: p1, chunkIndex: 0 });
    expect(rootedChunkAt(kv, curated, chunks[0]! - 1n)).toEqual({ contributionId: p1, chunkIndex: Number(chunks[0]) - 1 });
    expect(rootedChunkAt(kv, curated, chunks[0]!)).toEqual({ contributionId: p3, chunkIndex: 0 });
    expect(() => rootedChunkAt(kv, curated, chunks[0]! + chunks[1]!)).toThrow(RangeError);
    await s.ok(0, [s.review(0, p2, true)]);
    kv = s.h.store.committed();
    expect(rootedChunkAt(kv, curated, chunks[0]! + chunks[1]!)).toEqual({ contributionId: p2, chunkIndex: 0 });
    expect(rootedTotals(kv, open).records).toBe(1n);
    expect(rootedChunkAt(kv, open, 0n).contributionId).toBe(o1);
    // The per-block queue is empty between blocks.
    expect(await under(s, "datanet/rq/")).toEqual([]);

    // Export → import rebuilds the same list, byte for byte.
    const exported = await s.exportAppState();
    expect(exported.datanet.contributions[0].content_root).toMatch(/^[0-9a-f]{64}$/);
    t = await DatanetHarness.create({ appState: (st) => Object.assign(st, structuredClone(exported)) });
    expect(await under(t, "datanet/ri/")).toEqual(await under(s, "datanet/ri/"));
    expect(await under(t, "datanet/rt/")).toEqual(await under(s, "datanet/rt/"));
    // (contents are the node's store, which this test does not refill)
    expect({ ...(await t.exportAppState()).datanet, contents: [] }).toEqual({ ...exported.datanet, contents: [] });
  });

  it("genesis validation: a content root is 32 bytes or empty, and must match its body when the body is in contents", async () => {
    s = await DatanetHarness.create();
    const dn = await s.newDatanet(0);
    await s.contributeOk(1, dn, [{ body: body(1) }]);
    const exported = await s.exportAppState();
    const bad = (f: (g: any) => void) => {
      const g = structuredClone(exported);
      f(g.datanet);
      return () => validateAppState(g);
    };
    expect(bad((g) => (g.contributions[0].content_root = "abcd"))).toThrow(GenesisError);
    expect(bad((g) => (g.contributions[0].content_root = "abcd"))).toThrow(/app_state\.datanet\.contributions\[0\]\.content_root.*32-byte content root/);
    expect(bad((g) => (g.contributions[0].content_root = "00".repeat(32)))).toThrow(/contributions\[0\]\.content_root.*does not match/);
    expect(bad((g) => (g.params.content_root_from_height = "-1"))).toThrow(/content_root_from_height/);
    // Empty (a record from before the switch) and absent are fine; so is a root whose body is not in contents.
    expect(bad((g) => (g.contributions[0].content_root = ""))).not.toThrow();
    expect(bad((g) => delete g.contributions[0].content_root)).not.toThrow();
    expect(bad((g) => ((g.contents = []), (g.contributions[0].content_root = "00".repeat(32))))).not.toThrow();
  });
});
