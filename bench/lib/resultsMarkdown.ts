/**
 * Renders a bench run for the two files it updates: a dated section appended to the month's
 * history (bench/results/YYYY-MM.md) and the benchmark's row in the index of latest results
 * (bench/RESULTS.md). Pure functions so the format is tested without running a benchmark;
 * resultsFiles.ts does the reading and writing.
 */
import type { MachineInfo } from "./machine.ts";

export type BenchRecord = Record<string, unknown> & { bench: string };

export interface ScriptOutcome {
  script: string;
  records: BenchRecord[];
  /** null when the script finished with exit code 0. */
  failure: string | null;
  wallS: number;
}

/** Where the index's table of latest results starts; rows below it are found by their link. */
export const INDEX_TABLE_HEADING = "## Latest result of each benchmark";
const INDEX_TABLE_HEAD = "| benchmark | latest run | machine | headline | command |\n|---|---|---|---|---|";

export const RESULTS_HEADER = `# Benchmark results

The latest result of each benchmark, one row each. The full history (every run, every row it
printed, and the hand-written reading of the run) is in \`results/YYYY-MM.md\`, one file per
month, newest at the bottom; each row below links to its run. \`make bench\`
(\`npx tsx bench/run.ts\`) and \`make eval\` append a dated section to the month's file and
replace the benchmark's row here; \`--no-record\` (bench) or \`EVAL_RECORD=0\` (eval) touch
neither. Never run by the test suite. How to run them and the knobs: [README.md](README.md).

${INDEX_TABLE_HEADING}

${INDEX_TABLE_HEAD}
`;

/** The header of a month's history file. */
export function monthHeader(month: string): string {
  return `# Benchmark results, ${month}

Every run of the month, appended by \`make bench\` and \`make eval\` (and hand-written sections
for runs made by other targets), oldest first. The latest result of each benchmark:
[../RESULTS.md](../RESULTS.md); how to read the rows: [../README.md](../README.md).
`;
}

/** \`2026-12-07T03:50:38.347Z\` → \`2026-12\`: the history file a run goes to. */
export function monthOf(isoDate: string): string {
  const m = /^(\d{4}-\d{2})-/.exec(isoDate);
  if (!m?.[1]) throw new Error(`not an ISO date: ${JSON.stringify(isoDate)}`);
  return m[1];
}

/** The anchor GitHub gives a markdown heading: lower case, punctuation dropped, spaces → hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .replace(/^#+\s*/, "")
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** The index name of a script: \`rpc-send.ts\` → \`rpc-send\`, \`eval/run.ts\` → \`eval\`. */
export function benchmarkName(script: string): string {
  const parts = script.replace(/\.ts$/, "").split("/");
  const last = parts[parts.length - 1] ?? script;
  return last === "run" && parts.length > 1 ? (parts[parts.length - 2] ?? last) : last;
}

/** Per-round and per-block rows show the spread; the headline comes from the summary rows. */
function isSummary(r: BenchRecord): boolean {
  return !/_(round|block|cold|env|done|setup|sweep)$/.test(r.bench);
}

const HEADLINE_RECORDS = 3;
const HEADLINE_FIELDS = 6;

/** Fields a target row always shows in a headline, after the first few others. */
const TARGET_FIELDS = new Set(["target", "target_ms", "meets_target"]);

/** A short headline for the index: target rows first, else summary rows, a few fields each. */
export function headline(o: ScriptOutcome): string {
  if (o.failure !== null) return `FAILED after ${o.wallS.toFixed(1)} s: ${o.failure}`.replaceAll("|", "\\|");
  const targets = o.records.filter((r) => "meets_target" in r);
  const summaries = o.records.filter(isSummary);
  const chosen = targets.length > 0 ? targets : summaries.length > 0 ? summaries : o.records;
  if (chosen.length === 0) return `finished in ${o.wallS.toFixed(1)} s without JSON results`;
  const parts = chosen.slice(0, HEADLINE_RECORDS).map((r) => {
    const entries = Object.entries(r).filter(([k]) => k !== "bench" && !TARGET_FIELDS.has(k));
    const target = Object.entries(r).filter(([k]) => TARGET_FIELDS.has(k));
    const shown = formatFields({ bench: r.bench, ...Object.fromEntries([...entries.slice(0, HEADLINE_FIELDS), ...target]) });
    return `${r.bench}: ${shown}${entries.length > HEADLINE_FIELDS ? ", …" : ""}`;
  });
  const more = chosen.length - HEADLINE_RECORDS;
  return parts.join("; ") + (more > 0 ? `; ${more} more in the history` : "");
}

export interface IndexRow {
  name: string;
  /** Path of the run's section relative to bench/, with its anchor. */
  link: string;
  date: string;
  machine: string;
  headline: string;
  command: string;
  /** A failed run does not replace a benchmark's row (its section in the history says so). */
  failed?: boolean;
}

export function renderIndexRow(r: IndexRow): string {
  return `| [${r.name}](${r.link}) | ${r.date} | ${r.machine} | ${r.headline} | \`${r.command}\` |`;
}

/** The index rows of one run: one per script, linking to the run's section in its month file. */
export function indexRows(machine: MachineInfo, outcomes: ScriptOutcome[], commandFor: (script: string) => string): IndexRow[] {
  const link = `results/${monthOf(machine.date)}.md#${headingAnchor(sectionHeading(machine))}`;
  return outcomes.map((o) => ({
    name: benchmarkName(o.script),
    link,
    date: machine.date.slice(0, 10),
    machine: `${machine.nproc} CPUs, ${machine.cpuModel}`.replaceAll("|", "\\|"),
    headline: headline(o),
    command: commandFor(o.script),
    failed: o.failure !== null,
  }));
}

const ROW_NAME = /^\| \[([^\]]+)\]\(/;

/**
 * The index with each row replaced by the one of the same benchmark, or added (rows sorted by
 * name); a failed run adds a row only for a benchmark that has none. An index without the table
 * (hand-edited) gets the table appended.
 */
export function updateIndex(index: string, rows: IndexRow[]): string {
  const lines = index.split("\n");
  let at = lines.indexOf(INDEX_TABLE_HEADING);
  if (at < 0) {
    while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
    lines.push("", INDEX_TABLE_HEADING, "", ...INDEX_TABLE_HEAD.split("\n"), "");
    at = lines.indexOf(INDEX_TABLE_HEADING);
  }
  const head = lines.findIndex((l, i) => i > at && l.startsWith("|---"));
  if (head < 0) throw new Error(`bench/RESULTS.md: no table under "${INDEX_TABLE_HEADING}"`);
  let end = head + 1;
  while (end < lines.length && (lines[end] ?? "").startsWith("|")) end++;
  const byName = new Map<string, string>();
  for (const l of lines.slice(head + 1, end)) byName.set(ROW_NAME.exec(l)?.[1] ?? l, l);
  for (const r of rows) if (!(r.failed === true && byName.has(r.name))) byName.set(r.name, renderIndexRow(r));
  const sorted = [...byName.keys()].sort().map((k) => byName.get(k) ?? "");
  return [...lines.slice(0, head + 1), ...sorted, ...lines.slice(end)].join("\n");
}

function sectionHeading(machine: MachineInfo): string {
  return `## ${machine.date}`;
}

function formatValue(v: unknown): string {
  if (typeof v === "string") return v;
  return JSON.stringify(v);
}

/** `k=v` pairs of a record except its name, pipes escaped for a table cell. */
export function formatFields(record: BenchRecord): string {
  return Object.entries(record)
    .filter(([k]) => k !== "bench")
    .map(([k, v]) => `${k}=${formatValue(v)}`)
    .join(", ")
    .replaceAll("|", "\\|");
}

export function renderSection(machine: MachineInfo, outcomes: ScriptOutcome[]): string {
  const lines = [
    sectionHeading(machine),
    "",
    `- machine: ${machine.nproc} CPUs (nproc), ${machine.cpuModel}`,
    `- node ${machine.node}, commit ${machine.commit}`,
    "",
    "| script | bench | results |",
    "|---|---|---|",
  ];
  for (const o of outcomes) {
    for (const r of o.records) lines.push(`| ${o.script} | ${r.bench} | ${formatFields(r)} |`);
    if (o.failure !== null) lines.push(`| ${o.script} | — | FAILED after ${o.wallS.toFixed(1)} s: ${o.failure.replaceAll("|", "\\|")} |`);
    else if (o.records.length === 0) lines.push(`| ${o.script} | — | finished in ${o.wallS.toFixed(1)} s without JSON results |`);
  }
  return lines.join("\n") + "\n";
}

/** Parses one stdout line as a bench record; anything else returns undefined. */
export function parseRecord(line: string): BenchRecord | undefined {
  const t = line.trim();
  if (!t.startsWith("{")) return undefined;
  try {
    const v = JSON.parse(t) as unknown;
    if (typeof v === "object" && v !== null && typeof (v as { bench?: unknown }).bench === "string") return v as BenchRecord;
  } catch {
    return undefined;
  }
  return undefined;
}
