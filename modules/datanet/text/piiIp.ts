/**
 * IP address scanner. A candidate is a maximal run of [0-9A-Fa-f:.] that starts where the
 * previous character is not an ASCII letter, digit, ':' or '.', with trailing dots dropped and
 * not followed by an ASCII letter or digit. It is redacted when it is
 * - an IPv4 address: four dot-separated decimal octets of 1-3 digits, each <= 255; or
 * - an IPv6 address (RFC 4291 text form, no zone): 8 groups of 1-4 hex digits, or fewer around
 *   one "::", the last two groups optionally an IPv4 address; with at least two groups, since
 *   "::" and "::1" name no one and appear in code ("x[::2]").
 * A run with ':' that is not IPv6 but starts with an IPv4 address followed by ':' ("10.0.0.1:8080")
 * redacts the IPv4 part. Each run is examined once, so the scan is linear.
 */
import { at, isAsciiAlnum, isDigit, isHexDigit, type Span } from "./piiSpan.ts";

const COLON = 0x3a;
const DOT = 0x2e;

function isRunChar(c: number): boolean {
  return isHexDigit(c) || c === COLON || c === DOT;
}

/** First index of code unit `c` in text[s, e), or -1 (bounded, unlike indexOf, to keep the scan linear). */
function indexIn(text: string, c: number, s: number, e: number): number {
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === c) return i;
  return -1;
}

/** First index of "::" in text[s, e), or -1. */
function doubleColonIn(text: string, s: number, e: number): number {
  for (let i = s; i + 1 < e; i++) if (text.charCodeAt(i) === COLON && text.charCodeAt(i + 1) === COLON) return i;
  return -1;
}

/** True when text[s, e) is a dotted-quad IPv4 address. */
export function isIpv4(text: string, s: number, e: number): boolean {
  let octets = 0;
  let i = s;
  while (i <= e) {
    let value = 0;
    let digits = 0;
    while (i < e && isDigit(text.charCodeAt(i))) {
      value = value * 10 + (text.charCodeAt(i) - 0x30);
      digits++;
      i++;
    }
    if (digits === 0 || digits > 3 || value > 255) return false;
    octets++;
    if (i === e) return octets === 4;
    if (text.charCodeAt(i) !== DOT || octets === 4) return false;
    i++;
  }
  return false;
}

/** Parses colon-separated hex groups of text[s, e); returns their count or -1. A trailing IPv4 counts 2. */
function hexGroups(text: string, s: number, e: number, allowIpv4Tail: boolean): number {
  if (s === e) return 0;
  let groups = 0;
  let g = s;
  for (let i = s; i <= e; i++) {
    if (i < e && text.charCodeAt(i) !== COLON) continue;
    const len = i - g;
    let hex = len >= 1 && len <= 4;
    for (let k = g; hex && k < i; k++) hex = isHexDigit(text.charCodeAt(k));
    if (hex) {
      groups++;
    } else if (i === e && allowIpv4Tail && isIpv4(text, g, e)) {
      groups += 2;
    } else {
      return -1;
    }
    g = i + 1;
  }
  return groups;
}

/** True when text[s, e) is an IPv6 address with at least two groups. */
export function isIpv6(text: string, s: number, e: number): boolean {
  const double = doubleColonIn(text, s, e);
  if (double < 0) return hexGroups(text, s, e, true) === 8;
  if (doubleColonIn(text, double + 1, e) >= 0) return false;
  const left = hexGroups(text, s, double, false);
  const right = hexGroups(text, double + 2, e, true);
  if (left < 0 || right < 0) return false;
  return left + right >= 2 && left + right <= 7;
}

/** The IPv4 address at the start of a run that failed as IPv6 ("10.0.0.1:8080"), or -1. */
function ipv4Prefix(text: string, s: number, e: number): number {
  const colon = indexIn(text, COLON, s, e);
  if (colon < 0) return -1;
  return isIpv4(text, s, colon) ? colon : -1;
}

/** Spans of the IP addresses in `text`, sorted and disjoint. PERF: linear in the text. */
export function scanIps(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    const prev = at(text, i - 1);
    if (!isRunChar(text.charCodeAt(i)) || isAsciiAlnum(prev) || prev === COLON || prev === DOT) {
      i++;
      continue;
    }
    let runEnd = i;
    while (isRunChar(at(text, runEnd))) runEnd++;
    let e = runEnd;
    while (e > i && text.charCodeAt(e - 1) === DOT) e--;
    if (!isAsciiAlnum(at(text, runEnd))) {
      const hasColon = indexIn(text, COLON, i, e) >= 0;
      const v4end = hasColon ? ipv4Prefix(text, i, e) : -1;
      if (!hasColon && isIpv4(text, i, e)) spans.push([i, e]);
      else if (hasColon && isIpv6(text, i, e)) spans.push([i, e]);
      else if (v4end > 0) spans.push([i, v4end]);
    }
    i = runEnd;
  }
  return spans;
}
