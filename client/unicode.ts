/**
 * Lone surrogates: a JavaScript string may hold half of a UTF-16 surrogate pair (JSON's
 * "\udc80" parses to one), which no UTF-8 encoding represents. TextEncoder silently writes
 * U+FFFD in its place, so a record would be stored changed and reported accepted; records
 * refuse such strings instead.
 */

/** A high surrogate not followed by a low one, or a low surrogate not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first lone surrogate of `s` (UTF-16 index and the code unit), or undefined if `s` is well formed. */
export function findLoneSurrogate(s: string): { index: number; unit: number } | undefined {
  const m = LONE_SURROGATE.exec(s);
  return m ? { index: m.index, unit: m[0].charCodeAt(0) } : undefined;
}

/**
 * Why `s` cannot be sent as UTF-8 text ("a lone surrogate \udc80 at index 3 (…)"), or undefined
 * when it can.
 */
export function notUtf8Reason(s: string): string | undefined {
  const lone = findLoneSurrogate(s);
  if (!lone) return undefined;
  const escaped = `\\u${lone.unit.toString(16).padStart(4, "0")}`;
  return `a lone surrogate ${escaped} at index ${lone.index} (UTF-8 cannot encode it; a record is UTF-8 text, and it would be stored as U+FFFD)`;
}
