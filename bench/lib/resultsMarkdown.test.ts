import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recordRun } from "./resultsFiles.ts";
import {
  benchmarkName,
  formatFields,
  headingAnchor,
  headline,
  indexRows,
  monthOf,
  parseRecord,
  renderSection,
  RESULTS_HEADER,
  updateIndex,
} from "./resultsMarkdown.ts";
import { median, percentileSorted, summarize } from "./stats.ts";

const machine = { date: "2025-01-02T03:04:05.000Z", nproc: 2, cpuModel: "Test CPU", node: "v22.0.0", commit: "abc123" };

describe("bench result records", () => {
  it("parses only JSON objects with a bench name", () => {
    expect(parseRecord('{"bench":"x","ops_per_s":5}')).toEqual({ bench: "x", ops_per_s: 5 });
    expect(parseRecord('{"ops_per_s":5}')).toBeUndefined();
    expect(parseRecord("  · progress note")).toBeUndefined();
    expect(parseRecord("{not json")).toBeUndefined();
  });

  it("renders a dated section with machine facts, one row per record and failed scripts", () => {
    const md = renderSection(machine, [
      { script: "a.ts", records: [{ bench: "a", tx_per_s: 3100, meets_target: true, note: "x|y" }], failure: null, wallS: 1 },
      { script: "b.ts", records: [], failure: "exit code 1", wallS: 2.5 },
    ]);
    expect(md).toContain("## 2025-01-02T03:04:05.000Z");
    expect(md).toContain("2 CPUs (nproc), Test CPU");
    expect(md).toContain("node v22.0.0, commit abc123");
    expect(md).toContain("| a.ts | a | tx_per_s=3100, meets_target=true, note=x\\|y |");
    expect(md).toContain("| b.ts | — | FAILED after 2.5 s: exit code 1 |");
  });

  it("formats fields without the bench name", () => {
    expect(formatFields({ bench: "n", p50_ms: 1.5, first_rejection: null })).toBe("p50_ms=1.5, first_rejection=null");
  });
});

describe("results index and monthly history", () => {
  const rpcSend = { script: "rpc-send.ts", records: [{ bench: "rpc_send_round", round: 1 }, { bench: "rpc_send", committed_tx_per_s: 707, target: 3000, meets_target: false }], failure: null, wallS: 30 };

  it("names files and anchors as GitHub does", () => {
    expect(monthOf("2026-12-07T03:50:38.347Z")).toBe("2026-12");
    expect(() => monthOf("yesterday")).toThrow(/not an ISO date/);
    expect(headingAnchor("## 2026-11-24T18:59:02.716Z")).toBe("2026-11-24t185902716z");
    expect(headingAnchor("## 2026-12-07: chaos on a solo node (`make chaos-solo`)")).toBe("2026-12-07-chaos-on-a-solo-node-make-chaos-solo");
    expect(benchmarkName("rpc-send.ts")).toBe("rpc-send");
    expect(benchmarkName("eval/run.ts")).toBe("eval");
  });

  it("takes the headline from target rows, else summary rows, and says when a script failed", () => {
    expect(headline(rpcSend)).toBe("rpc_send: committed_tx_per_s=707, target=3000, meets_target=false");
    const many = { script: "x.ts", records: [{ bench: "x_round", a: 1 }, { bench: "x", a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 }], failure: null, wallS: 1 };
    expect(headline(many)).toBe("x: a=1, b=2, c=3, d=4, e=5, f=6, …");
    const longTarget = { ...many, records: [{ bench: "t", a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, target: 3000, meets_target: false }] };
    expect(headline(longTarget)).toBe("t: a=1, b=2, c=3, d=4, e=5, f=6, target=3000, meets_target=false, …");
    expect(headline({ script: "y.ts", records: [], failure: "exit code 1", wallS: 2.5 })).toBe("FAILED after 2.5 s: exit code 1");
  });

  it("replaces a benchmark's row, adds new ones in name order and keeps the others", () => {
    const old = updateIndex(RESULTS_HEADER, [{ name: "secp256k1", link: "results/2026-11.md#a", date: "2026-11-24", machine: "2 CPUs, A", headline: "old", command: "c" }]);
    const rows = indexRows(machine, [rpcSend, { ...rpcSend, script: "secp256k1.ts", records: [{ bench: "secp", ops_per_s: 9 }] }], (s) => `npx tsx bench/run.ts ${benchmarkName(s)}`);
    const next = updateIndex(old + "\n## After the table\n", rows);
    const table = next.split("\n").filter((l) => l.startsWith("| ["));
    expect(table).toEqual([
      "| [rpc-send](results/2025-01.md#2025-01-02t030405000z) | 2025-01-02 | 2 CPUs, Test CPU | rpc_send: committed_tx_per_s=707, target=3000, meets_target=false | `npx tsx bench/run.ts rpc-send` |",
      "| [secp256k1](results/2025-01.md#2025-01-02t030405000z) | 2025-01-02 | 2 CPUs, Test CPU | secp: ops_per_s=9 | `npx tsx bench/run.ts secp256k1` |",
    ]);
    expect(next).toContain("## After the table");
    const failed = indexRows(machine, [{ script: "rpc-send.ts", records: [], failure: "exit code 1", wallS: 1 }, { script: "new.ts", records: [], failure: "exit code 2", wallS: 1 }], () => "c");
    const afterFailure = updateIndex(next, failed).split("\n").filter((l) => l.startsWith("| ["));
    expect(afterFailure).toContain(table[0]);
    expect(afterFailure).toContain("| [new](results/2025-01.md#2025-01-02t030405000z) | 2025-01-02 | 2 CPUs, Test CPU | FAILED after 1.0 s: exit code 2 | `c` |");
    expect(updateIndex("# hand-edited, no table\n", rows)).toContain("| [rpc-send](");
  });

  it("appends the run to the month's file and updates the index, creating both the first time", () => {
    const dir = mkdtempSync(join(tmpdir(), "bench-results-"));
    try {
      expect(recordRun(dir, machine, [rpcSend], () => "make x")).toEqual(["results/2025-01.md", "RESULTS.md"]);
      recordRun(dir, { ...machine, date: "2025-01-09T00:00:00.000Z" }, [rpcSend], () => "make x");
      const history = readFileSync(join(dir, "results", "2025-01.md"), "utf8");
      expect(history.match(/^## /gm)).toHaveLength(2);
      expect(history).toContain("| rpc-send.ts | rpc_send | committed_tx_per_s=707");
      const index = readFileSync(join(dir, "RESULTS.md"), "utf8");
      expect(index.match(/^\| \[rpc-send\]/gm)).toHaveLength(1);
      expect(index).toContain("(results/2025-01.md#2025-01-09t000000000z) | 2025-01-09 |");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the committed index links only to runs that exist in bench/results/", () => {
    const benchDir = join(import.meta.dirname, "..");
    const anchors = new Set<string>();
    for (const f of readdirSync(join(benchDir, "results"))) {
      for (const h of readFileSync(join(benchDir, "results", f), "utf8").split("\n").filter((l) => l.startsWith("## "))) anchors.add(`results/${f}#${headingAnchor(h)}`);
    }
    const links = [...readFileSync(join(benchDir, "RESULTS.md"), "utf8").matchAll(/^\| \[[^\]]+\]\(([^)]+)\)/gm)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(10);
    for (const l of links) expect(anchors, l).toContain(l);
  });
});

describe("bench statistics", () => {
  it("uses nearest-rank percentiles", () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentileSorted(xs, 50)).toBe(50);
    expect(percentileSorted(xs, 99)).toBe(99);
    expect(percentileSorted([7], 99)).toBe(7);
    expect(Number.isNaN(percentileSorted([], 50))).toBe(true);
  });

  it("summarizes unsorted input and takes the median of repeats", () => {
    const s = summarize([5, 1, 3, 100]);
    expect(s).toMatchObject({ count: 4, min: 1, max: 100, p50: 3, p99: 100, mean: 27.25 });
    expect(median([3000, 2500, 4000])).toBe(3000);
  });
});
