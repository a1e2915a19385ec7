/**
 * Datanet's rules by rules version (chain/rules.ts): each rule here has one table, the one
 * place where version N's value is chosen.
 */
import type { Rules } from "../../chain/rules.ts";
import { rulesTable } from "../../chain/rules.ts";
import { TEXT_RULES_VERSION, tokenize } from "./text/index.ts";
import type { DatanetParams } from "./types.ts";

/**
 * Records one MsgContribute may carry, on top of the `max_records_per_msg` param. Version 1: no
 * cap beyond the param (default 100). Version 2: at most 32. Each record costs the deliver path
 * a tokenization, a 112-hash MinHash, winnowing and ~20 fingerprint writes, all inside one
 * message that either lands whole or not at all; 32 keeps that message's work and its gas
 * estimate bounded whatever the param says, and a contributor with more records sends more
 * messages (the per-window quota is unchanged).
 */
export const CONTRIBUTE_RECORDS_CAP = rulesTable<number | undefined>("records per MsgContribute", {
  1: undefined,
  2: 32,
});

/** The most records one MsgContribute may carry under `rules` and `params`. */
export function maxRecordsPerContribute(rules: Rules, params: Pick<DatanetParams, "maxRecordsPerMsg">): number {
  const cap = CONTRIBUTE_RECORDS_CAP.at(rules);
  return cap === undefined ? params.maxRecordsPerMsg : Math.min(cap, params.maxRecordsPerMsg);
}

/** The text rules (tokenizer tables, PII scanners) by rules version: every version so far uses text rules 1. */
export const TEXT_RULES = rulesTable("datanet text rules", {
  1: { version: TEXT_RULES_VERSION, tokenize },
});
