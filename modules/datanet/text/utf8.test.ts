import { describe, expect, it } from "vitest";
import { DatanetTextError, decodeUtf8Strict } from "./index.ts";

const enc = new TextEncoder();

function rejects(bytes: number[], offset: number, pattern: RegExp): void {
  let caught: unknown;
  try {
    decodeUtf8Strict(Uint8Array.from(bytes));
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(DatanetTextError);
  const err = caught as DatanetTextError;
  expect(err.name).toBe("DatanetTextError");
  expect(err.offset).toBe(offset);
  expect(err.message).toContain(`byte offset ${offset}`);
  expect(err.message).toMatch(pattern);
}

describe("decodeUtf8Strict", () => {
  it("decodes valid UTF-8 of every length class, keeping TAB, LF, CR and a BOM", () => {
    const text = "\uFEFFa\tb\r\nc é € 𝄞 中文 \u{10FFFF} \uFFFD";
    expect(decodeUtf8Strict(enc.encode(text))).toBe(text);
    expect(decodeUtf8Strict(new Uint8Array(0))).toBe("");
  });

  it("rejects NUL, C0 controls, DEL and C1 controls with their offset", () => {
    rejects([0x61, 0x00], 1, /NUL/);
    rejects([0x61, 0x62, 0x07], 2, /C0 control.*U\+0007/);
    rejects([0x1b], 0, /C0 control/);
    rejects([0x0b], 0, /C0 control/);
    rejects([0x0c], 0, /C0 control/);
    rejects([0x61, 0x7f], 1, /DEL/);
    rejects([0x61, 0xc2, 0x80], 1, /C1 control.*U\+0080/);
    rejects([0xc2, 0x9f], 0, /C1 control/);
  });

  it("accepts the characters right next to the control ranges", () => {
    expect(decodeUtf8Strict(Uint8Array.from([0x20, 0x7e, 0xc2, 0xa0]))).toBe(" ~\u00a0");
  });

  it("rejects overlong encodings", () => {
    rejects([0x61, 0xc0, 0xaf], 1, /overlong/);
    rejects([0xc1, 0xbf], 0, /overlong/);
    rejects([0x20, 0x20, 0xe0, 0x80, 0xaf], 2, /overlong/);
    rejects([0xf0, 0x80, 0x80, 0xaf], 0, /overlong/);
  });

  it("rejects UTF-16 surrogates encoded in UTF-8", () => {
    rejects([0x61, 0xed, 0xa0, 0x80], 1, /surrogate/);
    rejects([0xed, 0xbf, 0xbf], 0, /surrogate/);
    expect(decodeUtf8Strict(Uint8Array.from([0xed, 0x9f, 0xbf]))).toBe("\ud7ff");
  });

  it("rejects code points above U+10FFFF and bytes that never occur", () => {
    rejects([0xf4, 0x90, 0x80, 0x80], 0, /above U\+10FFFF/);
    rejects([0x61, 0xf5, 0x80, 0x80, 0x80], 1, /never appears|above U\+10FFFF/);
    rejects([0xff], 0, /never appears/);
  });

  it("rejects stray continuation bytes and truncated sequences", () => {
    rejects([0x61, 0x80], 1, /unexpected continuation/);
    rejects([0xe2, 0x82], 0, /truncated.*text ends/);
    rejects([0xe2, 0x41, 0x41], 0, /truncated/);
    rejects([0xf0, 0x9f, 0x98, 0x41], 3, /expected a continuation byte/);
  });
});

describe("decodeUtf8Strict against the WHATWG decoder", () => {
  it("accepts exactly the well-formed control-free inputs, on random bytes", async () => {
    const { Rng } = await import("../../../test/support/rng.ts");
    const r = new Rng(7);
    const fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    const isControl = (c: number): boolean => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
    const hasControl = (s: string): boolean => Array.from(s).some((ch) => isControl(ch.codePointAt(0) as number));
    let accepted = 0;
    for (let trial = 0; trial < 20_000; trial++) {
      const bytes = Uint8Array.from({ length: 1 + r.int(6) }, () => (r.int(3) === 0 ? 0x20 + r.int(0x60) : 0x80 + r.int(0x80)));
      let expected: string | null;
      try {
        expected = fatal.decode(bytes);
        if (hasControl(expected)) expected = null;
      } catch {
        expected = null;
      }
      let got: string | null;
      try {
        got = decodeUtf8Strict(bytes);
      } catch (e) {
        expect(e).toBeInstanceOf(DatanetTextError);
        got = null;
      }
      expect(got).toBe(expected);
      if (got !== null) accepted++;
    }
    expect(accepted).toBeGreaterThan(500);
  });
});
