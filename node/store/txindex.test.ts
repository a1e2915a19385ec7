import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toHex } from "@cosmjs/encoding";
import { sha256 } from "@noble/hashes/sha2.js";
import { ExecTxResult, TxResult, type Event } from "cosmjs-types/tendermint/abci/types";
import { TxIndex, txResultBytes } from "./txindex.ts";
import { RpcBackendError } from "../rpc/backend.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const ev = (type: string, attrs: Record<string, string>, index = true): Event => ({
  type,
  attributes: Object.entries(attrs).map(([key, value]) => ({ key, value, index })),
});
const result = (events: Event[]) => ExecTxResult.fromPartial({ code: 0, events, gasUsed: 10n, gasWanted: 20n });
const search = (index: TxIndex, query: string, page = 1, perPage = 30, orderBy: "asc" | "desc" = "asc") =>
  index.searchTxs({ query, page, perPage, orderBy });

let dir: string;
let index: TxIndex;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "txindex-"));
  index = await TxIndex.open(join(dir, "tx_index.db"));
  // heights 1..5, each with 2 txs; sender alternates; tx 0 of height 3 has a second message event.
  for (let h = 1n; h <= 5n; h++) {
    const txs = [utf8(`tx-${h}-0`), utf8(`tx-${h}-1`)];
    const results = txs.map((_, i) => {
      const events = [ev("message", { sender: i === 0 ? "alice" : "bob", action: "send" }), ev("transfer", { amount: `${Number(h) * 10}utrib` })];
      if (h === 3n && i === 0) events.push(ev("message", { sender: "carol", action: "vote" }));
      events.push(ev("hidden", { k: "v" }, false));
      return result(events);
    });
    await index.indexBlock(h, txs, results, [ev("block", { epoch: String(h % 2n) })]);
  }
});

afterEach(async () => {
  await index.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("TxIndex", () => {
  it("finds a tx by hash and by tx.hash query in either case", async () => {
    const hash = sha256(utf8("tx-2-1"));
    const found = await index.get(hash);
    expect(found?.height).toBe(2n);
    expect(found?.index).toBe(1);
    expect(new TextDecoder().decode(found?.tx)).toBe("tx-2-1");
    expect(found?.result.gasWanted).toBe(20n);
    for (const hex of [toHex(hash), toHex(hash).toUpperCase()]) {
      const page = await search(index, `tx.hash='${hex}' AND message.sender='nobody'`);
      expect(page.totalCount).toBe(1);
    }
    await expect(search(index, "tx.hash='zz'")).rejects.toThrow(RpcBackendError);
  });

  it("searches by attribute, height and ranges with exact counts and order", async () => {
    const alice = await search(index, "message.sender='alice'");
    expect(alice.totalCount).toBe(5);
    expect(alice.items.map((t) => t.height)).toEqual([1n, 2n, 3n, 4n, 5n]);
    const desc = await search(index, "message.sender='alice'", 1, 30, "desc");
    expect(desc.items.map((t) => t.height)).toEqual([5n, 4n, 3n, 2n, 1n]);
    expect((await search(index, "tx.height=3")).items.map((t) => t.index)).toEqual([0, 1]);
    expect((await search(index, "tx.height>=2 AND tx.height<4 AND message.sender='bob'")).totalCount).toBe(2);
    expect((await search(index, "transfer.amount > 30")).totalCount).toBe(4);
    expect((await search(index, "tx.height=2.5")).totalCount).toBe(0);
    expect((await search(index, "")).totalCount).toBe(10);
    expect((await search(index, "hidden.k='v'")).totalCount).toBe(0);
  });

  it("requires conditions on one event type to match within one event", async () => {
    expect((await search(index, "message.sender='carol' AND message.action='vote'")).totalCount).toBe(1);
    expect((await search(index, "message.sender='carol' AND message.action='send'")).totalCount).toBe(0);
  });

  it("pages with CometBFT's rules", async () => {
    const p2 = await search(index, "tx.height>0", 2, 3);
    expect(p2.totalCount).toBe(10);
    expect(p2.items.map((t) => `${t.height}/${t.index}`)).toEqual(["2/1", "3/0", "3/1"]);
    expect((await search(index, "tx.height>0", 4, 3)).items).toHaveLength(1);
    await expect(search(index, "tx.height>0", 5, 3)).rejects.toThrow("page should be within [1, 4] range, given 5");
    expect((await search(index, "message.sender='nobody'", 1)).items).toEqual([]);
    expect((await search(index, "tx.height>0", 1, 1000)).items).toHaveLength(10);
  });

  it("searches blocks by height and block events", async () => {
    const odd = await index.searchBlockHeights({ query: "block.epoch=1", page: 1, perPage: 30, orderBy: "desc" });
    expect(odd.items).toEqual([5n, 3n, 1n]);
    const range = await index.searchBlockHeights({ query: "block.height>=2 AND block.height<=4", page: 1, perPage: 30, orderBy: "asc" });
    expect(range.items).toEqual([2n, 3n, 4n]);
    await expect(index.searchBlockHeights({ query: "block.height >", page: 1, perPage: 30, orderBy: "asc" })).rejects.toThrow(
      /failed to parse query/,
    );
  });

  it("indexes 3000 txs in one block fast enough", async () => {
    const txs = Array.from({ length: 3000 }, (_, i) => utf8(`bulk-${i}`));
    const results = txs.map((_, i) => result([ev("message", { sender: `s${i % 50}`, action: "send", module: "bank" }), ev("transfer", { amount: "1utrib", recipient: `r${i}` })]));
    // CPU time, not wall time: on a loaded shared machine the wall clock measures the other jobs.
    const started = process.cpuUsage();
    await index.indexBlock(6n, txs, results, []);
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
    expect((await search(index, "message.sender='s7' AND tx.height=6")).totalCount).toBe(60);
  });

  it("stores the same TxResult record from a result encoded beforehand as from the result itself", async () => {
    const txs = [utf8("pre-0"), utf8("pre-1")];
    const results = txs.map((_, i) => result([ev("message", { sender: `pre${i}` })]));
    await index.indexBlocks([{ height: 6n, txs, results, blockEvents: [], resultBytes: results.map((r) => ExecTxResult.encode(r).finish()) }]);
    for (const [i, tx] of txs.entries()) {
      const got = await index.get(sha256(tx));
      expect([got?.height, got?.index, got?.result]).toEqual([6n, i, results[i]]);
      expect(Buffer.from(txResultBytes(6n, i, tx, ExecTxResult.encode(results[i]!).finish())).equals(Buffer.from(TxResult.encode({ height: 6n, index: i, tx, result: results[i]! }).finish()))).toBe(true);
    }
    expect(Buffer.from(txResultBytes(0n, 0, new Uint8Array(), new Uint8Array())).equals(Buffer.from(TxResult.encode({ height: 0n, index: 0, tx: new Uint8Array(), result: ExecTxResult.fromPartial({}) }).finish()))).toBe(true);
  });
});
