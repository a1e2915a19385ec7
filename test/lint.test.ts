/**
 * The consensus lint profile (eslint.config.js, eslint/determinism.js) through ESLint's Node API,
 * as `make lint` runs it: every hazard in test/lint/hazards.fixture.ts (one a line, marked
 * "hazard") is reported when the file is linted as consensus code, in each place consensus code
 * lives; no other line is; the allowed constructs in clean.fixture.ts give no message at all.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ESLint, type Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { packageFile } from "../node/packageRoot.ts";
import { take } from "./support/take.ts";

const root = packageFile(".");
const eslint = new ESLint({ cwd: root });
const fixture = (name: string) => readFileSync(join(root, "test", "lint", name), "utf8");

const PROFILE_RULES = ["no-restricted-globals", "no-restricted-properties", "no-restricted-imports", "no-restricted-syntax"];
const isProfileRule = (id: string | null) => id !== null && (PROFILE_RULES.includes(id) || id.startsWith("determinism/"));

async function lintAs(text: string, path: string): Promise<Linter.LintMessage[]> {
  const [result] = take(await eslint.lintText(text, { filePath: join(root, path) }), 1);
  return result.messages;
}

/** Line numbers (1-based) of the fixture's lines marked `// hazard`. */
function hazardLines(text: string): number[] {
  return text.split("\n").flatMap((line, i) => (/\/\/ hazard\s*$/.test(line) ? [i + 1] : []));
}

describe("consensus lint profile", () => {
  const hazards = fixture("hazards.fixture.ts");
  const lines = hazards.split("\n");
  const marked = hazardLines(hazards);

  it("the fixture probes every hazard family", () => {
    expect(marked.length).toBeGreaterThanOrEqual(100);
  });

  for (const place of ["modules/datanet/lintProbe.ts", "chain/lintProbe.ts", "node/inference/lintProbe.ts", "node/attribution/lintProbe.ts"]) {
    it(`reports every hazard line, and only those, in ${place.split("/lintProbe")[0]}/`, async () => {
      const messages = (await lintAs(hazards, place)).filter((m) => isProfileRule(m.ruleId));
      const flagged = new Set(messages.map((m) => m.line));
      const missed = marked.filter((n) => !flagged.has(n)).map((n) => `${n}: ${lines[n - 1]}`);
      const extra = [...flagged].filter((n) => !marked.includes(n)).map((n) => `${n}: ${lines[n - 1]}`);
      expect(missed, "hazards not reported").toEqual([]);
      expect(extra, "lines reported that are not hazards").toEqual([]);
    });
  }

  it("reports nothing at all on the allowed constructs", async () => {
    const messages = await lintAs(fixture("clean.fixture.ts"), "modules/datanet/lintClean.ts");
    expect(messages.map((m) => `${m.line}: ${m.ruleId} ${m.message}`)).toEqual([]);
  });

  it("the node I/O plumbing may use fs, the clock and import.meta, and nothing else", async () => {
    const text = [
      'import { readFileSync } from "node:fs";',
      "export const t = performance.now();",
      "export const here = import.meta.url;",
      "export const r = Math.random();",
      'export const n = "é".normalize("NFC");',
      "export { readFileSync };",
    ].join("\n");
    const messages = (await lintAs(text, "node/attribution/segmentFiles.ts")).filter((m) => isProfileRule(m.ruleId));
    expect(messages.map((m) => m.line).sort()).toEqual([4, 5]);
  });

  it("does not apply to tests, to offline generators, nor to other node/ code", async () => {
    for (const place of ["modules/datanet/probe.test.ts", "modules/datanet/text/gen/probe.ts", "node/api/probe.ts"]) {
      const messages = (await lintAs("export const r = Math.random() + Date.now();", place)).filter((m) => isProfileRule(m.ruleId));
      expect(messages, place).toEqual([]);
    }
  });

  it("consensus code may not import the exempt generators", async () => {
    const messages = await lintAs('export { CASES } from "./gen/goldenCases.ts";', "modules/datanet/text/probe.ts");
    expect(messages.map((m) => m.ruleId)).toEqual(["no-restricted-imports"]);
  });

  it("consensus code in node/ may not import the rest of node/, which the profile does not check", async () => {
    const messages = await lintAs('export { defaultNodeConfig } from "../config.ts";', "node/attribution/probe.ts");
    expect(messages.map((m) => m.ruleId)).toEqual(["no-restricted-imports"]);
    expect(await lintAs('export { SegmentFiles } from "./segmentFiles.ts";', "node/attribution/probe.ts")).toEqual([]);
  });

  it("an eslint-disable comment does not switch a ban off in consensus code", async () => {
    const text = [
      "/* eslint-disable */",
      "// eslint-disable-next-line no-restricted-globals, determinism/guarded-globals -- trust me",
      "export const t = Date.now() + Math.random(); // eslint-disable-line",
    ].join("\n");
    const messages = await lintAs(text, "modules/datanet/probe.ts");
    expect(messages.filter((m) => isProfileRule(m.ruleId)).map((m) => `${m.line}:${m.ruleId}`)).toEqual(["3:no-restricted-globals", "3:determinism/guarded-globals"]);
    // The ignored comments are reported too (warnings fail `make lint`, run with --max-warnings 0).
    expect(messages.filter((m) => m.ruleId === null && /noInlineConfig/.test(m.message)).map((m) => m.line)).toEqual([1, 2, 3]);
  });

  it("the fixtures are left out of the normal lint", async () => {
    expect(await eslint.isPathIgnored(join(root, "test/lint/hazards.fixture.ts"))).toBe(true);
  });
});
