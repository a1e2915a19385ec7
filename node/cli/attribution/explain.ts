/**
 * `attribution explain`: the crediting spans of a recomputed attribution (the output text of
 * each span, its length, occurrences, generic or not, points per token per contributor) with
 * the contributions and contributors they matched, and the residual by cause.
 */
import type { Attribution } from "../../../modules/attribution/engine/index.ts";
import type { AttributionRecord } from "../../../modules/attribution/types.ts";
import { printLine } from "../common.ts";
import type { Json } from "./format.ts";

/**
 * The explanation as JSON; `words` is the output cut by the text rules of the record's height
 * (recompute's), `addressOf` maps the engine's contributor numbers to addresses.
 */
export function explainJson(record: AttributionRecord, a: Attribution, words: readonly string[], addressOf: (contributionId: bigint) => string): { [k: string]: Json } {
  const p = a.residualParts;
  return {
    record_id: record.id.toString(),
    tokens: a.tokens,
    total_points: a.totalPoints.toString(),
    spans: a.spans.map((s) => {
      const contributions = [...new Set(s.documents.map((d) => d.contribution))].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
      return {
        start: s.start,
        length: s.length,
        text: words.slice(s.start, s.start + s.length).join(" "),
        credited_tokens: s.tokens,
        occurrences: s.occurrences,
        generic: s.generic,
        points_per_token: s.points,
        contributions: contributions.map((c) => c.toString()),
        contributors: [...new Set(contributions.map(addressOf))],
      };
    }),
    contributions: record.contributions.map((c) => ({ contribution_id: c.contributionId.toString(), contributor: c.contributor, points: c.points.toString() })),
    residual: a.residual.toString(),
    residual_parts: {
      unmatched: p.unmatched.toString(), echo: p.echo.toString(), generic: p.generic.toString(),
      deleted: p.deleted.toString(), specificity: p.specificity.toString(), unpaid: p.unpaid.toString(),
    },
  };
}

const pct = (part: number, total: number) => (total === 0 ? "0" : ((part * 1000) / total / 10).toFixed(1)); // display only

export function printExplain(e: ReturnType<typeof explainJson>, a: Attribution): void {
  printLine(`record ${String(e.record_id)}: ${a.tokens} tokens, ${a.totalPoints} points, residual ${a.residual} (${pct(a.residual, a.totalPoints)}%)`);
  printLine(`spans (${a.spans.length}):`);
  for (const s of e.spans as { [k: string]: Json }[]) {
    printLine(`  [${String(s.start)}+${String(s.length)}] "${String(s.text)}"`);
    printLine(`    credited tokens ${String(s.credited_tokens)}, occurrences ${String(s.occurrences)}${s.generic ? " (generic: over OCC_CAP, not credited)" : ""}, points/token/contributor ${String(s.points_per_token)}`);
    printLine(`    contributions ${(s.contributions as string[]).join(", ") || "-"} by ${(s.contributors as string[]).join(", ") || "-"}`);
  }
  printLine("credited contributions:");
  for (const c of e.contributions as { [k: string]: Json }[]) printLine(`  ${String(c.contribution_id)} (${String(c.contributor)}): ${String(c.points)} points`);
  printLine("residual by cause:");
  for (const [k, v] of Object.entries(a.residualParts)) printLine(`  ${k}: ${v} (${pct(v, a.totalPoints)}%)`);
}
