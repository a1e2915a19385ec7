import { describe, expect, it } from "vitest";
import { EventManager } from "./events.ts";

describe("EventManager.tagMsgIndex", () => {
  it("tags only the events emitted since `from`, after their own attributes", () => {
    const m = new EventManager();
    m.emit("a", { x: "1" });
    m.emit("b", [["y", "2"], ["z", "3"]]);
    m.emit("c", []);
    m.tagMsgIndex(1, 4);
    expect(m.events).toEqual([
      { type: "a", attributes: [{ key: "x", value: "1", index: true }] },
      { type: "b", attributes: [{ key: "y", value: "2", index: true }, { key: "z", value: "3", index: true }, { key: "msg_index", value: "4", index: true }] },
      { type: "c", attributes: [{ key: "msg_index", value: "4", index: true }] },
    ]);
  });
});
