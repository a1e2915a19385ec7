import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sha256 } from "@noble/hashes/sha2.js";
import { afterAll, describe, expect, it } from "vitest";
import { DatanetHarness, text } from "../../test/datanetHarness.ts";
import { contributedRecords, importGenesisContents, storeRecords } from "./indexer.ts";
import { ContentHashMismatchError, ContentStore } from "./store.ts";

const dirs: string[] = [];
const freshStore = () => {
  const d = mkdtempSync(join(tmpdir(), "trib-index-"));
  dirs.push(d);
  return new ContentStore(d);
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const dec = (b: Uint8Array | undefined) => (b ? new TextDecoder().decode(b) : undefined);

describe("content indexing from executed blocks", () => {
  it("stores each contributed record's stored (redacted) body under the hash the chain recorded; genesis contents import", async () => {
    const h = await DatanetHarness.create();
    const dn = await h.newDatanet(0, { pii: true });
    const plain = text(1, 80);
    const withPii = `${text(2, 80)} write to jane.doe@example.org or call +1 415 555 0100 today`;
    const tx = await h.h.signTx(1, { msgs: [h.contribute(1, dn, [{ body: plain }, { body: withPii }])], gas: 20_000_000 });
    const res = await h.h.deliver([tx]);
    expect(res.txResults[0]!.code, res.txResults[0]!.log).toBe(0);

    const refs = contributedRecords(res);
    expect(refs.map((r) => [r.msgIndex, r.recordIndex, r.redacted])).toEqual([
      [0, 0, true],
      [0, 1, true],
    ]);
    const store = freshStore();
    expect(storeRecords(store, [tx], refs)).toBe(2);
    expect(dec(store.get(refs[0]!.contentHash))).toBe(plain);
    const redacted = dec(store.get(refs[1]!.contentHash))!;
    expect(redacted).toContain("[EMAIL]");
    expect(redacted).not.toContain("jane.doe@example.org");
    expect(sha256(store.get(refs[1]!.contentHash)!)).toEqual(refs[1]!.contentHash);

    // A chain's export carries the bodies; importing them gives another node the same store.
    h.content.put(new TextEncoder().encode(plain), true);
    h.content.put(new TextEncoder().encode(withPii), true);
    const appState = await h.exportAppState();
    const other = freshStore();
    expect(importGenesisContents(other, new TextEncoder().encode(JSON.stringify(appState)))).toBe(2);
    expect(dec(other.get(refs[1]!.contentHash))).toBe(redacted);
  });

  it("refuses to store a body whose hash differs from the chain's, and skips failed txs", async () => {
    const h = await DatanetHarness.create();
    const dn = await h.newDatanet(0);
    const tx = await h.h.signTx(1, { msgs: [h.contribute(1, dn, [{ body: text(3, 80) }])], gas: 20_000_000 });
    const res = await h.h.deliver([tx]);
    const refs = contributedRecords(res);
    expect(refs).toHaveLength(1);
    const store = freshStore();
    expect(() => storeRecords(store, [tx], [{ ...refs[0]!, contentHash: sha256(new Uint8Array([1])) }])).toThrow(ContentHashMismatchError);
    expect(contributedRecords({ txResults: [{ ...res.txResults[0]!, code: 5 }] })).toEqual([]);
  });
});
