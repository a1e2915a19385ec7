import { describe, expect, it } from "vitest";
import { matchesBlockEvents, matchesEvents, matchesTxEvents, parseQuery, QuerySyntaxError } from "./index.ts";

const ev = (type: string, attrs: Record<string, string>, index = true) => ({
  type,
  attributes: Object.entries(attrs).map(([key, value]) => ({ key, value, index })),
});

describe("parseQuery", () => {
  it("parses conditions joined by AND with every operand kind", () => {
    const q = parseQuery(
      "message.sender = 'trib1abc' AND tx.height>=5 AND amt.v<1.25 AND a.b EXISTS AND t.x CONTAINS 'foo' AND d.d > DATE 2024-01-02 AND t.t <= TIME 2024-01-02T03:04:05Z",
    );
    expect(q.conditions.map((c) => [c.tag, c.op, c.operand?.kind])).toEqual([
      ["message.sender", "=", "string"],
      ["tx.height", ">=", "number"],
      ["amt.v", "<", "number"],
      ["a.b", "EXISTS", undefined],
      ["t.x", "CONTAINS", "string"],
      ["d.d", ">", "date"],
      ["t.t", "<=", "time"],
    ]);
  });

  it("accepts an empty query (matches everything)", () => {
    expect(parseQuery("  ").conditions).toEqual([]);
    expect(matchesEvents(parseQuery(""), {})).toBe(true);
  });

  it.each([
    ["tx.height=", 10],
    ["tx.height = 5 OR tx.height = 6", 14],
    ["a.b = 'unterminated", 6],
    ["a.b < 'x'", 9],
    ["a.b CONTAINS 5", 14],
    ["= 5", 0],
    ["a.b = DATE 2024-1-2", 11],
    ["a.b = 5x", 7],
  ])("rejects %j naming position %d", (text, position) => {
    try {
      parseQuery(text);
      expect.unreachable("should have thrown");
    } catch (err) {
      expect(err).toBeInstanceOf(QuerySyntaxError);
      expect((err as QuerySyntaxError).position).toBe(position);
      expect((err as Error).message).toContain(`position ${position}`);
    }
  });
});

describe("matchesEvents", () => {
  const events = { "transfer.amount": ["100utrib", "7utrib"], "tx.height": ["12"], "m.s": ["trib1xyz"] };

  it("compares numbers exactly, using the leading number of a value", () => {
    expect(matchesEvents(parseQuery("transfer.amount > 99"), events)).toBe(true);
    expect(matchesEvents(parseQuery("transfer.amount > 100"), events)).toBe(false);
    expect(matchesEvents(parseQuery("transfer.amount = 7"), events)).toBe(true);
    expect(matchesEvents(parseQuery("tx.height = 12.0"), events)).toBe(true);
    expect(matchesEvents(parseQuery("tx.height < 12.0000000000000000001"), events)).toBe(true);
    expect(matchesEvents(parseQuery("tx.height > 11.9999999999999999999"), events)).toBe(true);
  });

  it("strings: exact equality and CONTAINS; absent tags fail, EXISTS needs the tag", () => {
    expect(matchesEvents(parseQuery("m.s = 'trib1xyz'"), events)).toBe(true);
    expect(matchesEvents(parseQuery("m.s = 'trib1xy'"), events)).toBe(false);
    expect(matchesEvents(parseQuery("m.s CONTAINS '1xy'"), events)).toBe(true);
    expect(matchesEvents(parseQuery("m.s EXISTS AND x.y EXISTS"), events)).toBe(false);
    expect(matchesEvents(parseQuery("m.s EXISTS"), events)).toBe(true);
    expect(matchesEvents(parseQuery("toString.x EXISTS"), events)).toBe(false);
  });

  it("dates and times", () => {
    const e = { "b.t": ["2024-03-01T10:00:00.123456789Z"], "b.d": ["2024-03-01"] };
    expect(matchesEvents(parseQuery("b.t > TIME 2024-03-01T09:59:59Z"), e)).toBe(true);
    expect(matchesEvents(parseQuery("b.t < TIME 2024-03-01T09:59:59Z"), e)).toBe(false);
    expect(matchesEvents(parseQuery("b.d = DATE 2024-03-01"), e)).toBe(true);
  });
});

describe("matchesTxEvents", () => {
  const events = [
    ev("message", { action: "/cosmos.bank.v1beta1.MsgSend", sender: "alice" }),
    ev("message", { sender: "bob", module: "bank" }),
    ev("secret", { k: "v" }, false),
  ];

  it("requires conditions on one event type to hold within the same event", () => {
    expect(matchesTxEvents(parseQuery("message.action='/cosmos.bank.v1beta1.MsgSend' AND message.sender='alice'"), 1n, events)).toBe(true);
    expect(matchesTxEvents(parseQuery("message.action='/cosmos.bank.v1beta1.MsgSend' AND message.sender='bob'"), 1n, events)).toBe(false);
    expect(matchesTxEvents(parseQuery("message.sender='bob' AND message.module='bank'"), 1n, events)).toBe(true);
  });

  it("ignores non-indexed attributes; handles tx.height and tx.hash", () => {
    expect(matchesTxEvents(parseQuery("secret.k='v'"), 1n, events)).toBe(false);
    expect(matchesTxEvents(parseQuery("tx.height=7 AND message.sender='bob'"), 7n, events)).toBe(true);
    expect(matchesTxEvents(parseQuery("tx.height>7"), 7n, events)).toBe(false);
    // A quoted height has no numeric value and the kv indexer drops the condition.
    expect(matchesTxEvents(parseQuery("tx.height='9'"), 7n, events)).toBe(true);
    expect(matchesTxEvents(parseQuery("tx.hash='ABCD'"), 7n, events, "abcd")).toBe(true);
    expect(matchesTxEvents(parseQuery("tx.hash='ABCE'"), 7n, events, "abcd")).toBe(false);
  });

  it("block search: block.height reserved", () => {
    const blockEvents = [ev("rewards", { epoch: "3" })];
    expect(matchesBlockEvents(parseQuery("block.height >= 10 AND rewards.epoch=3"), 10n, blockEvents)).toBe(true);
    expect(matchesBlockEvents(parseQuery("block.height >= 11 AND rewards.epoch=3"), 10n, blockEvents)).toBe(false);
  });
});
