/** Shared pieces of the PII scanners: ASCII character tests and span replacement. */

/** A [start, end) range of UTF-16 indices to replace. */
export type Span = [number, number];

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

export function isAsciiAlnum(c: number): boolean {
  return isDigit(c) || isAsciiLetter(c);
}

export function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** Code unit at `i`, or -1 outside the text (so boundary tests need no bounds checks). */
export function at(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

/** `text` with each span (sorted, disjoint) replaced by `placeholder`. PERF: linear. */
export function replaceSpans(text: string, spans: Span[], placeholder: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const [s, e] of spans) {
    parts.push(text.slice(last, s), placeholder);
    last = e;
  }
  parts.push(text.slice(last));
  return parts.join("");
}
