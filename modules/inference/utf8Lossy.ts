/**
 * UTF-8 → string by the WHATWG decoder algorithm (one U+FFFD per maximal invalid subpart), the
 * tokenizer's decode. Written out rather than taken from TextDecoder so that no ICU build or
 * Node version can change a model output's text: consensus code, integers only.
 */

const REPLACEMENT = 0xfffd;
const FLUSH = 4096;

/** PERF: O(bytes). */
export function utf8Lossy(bytes: Uint8Array): string {
  const units: number[] = [];
  let s = "";
  const emit = (cp: number) => {
    if (cp < 0x10000) units.push(cp);
    else units.push(0xd800 | ((cp - 0x10000) >> 10), 0xdc00 | ((cp - 0x10000) & 0x3ff));
    if (units.length >= FLUSH) {
      s += String.fromCharCode(...units);
      units.length = 0;
    }
  };
  let needed = 0, seen = 0, cp = 0, lower = 0x80, upper = 0xbf;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (needed === 0) {
      if (b <= 0x7f) emit(b);
      else if (b >= 0xc2 && b <= 0xdf) [needed, cp] = [1, b & 0x1f];
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        [needed, cp] = [2, b & 0x0f];
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        [needed, cp] = [3, b & 0x07];
      } else emit(REPLACEMENT);
      continue;
    }
    if (b < lower || b > upper) {
      [needed, seen, cp, lower, upper] = [0, 0, 0, 0x80, 0xbf];
      emit(REPLACEMENT);
      i--; // the byte starts over as a lead
      continue;
    }
    [lower, upper] = [0x80, 0xbf];
    cp = (cp << 6) | (b & 0x3f);
    if (++seen === needed) {
      emit(cp);
      [needed, seen, cp] = [0, 0, 0];
    }
  }
  if (needed !== 0) emit(REPLACEMENT);
  return s + String.fromCharCode(...units);
}
