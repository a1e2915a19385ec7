/**
 * The pinned vectors: per height the app hash and each tx's code and gas_used, for one rules
 * version, in a JSON file with one line per height (so a diff shows the heights that moved).
 * `firstDifference` explains the first height where a run departs from them.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LATEST_RULES_VERSION } from "../../chain/rules.ts";
import type { GoldenRun } from "./script.ts";

/**
 * The newest rules version (chain/rules.ts LATEST_RULES_VERSION): what `generate.ts` writes by
 * default. Every version in rulesVersions.ts's PINNED_RULES_VERSIONS has its own vector file.
 */
export const CURRENT_RULES_VERSION = LATEST_RULES_VERSION;
export const GENERATE_COMMAND = "npx tsx test/golden/generate.ts";
export const HINT =
  "a consensus change must be a new rules version selected by height, with its own vectors; see test/golden/README.md (and DESIGN.md, \"Rules over time\"). " +
  `If this change is meant to leave consensus alone, find what moved; never regenerate a released version's vectors (${GENERATE_COMMAND} --update) to make this pass.`;

export interface TxVector {
  code: number;
  gasUsed: number;
  label: string;
}

export interface HeightVector {
  height: number;
  appHash: string;
  txs: TxVector[];
  /** Diagnostic only (a write of an unchanged value moves it, not the app hash): see BlockRecord.writes. */
  writes: Record<string, string>;
}

export interface VectorFile {
  _comment: string;
  rulesVersion: number;
  generatedBy: string;
  genesisSha256: string;
  heights: HeightVector[];
}

const here = dirname(fileURLToPath(import.meta.url));
export const vectorPath = (rulesVersion: number) => join(here, `appHashes.v${rulesVersion}.json`);

export function toVectors(run: GoldenRun, rulesVersion: number): VectorFile {
  return {
    _comment: `App-hash golden vectors of rules version ${rulesVersion}: the golden script (test/golden/script.ts) run from its fixed genesis. Generated; never edit by hand, never regenerate a released version (test/golden/README.md).`,
    rulesVersion,
    generatedBy: GENERATE_COMMAND,
    genesisSha256: run.genesisSha256,
    heights: run.blocks.map((b) => ({ height: Number(b.height), appHash: b.appHash, txs: b.txs.map((t) => ({ code: t.code, gasUsed: Number(t.gasUsed), label: t.label })), writes: b.writes })),
  };
}

/** Pretty JSON with each height on one line. */
export function formatVectors(v: VectorFile): string {
  const { heights: _, ...rest } = v;
  const head = JSON.stringify(rest, null, 2).slice(0, -"\n}".length);
  return `${head},\n  "heights": [\n${v.heights.map((h) => `    ${JSON.stringify(h)}`).join(",\n")}\n  ]\n}\n`;
}

export function readVectors(rulesVersion: number): VectorFile | undefined {
  const path = vectorPath(rulesVersion);
  if (!existsSync(path)) return undefined;
  const v = JSON.parse(readFileSync(path, "utf8")) as VectorFile;
  if (v.rulesVersion !== rulesVersion || !Array.isArray(v.heights)) throw new Error(`${path} is not the vector file of rules version ${rulesVersion}`);
  return v;
}

export function writeVectors(v: VectorFile): string {
  const path = vectorPath(v.rulesVersion);
  writeFileSync(path, formatVectors(v));
  return path;
}

const txLine = (t: TxVector | undefined) => (t ? `code ${t.code}, gas_used ${t.gasUsed}` : "absent");

/** A readable account of the first height where `got` departs from `want`, or undefined when they agree. */
export function firstDifference(want: VectorFile, got: VectorFile): string | undefined {
  if (want.genesisSha256 !== got.genesisSha256) {
    return `the golden genesis changed (app_state sha256 ${got.genesisSha256}, pinned ${want.genesisSha256}): a module's default genesis or the script's genesis (test/golden/genesis.ts) moved, so every height differs. ${HINT}`;
  }
  const n = Math.max(want.heights.length, got.heights.length);
  for (let i = 0; i < n; i++) {
    const w = want.heights[i];
    const g = got.heights[i];
    if (!w || !g) return `the run has ${got.heights.length - 1} blocks, the vectors ${want.heights.length - 1}: the script changed length. ${HINT}`;
    const txsDiffer = w.txs.length !== g.txs.length || w.txs.some((t, j) => t.code !== g.txs[j]!.code || t.gasUsed !== g.txs[j]!.gasUsed);
    if (w.appHash === g.appHash && !txsDiffer) continue;
    const lines = [`app hash differs first at height ${g.height}${w.appHash === g.appHash ? " (the app hash agrees; tx results differ)" : ""}:`, `  pinned ${w.appHash}`, `  got    ${g.appHash}`];
    const modules = [...new Set([...Object.keys(w.writes ?? {}), ...Object.keys(g.writes)])].sort();
    const moved = modules.filter((mod) => w.writes?.[mod] !== g.writes[mod]).map((mod) => `${mod} (pinned ${w.writes?.[mod] ?? "none"}, got ${g.writes[mod] ?? "none"})`);
    if (moved.length > 0) lines.push(`  modules whose writes in this block differ: ${moved.join(", ")}`);
    if (w.appHash !== g.appHash && !txsDiffer) {
      lines.push(`  ${g.txs.length === 0 ? "no txs in this block" : "every tx's code and gas_used are as pinned"}: what moved is a write (a tx's, or BeginBlock/EndBlock's: mint, distribution, slashing, rewards epochs, unbonding, …)`);
    }
    const m = Math.max(w.txs.length, g.txs.length);
    for (let j = 0; j < m; j++) {
      const label = g.txs[j]?.label ?? w.txs[j]?.label;
      const same = txLine(w.txs[j]) === txLine(g.txs[j]);
      lines.push(`  tx ${j} "${label}": ${same ? `${txLine(g.txs[j])} (as pinned)` : `pinned ${txLine(w.txs[j])}, got ${txLine(g.txs[j])}`}`);
    }
    lines.push(HINT);
    return lines.join("\n");
  }
  return undefined;
}

export interface WriteDecision {
  write: boolean;
  exitCode: number;
  message: string;
}

/**
 * What the generator does with a run: write a missing file; leave an equal one; refuse to
 * overwrite a different one unless `update` (a released version's vectors are never rewritten
 * to make a change pass).
 */
export function decideWrite(pinned: VectorFile | undefined, got: VectorFile, update: boolean): WriteDecision {
  const path = vectorPath(got.rulesVersion);
  const what = `rules version ${got.rulesVersion}, ${got.heights.length - 1} blocks`;
  if (pinned === undefined) return { write: true, exitCode: 0, message: `wrote ${path}: ${what}` };
  const difference = firstDifference(pinned, got);
  if (difference === undefined) return { write: false, exitCode: 0, message: `${path} is up to date: ${what}` };
  if (!update) {
    return {
      write: false,
      exitCode: 1,
      message: `${path} exists and this run differs from it; refusing to overwrite (pass --update only if you mean to replace rules version ${got.rulesVersion}'s vectors).\n${difference}`,
    };
  }
  return { write: true, exitCode: 0, message: `updated ${path}: ${what}; it differed:\n${difference}` };
}
