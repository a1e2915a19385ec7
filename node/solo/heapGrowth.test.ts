import { getHeapStatistics } from "node:v8";
import { describe, expect, it } from "vitest";
import { HEAP_GROWING_PERCENT, heapGrowthFlag, tuneHeapGrowth } from "./heapGrowth.ts";

describe("solo node heap growth", () => {
  it("sets a fixed growth when the operator chose none", () => {
    expect(heapGrowthFlag([], undefined)).toBe(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    expect(heapGrowthFlag(["--max-old-space-size=4096"], "--enable-source-maps")).toBe(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  });

  it("leaves an operator's own setting alone (command line or NODE_OPTIONS, either spelling)", () => {
    expect(heapGrowthFlag(["--heap-growing-percent=20"], undefined)).toBeUndefined();
    expect(heapGrowthFlag(["--heap_growing_percent=20"], undefined)).toBeUndefined();
    expect(heapGrowthFlag([], "--max-old-space-size=2048 --heap-growing-percent=80")).toBeUndefined();
  });

  it("applies in a running process without disturbing the heap (idempotent)", () => {
    const before = getHeapStatistics().heap_size_limit;
    tuneHeapGrowth();
    tuneHeapGrowth();
    // Only the growth factor changes, not the heap's hard limit.
    expect(getHeapStatistics().heap_size_limit).toBe(before);
    const kept = Array.from({ length: 200_000 }, (_, i) => ({ i, s: `x${i}` }));
    expect(kept[199_999]?.s).toBe("x199999");
  });
});
