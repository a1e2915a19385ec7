/**
 * Datanet's rules by rules version (chain/rules.ts): each rule here has one table, the one
 * place where version N's value is chosen.
 */
import type { Rules } from "../../chain/rules.ts";
import { rulesTable } from "../../chain/rules.ts";
import { TEXT_RULES_VERSION, tokenize } from "./text/index.ts";

/**
 * Bytes of one record's body, on top of the `max_record_bytes` param and the datanet's own
 * limit. Version 1: no cap beyond those (the param is 200,000 by default). Version 2: at most
 * 131,072 (128 KiB). A record may hold at most `max_tokens_per_record` (20,000) tokens, which
 * plain text fills in well under 128 KiB; the bytes above are whitespace, markup or padding that
 * no attribution can match, yet every storage node keeps and proves them for ever. The cap
 * bounds that dead weight whatever the params say.
 */
export const RECORD_BYTES_CAP = rulesTable<number | undefined>("bytes per record", {
  1: undefined,
  2: 131_072,
});

/** The most bytes one record may have under `rules`, given the params' and datanet's limit. */
export function maxRecordBytes(rules: Rules, limit: number): number {
  const cap = RECORD_BYTES_CAP.at(rules);
  return cap === undefined ? limit : Math.min(cap, limit);
}

/** One version of the text rules: its number (modules/datanet/text) and its tokenizer. */
export interface TextRulesEntry {
  readonly version: number;
  tokenize(text: string): string[];
}

/**
 * The text rules (tokenizer tables, PII scanners) by rules version: every version so far uses
 * text rules 1. Ingestion cuts contributions with them and attribution cuts outputs with them
 * (handed over through attribution's expected.ts), so both always read the same entry.
 */
export const TEXT_RULES = rulesTable<TextRulesEntry>("datanet text rules", {
  1: { version: TEXT_RULES_VERSION, tokenize },
});

/** The text rules of a block's rules version (`ctx.rules`). PERF: a scan of a few table entries. */
export function textRules(rules: Rules): TextRulesEntry {
  return TEXT_RULES.at(rules);
}
