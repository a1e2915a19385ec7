/**
 * Records a run in bench/: its section appended to the month's history (results/YYYY-MM.md,
 * created with its header) and its benchmarks' rows replaced in the index (RESULTS.md, created
 * with its header). Used by bench/run.ts and eval/run.ts.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { MachineInfo } from "./machine.ts";
import { indexRows, monthHeader, monthOf, renderSection, RESULTS_HEADER, type ScriptOutcome, updateIndex } from "./resultsMarkdown.ts";

/** Writes the run into `benchDir`; returns the two paths written, relative to `benchDir`. */
export function recordRun(benchDir: string, machine: MachineInfo, outcomes: ScriptOutcome[], commandFor: (script: string) => string): string[] {
  const month = monthOf(machine.date);
  const resultsDir = join(benchDir, "results");
  mkdirSync(resultsDir, { recursive: true });
  const historyFile = join(resultsDir, `${month}.md`);
  if (!existsSync(historyFile)) writeFileSync(historyFile, monthHeader(month));
  appendFileSync(historyFile, "\n" + renderSection(machine, outcomes));

  const indexFile = join(benchDir, "RESULTS.md");
  const index = existsSync(indexFile) ? readFileSync(indexFile, "utf8") : RESULTS_HEADER;
  writeFileSync(indexFile, updateIndex(index, indexRows(machine, outcomes, commandFor)));
  return [`results/${month}.md`, "RESULTS.md"];
}
