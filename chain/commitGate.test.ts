import { describe, expect, it } from "vitest";
import { CommitGate } from "./commitGate.ts";

/** A promise with its resolve exposed, to hold a reader or writer part-way. */
function latch(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((r) => (open = r));
  return { promise, open };
}

const tick = () => new Promise((r) => setImmediate(r));

describe("CommitGate", () => {
  it("a commit waits for the query in flight, and a query that arrives during the commit waits for it", async () => {
    const gate = new CommitGate();
    const log: string[] = [];
    const queryHeld = latch();
    const q1 = gate.read(async () => {
      log.push("q1 start");
      await queryHeld.promise;
      log.push("q1 end");
    });
    await tick();
    const commitHeld = latch();
    const c = gate.commit(async () => {
      log.push("commit start");
      await commitHeld.promise;
      log.push("commit end");
    });
    await tick();
    expect(log).toEqual(["q1 start"]); // the commit has not started under the running query
    queryHeld.open();
    await q1;
    await tick();
    expect(log).toEqual(["q1 start", "q1 end", "commit start"]);
    const q2 = gate.read(async () => void log.push("q2"));
    await tick();
    expect(log).not.toContain("q2"); // held until the commit ends
    commitHeld.open();
    await Promise.all([c, q2]);
    expect(log).toEqual(["q1 start", "q1 end", "commit start", "commit end", "q2"]);
  });

  it("a failing reader or writer does not leave the gate closed", async () => {
    const gate = new CommitGate();
    await expect(gate.read(async () => Promise.reject(new Error("bad query")))).rejects.toThrow("bad query");
    await expect(gate.commit(async () => Promise.reject(new Error("bad commit")))).rejects.toThrow("bad commit");
    expect(await gate.read(async () => 1)).toBe(1);
    expect(await gate.commit(async () => 2)).toBe(2);
  });
});
