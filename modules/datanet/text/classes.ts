/**
 * The tokenizer's character classes. tables.ts assigns one to every code point (after folding);
 * gen/generateTables.ts says which Unicode properties each one was built from.
 */
/** White space and control characters: end the current token and are dropped. */
export const CLASS_SEP = 0;
/** Letters and digits (\p{L}, \p{N}) of scripts written with spaces: form maximal runs. */
export const CLASS_WORD = 1;
/** Combining marks (\p{M}): continue a word or a single-letter token, or start a word. */
export const CLASS_MARK = 2;
/**
 * Letters of scripts written without spaces (Han, kana, Thai, ...): one token each, with the
 * combining marks that follow. Otherwise a whole Chinese sentence would be a single "word".
 */
export const CLASS_SINGLE = 3;
/** Default-ignorable code points (soft hyphen, ZWJ, variation selectors, BOM): removed, no split. */
export const CLASS_IGNORE = 4;
/** Everything else (punctuation, symbols, emoji, unassigned, private use): one token each. */
export const CLASS_OTHER = 5;
