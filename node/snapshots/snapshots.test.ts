/**
 * Snapshot → restore on real stores: a chain with datanet content, a published (READY) version
 * and bank txs is snapshotted and restored into a fresh App, which must give the same app hash
 * and the same query answers; bad chunks, a wrong app hash and an unknown format are refused.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { QueryBalanceRequest } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { ResponseApplySnapshotChunk_Result as Apply, ResponseOfferSnapshot_Result as Offer } from "cosmjs-types/tendermint/abci/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { App } from "../../chain/app.ts";
import { CommitStore } from "../../chain/store/commitStore.ts";
import { createModules } from "../../modules/index.ts";
import { DEFAULT_ATTRIBUTION_PARAMS } from "../../modules/attribution/types.ts";
import * as aq from "../../proto/gen/tributary/attribution/v1/index.ts";
import * as dq from "../../proto/gen/tributary/datanet/v1/index.ts";
import { encode } from "../../proto/codec.ts";
import { DatanetHarness, words } from "../../test/datanetHarness.ts";
import { ContentStore } from "../content/store.ts";
import { SNAPSHOT_FORMAT } from "./format.ts";
import { SnapshotManager } from "./manager.ts";
import { SnapshotStore } from "./store.ts";

const BODY_A = words(51, 80).join(" ");
const BODY_B = words(52, 80).join(" ");
const tmp = mkdtempSync(join(tmpdir(), "trib-snap-"));
let d: DatanetHarness;
let dn: bigint;
let source: SnapshotManager;
let sourceContent: ContentStore;
/** The root after each committed height of the source chain. */
const roots = new Map<bigint, string>();
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

/** A fresh App on an empty store in its own directory, with its own content store and a snapshot manager. */
async function freshNode(name: string) {
  const store = await CommitStore.open(join(tmp, name, "app.db"));
  const content = new ContentStore(join(tmp, name, "content"));
  const { modules, ante } = createModules(undefined, { content });
  const app = new App({ store, modules, ante });
  const manager = new SnapshotManager({ store, snapshots: new SnapshotStore(join(tmp, name, "snapshots")), content, interval: 0, keepRecent: 2 });
  return { store, content, app, manager };
}

async function block(txs: Uint8Array[] = []) {
  await d.h.deliver(txs);
  roots.set(d.h.height, hex(d.h.store.rootHash));
}

const queries = () => [
  { path: "/cosmos.bank.v1beta1.Query/Balance", data: QueryBalanceRequest.encode({ address: d.addr(1), denom: "utrib" }).finish() },
  { path: "/tributary.datanet.v1.Query/Contribution", data: encode(dq.QueryContributionRequestSchema, { id: 1n }) },
  { path: "/tributary.datanet.v1.Query/ContributionContent", data: encode(dq.QueryContributionContentRequestSchema, { id: 2n }) },
  { path: "/tributary.attribution.v1.Query/Commitment", data: encode(aq.QueryCommitmentRequestSchema, { datanetId: dn, version: 1n }) },
  {
    path: "/tributary.attribution.v1.Query/Attribute",
    data: encode(aq.QueryAttributeRequestSchema, { manifest: [{ datanetId: dn, version: 1n }], output: BODY_B.split(" ").slice(5, 45).join(" ") }),
  },
];

async function answers(app: { query: App["query"] }) {
  const out = [];
  for (const q of queries()) {
    const r = await app.query({ ...q, height: 0n, prove: false });
    expect(r.code, `${q.path}: ${r.log}`).toBe(0);
    out.push({ path: q.path, value: hex(r.value) });
  }
  return out;
}

beforeAll(async () => {
  d = await DatanetHarness.create({ accounts: 3 });
  sourceContent = new ContentStore(join(tmp, "source", "content"));
  source = new SnapshotManager({ store: d.h.store, snapshots: new SnapshotStore(join(tmp, "source", "snapshots")), content: sourceContent, interval: 0, keepRecent: 2, chunkBytes: 2048 });
  dn = await d.newDatanet(0);
  await d.contributeOk(1, dn, [{ body: BODY_A }]);
  await d.contributeOk(2, dn, [{ body: BODY_B }]);
  await d.ok(0, [d.publish(0, dn)]);
  // The node's content store is filled by its indexer; the harness keeps bodies in memory.
  for (const body of d.content.bodies.values()) sourceContent.put(body);
  const ready = d.h.height + DEFAULT_ATTRIBUTION_PARAMS.attributableDelayBlocks;
  while (d.h.height < ready) await block();
  await d.ok(1, [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: d.addr(1), toAddress: d.addr(2), amount: [{ denom: "utrib", amount: "777" }] } }]);
}, 60_000);

afterAll(async () => {
  await d?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe("state sync snapshots", () => {
  it("snapshot → restore into a fresh App: same app hash, same answers (balances, datanet content, attribution)", async () => {
    const info = await source.takeNow();
    expect(info.format).toBe(SNAPSHOT_FORMAT);
    expect(info.chunks).toBeGreaterThan(1);
    expect(info.contentBodies).toBe(2);
    const { snapshots } = await source.listSnapshots();
    const snap = snapshots[0]!;
    expect(snap.height).toBe(d.h.height);

    const fresh = await freshNode("restored");
    try {
      expect((await fresh.manager.offerSnapshot({ snapshot: snap, appHash: d.h.store.rootHash })).result).toBe(Offer.ACCEPT);
      for (let i = 0; i < snap.chunks; i++) {
        const { chunk } = await source.loadSnapshotChunk({ height: snap.height, format: snap.format, chunk: i });
        expect((await fresh.manager.applySnapshotChunk({ index: i, chunk, sender: "peer-a" })).result).toBe(Apply.ACCEPT);
      }
      const info2 = await fresh.app.info({ version: "", blockVersion: 0n, p2pVersion: 0n, abciVersion: "" });
      expect(info2.lastBlockHeight).toBe(d.h.height);
      expect(hex(info2.lastBlockAppHash)).toBe(hex(d.h.store.rootHash));
      expect(await answers(fresh.app)).toEqual(await answers(d.h.app));
      // The restored store is whole: every tree node hashes right and the flat values are its leaves.
      await fresh.store.verifyLatest();
    } finally {
      await fresh.store.close();
    }
  });

  it("a corrupted chunk is answered RETRY (refetch it, reject its sender), then the good copy is accepted", async () => {
    const snap = (await source.listSnapshots()).snapshots[0]!;
    const fresh = await freshNode("retry");
    try {
      expect((await fresh.manager.offerSnapshot({ snapshot: snap, appHash: d.h.store.rootHash })).result).toBe(Offer.ACCEPT);
      for (let i = 0; i < snap.chunks; i++) {
        const { chunk } = await source.loadSnapshotChunk({ height: snap.height, format: snap.format, chunk: i });
        if (i === 1) {
          const bad = chunk.slice();
          bad[bad.length - 5]! ^= 0xff;
          const r = await fresh.manager.applySnapshotChunk({ index: i, chunk: bad, sender: "evil-peer" });
          expect(r).toEqual({ result: Apply.RETRY, refetchChunks: [1], rejectSenders: ["evil-peer"] });
          expect(fresh.store.version).toBe(0n);
        }
        expect((await fresh.manager.applySnapshotChunk({ index: i, chunk, sender: "good-peer" })).result).toBe(Apply.ACCEPT);
      }
      expect(hex(fresh.store.rootHash)).toBe(hex(d.h.store.rootHash));
    } finally {
      await fresh.store.close();
    }
  });

  it("a snapshot whose state does not give the trusted app hash is REJECTed and nothing is committed", async () => {
    const snap = (await source.listSnapshots()).snapshots[0]!;
    const fresh = await freshNode("wrong-hash");
    try {
      const wrong = new Uint8Array(32).fill(7);
      expect((await fresh.manager.offerSnapshot({ snapshot: snap, appHash: wrong })).result).toBe(Offer.ACCEPT);
      const results = [];
      for (let i = 0; i < snap.chunks; i++) {
        const { chunk } = await source.loadSnapshotChunk({ height: snap.height, format: snap.format, chunk: i });
        results.push((await fresh.manager.applySnapshotChunk({ index: i, chunk, sender: "p" })).result);
      }
      expect(results.at(-1)).toBe(Apply.REJECT_SNAPSHOT);
      expect(results.slice(0, -1).every((r) => r === Apply.ACCEPT)).toBe(true);
      expect(fresh.store.version).toBe(0n);
      // Rejected means forgotten: a chunk without an accepted offer aborts.
      const { chunk } = await source.loadSnapshotChunk({ height: snap.height, format: snap.format, chunk: 0 });
      expect((await fresh.manager.applySnapshotChunk({ index: 0, chunk, sender: "p" })).result).toBe(Apply.ABORT);
    } finally {
      await fresh.store.close();
    }
  });

  it("offers that cannot be restored: unknown format → REJECT_FORMAT; bad metadata → REJECT; a store with state → ABORT", async () => {
    const snap = (await source.listSnapshots()).snapshots[0]!;
    const fresh = await freshNode("offers");
    try {
      expect((await fresh.manager.offerSnapshot({ snapshot: { ...snap, format: 99 }, appHash: d.h.store.rootHash })).result).toBe(Offer.REJECT_FORMAT);
      expect((await fresh.manager.offerSnapshot({ snapshot: { ...snap, chunks: snap.chunks + 1 }, appHash: d.h.store.rootHash })).result).toBe(Offer.REJECT);
      expect((await fresh.manager.offerSnapshot({ snapshot: { ...snap, hash: new Uint8Array(32) }, appHash: d.h.store.rootHash })).result).toBe(Offer.REJECT);
      expect((await fresh.manager.offerSnapshot({ snapshot: { ...snap, metadata: new TextEncoder().encode("nope") }, appHash: d.h.store.rootHash })).result).toBe(Offer.REJECT);
      expect((await fresh.manager.offerSnapshot({ snapshot: snap, appHash: new Uint8Array(5) })).result).toBe(Offer.REJECT);
      expect((await source.offerSnapshot({ snapshot: snap, appHash: d.h.store.rootHash })).result).toBe(Offer.ABORT);
      expect(fresh.store.version).toBe(0n);
      // A chunk this node does not have is an empty answer (CometBFT asks another peer).
      expect((await source.loadSnapshotChunk({ height: snap.height, format: snap.format, chunk: 999 })).chunk).toHaveLength(0);
    } finally {
      await fresh.store.close();
    }
  });

  it("every `interval` heights a snapshot is taken off the block path from that height's state, keeping the last K", async () => {
    const periodic = new SnapshotManager({ store: d.h.store, snapshots: new SnapshotStore(join(tmp, "periodic")), content: sourceContent, interval: 3, keepRecent: 2, chunkBytes: 2048 });
    const off = d.h.app.listeners.add(periodic.listener());
    try {
      const start = d.h.height;
      // Blocks go on while a snapshot is written: each still holds its own height's state.
      for (let i = 0; i < 10; i++) await block();
      await periodic.idle();
      for (let i = 0; i < 3; i++) {
        await block();
        await periodic.idle();
      }
      const listed = new SnapshotStore(join(tmp, "periodic")).list();
      const multiples = [];
      for (let h = start + 1n; h <= d.h.height; h++) if (h % 3n === 0n) multiples.push(h);
      expect(listed.map((s) => s.height)).toEqual(multiples.slice(-2).reverse());
      for (const s of listed) expect(hex(s.appHash), `height ${s.height}`).toBe(roots.get(s.height));
      // And such a snapshot restores to that height's root.
      const older = listed[1]!;
      const fresh = await freshNode("periodic-restore");
      try {
        const snap = (await periodic.listSnapshots()).snapshots.find((x) => x.height === older.height)!;
        expect((await fresh.manager.offerSnapshot({ snapshot: snap, appHash: older.appHash })).result).toBe(Offer.ACCEPT);
        for (let i = 0; i < snap.chunks; i++) {
          const { chunk } = await periodic.loadSnapshotChunk({ height: snap.height, format: snap.format, chunk: i });
          expect((await fresh.manager.applySnapshotChunk({ index: i, chunk, sender: "p" })).result).toBe(Apply.ACCEPT);
        }
        expect(fresh.store.version).toBe(older.height);
      } finally {
        await fresh.store.close();
      }
    } finally {
      off();
    }
  });
});
