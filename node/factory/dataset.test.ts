import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BOS_ID, BYTE_BASE, EOS_ID, PAD_ID, tokenizerFromMerges } from "../../modules/inference/tokenizer.ts";
import { buildStream, sampleStream, splitDocuments, truncateStream, windowAt } from "./dataset.ts";
import { readTextDocuments, splitParagraphs } from "./sources.ts";

const enc = new TextEncoder();
const B = (c: string) => BYTE_BASE + c.charCodeAt(0);

describe("dataset", () => {
  it("frames each document with BOS/EOS and never lets a window reach into the previous document", () => {
    const tok = tokenizerFromMerges([]);
    const s = buildStream(tok, [enc.encode("ab"), enc.encode("xyz")]);
    expect([...s.ids]).toEqual([BOS_ID, B("a"), B("b"), EOS_ID, BOS_ID, B("x"), B("y"), B("z"), EOS_ID]);
    expect(s.positions.length).toBe(7); // every id but the two BOS
    const ctx = new Int32Array(3);
    const at = (k: number) => [windowAt(s, k, 3, ctx, 0), [...ctx]];
    expect(at(0)).toEqual([B("a"), [PAD_ID, PAD_ID, BOS_ID]]);
    expect(at(2)).toEqual([EOS_ID, [BOS_ID, B("a"), B("b")]]);
    expect(at(3)).toEqual([B("x"), [PAD_ID, PAD_ID, BOS_ID]]); // not […, b, EOS, BOS]
    expect(at(6)).toEqual([EOS_ID, [B("x"), B("y"), B("z")]]);
    expect(truncateStream(s, 2).positions.length).toBe(2);
    expect([...sampleStream(s, 3).positions]).toEqual([s.positions[0], s.positions[2], s.positions[4]]);
  });

  it("splits documents into disjoint seeded sets, at least one on each side", () => {
    const a = splitDocuments(100, 1, 10);
    expect(a.heldOut).toHaveLength(10);
    expect([...a.train, ...a.heldOut].sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(splitDocuments(100, 1, 10)).toEqual(a);
    expect(splitDocuments(100, 2, 10).heldOut).not.toEqual(a.heldOut);
    expect(splitDocuments(3, 1, 10).heldOut).toHaveLength(1);
    expect(splitDocuments(2, 1, 50)).toMatchObject({ train: expect.any(Array), heldOut: expect.any(Array) });
  });
});

describe("local text sources", () => {
  it("groups paragraphs of one file into documents of about 4 KB", () => {
    const text = enc.encode(Array.from({ length: 100 }, (_, i) => `paragraph ${i} `.repeat(20)).join("\n\n"));
    const docs = splitParagraphs(text);
    expect(docs.length).toBeGreaterThan(5);
    expect(Buffer.concat(docs).equals(Buffer.from(text))).toBe(true);
    for (const d of docs.slice(0, -1)) expect(d.length).toBeGreaterThanOrEqual(4096);
  });

  it("reads a directory tree as one document per file in path order, skipping binary and empty files", () => {
    const dir = mkdtempSync(join(tmpdir(), "trib-factory-src-"));
    try {
      mkdirSync(join(dir, "sub"));
      writeFileSync(join(dir, "b.txt"), "second");
      writeFileSync(join(dir, "a.txt"), "first");
      writeFileSync(join(dir, "sub", "c.txt"), "third");
      writeFileSync(join(dir, "empty.txt"), "");
      writeFileSync(join(dir, "bin.dat"), new Uint8Array([1, 0, 2]));
      const r = readTextDocuments(dir);
      expect(r.documents.map((d) => new TextDecoder().decode(d))).toEqual(["first", "second", "third"]);
      expect(r.skipped).toEqual([join(dir, "bin.dat")]);
      expect(() => readTextDocuments(join(dir, "a.txt"))).toThrow(/gives 1 document\(s\); the factory needs at least 2/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
