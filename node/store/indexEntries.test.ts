import { describe, expect, it } from "vitest";
import { sha256 } from "@noble/hashes/sha2.js";
import { BinaryWriter } from "cosmjs-types/binary";
import { ExecTxResult, ResponseFinalizeBlock, TxResult, type Event } from "cosmjs-types/tendermint/abci/types";
import { type BlockToIndex, indexEntries, txResultBytes } from "./indexEntries.ts";

/** The index entries as first written (one allocation per key, every attribute put): the bytes the store must keep. */
function referenceEntries(b: BlockToIndex): Map<string, string> {
  const out = new Map<string, string>();
  const utf8 = (s: string) => Buffer.from(s, "utf8");
  const lp = (s: string) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(utf8(s).length);
    return Buffer.concat([len, utf8(s)]);
  };
  const u64 = (n: bigint) => {
    const x = Buffer.alloc(8);
    x.writeBigUInt64BE(n);
    return x;
  };
  const put = (key: Buffer, value: Uint8Array) => out.set(key.toString("hex"), Buffer.from(value).toString("hex"));
  const attrs = (events: readonly Event[]) => events.filter((e) => e.type !== "").flatMap((e) => e.attributes.filter((a) => a.index && a.key !== "").map((a) => [`${e.type}.${a.key}`, a.value] as const));
  b.txs.forEach((tx, index) => {
    const hash = b.hashes?.[index] ?? sha256(tx);
    const idx = Buffer.alloc(4);
    idx.writeUInt32BE(index);
    const position = Buffer.concat([u64(b.height), idx]);
    const result = b.results[index]!;
    const w = new BinaryWriter();
    put(Buffer.concat([utf8("t/"), hash]), TxResult.encode({ height: b.height, index, tx, result }, w).finish());
    put(Buffer.concat([utf8("x/"), position]), hash);
    for (const [tag, value] of attrs(result.events)) put(Buffer.concat([utf8("e/"), lp(tag), lp(value), position]), hash);
  });
  put(Buffer.concat([utf8("B/"), u64(b.height)]), ResponseFinalizeBlock.encode(ResponseFinalizeBlock.fromPartial({ events: [...b.blockEvents] })).finish());
  for (const [tag, value] of attrs(b.blockEvents)) put(Buffer.concat([utf8("E/"), lp(tag), lp(value), u64(b.height)]), u64(b.height));
  return out;
}

function builtEntries(b: BlockToIndex): { entries: Map<string, string>; puts: number } {
  const entries = new Map<string, string>();
  let puts = 0;
  indexEntries(b, (key, value) => {
    puts++;
    entries.set(Buffer.from(key).toString("hex"), Buffer.from(value).toString("hex"));
  });
  return { entries, puts };
}

const ev = (type: string, attrs: [string, string, boolean?][]): Event => ({ type, attributes: attrs.map(([key, value, index]) => ({ key, value, index: index ?? true })) });

/** A bank send's events as the app emits them: the sender and amounts repeat within the tx and across the block. */
function sendEvents(sender: string, recipient: string, seq: number): Event[] {
  return [
    ev("coin_spent", [["spender", sender], ["amount", "250utrib"]]),
    ev("coin_received", [["receiver", "trib1feecollector"], ["amount", "250utrib"]]),
    ev("transfer", [["recipient", "trib1feecollector"], ["sender", sender], ["amount", "250utrib"]]),
    ev("message", [["sender", sender]]),
    ev("tx", [["fee", "250utrib"], ["fee_payer", sender]]),
    ev("tx", [["acc_seq", `${sender}/${seq}`]]),
    ev("message", [["action", "/cosmos.bank.v1beta1.MsgSend"], ["sender", sender], ["module", "bank"], ["msg_index", "0"]]),
    ev("coin_spent", [["spender", sender], ["amount", "1utrib"], ["msg_index", "0"]]),
    ev("transfer", [["recipient", recipient], ["sender", sender], ["amount", "1utrib"], ["msg_index", "0"]]),
  ];
}

function block(height: bigint, n: number, opts: { withBytes: boolean; withHashes: boolean }): BlockToIndex {
  const txs = Array.from({ length: n }, (_, i) => Buffer.from(`tx-${height}-${i}`));
  const results = txs.map((_, i) => {
    const events = sendEvents(`trib1s${i % 7}`, `trib1r${i}`, i);
    // Shapes the kv indexer skips or must keep apart: unindexed, empty type or key, non-ASCII, a value shared by two tags.
    if (i % 3 === 0) events.push(ev("", [["k", "v"]]), ev("memo", [["", "x"], ["text", "héllo ✓ 世界"], ["hidden", "h", false]]));
    if (i % 4 === 0) events.push(ev("a.b", [["c", "1"]]), ev("a", [["b.c", "1"]]));
    return ExecTxResult.fromPartial({ code: i % 5 === 0 ? 5 : 0, log: "ok", gasUsed: 10n, gasWanted: 20n, events });
  });
  return {
    height,
    txs,
    results,
    blockEvents: [ev("mint", [["amount", "100utrib"], ["inflation", "0.13"]]), ev("mint", [["amount", "100utrib"]]), ev("", [["x", "y"]])],
    hashes: opts.withHashes ? txs.map((tx) => sha256(tx)) : undefined,
    resultBytes: opts.withBytes ? results.map((r) => ExecTxResult.encode(r).finish()) : undefined,
  };
}

describe("indexEntries", () => {
  it("stores the same keys and values as the straightforward encoding, writing a repeated pair once", () => {
    for (const height of [1n, 300n, 2n ** 40n]) {
      for (const opts of [{ withBytes: true, withHashes: true }, { withBytes: false, withHashes: false }]) {
        const b = block(height, 40, opts);
        const { entries, puts } = builtEntries(b);
        expect(entries).toEqual(referenceEntries(b));
        // Distinct keys only, except the block's repeated mint.amount and "a.b"+"c" / "a"+"b.c" (one tag
        // spelt two ways, in every 4th tx): a send's repeated pairs (message.sender, ...) are put once.
        expect(puts).toBe(entries.size + 1 + 10);
      }
    }
  });

  it("rejects a block whose results do not match its txs, before putting anything", () => {
    const b = block(2n, 3, { withBytes: true, withHashes: true });
    let puts = 0;
    expect(() => indexEntries({ ...b, results: b.results.slice(1) }, () => puts++)).toThrow("tx index: block 2 has 3 txs but 2 results");
    expect(() => indexEntries({ ...b, hashes: b.txs.map(() => new Uint8Array(20)) }, () => puts++)).toThrow("20-byte hash");
    expect(puts).toBe(0);
  });

  it("hands out keys that later puts do not overwrite", () => {
    const b = block(3n, 5, { withBytes: true, withHashes: true });
    const kept: [Uint8Array, string][] = [];
    indexEntries(b, (key) => kept.push([key, Buffer.from(key).toString("hex")]));
    for (const [key, hex] of kept) expect(Buffer.from(key).toString("hex")).toBe(hex);
  });
});

describe("txResultBytes", () => {
  it("matches TxResult.encode at the edges of each varint and above 2^31 (where cosmjs-types' int64 is off, kept as is)", () => {
    const result = ExecTxResult.fromPartial({ code: 1, data: new Uint8Array(200), gasUsed: 5n });
    const encoded = ExecTxResult.encode(result).finish();
    const heights = [0n, 1n, 127n, 128n, 16_383n, 16_384n, 2n ** 31n - 1n, 2n ** 31n, 2n ** 32n, BigInt(Number.MAX_SAFE_INTEGER), 2n ** 60n, 2n ** 63n - 1n];
    for (const height of heights) {
      for (const index of [0, 1, 127, 128, 4_999, 2 ** 31, 2 ** 32 - 1]) {
        for (const tx of [new Uint8Array(), new Uint8Array(130).fill(7)]) {
          const want = Buffer.from(TxResult.encode({ height, index, tx, result }).finish()).toString("hex");
          expect(Buffer.from(txResultBytes(height, index, tx, encoded)).toString("hex"), `h=${height} i=${index} tx=${tx.length}`).toBe(want);
        }
      }
    }
  });
});
