import { describe, expect, it } from "vitest";
import { formatFields, parseRecord, renderSection } from "./resultsMarkdown.ts";
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
