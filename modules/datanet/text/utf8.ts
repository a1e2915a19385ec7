/**
 * Strict UTF-8 decoding of contributed records. Replacing invalid bytes by U+FFFD suits model
 * outputs; a contributed record with invalid UTF-8 or control characters is binary or
 * corrupt, so it is rejected outright with the byte offset of the first problem.
 *
 * Accepted: well-formed UTF-8 (Unicode Table 3-7: no overlongs, no surrogates, nothing above
 * U+10FFFF) without NUL, C0 controls other than TAB, LF and CR, DEL, or C1 controls (U+0080..9F).
 */
import { DatanetTextError } from "./errors.ts";

/** Decoding of already-validated bytes; the validation above decides, this only converts. */
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function hexByte(b: number): string {
  return `0x${b.toString(16).padStart(2, "0")}`;
}

/** `n` as `width` upper-case hex digits, from a table: no Unicode case mapping (the consensus lint bans toUpperCase). */
function hexUpper(n: number, width: number): string {
  let s = "";
  for (let i = width - 1; i >= 0; i--) s += "0123456789ABCDEF"[(n >> (4 * i)) & 0xf];
  return s;
}

function fail(what: string, offset: number): never {
  throw new DatanetTextError(`invalid UTF-8 text at byte offset ${offset}: ${what}`, offset);
}

function checkAscii(b: number, i: number): void {
  if (b >= 0x20 && b !== 0x7f) return;
  if (b === 0x09 || b === 0x0a || b === 0x0d) return;
  const name = b === 0 ? "NUL" : b === 0x7f ? "DEL" : "C0 control";
  fail(`${name} character U+${hexUpper(b, 4)} (binary content is not accepted; only TAB, LF and CR are allowed)`, i);
}

/** Bounds of the second byte of a sequence led by `lead` (Table 3-7), or null for a bad lead. */
function secondByteRange(lead: number): [number, number] | null {
  if (lead >= 0xc2 && lead <= 0xdf) return [0x80, 0xbf];
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [0x80, 0xbf];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [0x80, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return null;
}

function badLead(lead: number): string {
  if (lead >= 0x80 && lead <= 0xbf) return `unexpected continuation byte ${hexByte(lead)}`;
  if (lead === 0xc0 || lead === 0xc1) return `overlong encoding (lead byte ${hexByte(lead)})`;
  return `byte ${hexByte(lead)} never appears in UTF-8 (code point above U+10FFFF)`;
}

function badSecond(lead: number, second: number): string {
  if (second < 0x80 || second > 0xbf) return `truncated sequence: lead byte ${hexByte(lead)} followed by ${hexByte(second)}`;
  if (lead === 0xe0 || lead === 0xf0) return `overlong encoding (${hexByte(lead)} ${hexByte(second)})`;
  if (lead === 0xed) return `UTF-16 surrogate code point encoded (${hexByte(lead)} ${hexByte(second)})`;
  return `code point above U+10FFFF (${hexByte(lead)} ${hexByte(second)})`;
}

/**
 * Validates one multi-byte sequence starting at `i`; returns its length.
 * PERF: constant per sequence.
 */
function checkSequence(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  const range = secondByteRange(lead);
  if (range === null) fail(badLead(lead), i);
  const len = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
  for (let k = 1; k < len; k++) {
    if (i + k >= bytes.length) fail(`truncated sequence: lead byte ${hexByte(lead)} needs ${len - 1} continuation bytes, the text ends`, i);
    const b = bytes[i + k]!;
    if (k === 1 && (b < range[0] || b > range[1])) fail(badSecond(lead, b), i);
    if (k > 1 && (b < 0x80 || b > 0xbf)) fail(`truncated sequence: expected a continuation byte, found ${hexByte(b)}`, i + k);
  }
  const second = bytes[i + 1]!;
  if (lead === 0xc2 && second <= 0x9f) fail(`C1 control character U+00${hexUpper(second, 2)} (binary content is not accepted)`, i);
  return len;
}

/**
 * Decodes `bytes` as strict UTF-8, throwing DatanetTextError with the byte offset of the first
 * problem. A leading BOM is kept (the tokenizer ignores it).
 * PERF: linear in the byte length.
 */
export function decodeUtf8Strict(bytes: Uint8Array): string {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      checkAscii(b, i);
      i++;
    } else {
      i += checkSequence(bytes, i);
    }
  }
  return decoder.decode(bytes);
}
