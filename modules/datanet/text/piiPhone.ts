/**
 * Phone number scanner (runs after the IP pass). A phone number is
 *   ['+'] GROUP (SEP GROUP)*    GROUP = DIGITS | '(' DIGITS ')'    SEP = ' ' | '-' | '.' | nothing after ')'
 * starting where the previous character is not an ASCII letter or digit nor one of . - + _ /,
 * and not followed by an ASCII letter or digit, '_', nor by '.', '-' or '/' and a digit. It must
 * - have 8 to 15 digits after a '+', or 10 to 15 digits and at least two groups without one
 *   (a bare run of digits is an id or a timestamp, not a phone number);
 * - use one separator character throughout, not counting the separators next to a parenthesised
 *   group or right after the '+' country code ("2024-01-15 12" is a date and an hour);
 * - have at least two digits in every group but the first two ("1 2 3 4 5 6 7 8 9 10" is a list).
 * A run of more than 15 digits is a number sequence and is skipped whole; a shorter run that
 * fails is retried from its next group start, at a bounded cost, so the scan is linear.
 */
import { at, isAsciiAlnum, isDigit, type Span } from "./piiSpan.ts";

const PLUS = 0x2b;
const OPEN = 0x28;
const CLOSE = 0x29;
const SPACE = 0x20;
const HYPHEN = 0x2d;
const DOT = 0x2e;
const MAX_DIGITS = 15;

interface Parse {
  end: number;
  digits: number;
  ok: boolean;
}

function isSep(c: number): boolean {
  return c === SPACE || c === HYPHEN || c === DOT;
}

function startsGroup(text: string, i: number): boolean {
  const c = at(text, i);
  return isDigit(c) || (c === OPEN && isDigit(at(text, i + 1)));
}

/** Reads one group at `i`: returns [end, digits, parenthesised] or null when malformed. */
function readGroup(text: string, i: number): [number, number, boolean] | null {
  const paren = at(text, i) === OPEN;
  let j = paren ? i + 1 : i;
  while (isDigit(at(text, j))) j++;
  const digits = j - (paren ? i + 1 : i);
  if (digits === 0) return null;
  if (!paren) return [j, digits, false];
  return at(text, j) === CLOSE ? [j + 1, digits, true] : null;
}

/** Parses the longest phone-shaped run at `s` and judges it. PERF: linear in the run. */
function parsePhone(text: string, s: number): Parse {
  const plus = at(text, s) === PLUS;
  let i = plus ? s + 1 : s;
  let digits = 0;
  let groups = 0;
  let sepChar = -1;
  let ok = true;
  let prevParen = false;
  while (true) {
    const g = readGroup(text, i);
    if (g === null) return { end: i, digits, ok: false };
    const [end, n, paren] = g;
    digits += n;
    groups++;
    if (groups > 2 && n < 2) ok = false;
    i = end;
    const c = at(text, i);
    const sepLen = isSep(c) && startsGroup(text, i + 1) ? 1 : paren && startsGroup(text, i) ? 0 : -1;
    if (sepLen < 0) break;
    const nextParen = at(text, i + sepLen) === OPEN;
    const exempt = paren || nextParen || prevParen || (plus && groups === 1);
    if (sepLen === 1 && !exempt) {
      if (sepChar >= 0 && sepChar !== c) ok = false;
      sepChar = c;
    }
    prevParen = paren;
    i += sepLen;
  }
  const enough = plus ? digits >= 8 : digits >= 10 && groups >= 2;
  return { end: i, digits, ok: ok && enough && digits <= MAX_DIGITS };
}

function boundaryBefore(text: string, s: number): boolean {
  const p = at(text, s - 1);
  return !isAsciiAlnum(p) && p !== DOT && p !== HYPHEN && p !== PLUS && p !== 0x5f && p !== 0x2f;
}

function boundaryAfter(text: string, e: number): boolean {
  const c = at(text, e);
  if (isAsciiAlnum(c) || c === 0x5f) return false;
  return !((c === DOT || c === HYPHEN || c === 0x2f) && isDigit(at(text, e + 1)));
}

/** Spans of the phone numbers in `text`, sorted and disjoint. PERF: linear in the text. */
export function scanPhones(text: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const starts = c === PLUS ? startsGroup(text, i + 1) : startsGroup(text, i);
    if (!starts || !boundaryBefore(text, i)) {
      i++;
      continue;
    }
    const p = parsePhone(text, i);
    if (p.ok && boundaryAfter(text, p.end)) {
      spans.push([i, p.end]);
      i = p.end;
    } else {
      i = p.digits > MAX_DIGITS ? Math.max(p.end, i + 1) : i + 1;
    }
  }
  return spans;
}
