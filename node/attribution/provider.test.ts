import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bytesToHex } from "@noble/hashes/utils.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DatanetHarness, words } from "../../test/datanetHarness.ts";
import { buildVersionIndex, indexLayout } from "../../modules/attribution/documents.ts";
import { indexHash, serializeIndex } from "../../modules/attribution/engine/index.ts";
import { defaultAttributionGenesis } from "../../modules/attribution/genesis.ts";
import { rangeKey } from "../../modules/attribution/segmentLayout.ts";
import { createModules } from "../../modules/index.ts";
import { attributionIndexListener } from "./indexListener.ts";
import { NodeIndexProvider } from "./provider.ts";

/**
 * The node's index provider against a real chain state of 11 versions (so the later indexes
 * merge segments): the worker builds the same bytes as the in-process build, only the segments
 * no earlier version left, persists each segment, reloads files only when the assembled index
 * matches the chain's READY hash, rebuilds corrupted or missing ones, and checks a PENDING
 * version's kept segments through the version before it. The index listener starts PENDING
 * commitments found at startup.
 */
let d: DatanetHarness;
let dir: string;
let dn: bigint;
const VERSIONS = 10n;
const keeper = () => createModules().keepers.attribution;
const state = () => d.h.store.committed();
const hex = (b: Uint8Array) => bytesToHex(b);
const layoutKeys = (v: bigint) => indexLayout(keeper().source, state(), dn, v).map((r) => `${dn}:${rangeKey(r)}`);

beforeAll(async () => {
  d = await DatanetHarness.create({ appState: (s) => (s.attribution = { ...defaultAttributionGenesis(), params: { attributable_delay_blocks: "1", params_version: 2 } }) });
  dn = await d.newDatanet(0);
  for (let v = 1; v <= Number(VERSIONS); v++) {
    // Uneven sizes, so merges pick different pairs.
    await d.contributeOk(1 + (v % 3), dn, [{ body: words(100 + v, 40 + ((v * 37) % 90)).join(" ") }]);
    await d.ok(0, [d.publish(0, dn)]);
  }
  await d.h.deliver([]); // the last version READY
  dir = mkdtempSync(join(tmpdir(), "trib-idx-"));
}, 60_000);
afterAll(async () => {
  await d?.close();
  rmSync(dir, { recursive: true, force: true });
});

function provider(): NodeIndexProvider {
  const p = new NodeIndexProvider({ dir, state });
  p.attach(keeper());
  return p;
}

async function expectChainIndex(p: NodeIndexProvider, v: bigint): Promise<void> {
  const idx = await p.get(dn, v);
  const local = buildVersionIndex(keeper().source, state(), dn, v);
  expect(hex(serializeIndex(idx)), `version ${v}`).toBe(hex(serializeIndex(local)));
  const c = keeper().getCommitment(state(), dn, v)!;
  if (c.status === "READY") expect(hex(c.indexHash)).toBe(hex(indexHash(idx)));
}

describe("NodeIndexProvider", () => {
  it("builds versions 1..10 in a worker, each building only the segments earlier versions did not leave", async () => {
    const p = provider();
    try {
      const seen = new Set<string>();
      for (let v = 1n; v <= VERSIONS; v++) {
        const before = p.built.length;
        await expectChainIndex(p, v);
        const fresh = layoutKeys(v).filter((k) => !seen.has(k));
        expect(p.built.slice(before), `version ${v}`).toEqual(fresh);
        expect(fresh.length).toBeLessThanOrEqual(2);
        for (const k of layoutKeys(v)) seen.add(k);
      }
      expect(layoutKeys(VERSIONS)).toHaveLength(8);
      expect(p.built).toHaveLength(seen.size);
      for (const k of layoutKeys(VERSIONS)) {
        const [first, last] = k.split(":")[1]!.split("-").map(BigInt) as [bigint, bigint];
        expect(existsSync(p.segmentPath(dn, { first, last })), k).toBe(true);
      }
    } finally {
      await p.close();
    }
  });

  it("after a restart: reloads segment files that match the READY hash (no build), rebuilds a corrupted one, builds a missing one", async () => {
    const p1 = provider();
    try {
      await expectChainIndex(p1, VERSIONS);
      expect(p1.built).toEqual([]);
    } finally {
      await p1.close();
    }
    const [first, last] = layoutKeys(VERSIONS)[3]!.split(":")[1]!.split("-").map(BigInt) as [bigint, bigint];
    const file = p1.segmentPath(dn, { first, last });
    const good = readFileSync(file);
    const bad = Uint8Array.from(good);
    bad[bad.length - 1]! ^= 0xff;
    writeFileSync(file, bad);
    const p2 = provider();
    try {
      await expectChainIndex(p2, VERSIONS);
      // Which file is wrong is unknown (the chain commits one hash per index): every file segment is rebuilt.
      expect(p2.built.sort()).toEqual([...layoutKeys(VERSIONS)].sort());
      expect(hex(readFileSync(file))).toBe(hex(good));
    } finally {
      await p2.close();
    }
    rmSync(file);
    const p3 = provider();
    try {
      await expectChainIndex(p3, VERSIONS);
      expect(p3.built).toEqual([`${dn}:${first}-${last}`]);
    } finally {
      await p3.close();
    }
  });

  it("a PENDING version after a restart: the previous version's files are checked against its READY hash, only new segments are built", async () => {
    await d.contributeOk(2, dn, [{ body: words(999, 77).join(" ") }]);
    await d.ok(0, [d.publish(0, dn)]);
    const v = VERSIONS + 1n;
    expect(keeper().getCommitment(state(), dn, v)?.status).toBe("PENDING");
    const p = provider();
    try {
      await expectChainIndex(p, v);
      const kept = new Set(layoutKeys(VERSIONS));
      expect(p.built).toEqual(layoutKeys(v).filter((k) => !kept.has(k)));
      expect(p.built).toHaveLength(2); // version 11's own segment and one merge
    } finally {
      await p.close();
    }
  });

  it("the index listener starts PENDING commitments found at startup", async () => {
    expect(await keeper().pendingVersions(state())).toEqual([[dn, VERSIONS + 1n]]);
    const p = provider();
    try {
      d.h.app.listeners.add(attributionIndexListener(p));
      await vi.waitFor(() => expect(p.isStarted(dn, VERSIONS + 1n)).toBe(true));
      await expectChainIndex(p, VERSIONS + 1n);
      // Version 10's files are checked and reused; version 11's own files cannot be checked before it is READY.
      const kept = new Set(layoutKeys(VERSIONS));
      expect(p.built).toEqual(layoutKeys(VERSIONS + 1n).filter((k) => !kept.has(k)));
    } finally {
      await p.close();
    }
  });
});
