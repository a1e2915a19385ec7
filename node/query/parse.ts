/**
 * Parser for the CometBFT v0.38 query language:
 *   query     := condition ("AND" condition)*
 *   condition := tag "EXISTS" | tag op operand
 *   op        := "=" | "<" | "<=" | ">" | ">=" | "CONTAINS"
 *   operand   := 'string' | number | "DATE" yyyy-mm-dd | "TIME" rfc3339
 * An empty query matches everything (CometBFT's query.All).
 */
import type { Condition, Operand, Operator, Query } from "./ast.ts";
import { parseDecimal } from "./decimal.ts";

export class QuerySyntaxError extends Error {
  override readonly name = "QuerySyntaxError";
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} at position ${position}`);
  }
}

const TAG_CHAR = /[\w.\-/]/;
const NUMBER_RE = /^-?\d+(\.\d+)?/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}/;
const TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})/;

class Cursor {
  pos = 0;
  constructor(readonly src: string) {}

  skipSpaces(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos] ?? "")) this.pos++;
  }
  atEnd(): boolean {
    this.skipSpaces();
    return this.pos >= this.src.length;
  }
  rest(): string {
    return this.src.slice(this.pos);
  }
  /** Consumes `word` if it is next and is not the prefix of a longer word. */
  keyword(word: string): boolean {
    this.skipSpaces();
    if (!this.src.startsWith(word, this.pos)) return false;
    const after = this.src[this.pos + word.length];
    if (after !== undefined && /\w/.test(after)) return false;
    this.pos += word.length;
    return true;
  }
  fail(message: string): never {
    throw new QuerySyntaxError(message, this.pos);
  }
}

/** Throws QuerySyntaxError naming the position of the first problem. */
export function parseQuery(text: string): Query {
  const cursor = new Cursor(text);
  const conditions: Condition[] = [];
  if (cursor.atEnd()) return { text: text.trim(), conditions };
  conditions.push(parseCondition(cursor));
  while (!cursor.atEnd()) {
    if (!cursor.keyword("AND")) cursor.fail(`expected AND, found ${JSON.stringify(cursor.rest().slice(0, 12))}`);
    conditions.push(parseCondition(cursor));
  }
  return { text: text.trim(), conditions };
}

function parseCondition(cursor: Cursor): Condition {
  const tag = parseTag(cursor);
  if (cursor.keyword("EXISTS")) return { tag, op: "EXISTS" };
  const op = parseOperator(cursor);
  const operand = parseOperand(cursor);
  if (op === "CONTAINS" && operand.kind !== "string") {
    cursor.fail("CONTAINS needs a quoted string operand");
  }
  if (operand.kind === "string" && op !== "=" && op !== "CONTAINS") {
    cursor.fail(`operator ${op} is not defined for a string operand`);
  }
  return { tag, op, operand };
}

function parseTag(cursor: Cursor): string {
  cursor.skipSpaces();
  const start = cursor.pos;
  while (cursor.pos < cursor.src.length && TAG_CHAR.test(cursor.src[cursor.pos] ?? "")) cursor.pos++;
  if (cursor.pos === start) cursor.fail("expected a tag such as transfer.recipient");
  return cursor.src.slice(start, cursor.pos);
}

function parseOperator(cursor: Cursor): Exclude<Operator, "EXISTS"> {
  cursor.skipSpaces();
  for (const op of ["<=", ">=", "=", "<", ">"] as const) {
    if (cursor.src.startsWith(op, cursor.pos)) {
      cursor.pos += op.length;
      return op;
    }
  }
  if (cursor.keyword("CONTAINS")) return "CONTAINS";
  return cursor.fail("expected an operator (=, <, <=, >, >=, CONTAINS, EXISTS)");
}

function parseOperand(cursor: Cursor): Operand {
  cursor.skipSpaces();
  const start = cursor.pos;
  if (cursor.src[cursor.pos] === "'") {
    const end = cursor.src.indexOf("'", cursor.pos + 1);
    if (end < 0) cursor.fail("unterminated quoted string");
    cursor.pos = end + 1;
    return { kind: "string", value: cursor.src.slice(start + 1, end) };
  }
  if (cursor.keyword("DATE")) return parseTimeOperand(cursor, "date", DATE_RE);
  if (cursor.keyword("TIME")) return parseTimeOperand(cursor, "time", TIME_RE);
  const number = NUMBER_RE.exec(cursor.rest());
  if (!number) return cursor.fail("expected an operand: 'string', number, DATE yyyy-mm-dd or TIME rfc3339");
  cursor.pos += number[0].length;
  const following = cursor.src[cursor.pos];
  if (following !== undefined && /[\w.]/.test(following)) cursor.fail("malformed number");
  const value = parseDecimal(number[0]);
  if (!value) return cursor.fail("malformed number");
  return { kind: "number", text: number[0], value };
}

function parseTimeOperand(cursor: Cursor, kind: "date" | "time", shape: RegExp): Operand {
  cursor.skipSpaces();
  const match = shape.exec(cursor.rest());
  const label = kind === "date" ? "DATE yyyy-mm-dd" : "TIME in RFC 3339 form";
  if (!match) return cursor.fail(`expected ${label}`);
  const millis = Date.parse(kind === "date" ? `${match[0]}T00:00:00Z` : match[0]);
  if (Number.isNaN(millis)) return cursor.fail(`invalid ${label}: ${match[0]}`);
  cursor.pos += match[0].length;
  return { kind, text: match[0], millis };
}
