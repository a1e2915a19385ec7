/**
 * Generates modules/datanet/text/tables.ts, the frozen character tables of the datanet text
 * pipeline. Run by hand, never at build or test time:
 *
 *   npx tsx modules/datanet/text/gen/generateTables.ts
 *
 * This is the ONLY place that may read the engine's Unicode data (\p{...}, normalize("NFKC"),
 * toLowerCase/toUpperCase). The runtime reads tables.ts alone, so a Node or ICU upgrade cannot
 * change a token. Regenerating with a newer Unicode changes the tables, which changes tokens and
 * forks the chain: tables.test.ts then fails until TEXT_RULES_VERSION is bumped (a protocol
 * change, activated by an upgrade) and the committed table hash is updated.
 *
 * What it emits:
 * 1. Character classes (classes.ts) of every code point 0..U+10FFFF as sorted ranges:
 *    surrogate -> OTHER; Default_Ignorable_Code_Point -> IGNORE; White_Space or Cc -> SEP;
 *    \p{M} -> MARK; letters of the no-space scripts in SINGLE_SCRIPTS (and Han \p{Nl}) -> SINGLE;
 *    other \p{L} or \p{N} -> WORD; everything else -> OTHER.
 * 2. The fold: code point -> replacement code points, for every code point whose fold differs
 *    from itself, in ALL planes (in practice 0, 1 and 2). Not only the BMP: plane 1 holds the
 *    mathematical alphanumerics and enclosed letters that spam uses to dodge filters ("𝐟𝐫𝐞𝐞"
 *    must fold to "free" or a copy evades dedup) and Deseret/Adlam/Osage case pairs; plane 2
 *    holds the CJK compatibility ideographs. The whole table is ~6,400 entries.
 *    fold(c) = NFKC(caseFold(NFKC(c))) with default-ignorables removed, closed under itself
 *    (every code point of a replacement folds to itself), so folding is idempotent.
 *    caseFold is per code point toLowerCase(toUpperCase(d)), which matches Unicode full case
 *    folding (ß -> ss, ς -> σ, ᾈ -> ἀι) except for dotless ı, which we keep as ı like
 *    CaseFolding.txt does (toUpperCase would merge it with i).
 *    The fold is per code point: there is no canonical composition at run time, so NFD input
 *    ("e" + U+0301) stays decomposed and differs from NFC "é". Text from editors, the web and
 *    models is NFC; folding to NFD instead would split every Hangul syllable into jamo.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CLASS_IGNORE, CLASS_MARK, CLASS_OTHER, CLASS_SEP, CLASS_SINGLE, CLASS_WORD } from "../classes.ts";
import { tablesDigestHex } from "../tablesDigest.ts";

const MAX_CP = 0x10ffff;
/** Scripts written without spaces between words: each letter is its own token. */
const SINGLE_SCRIPTS = ["Han", "Hiragana", "Katakana", "Bopomofo", "Thai", "Lao", "Khmer", "Myanmar", "Yi", "Tangut", "Nushu", "Khitan_Small_Script"];

const isIgnorable = /^\p{Default_Ignorable_Code_Point}$/u;
const isSep = /^[\p{White_Space}\p{Cc}]$/u;
const isMark = /^\p{M}$/u;
const isWord = /^[\p{L}\p{N}]$/u;
const isSingle = new RegExp(`^(?:${SINGLE_SCRIPTS.map((s) => `(?=\\p{Script=${s}})\\p{L}`).join("|")}|(?=\\p{Script=Han})\\p{Nl})$`, "u");

function isSurrogate(cp: number): boolean {
  return cp >= 0xd800 && cp <= 0xdfff;
}

function classify(cp: number): number {
  if (isSurrogate(cp)) return CLASS_OTHER;
  const s = String.fromCodePoint(cp);
  if (isIgnorable.test(s)) return CLASS_IGNORE;
  if (isSep.test(s)) return CLASS_SEP;
  if (isMark.test(s)) return CLASS_MARK;
  if (isSingle.test(s)) return CLASS_SINGLE;
  if (isWord.test(s)) return CLASS_WORD;
  return CLASS_OTHER;
}

function caseFold(s: string): string {
  let out = "";
  for (const d of s) out += d === "\u0131" ? d : d.toUpperCase().toLowerCase();
  return out;
}

function codePoints(s: string): number[] {
  return Array.from(s, (d) => d.codePointAt(0) as number);
}

/** One step of the fold, before closure: NFKC, case fold, NFKC, default-ignorables removed. */
function foldOnce(cp: number, classes: Uint8Array): number[] {
  const s = caseFold(String.fromCodePoint(cp).normalize("NFKC")).normalize("NFKC");
  return codePoints(s).filter((d) => classes[d] !== CLASS_IGNORE);
}

function buildClasses(): Uint8Array {
  const classes = new Uint8Array(MAX_CP + 1);
  for (let cp = 0; cp <= MAX_CP; cp++) classes[cp] = classify(cp);
  return classes;
}

function buildFold(classes: Uint8Array): Map<number, number[]> {
  const fold = new Map<number, number[]>();
  for (let cp = 0; cp <= MAX_CP; cp++) {
    if (isSurrogate(cp) || classes[cp] === CLASS_IGNORE) continue;
    const to = foldOnce(cp, classes);
    if (to.length !== 1 || to[0] !== cp) fold.set(cp, to);
  }
  // Close the map under itself so that fold(fold(x)) = fold(x) for every string.
  for (let round = 0; ; round++) {
    if (round > 8) throw new Error("fold does not converge");
    let changed = false;
    for (const [cp, to] of [...fold.entries()].sort((a, b) => a[0] - b[0])) {
      const next = to.flatMap((d) => fold.get(d) ?? [d]);
      if (next.join() !== to.join()) {
        fold.set(cp, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  for (const [cp, to] of fold) {
    for (const d of to) {
      if (fold.has(d) || classes[d] === CLASS_IGNORE) throw new Error(`fold of U+${cp.toString(16)} is not closed at U+${d.toString(16)}`);
    }
  }
  return fold;
}

function toRanges(classes: Uint8Array): { starts: number[]; values: number[] } {
  const starts: number[] = [];
  const values: number[] = [];
  for (let cp = 0; cp <= MAX_CP; cp++) {
    if (cp === 0 || classes[cp] !== classes[cp - 1]) {
      starts.push(cp);
      values.push(classes[cp]!);
    }
  }
  return { starts, values };
}

function hex(n: number): string {
  return `0x${n.toString(16)}`;
}

function arrayLiteral(name: string, type: string, items: number[], fmt: (n: number) => string, doc: string): string {
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += 16) lines.push(`  ${items.slice(i, i + 16).map(fmt).join(", ")},`);
  return `/** ${doc} */\nexport const ${name}: ${type} = new ${type}([\n${lines.join("\n")}\n]);\n`;
}

function main(): void {
  const classes = buildClasses();
  const fold = buildFold(classes);
  const { starts, values } = toRanges(classes);
  const from = [...fold.keys()].sort((a, b) => a - b);
  const offsets = [0];
  const to: number[] = [];
  for (const cp of from) {
    to.push(...(fold.get(cp) as number[]));
    offsets.push(to.length);
  }
  const unicode = process.versions.unicode ?? "unknown";
  const header = [
    "// GENERATED by modules/datanet/text/gen/generateTables.ts. DO NOT EDIT: a change forks the chain.",
    `// Unicode ${unicode} (ICU ${process.versions.icu}, Node ${process.version}).`,
    `// ${starts.length} class ranges over U+0000..U+10FFFF; ${from.length} folded code points (planes 0-2).`,
    "// Classes are the CLASS_* constants of classes.ts; see the generator for how each was chosen.",
    "",
    `/** Unicode version the tables were generated from (documentation; the tables are what count). */`,
    `export const TABLES_UNICODE_VERSION = ${JSON.stringify(unicode)};`,
    "",
  ].join("\n");
  const body = [
    arrayLiteral("CLASS_STARTS", "Int32Array", starts, hex, "First code point of each class range; a range runs to the next start (the last to U+10FFFF)."),
    arrayLiteral("CLASS_VALUES", "Uint8Array", values, String, "Class of each range in CLASS_STARTS."),
    arrayLiteral("FOLD_FROM", "Int32Array", from, hex, "Code points that fold to something else, ascending."),
    arrayLiteral("FOLD_TO_OFFSETS", "Int32Array", offsets, String, "FOLD_FROM[i] folds to FOLD_TO[FOLD_TO_OFFSETS[i] .. FOLD_TO_OFFSETS[i + 1])."),
    arrayLiteral("FOLD_TO", "Int32Array", to, hex, "Replacement code points, concatenated."),
  ].join("\n");
  const outPath = join(dirname(fileURLToPath(import.meta.url)), "..", "tables.ts");
  writeFileSync(outPath, `${header}\n${body}`);
  const digest = tablesDigestHex(
    { starts: Int32Array.from(starts), values: Uint8Array.from(values), from: Int32Array.from(from), offsets: Int32Array.from(offsets), to: Int32Array.from(to) },
    sha256,
  );
  console.log(`wrote ${outPath}: ${starts.length} ranges, ${from.length} folds (${to.length} code points), digest ${digest}`);
}

main();
