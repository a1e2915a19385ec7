/**
 * Normalisation and tokenisation: each code point is folded through
 * the frozen table (case fold + compatibility fold, default-ignorables removed), then the folded
 * text is cut into tokens by the frozen classes:
 * - a maximal run of WORD code points (letters, digits) and MARKs is one token;
 * - a SINGLE code point (a letter of a script written without spaces: Han, kana, Thai, ...) is
 *   one token together with the MARKs that follow it;
 * - any other code point (punctuation, symbol, emoji, unassigned) is a token by itself;
 * - SEP (white space, controls) ends a token and is dropped; IGNORE is dropped without ending it.
 * An unpaired surrogate (impossible in decoded UTF-8, possible in a JS string) counts as U+FFFD.
 */
import { classOf, FOLD_TO, FOLD_TO_OFFSETS, foldIndex } from "./charClass.ts";
import { CLASS_IGNORE, CLASS_MARK, CLASS_SEP, CLASS_SINGLE, CLASS_WORD } from "./classes.ts";

const NONE = -1;
const REPLACEMENT = 0xfffd;
/** String.fromCharCode.apply takes at most this many arguments at once, safely. */
const CHUNK = 4096;

/** Growable UTF-16 buffer of the token being built. */
class TokenBuffer {
  units = new Uint16Array(256);
  length = 0;

  push(cp: number): void {
    if (this.length + 2 > this.units.length) {
      const bigger = new Uint16Array(this.units.length * 2);
      bigger.set(this.units);
      this.units = bigger;
    }
    if (cp < 0x10000) {
      this.units[this.length++] = cp;
    } else {
      const v = cp - 0x10000;
      this.units[this.length++] = 0xd800 | (v >>> 10);
      this.units[this.length++] = 0xdc00 | (v & 0x3ff);
    }
  }

  take(): string {
    let s = "";
    for (let i = 0; i < this.length; i += CHUNK) {
      s += String.fromCharCode.apply(null, this.units.subarray(i, Math.min(this.length, i + CHUNK)) as unknown as number[]);
    }
    this.length = 0;
    return s;
  }
}

/** Cuts the folded code point stream into tokens; `kind` is the class of the open token. */
class Segmenter {
  readonly tokens: string[] = [];
  private readonly buf = new TokenBuffer();
  private kind = NONE;

  feed(cp: number): void {
    const cls = classOf(cp);
    if (cls === CLASS_IGNORE) return;
    if (cls === CLASS_SEP) {
      this.flush();
      return;
    }
    const continues = (cls === CLASS_WORD && this.kind === CLASS_WORD) || (cls === CLASS_MARK && (this.kind === CLASS_WORD || this.kind === CLASS_SINGLE));
    if (!continues) {
      this.flush();
      this.kind = cls === CLASS_MARK ? CLASS_WORD : cls;
    }
    this.buf.push(cp);
    if (cls !== CLASS_WORD && cls !== CLASS_MARK && cls !== CLASS_SINGLE) this.flush();
  }

  flush(): void {
    if (this.kind !== NONE) this.tokens.push(this.buf.take());
    this.kind = NONE;
  }
}

/**
 * Tokens of `text` under the frozen rules of TEXT_RULES_VERSION.
 * PERF: linear in the text length; one table read per code point in the BMP.
 */
export function tokenize(text: string): string[] {
  const seg = new Segmenter();
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdfff) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (cp <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        cp = REPLACEMENT;
      }
    }
    const f = foldIndex(cp);
    if (f < 0) {
      seg.feed(cp);
    } else {
      for (let j = FOLD_TO_OFFSETS[f]!; j < FOLD_TO_OFFSETS[f + 1]!; j++) seg.feed(FOLD_TO[j]!);
    }
  }
  seg.flush();
  return seg.tokens;
}
