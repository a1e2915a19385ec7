/**
 * Evaluating a parsed query (CometBFT v0.38 libs/pubsub/query and state/txindex/kv semantics).
 */
import type { Condition, Query } from "./ast.ts";
import { attributeNumber, compareDecimals } from "./decimal.ts";

/** Structurally both chain/events.ts AbciEvent and the cosmjs-types abci Event. */
export interface QueryableEvent {
  type: string;
  attributes: { key: string; value: string; index: boolean }[];
}

export const TX_HEIGHT_TAG = "tx.height";
export const TX_HASH_TAG = "tx.hash";
export const BLOCK_HEIGHT_TAG = "block.height";

/** Whether one attribute value satisfies one condition. */
export function conditionMatchesValue(cond: Condition, value: string): boolean {
  const operand = cond.operand;
  if (cond.op === "EXISTS" || operand === undefined) return true;
  switch (operand.kind) {
    case "string":
      return cond.op === "CONTAINS" ? value.includes(operand.value) : value === operand.value;
    case "number": {
      const number = attributeNumber(value);
      return number !== undefined && compareWith(cond.op, compareDecimals(number, operand.value));
    }
    case "date":
    case "time": {
      const millis = Date.parse(operand.kind === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
      return !Number.isNaN(millis) && compareWith(cond.op, Math.sign(millis - operand.millis));
    }
  }
}

function compareWith(op: Condition["op"], sign: number): boolean {
  switch (op) {
    case "=":
      return sign === 0;
    case "<":
      return sign < 0;
    case "<=":
      return sign <= 0;
    case ">":
      return sign > 0;
    case ">=":
      return sign >= 0;
    default:
      return false;
  }
}

/**
 * Websocket-subscription semantics: `events` maps composite keys to all their values; a condition
 * holds when any value of its tag satisfies it. An absent tag fails every condition.
 * PERF: grows with conditions × values per tag.
 */
export function matchesEvents(query: Query, events: Record<string, string[]>): boolean {
  return query.conditions.every((cond) => {
    const values = Object.hasOwn(events, cond.tag) ? events[cond.tag] : undefined;
    return values !== undefined && values.some((v) => conditionMatchesValue(cond, v));
  });
}

/** The event-type part of a tag: everything before the last dot. */
export function tagEventType(tag: string): string {
  const dot = tag.lastIndexOf(".");
  return dot < 0 ? tag : tag.slice(0, dot);
}

/** Whether one event has an indexed attribute under `cond.tag` satisfying `cond`. */
export function eventSatisfies(event: QueryableEvent, cond: Condition): boolean {
  if (event.type === "") return false;
  return event.attributes.some(
    (a) => a.index && a.key !== "" && `${event.type}.${a.key}` === cond.tag && conditionMatchesValue(cond, a.value),
  );
}

/**
 * Conditions grouped by event type, each group to be met by one single event (v0.37+ rule).
 * Reserved tags are left out; `reserved` lists them.
 */
export function groupByEventType(conditions: readonly Condition[], reserved: readonly string[]): Condition[][] {
  const groups = new Map<string, Condition[]>();
  for (const cond of conditions) {
    if (reserved.includes(cond.tag)) continue;
    const type = tagEventType(cond.tag);
    const group = groups.get(type);
    if (group) group.push(cond);
    else groups.set(type, [cond]);
  }
  return [...groups.values()];
}

/** Every group is satisfied by some single event. PERF: grows with conditions × events × attributes. */
export function eventsSatisfyGroups(groups: readonly Condition[][], events: readonly QueryableEvent[]): boolean {
  return groups.every((group) => events.some((event) => group.every((cond) => eventSatisfies(event, cond))));
}

/**
 * A reserved height condition (tx.height / block.height). As in the kv indexer, a height
 * condition whose operand is not a number is dropped (holds).
 */
export function heightSatisfies(cond: Condition, height: bigint): boolean {
  if (cond.op === "EXISTS" || cond.operand?.kind !== "number") return true;
  return conditionMatchesValue(cond, height.toString());
}

/**
 * Tx-index semantics for one tx: `tx.height` compares with the tx's height, `tx.hash` with its
 * hash (hex, either case; ignored when `hashHex` is not given), other conditions must be met by
 * indexed attributes, conditions on one event type within the same event.
 */
export function matchesTxEvents(
  query: Query,
  height: bigint,
  events: readonly QueryableEvent[],
  hashHex?: string,
): boolean {
  for (const cond of query.conditions) {
    if (cond.tag === TX_HEIGHT_TAG && !heightSatisfies(cond, height)) return false;
    if (cond.tag === TX_HASH_TAG && hashHex !== undefined && cond.operand?.kind === "string") {
      if (cond.operand.value.toLowerCase() !== hashHex.toLowerCase()) return false;
    }
  }
  return eventsSatisfyGroups(groupByEventType(query.conditions, [TX_HEIGHT_TAG, TX_HASH_TAG]), events);
}

/** Block-index semantics: `block.height` is reserved, the rest match finalize_block events. */
export function matchesBlockEvents(query: Query, height: bigint, events: readonly QueryableEvent[]): boolean {
  for (const cond of query.conditions) {
    if (cond.tag === BLOCK_HEIGHT_TAG && !heightSatisfies(cond, height)) return false;
  }
  return eventsSatisfyGroups(groupByEventType(query.conditions, [BLOCK_HEIGHT_TAG]), events);
}
