import { bytesToHex } from "@noble/hashes/utils.js";
import { beforeAll, describe, expect, it } from "vitest";
import * as q from "../../proto/gen/tributary/attribution/v1/index.ts";
import { DatanetHarness, words } from "../../test/datanetHarness.ts";
import { createModules } from "../index.ts";
import { buildVersionIndex } from "./documents.ts";
import { indexHash } from "./engine/index.ts";
import { DEFAULT_ATTRIBUTION_PARAMS } from "./types.ts";
import { decode, encode } from "../../proto/codec.ts";

/**
 * Versions that arrive in a genesis without an attribution commitment get a PENDING one at
 * InitChain (published in the first block, ready D blocks later), then become READY with the
 * hash of the in-process build and attributable; commitments the genesis carries are kept.
 */
const BODY_A = words(41, 70).join(" ");
const BODY_B = words(42, 70).join(" ");
let exported: Record<string, any>;
let dn: bigint;

beforeAll(async () => {
  const a = await DatanetHarness.create({ accounts: 3 });
  try {
    dn = await a.newDatanet(0);
    await a.contributeOk(1, dn, [{ body: BODY_A }]);
    await a.contributeOk(2, dn, [{ body: BODY_B }]);
    await a.ok(0, [a.publish(0, dn)]);
    exported = await a.exportAppState();
  } finally {
    await a.close();
  }
});

async function chainFrom(appState: Record<string, any>): Promise<DatanetHarness> {
  return DatanetHarness.create({
    accounts: 3,
    appState: (s) => {
      for (const k of Object.keys(s)) delete s[k];
      Object.assign(s, structuredClone(appState));
    },
  });
}

async function commitment(d: DatanetHarness, v: bigint) {
  const res = await d.h.app.query({ path: "/tributary.attribution.v1.Query/Commitment", data: encode(q.QueryCommitmentRequestSchema, { datanetId: dn, version: v }), height: 0n, prove: false });
  if (res.code !== 0) throw new Error(res.log);
  return decode(q.QueryCommitmentResponseSchema, res.value).commitment!;
}

describe("attribution genesis: versions without a commitment", () => {
  it("the datanet module's genesis is imported before attribution's (it reads the versions)", () => {
    const names = createModules().modules.map((m) => m.name);
    expect(names.indexOf("datanet")).toBeGreaterThanOrEqual(0);
    expect(names.indexOf("datanet")).toBeLessThan(names.indexOf("attribution"));
  });

  it("a genesis with a published version and no attribution section: PENDING at InitChain, READY at 1 + D, attributable", async () => {
    const { attribution: _dropped, ...withoutAttribution } = exported;
    expect(withoutAttribution.datanet.versions).toHaveLength(1);
    const d = await chainFrom(withoutAttribution);
    try {
      const D = DEFAULT_ATTRIBUTION_PARAMS.attributableDelayBlocks;
      const pending = await commitment(d, 1n);
      expect(pending).toMatchObject({ status: 1, publishedHeight: expect.anything(), readyHeight: expect.anything() });
      expect([String(pending.publishedHeight), String(pending.readyHeight)]).toEqual(["1", String(1n + D)]);
      while (d.h.height < 1n + D) await d.h.deliver([]);
      const ready = await commitment(d, 1n);
      expect(ready.status).toBe(2);
      const keeper = createModules().keepers.attribution;
      expect(bytesToHex(ready.indexHash!)).toBe(bytesToHex(indexHash(buildVersionIndex(keeper.source, d.h.store.committed(), dn, 1n))));
      expect([String(ready.documents), String(ready.tokens)]).toEqual(["2", "140"]);
      const output = BODY_B.split(" ").slice(5, 45).join(" ");
      const res = await d.h.app.query({ path: "/tributary.attribution.v1.Query/Attribute", data: encode(q.QueryAttributeRequestSchema, { manifest: [{ datanetId: dn, version: 1n }], output }), height: 0n, prove: false });
      expect(res.code, res.log).toBe(0);
      expect(decode(q.QueryAttributeResponseSchema, res.value).record!.contributors!.map((c) => c.contributor)).toEqual([d.addr(2)]);
    } finally {
      await d.close();
    }
  });

  it("a commitment the genesis carries is kept as it is", async () => {
    const d = await chainFrom(exported);
    try {
      const c = await commitment(d, 1n);
      const carried = exported.attribution.commitments[0];
      expect(carried.status).toBe("PENDING");
      expect([String(c.publishedHeight), String(c.readyHeight)]).toEqual([carried.published_height, carried.ready_height]);
    } finally {
      await d.close();
    }
  });
});
