/**
 * Realistic datanet records at any count from the 6,046-mail SpamAssassin corpus: each mail
 * body is split into paragraphs, merged into chunks of at least MIN_CHUNK_TOKENS tokens, and
 * record i is chunk i mod n with its number `n<i>` put at the start and after about every
 * MARK_EVERY_TOKENS tokens.
 *
 * Why the numbers: the corpus repeats itself (list footers, quoted replies, spam templates), and
 * 100,000 records need ~3 uses of each chunk. A marker every 12 tokens keeps two records that
 * share text below the chain's dedup thresholds (no common run of 32 tokens, 5-gram Jaccard
 * ≈ 0.45 < 0.8), so every record is accepted while the dedup indexes still see all the shared
 * text: candidates are found and compared as they would be for real near-copies.
 */
import { decodeUtf8Strict, tokenize } from "../../modules/datanet/text/index.ts";
import { loadCorpus } from "../../test/corpus.ts";

export const MIN_CHUNK_TOKENS = 48;
export const MAX_CHUNK_TOKENS = 2000;
const MARK_EVERY_TOKENS = 12;

/** Whether the chain takes this text at all (some spam carries C1 control characters). */
function acceptedText(text: string): boolean {
  try {
    decodeUtf8Strict(new TextEncoder().encode(text));
    return true;
  } catch {
    return false;
  }
}

/**
 * Paragraph chunks of every mail, in corpus order, leaving out text the chain refuses as
 * binary. PERF: tokenizes the corpus once.
 */
export function corpusChunks(): string[] {
  const chunks: string[] = [];
  for (const mail of loadCorpus()) {
    let acc: string[] = [];
    let tokens = 0;
    for (const p of mail.body.split(/\n[ \t]*\n/).map((x) => x.trim()).filter((x) => x !== "")) {
      acc.push(p);
      tokens += tokenize(p).length;
      if (tokens >= MIN_CHUNK_TOKENS) {
        const chunk = acc.join("\n\n");
        if (tokens <= MAX_CHUNK_TOKENS && acceptedText(chunk)) chunks.push(chunk);
        acc = [];
        tokens = 0;
      }
    }
  }
  return chunks;
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
// ASCII letters and digits form words; other ASCII is punctuation (one token per character, as
// the tokenizer counts it); anything else is taken as a word character (close enough here).
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 128;

/**
 * Record `i`: its chunk with the marker `n<i>` first and then at the first token boundary after
 * every MARK_EVERY_TOKENS tokens (counted as the tokenizer splits: words and single
 * punctuation characters). PERF: linear in the chunk.
 */
export function recordBody(chunks: readonly string[], i: number): string {
  const marker = `n${i}`;
  const text = chunks[i % chunks.length]!;
  const out: string[] = [marker, " "];
  let from = 0;
  let tokens = 0;
  let inWord = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const word = isWordChar(c);
    const startsToken = !isSpace(c) && !(word && inWord);
    if (startsToken && tokens >= MARK_EVERY_TOKENS) {
      out.push(text.slice(from, k), ` ${marker} `);
      from = k;
      tokens = 0;
    }
    if (startsToken) tokens++;
    inWord = word;
  }
  out.push(text.slice(from));
  return out.join("");
}

/** A near-duplicate of `body` (not an exact one): its last word replaced. */
export function nearDuplicate(body: string): string {
  return body.replace(/\S+\s*$/, "zqxjv");
}
