import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "../errors.ts";
import { isText, parseJsonl, readRecords } from "./records.ts";

const root = mkdtempSync(join(tmpdir(), "trib-records-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const body = (r: { record: { body: Uint8Array | string } }) => (typeof r.record.body === "string" ? r.record.body : new TextDecoder().decode(r.record.body));

describe("readRecords", () => {
  it("a folder: one record per text file, recursive, sorted by path; hidden and binary files left out", () => {
    const dir = join(root, "notes");
    mkdirSync(join(dir, "b", "deep"), { recursive: true });
    mkdirSync(join(dir, ".git"));
    writeFileSync(join(dir, "z.txt"), "last");
    writeFileSync(join(dir, "a.md"), "first é");
    writeFileSync(join(dir, "b", "deep", "c.txt"), "deep");
    writeFileSync(join(dir, "B.txt"), "upper case sorts first");
    writeFileSync(join(dir, ".hidden"), "no");
    writeFileSync(join(dir, ".git", "HEAD"), "no");
    writeFileSync(join(dir, "photo.jpg"), Uint8Array.of(0xff, 0xd8, 0xff, 0x00));
    writeFileSync(join(dir, "latin1.txt"), Uint8Array.of(0x63, 0x61, 0x66, 0xe9));
    const { records, skipped } = readRecords(dir);
    expect(records.map((r) => r.label)).toEqual(["B.txt", "a.md", "b/deep/c.txt", "z.txt"]);
    expect(records.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(records.map(body)).toEqual(["upper case sorts first", "first é", "deep", "last"]);
    expect(records[2]!.record.source).toBe("b/deep/c.txt");
    expect(skipped).toEqual(["latin1.txt", "photo.jpg"]);
  });

  it("a text file is one record; a binary file or a missing path is a user error", () => {
    writeFileSync(join(root, "one.txt"), "a single record");
    const { records } = readRecords(join(root, "one.txt"));
    expect(records.map(body)).toEqual(["a single record"]);
    expect(records[0]!.label).toBe("one.txt");
    writeFileSync(join(root, "bin.dat"), Uint8Array.of(1, 0, 2));
    expect(() => readRecords(join(root, "bin.dat"))).toThrow(/bin\.dat is not a UTF-8 text file/);
    expect(() => readRecords(join(root, "nope"))).toThrow(/cannot read .*nope: ENOENT/);
    mkdirSync(join(root, "empty"));
    expect(() => readRecords(join(root, "empty"))).toThrow(/holds no text files/);
  });

  it("a .jsonl file: one object per line with optional metadata; blank lines ignored", () => {
    const file = join(root, "r.jsonl");
    writeFileSync(file, ['{"body": "one", "title": "t", "source": "s", "licence": "MIT", "extra": {"lang": "en"}}', "", '{"body": "two"}', ""].join("\n"));
    const { records } = readRecords(file);
    expect(records.map((r) => [r.index, r.label, body(r)])).toEqual([[0, "line 1", "one"], [1, "line 3", "two"]]);
    expect(records[0]!.record).toMatchObject({ title: "t", source: "s", licence: "MIT", extra: { lang: "en" } });
  });

  it("bad JSONL lines are one-line user errors naming the line", () => {
    const cases: [string, RegExp][] = [
      ['{"body": "ok"}\n{"body": 3}', /f line 2: "body" must be a string/],
      ["not json", /f line 1: not JSON/],
      ['["body"]', /f line 1: expected a JSON object/],
      ['{"body": "x", "titel": "typo"}', /f line 1: unknown field "titel"/],
      ['{"body": "x", "title": 5}', /f line 1: "title" must be a string/],
      ['{"body": "x", "extra": {"k": 1}}', /f line 1: extra\.k must be a string/],
      ['{"body": "x", "extra": []}', /f line 1: "extra" must be an object/],
      ["\n\n", /f holds no records/],
    ];
    for (const [text, re] of cases) {
      expect(() => parseJsonl(text, "f")).toThrow(UserError);
      expect(() => parseJsonl(text, "f")).toThrow(re);
    }
  });

  it("a lone surrogate in a .jsonl string (valid JSON, not encodable as UTF-8) is refused naming the line, field and position", () => {
    const cases: [string, RegExp][] = [
      ['{"body": "ok"}\n{"body": "caf\\udc80 au lait"}', /^f line 2: "body" is not valid Unicode text: a lone surrogate \\udc80 at index 3 \(UTF-8 cannot encode it/],
      ['{"body": "\\ud83d"}', /^f line 1: "body" is not valid Unicode text: a lone surrogate \\ud83d at index 0/],
      ['{"body": "x", "title": "a\\ud800b"}', /^f line 1: "title" is not valid Unicode text: a lone surrogate \\ud800 at index 1/],
      ['{"body": "x", "extra": {"lang": "\\udfff"}}', /^f line 1: extra\.lang is not valid Unicode text/],
      ['{"body": "x", "extra": {"k\\udc80": "v"}}', /^f line 1: a key of "extra" is not valid Unicode text/],
    ];
    for (const [text, re] of cases) {
      expect(() => parseJsonl(text, "f")).toThrow(UserError);
      expect(() => parseJsonl(text, "f")).toThrow(re);
    }
    // A surrogate pair (an emoji written as JSON escapes) is one valid character.
    expect(parseJsonl('{"body": "\\ud83d\\ude00 ok"}', "f")[0]!.record.body).toBe("\u{1F600} ok");
  });

  it("a .jsonl file with a lone surrogate is refused as a whole, like a text file that is not UTF-8", () => {
    const file = join(root, "surrogate.jsonl");
    writeFileSync(file, '{"body": "fine"}\n{"body": "bad \\udc80 here"}\n');
    expect(() => readRecords(file)).toThrow(/surrogate\.jsonl line 2: "body" is not valid Unicode text/);
  });

  it("isText: UTF-8 without NUL bytes", () => {
    expect(isText(new TextEncoder().encode("héllo\n"))).toBe(true);
    expect(isText(Uint8Array.of(0x68, 0x00))).toBe(false);
    expect(isText(Uint8Array.of(0xc3))).toBe(false);
  });
});
