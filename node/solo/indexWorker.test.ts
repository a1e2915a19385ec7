import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ClassicLevel } from "classic-level";
import { ExecTxResult, ResponseFinalizeBlock, type Event } from "cosmjs-types/tendermint/abci/types";
import { TxIndex } from "../store/txindex.ts";
import { forEachEntry, packEntries } from "../store/packedEntries.ts";
import { IndexPackWorker } from "./indexWorker.ts";
import { sha256Each } from "./merkle.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const ev = (type: string, attrs: Record<string, string>, index = true): Event => ({ type, attributes: Object.entries(attrs).map(([key, value]) => ({ key, value, index })) });

/** A block of `n` txs, each with indexed and unindexed attributes, and its encoded results. */
function block(height: bigint, n: number) {
  const txs = Array.from({ length: n }, (_, i) => utf8(`tx ${height}/${i} ${"x".repeat(i % 7)}`));
  const results = txs.map((_, i) =>
    ExecTxResult.fromPartial({ code: i % 5 === 0 ? 3 : 0, gasUsed: BigInt(i), events: [ev("transfer", { recipient: `r${i % 3}`, amount: `${i}utrib` }), ev("hidden", { k: "v" }, false)] }),
  );
  const blockEvents = [ev("block", { epoch: String(height % 2n) })];
  const encoded = ResponseFinalizeBlock.encode(ResponseFinalizeBlock.fromPartial({ txResults: results, events: blockEvents, appHash: new Uint8Array(32) })).finish();
  return { height, txs, results, blockEvents, encoded };
}

async function dump(path: string): Promise<string[]> {
  const db = new ClassicLevel<Uint8Array, Uint8Array>(path, { keyEncoding: "view", valueEncoding: "view" });
  await db.open();
  const out = (await db.iterator().all()).map(([k, v]) => `${Buffer.from(k).toString("hex")}=${Buffer.from(v).toString("hex")}`);
  await db.close();
  return out;
}

let dir: string | undefined;
const worker = new IndexPackWorker();
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("the tx index worker", () => {
  it("builds exactly the entries the index writes itself, for blocks with and without precomputed hashes", async () => {
    dir = mkdtempSync(join(tmpdir(), "index-worker-"));
    const [b1, b2] = [block(1n, 40), block(2n, 3)];
    const direct = await TxIndex.open(join(dir, "direct"));
    await direct.indexBlocks([b1, b2]);
    await direct.close();
    const viaWorker = await TxIndex.open(join(dir, "worker"));
    const packed = await Promise.all([worker.pack(b1.height, b1.txs, sha256Each(b1.txs), b1.encoded), worker.pack(b2.height, b2.txs, [], b2.encoded)]);
    await viaWorker.writePacked(packed);
    expect(await viaWorker.indexedHeight()).toBe(2n);
    const found = await viaWorker.searchTxs({ query: "transfer.recipient='r1'", page: 1, perPage: 100, orderBy: "asc" });
    expect(found.totalCount).toBe(14);
    await viaWorker.close();
    const entries = await dump(join(dir, "direct"));
    expect(entries.length).toBeGreaterThan(40 * 4);
    expect(await dump(join(dir, "worker"))).toEqual(entries);
  });

  it("refuses a block whose results are not a FinalizeBlock response, and keeps serving", async () => {
    const b = block(3n, 2);
    await expect(worker.pack(3n, b.txs, [], utf8("not protobuf at all \u00ff"))).rejects.toThrow(/^tx index worker: /);
    expect((await worker.pack(3n, b.txs, [], b.encoded)).length).toBeGreaterThan(0);
    await worker.close();
  });
});

describe("packed entries", () => {
  it("round-trip keys and values in order, and refuse a truncated buffer with where it ends", () => {
    const entries: [string, string][] = [["a", "1"], ["", ""], ["key", "x".repeat(300)]];
    const packed = packEntries((put) => entries.forEach(([k, v]) => put(utf8(k), utf8(v))));
    const back: [string, string][] = [];
    forEachEntry(packed, (k, v) => back.push([Buffer.from(k).toString(), Buffer.from(v).toString()]));
    expect(back).toEqual(entries);
    expect(() => forEachEntry(packed.subarray(0, packed.length - 1), () => {})).toThrow(/runs past the end/);
    expect(() => forEachEntry(packed.subarray(0, 6), () => {})).toThrow(/packed entries: /);
  });
});
