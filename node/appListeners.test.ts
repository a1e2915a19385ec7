/**
 * The App's listener hooks (chain/appListeners.ts) on the real App with the real modules:
 * listeners see the modules' typed events of executed blocks, run in registration order, after
 * FinalizeBlock (state not yet committed) and after Commit (the block readable), and a listener
 * that throws or rejects is reported while the chain computes exactly what it computes without
 * it. The node's wiring (its logger, the content indexer still filling the store behind a
 * failing listener) is checked on a real node in node/appListeners.e2e.test.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bytesToHex } from "@noble/hashes/utils.js";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../chain/app.ts";
import { type AppHook, type AppListener, type FinalizedBlock, txEvents } from "../chain/appListeners.ts";
import { CommitStore } from "../chain/store/commitStore.ts";
import { decodeContribution, decodeVersionPublished } from "../modules/datanet/events.ts";
import { createModules } from "../modules/index.ts";
import { TEST_CHAIN_ID } from "../test/appHarness.ts";
import { DatanetHarness, words } from "../test/datanetHarness.ts";

const harnesses: DatanetHarness[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function harness(): Promise<DatanetHarness> {
  const h = await DatanetHarness.create({ accounts: 3 });
  harnesses.push(h);
  return h;
}

/** A chain's run: a datanet, two records in one tx, a published version. */
async function someBlocks(d: DatanetHarness): Promise<{ dn: bigint; ids: bigint[] }> {
  const dn = await d.newDatanet(0);
  const ids = await d.contributeOk(1, dn, [{ body: words(11, 60).join(" ") }, { body: words(12, 70).join(" ") }]);
  await d.ok(0, [d.publish(0, dn)]);
  return { dn, ids };
}

describe("App listener hooks", () => {
  it("a listener sees the modules' typed events of a real block, from successful txs only", async () => {
    const d = await harness();
    const blocks: FinalizedBlock[] = [];
    d.h.app.listeners.add({ name: "recorder", afterFinalizeBlock: (b) => void blocks.push(b) });
    const { dn, ids } = await someBlocks(d);
    // A failing tx in a block of its own: its events are gone and nothing is decoded from it.
    const failed = await d.tx(2, [d.contribute(2, dn + 99n, [{ body: words(13, 60).join(" ") }])]);
    expect(failed.code).not.toBe(0);

    const contributions = blocks.flatMap((b) => txEvents(b, decodeContribution).map((e) => ({ height: b.height, ...e })));
    expect(contributions.map((c) => [c.txIndex, c.msgIndex, c.event.recordIndex, c.event.contributionId, c.event.datanetId])).toEqual([
      [0, 0, 0, ids[0], dn],
      [0, 0, 1, ids[1], dn],
    ]);
    const first = contributions[0]!;
    const onChain = await d.contribution(ids[0]!);
    expect(bytesToHex(first.event.contentHash)).toBe(bytesToHex(onChain.contentHash!));
    expect(first.event.contributor).toBe(d.addr(1));
    expect(first.event.redacted).toBe(false);
    expect(first.event.status).toBe("ACCEPTED");

    const published = blocks.flatMap((b) => txEvents(b, decodeVersionPublished));
    expect(published).toHaveLength(1);
    expect(published[0]!.event).toMatchObject({ datanetId: dn, number: 1n, recordCount: 2n, totalTokens: 130n });
    expect(published[0]!.event.merkleRoot).toHaveLength(32);
    // The last block is the failed tx's: seen by the listener, with no typed event.
    expect(blocks.at(-1)!.txResults[0]!.code).toBe(failed.code);
    expect(txEvents(blocks.at(-1)!, decodeContribution)).toEqual([]);
  });

  it("runs listeners in registration order: after FinalizeBlock before the commit, after Commit with the block readable", async () => {
    const d = await harness();
    const calls: string[] = [];
    const versions: string[] = [];
    const listener = (name: string): AppListener => ({
      name,
      afterFinalizeBlock(b) {
        calls.push(`${name} finalized ${b.height}`);
        versions.push(`${name} finalize: committed ${d.h.store.version}`);
      },
      async afterCommit(height) {
        // An async listener is awaited before the next one runs.
        await new Promise((resolve) => setImmediate(resolve));
        calls.push(`${name} committed ${height}`);
        versions.push(`${name} commit: committed ${d.h.store.version}`);
      },
    });
    d.h.app.listeners.add(listener("a"));
    const removeB = d.h.app.listeners.add(listener("b"));
    const height = d.h.height + 1n;
    const dn = await d.newDatanet(0);
    expect(calls).toEqual([`a finalized ${height}`, `b finalized ${height}`, `a committed ${height}`, `b committed ${height}`]);
    expect(versions).toEqual([
      `a finalize: committed ${height - 1n}`,
      `b finalize: committed ${height - 1n}`,
      `a commit: committed ${height}`,
      `b commit: committed ${height}`,
    ]);
    // Readable through the query path once Commit has returned (the query throws for an unknown id).
    await expect(d.datanet(dn)).resolves.toBeDefined();

    removeB();
    calls.length = 0;
    await d.h.deliver([]);
    expect(calls).toEqual([`a finalized ${height + 1n}`, `a committed ${height + 1n}`]);
  });

  it("a listener that throws or rejects is reported and skipped: the chain computes the same state, later listeners still run", async () => {
    const quiet = await harness();
    await someBlocks(quiet);

    const d = await harness();
    const errors: [string, AppHook, string][] = [];
    d.h.app.listeners.setErrorHandler((err, listener, hook) => errors.push([listener, hook, err.message]));
    d.h.app.listeners.add({
      name: "broken",
      afterFinalizeBlock(b) {
        throw new Error(`no disk for ${b.height}`);
      },
      afterCommit: async (h) => Promise.reject(new Error(`rejected ${h}`)),
    });
    const after: bigint[] = [];
    d.h.app.listeners.add({ name: "after", afterCommit: (h) => void after.push(h) });
    const start = d.h.height;
    await someBlocks(d);

    expect(after).toEqual([start + 1n, start + 2n, start + 3n]);
    expect(errors).toHaveLength(6);
    expect(errors.slice(0, 2)).toEqual([
      ["broken", "afterFinalizeBlock", `no disk for ${start + 1n}`],
      ["broken", "afterCommit", `rejected ${start + 1n}`],
    ]);
    expect(d.h.store.version).toBe(quiet.h.store.version);
    expect(bytesToHex(d.h.store.rootHash)).toBe(bytesToHex(quiet.h.store.rootHash));
    expect(await d.snapshot()).toEqual(await quiet.snapshot());
  });

  it("afterInitChain sees the genesis request once InitChain has run; a failing one leaves InitChain's answer unchanged", async () => {
    const answers: Uint8Array[] = [];
    for (const failing of [false, true]) {
      const dir = mkdtempSync(join(tmpdir(), "trib-listeners-"));
      dirs.push(dir);
      const store = await CommitStore.open(join(dir, "app.db"));
      try {
        const { modules, ante } = createModules();
        const app = new App({ store, modules, ante });
        const seen: string[] = [];
        app.listeners.setErrorHandler((err, listener, hook) => seen.push(`${listener} ${hook} ${err.message}`));
        app.listeners.add({
          name: "genesis",
          afterInitChain(req) {
            seen.push(`chain ${req.chainId}`);
            if (failing) throw new Error("cannot import");
          },
        });
        const res = await app.initChain({
          time: { seconds: 1_700_000_000n, nanos: 0 },
          chainId: TEST_CHAIN_ID,
          validators: [],
          initialHeight: 1n,
          consensusParams: { block: { maxBytes: 22020096n, maxGas: -1n }, evidence: undefined, validator: undefined, version: undefined, abci: undefined },
          appStateBytes: new Uint8Array(),
        });
        answers.push(res.appHash);
        expect(seen).toEqual(failing ? [`chain ${TEST_CHAIN_ID}`, "genesis afterInitChain cannot import"] : [`chain ${TEST_CHAIN_ID}`]);
      } finally {
        await store.close();
      }
    }
    expect(bytesToHex(answers[1]!)).toBe(bytesToHex(answers[0]!));
  });
});
