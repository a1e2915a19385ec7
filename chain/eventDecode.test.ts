import { describe, expect, it } from "vitest";
import { eventFields } from "./eventDecode.ts";
import { event } from "./events.ts";

describe("eventFields", () => {
  const e = event("x.v1.EventThing", { id: "42", big: "18446744073709551615", ok: "true", hash: "00ff", empty: "", name: "n" });

  it("reads back integers, booleans, hex and strings as the emitters write them; another type is undefined", () => {
    const f = eventFields(e, "x.v1.EventThing")!;
    expect([f.bigint("id"), f.number("id"), f.bigint("big"), f.bool("ok"), f.string("name")]).toEqual([42n, 42, 18446744073709551615n, true, "n"]);
    expect(f.hex("hash")).toEqual(new Uint8Array([0, 255]));
    expect(f.hex("empty")).toEqual(new Uint8Array());
    expect(eventFields(e, "x.v1.EventOther")).toBeUndefined();
  });

  it("refuses a missing or malformed attribute, naming the event and the key", () => {
    const f = eventFields(e, "x.v1.EventThing")!;
    expect(() => f.string("nope")).toThrow("event x.v1.EventThing: attribute nope is missing");
    expect(() => f.bigint("name")).toThrow('event x.v1.EventThing: attribute name is not an integer: "n"');
    expect(() => f.bigint("empty")).toThrow("attribute empty is not an integer");
    expect(() => f.number("big")).toThrow("attribute big is out of range: 18446744073709551615");
    expect(() => f.bool("id")).toThrow('attribute id is not true/false: "42"');
    expect(() => f.hex("name")).toThrow('attribute name is not lowercase hex: "n"');
    expect(() => eventFields(event("x.v1.EventThing", { h: "ABCD" }), "x.v1.EventThing")!.hex("h")).toThrow("is not lowercase hex");
  });
});
