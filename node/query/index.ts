/** The CometBFT v0.38 query language: parse once, match many. */
export type { Condition, Decimal, Operand, Operator, Query } from "./ast.ts";
export { parseQuery, QuerySyntaxError } from "./parse.ts";
export {
  matchesEvents,
  matchesTxEvents,
  matchesBlockEvents,
  conditionMatchesValue,
  TX_HASH_TAG,
  TX_HEIGHT_TAG,
  BLOCK_HEIGHT_TAG,
  type QueryableEvent,
} from "./match.ts";
import type { Query } from "./ast.ts";
import { parseQuery } from "./parse.ts";
import { conditionMatchesValue, matchesEvents } from "./match.ts";

/** Ready to inject as node/rpc/subscriptions.ts's QueryMatcher. */
export const cometQueryMatcher = {
  parse: (query: string): Query => parseQuery(query),
  matches: (parsed: unknown, events: Record<string, string[]>): boolean => matchesEvents(parsed as Query, events),
  /** Every condition on `tag` holds for `value` (the hub skips events no query can match). */
  admits: (parsed: unknown, tag: string, value: string): boolean =>
    (parsed as Query).conditions.every((cond) => cond.tag !== tag || conditionMatchesValue(cond, value)),
};
