/**
 * E-mail scanner. An address is LOCAL@DOMAIN where
 * - LOCAL is the run of [A-Za-z0-9._%+-] just before the '@', without leading dots, non-empty;
 * - DOMAIN is the run of [A-Za-z0-9.-] just after it, without trailing dots and hyphens, made of
 *   at least two dot-separated non-empty labels that neither start nor end with '-', the last
 *   (the TLD) at least two ASCII letters.
 * Runs stop at any other character, so each '@' costs at most the length of its own runs and
 * the scan is linear; a run never reaches back into an address already taken.
 */
import { at, isAsciiAlnum, isAsciiLetter, type Span } from "./piiSpan.ts";

const AT = 0x40;
const DOT = 0x2e;
const HYPHEN = 0x2d;

function isLocalChar(c: number): boolean {
  return isAsciiAlnum(c) || c === DOT || c === 0x5f || c === 0x25 || c === 0x2b || c === HYPHEN;
}

function isDomainChar(c: number): boolean {
  return isAsciiAlnum(c) || c === DOT || c === HYPHEN;
}

function validDomain(text: string, start: number, end: number): boolean {
  let labels = 0;
  let labelStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text.charCodeAt(i) !== DOT) continue;
    if (i === labelStart) return false;
    if (text.charCodeAt(labelStart) === HYPHEN || text.charCodeAt(i - 1) === HYPHEN) return false;
    labels++;
    if (i === end) {
      if (i - labelStart < 2) return false;
      for (let k = labelStart; k < i; k++) if (!isAsciiLetter(text.charCodeAt(k))) return false;
    }
    labelStart = i + 1;
  }
  return labels >= 2;
}

/** Spans of the e-mail addresses in `text`, sorted and disjoint. PERF: linear in the text. */
export function scanEmails(text: string): Span[] {
  const spans: Span[] = [];
  let taken = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== AT) continue;
    let ls = i;
    while (ls > taken && isLocalChar(at(text, ls - 1))) ls--;
    while (ls < i && text.charCodeAt(ls) === DOT) ls++;
    let de = i + 1;
    while (isDomainChar(at(text, de))) de++;
    while (de > i + 1 && (text.charCodeAt(de - 1) === DOT || text.charCodeAt(de - 1) === HYPHEN)) de--;
    if (ls === i || !validDomain(text, i + 1, de)) continue;
    spans.push([ls, de]);
    taken = de;
    i = de - 1;
  }
  return spans;
}
