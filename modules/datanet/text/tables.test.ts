import { describe, expect, it } from "vitest";
import { classOf, foldIndex, FOLD_TO, FOLD_TO_OFFSETS } from "./charClass.ts";
import { CLASS_IGNORE, CLASS_MARK, CLASS_OTHER, CLASS_SEP, CLASS_SINGLE, CLASS_WORD } from "./classes.ts";
import { CLASS_STARTS, CLASS_VALUES, FOLD_FROM } from "./tables.ts";
import { tablesDigestHex } from "./tablesDigest.ts";
import { TEXT_RULES_VERSION } from "./index.ts";

/**
 * The SHA-256 of tables.ts for TEXT_RULES_VERSION 1. Changing it is a protocol change: every
 * validator must switch tables at the same height.
 */
const TABLES_SHA256 = "109f1ffee4791928dd115a21cc037c7a687d232a7fdbb5433423b6220e26c2ff";

describe("frozen tables", () => {
  it("hash to the committed digest", () => {
    const digest = tablesDigestHex({ starts: CLASS_STARTS, values: CLASS_VALUES, from: FOLD_FROM, offsets: FOLD_TO_OFFSETS, to: FOLD_TO });
    expect(TEXT_RULES_VERSION).toBe(1);
    expect(digest, "text rules changed: this forks the chain; bump TEXT_RULES_VERSION").toBe(TABLES_SHA256);
  });

  it("class ranges are sorted from U+0000 and use only known classes", () => {
    expect(CLASS_STARTS[0]).toBe(0);
    expect(CLASS_STARTS.length).toBe(CLASS_VALUES.length);
    for (let i = 1; i < CLASS_STARTS.length; i++) {
      expect(CLASS_STARTS[i]).toBeGreaterThan(CLASS_STARTS[i - 1]!);
      expect(CLASS_VALUES[i]).not.toBe(CLASS_VALUES[i - 1]);
    }
    expect(CLASS_STARTS[CLASS_STARTS.length - 1]).toBeLessThanOrEqual(0x10ffff);
    for (const v of CLASS_VALUES) expect(v).toBeLessThanOrEqual(CLASS_OTHER);
  });

  it("the fold is closed: every replacement code point folds to itself and is not ignorable", () => {
    for (let i = 1; i < FOLD_FROM.length; i++) expect(FOLD_FROM[i]).toBeGreaterThan(FOLD_FROM[i - 1]!);
    expect(FOLD_TO_OFFSETS.length).toBe(FOLD_FROM.length + 1);
    for (const cp of FOLD_TO) {
      expect(foldIndex(cp)).toBe(-1);
      expect(classOf(cp)).not.toBe(CLASS_IGNORE);
    }
  });

  it("classifies representative code points in every plane", () => {
    expect(classOf(0x20)).toBe(CLASS_SEP);
    expect(classOf(0x3000)).toBe(CLASS_SEP);
    expect(classOf(0x61)).toBe(CLASS_WORD);
    expect(classOf(0x0301)).toBe(CLASS_MARK);
    expect(classOf(0x4e2d)).toBe(CLASS_SINGLE);
    expect(classOf(0x20000)).toBe(CLASS_SINGLE);
    expect(classOf(0x00ad)).toBe(CLASS_IGNORE);
    expect(classOf(0xe0001)).toBe(CLASS_IGNORE);
    expect(classOf(0x2c)).toBe(CLASS_OTHER);
    expect(classOf(0x1f600)).toBe(CLASS_OTHER);
    expect(classOf(0x10400)).toBe(CLASS_WORD);
    expect(classOf(0x10ffff)).toBe(CLASS_OTHER);
  });

  it("folds astral letters through binary search", () => {
    const i = foldIndex(0x1d41f);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(Array.from(FOLD_TO.subarray(FOLD_TO_OFFSETS[i], FOLD_TO_OFFSETS[i + 1]))).toEqual([0x66]);
    expect(foldIndex(0x1f600)).toBe(-1);
  });
});
