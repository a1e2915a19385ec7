/**
 * Joining a 5,000-block chain: state sync (restore the snapshot at the tip into an empty store,
 * every chunk checked, the root compared with the trusted app hash) against replay from genesis
 * (InitChain, then FinalizeBlock + Commit of every block), both on the real App and stores,
 * in-process, so the app's share of a join is measured without CometBFT's network and light
 * client (test/cometbft/stateSync.e2e.test.ts runs the whole thing on a real network).
 * The chain: a datanet with contributions (bodies in the content store, which both joins fill),
 * a published version, and a bank send every 10 blocks. Also reported: the snapshot's size and
 * time to take it, and the attribution index rebuild after a restore (indexes are not in a
 * snapshot). Target: state sync ≤ 1/10 of replay. Env: BENCH_BLOCKS (default 5000).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { App } from "../chain/app.ts";
import { CommitStore } from "../chain/store/commitStore.ts";
import { createModules } from "../modules/index.ts";
import { contentIndexListener } from "../node/content/indexer.ts";
import { ContentStore } from "../node/content/store.ts";
import { SnapshotManager } from "../node/snapshots/manager.ts";
import { SnapshotStore } from "../node/snapshots/store.ts";
import * as aq from "../proto/gen/tributary/attribution/v1/index.ts";
import { encode } from "../proto/codec.ts";
import { AppHarness } from "../test/appHarness.ts";
import { words } from "../test/datanetHarness.ts";
import { emit, note } from "./lib/emit.ts";
import { nowMs } from "./lib/stats.ts";

const BLOCKS = BigInt(process.env.BENCH_BLOCKS ?? 5000);
const RECORDS = 60;
const TARGET_RATIO = 0.1;
const tmp = mkdtempSync(join(tmpdir(), "trib-bench-statesync-"));

/** A harness whose content store is a real one, filled by the node's content indexer. */
async function harness(name: string): Promise<{ h: AppHarness; content: ContentStore }> {
  const content = new ContentStore(join(tmp, name, "content"));
  const h = await AppHarness.create({ accounts: 4, invariants: false, modules: { content } });
  h.app.listeners.add(contentIndexListener(content));
  return { h, content };
}

function datanetMsgs(h: AppHarness): { create: EncodeObject; contribute: (seed: number) => EncodeObject; publish: EncodeObject } {
  const owner = h.accounts[0]!.address;
  return {
    create: {
      typeUrl: "/tributary.datanet.v1.MsgCreateDatanet",
      value: {
        owner,
        metadata: { name: "bench notes", tags: ["bench"], description: "state sync bench", licence: "CC-BY-4.0" },
        policy: { curation: 1, piiRedaction: false, contributionDeposit: null, limits: { minTokens: 0, maxTokens: 0, maxBytes: 0 } },
        curators: [],
      },
    },
    contribute: (seed) => ({
      typeUrl: "/tributary.datanet.v1.MsgContribute",
      value: {
        contributor: h.accounts[1 + (seed % 3)]!.address,
        datanetId: "1",
        records: [0, 1, 2].map((k) => ({ body: new TextEncoder().encode(words(seed * 3 + k, 120).join(" ")), title: "", source: "", licence: "", extra: [] })),
      },
    }),
    publish: { typeUrl: "/tributary.datanet.v1.MsgPublishVersion", value: { owner, datanetId: "1" } },
  };
}

/** The txs of every height after the harness's first block, signed once, so replay delivers the very same bytes. */
async function buildChain(h: AppHarness): Promise<Map<bigint, Uint8Array[]>> {
  const m = datanetMsgs(h);
  const plan = new Map<bigint, Uint8Array[]>();
  const sign = async (i: number, msgs: EncodeObject[]) => {
    const tx = await h.signTx(i, { msgs, gas: 20_000_000, fee: [{ denom: "utrib", amount: "60000" }] });
    h.accounts[i]!.sequence++;
    return tx;
  };
  let contributions = 0;
  for (let height = 2n; height <= BLOCKS; height++) {
    const txs: Uint8Array[] = [];
    if (height === 2n) txs.push(await sign(0, [m.create]));
    else if (height <= 2n + BigInt(RECORDS / 3)) txs.push(await sign(1 + (contributions % 3), [m.contribute(contributions++)]));
    else if (height === 3n + BigInt(RECORDS / 3)) txs.push(await sign(0, [m.publish]));
    else if (height % 10n === 0n) {
      txs.push(await sign(0, [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: h.accounts[0]!.address, toAddress: h.accounts[1 + Number(height % 3n)]!.address, amount: [{ denom: "utrib", amount: "1000" }] } }]));
    }
    plan.set(height, txs);
    const res = await h.deliver(txs);
    for (const r of res.txResults) if (r.code !== 0) throw new Error(`bench tx failed at height ${height}: ${r.log}`);
    if (height % 1000n === 0n) note(`built ${height} blocks`);
  }
  return plan;
}

async function main(): Promise<void> {
  const source = await harness("source");
  const buildStarted = nowMs();
  const plan = await buildChain(source.h);
  note(`built a ${BLOCKS}-block chain in ${Math.round((nowMs() - buildStarted) / 1000)} s`);
  const appHash = Buffer.from(source.h.store.rootHash).toString("hex");

  // Replay: a fresh node from genesis, every block.
  const replayStarted = nowMs();
  const replica = await harness("replay");
  for (let height = 2n; height <= BLOCKS; height++) await replica.h.deliver(plan.get(height)!);
  const replayMs = nowMs() - replayStarted;
  if (Buffer.from(replica.h.store.rootHash).toString("hex") !== appHash) throw new Error("replay ended on another app hash");
  note(`replay from genesis: ${Math.round(replayMs)} ms`);
  await replica.h.close();

  // State sync: the snapshot at the tip, restored into an empty store.
  const manager = new SnapshotManager({ store: source.h.store, snapshots: new SnapshotStore(join(tmp, "snapshots")), content: source.content, interval: 0, keepRecent: 1 });
  const takeStarted = nowMs();
  const info = await manager.takeNow();
  const takeMs = nowMs() - takeStarted;
  const snap = (await manager.listSnapshots()).snapshots[0]!;

  const syncStarted = nowMs();
  const store = await CommitStore.open(join(tmp, "synced", "app.db"));
  const content = new ContentStore(join(tmp, "synced", "content"));
  const { modules, ante } = createModules(undefined, { content });
  const app = new App({ store, modules, ante });
  const joiner = new SnapshotManager({ store, snapshots: new SnapshotStore(join(tmp, "synced", "snapshots")), content, interval: 0, keepRecent: 1 });
  const offer = await joiner.offerSnapshot({ snapshot: snap, appHash: source.h.store.rootHash });
  if (offer.result !== 1) throw new Error(`offer answered ${offer.result}`);
  for (let i = 0; i < snap.chunks; i++) {
    const { chunk } = await manager.loadSnapshotChunk({ height: snap.height, format: snap.format, chunk: i });
    const r = await joiner.applySnapshotChunk({ index: i, chunk, sender: "bench" });
    if (r.result !== 1) throw new Error(`chunk ${i} answered ${r.result}`);
  }
  const syncMs = nowMs() - syncStarted;
  if (Buffer.from(store.rootHash).toString("hex") !== appHash) throw new Error("restore ended on another app hash");

  // The attribution index of the published version, rebuilt from the restored state on first use.
  const indexStarted = nowMs();
  const output = words(7, 120).slice(20, 80).join(" ");
  const res = await app.query({ path: "/tributary.attribution.v1.Query/Attribute", data: encode(aq.QueryAttributeRequestSchema, { manifest: [{ datanetId: 1n, version: 1n }], output }), height: 0n, prove: false });
  if (res.code !== 0) throw new Error(`Attribute after restore: ${res.log}`);
  const indexMs = nowMs() - indexStarted;

  const ratio = syncMs / replayMs;
  emit("state-sync-join", {
    blocks: Number(BLOCKS),
    replay_ms: replayMs,
    state_sync_ms: syncMs,
    ratio,
    target: `state sync ≤ ${TARGET_RATIO} × replay`,
    meets_target: ratio <= TARGET_RATIO,
    snapshot_take_ms: takeMs,
    snapshot_chunks: info.chunks,
    snapshot_bytes: info.bytes,
    state_keys: info.stateKeys,
    content_bodies: info.contentBodies,
    attribution_index_rebuild_ms: indexMs,
  });
  await store.close();
  await source.h.close();
  rmSync(tmp, { recursive: true, force: true });
}

await main();
