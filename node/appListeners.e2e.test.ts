/**
 * The App's listener hooks on a real solo node: the driver's blocks reach listeners registered
 * through `RunningNode.listeners` (after FinalizeBlock, then after Commit, per height), and a
 * listener that throws is logged by the node's logger ("app listener failed", with its name and
 * hook) while blocks keep coming.
 */
import { rmSync } from "node:fs";
import { Writable } from "node:stream";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTestHome } from "../test/testNode.ts";
import { type RunningNode, startNode } from "./node.ts";

let home: string;
let node: RunningNode;
const logLines: { msg?: string; listener?: string; hook?: string; err?: { message?: string } }[] = [];

beforeAll(async () => {
  home = makeTestHome({ timeoutCommitMs: 50 });
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split("\n")) if (line.trim()) logLines.push(JSON.parse(line) as (typeof logLines)[number]);
      done();
    },
  });
  node = await startNode({ home, logger: pino({ level: "error" }, sink) });
}, 60_000);

afterAll(async () => {
  await node?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
});

describe("App listeners on a solo node", () => {
  it("see every block after FinalizeBlock then after Commit; a throwing one is logged and the chain goes on", async () => {
    const calls: string[] = [];
    node.listeners.add({
      name: "broken",
      afterCommit(height) {
        throw new Error(`cannot follow ${height}`);
      },
    });
    node.listeners.add({
      name: "recorder",
      afterFinalizeBlock: (b) => void calls.push(`finalized ${b.height}`),
      afterCommit: (h) => void calls.push(`committed ${h}`),
    });
    const start = node.driver.latestHeight();
    await node.driver.waitForHeight(start + 2n);
    // Registered while the loop runs: a block already past FinalizeBlock shows only its Commit.
    const from = calls.findIndex((c) => c.startsWith("finalized"));
    const first = BigInt(calls[from]!.split(" ")[1]!);
    expect(first).toBeLessThanOrEqual(start + 2n);
    await node.driver.waitForHeight(first + 2n);
    const expected = [0n, 1n, 2n].flatMap((i) => [`finalized ${first + i}`, `committed ${first + i}`]);
    expect(calls.slice(from, from + 6)).toEqual(expected);
    const failures = logLines.filter((l) => l.msg === "app listener failed");
    expect(failures.length).toBeGreaterThanOrEqual(3);
    expect(failures.find((l) => l.err?.message === `cannot follow ${first}`)).toMatchObject({ listener: "broken", hook: "afterCommit" });
    expect(node.driver.fatalError).toBeUndefined();
  });
});
