import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bytesToHex } from "@noble/hashes/utils.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatanetHarness, words } from "../../test/datanetHarness.ts";
import { buildVersionIndex } from "../../modules/attribution/documents.ts";
import { indexHash, serializeIndex } from "../../modules/attribution/engine/index.ts";
import { defaultAttributionGenesis } from "../../modules/attribution/genesis.ts";
import { createModules } from "../../modules/index.ts";
import { NodeIndexProvider } from "./provider.ts";

/**
 * The node's index provider against a real chain state: the worker builds the same bytes as
 * the in-process build, persists them, reloads them when they match the chain's READY hash,
 * and rebuilds a corrupted or missing file.
 */
let d: DatanetHarness;
let dir: string;
let dn: bigint;
const keeper = () => createModules().keepers.attribution;

beforeAll(async () => {
  d = await DatanetHarness.create({ appState: (s) => (s.attribution = { ...defaultAttributionGenesis(), params: { attributable_delay_blocks: "1", params_version: 1 } }) });
  dn = await d.newDatanet(0);
  await d.contributeOk(1, dn, [{ body: words(1, 60).join(" ") }, { body: words(2, 70).join(" ") }]);
  await d.ok(0, [d.publish(0, dn)]);
  await d.contributeOk(2, dn, [{ body: words(3, 50).join(" ") }]);
  await d.ok(0, [d.publish(0, dn)]);
  await d.h.deliver([]); // version 2 READY
  dir = mkdtempSync(join(tmpdir(), "trib-idx-"));
});
afterAll(async () => {
  await d?.close();
  rmSync(dir, { recursive: true, force: true });
});

function provider(): NodeIndexProvider {
  const p = new NodeIndexProvider({ dir, state: () => d.h.store.committed() });
  p.attach(keeper());
  return p;
}

describe("NodeIndexProvider", () => {
  it("builds in a worker the same bytes as the in-process build, over versions 1..N, and persists them", async () => {
    const p = provider();
    try {
      const idx = await p.get(dn, 2n);
      const local = buildVersionIndex(keeper().source, d.h.store.committed(), dn, 2n);
      expect(bytesToHex(serializeIndex(idx))).toBe(bytesToHex(serializeIndex(local)));
      expect(idx.segments).toHaveLength(2);
      expect(bytesToHex(readFileSync(p.path(dn, 2n)))).toBe(bytesToHex(serializeIndex(local)));
      const c = keeper().getCommitment(d.h.store.committed(), dn, 2n)!;
      expect(c.status).toBe("READY");
      expect(bytesToHex(c.indexHash)).toBe(bytesToHex(indexHash(idx)));
    } finally {
      await p.close();
    }
  });

  it("a restarted provider reloads a matching file, and rebuilds a corrupted one", async () => {
    const p1 = provider();
    const file = p1.path(dn, 2n);
    const good = readFileSync(file);
    try {
      expect(bytesToHex(serializeIndex(await p1.get(dn, 2n)))).toBe(bytesToHex(good));
    } finally {
      await p1.close();
    }
    const bad = Uint8Array.from(good);
    bad[bad.length - 1] ^= 0xff;
    writeFileSync(file, bad);
    const p2 = provider();
    try {
      expect(bytesToHex(serializeIndex(await p2.get(dn, 2n)))).toBe(bytesToHex(good));
      expect(bytesToHex(readFileSync(file))).toBe(bytesToHex(good));
    } finally {
      await p2.close();
    }
    rmSync(file);
    const p3 = provider();
    try {
      expect(bytesToHex(serializeIndex(await p3.get(dn, 2n)))).toBe(bytesToHex(good));
    } finally {
      await p3.close();
    }
  });
});
