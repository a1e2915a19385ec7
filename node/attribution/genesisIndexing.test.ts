import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bytesToHex } from "@noble/hashes/utils.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { AbciApp } from "../../chain/abci.ts";
import type { CommitStore } from "../../chain/store/commitStore.ts";
import { buildVersionIndex } from "../../modules/attribution/documents.ts";
import { indexHash } from "../../modules/attribution/engine/index.ts";
import { DEFAULT_ATTRIBUTION_PARAMS } from "../../modules/attribution/types.ts";
import { createModules } from "../../modules/index.ts";
import { TEST_CHAIN_ID } from "../../test/appHarness.ts";
import { DatanetHarness, words } from "../../test/datanetHarness.ts";
import { defaultNodeConfig } from "../config.ts";
import { openApp } from "../node.ts";
import { homePaths } from "../home.ts";

/**
 * The node as both drivers run it (openApp: App with the content and attribution index listeners) from
 * a genesis whose datanet section has a published version and no attribution section: the
 * InitChain commitment is PENDING, the index listener starts its build once the first block commits
 * (long before EndBlock of the ready height would ask), and the version turns READY with the
 * hash of the in-process build.
 */
const D = DEFAULT_ATTRIBUTION_PARAMS.attributableDelayBlocks;
let home: string;
let app: AbciApp;
let store: CommitStore;
let dn: bigint;
let height = 0n;

async function block(): Promise<void> {
  height++;
  await app.finalizeBlock({
    txs: [], decidedLastCommit: { round: 0, votes: [] }, misbehavior: [], hash: new Uint8Array(32), height,
    time: { seconds: 1_700_000_000n + height, nanos: 0 }, nextValidatorsHash: new Uint8Array(32), proposerAddress: new Uint8Array(20),
  });
  await app.commit();
}

beforeAll(async () => {
  const a = await DatanetHarness.create({ accounts: 3 });
  let appState: Record<string, unknown>;
  try {
    dn = await a.newDatanet(0);
    await a.contributeOk(1, dn, [{ body: words(61, 70).join(" ") }, { body: words(62, 50).join(" ") }]);
    await a.ok(0, [a.publish(0, dn)]);
    const { attribution: _dropped, ...rest } = await a.exportAppState();
    appState = rest;
  } finally {
    await a.close();
  }
  home = mkdtempSync(join(tmpdir(), "trib-genesis-idx-"));
  mkdirSync(homePaths(home).dataDir, { recursive: true });
  ({ app, store } = await openApp(home, defaultNodeConfig("genesis-indexing")));
  await app.initChain({
    time: { seconds: 1_700_000_000n, nanos: 0 }, chainId: TEST_CHAIN_ID, validators: [], initialHeight: 1n,
    consensusParams: { block: { maxBytes: 22020096n, maxGas: 100_000_000n }, evidence: undefined, validator: undefined, version: undefined, abci: undefined },
    appStateBytes: new TextEncoder().encode(JSON.stringify(appState)),
  });
}, 60_000);

afterAll(async () => {
  await store?.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

describe("genesis versions on a node", () => {
  it("the index listener starts building the InitChain commitment after the first block, before it is due", async () => {
    await block();
    const segment = join(homePaths(home).dataDir, "attribution", `${dn}-s1-1.seg`);
    await vi.waitFor(() => expect(existsSync(segment)).toBe(true), { timeout: 20_000 });
    expect(height).toBeLessThan(1n + D);
  });

  it("turns READY at EndBlock of 1 + D with the hash of the in-process build", async () => {
    const keeper = createModules().keepers.attribution;
    expect(keeper.getCommitment(store.committed(), dn, 1n)).toMatchObject({ status: "PENDING", publishedHeight: 1n, readyHeight: 1n + D });
    while (height < 1n + D) await block();
    const c = keeper.getCommitment(store.committed(), dn, 1n)!;
    expect(c.status).toBe("READY");
    expect(bytesToHex(c.indexHash)).toBe(bytesToHex(indexHash(buildVersionIndex(keeper.source, store.committed(), dn, 1n))));
    expect(c.documents).toBe(2n);
  });
});
