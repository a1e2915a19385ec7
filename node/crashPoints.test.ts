import { describe, expect, it } from "vitest";
import { parseCrashAt } from "./crashPoints.ts";

describe("TRIBUTARY_CRASH_AT", () => {
  it("parses phases and pass counts; unset or empty is no crash point", () => {
    expect(parseCrashAt(undefined).size).toBe(0);
    expect(parseCrashAt("").size).toBe(0);
    expect([...parseCrashAt("commit:7, index-build:2")]).toEqual([["commit", 7], ["index-build", 2]]);
  });

  it("refuses an unknown phase or a count that is not a positive integer, naming the part", () => {
    for (const bad of ["commit", "commit:0", "commit:-1", "commit:1.5", "comit:3", "index-build:x", "commit:3;"]) {
      expect(() => parseCrashAt(bad), bad).toThrow(/invalid TRIBUTARY_CRASH_AT .*expected <phase>:<k> with phase one of commit, index-build/);
    }
  });
});
