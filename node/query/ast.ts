/**
 * The parsed form of a CometBFT v0.38 query (libs/pubsub/query/syntax): conditions joined by AND.
 */
export type Operator = "=" | "<" | "<=" | ">" | ">=" | "CONTAINS" | "EXISTS";

/** An exact decimal: value = mantissa / 10^scale. Comparing these never loses precision. */
export interface Decimal {
  mantissa: bigint;
  scale: number;
}

export type Operand =
  | { kind: "string"; value: string }
  | { kind: "number"; text: string; value: Decimal }
  /** DATE and TIME operands, as milliseconds since the epoch (node-side only, never consensus). */
  | { kind: "date"; text: string; millis: number }
  | { kind: "time"; text: string; millis: number };

export interface Condition {
  /** Composite key "<event type>.<attribute key>", e.g. "transfer.recipient" or "tx.height". */
  tag: string;
  op: Operator;
  /** Absent only for EXISTS. */
  operand?: Operand;
}

export interface Query {
  /** The query text as given (trimmed). */
  text: string;
  conditions: Condition[];
}
