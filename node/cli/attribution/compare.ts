/** The comparison behind `attribution verify`: every field of a record, first difference named. */
import type { AttributionRecord } from "../../../modules/attribution/types.ts";
import { type Json, recordJson } from "./format.ts";

/**
 * The first field where `onChain` and `recomputed` differ, as "path: chain X, recomputed Y",
 * or undefined when every field matches (ids, hashes, points, amounts, residual parts, …).
 */
export function firstRecordDifference(onChain: AttributionRecord, recomputed: AttributionRecord): string | undefined {
  return firstDifference(recordJson(onChain), recordJson(recomputed), "");
}

function show(v: Json | undefined): string {
  return v === undefined ? "(absent)" : JSON.stringify(v);
}

function firstDifference(a: Json | undefined, b: Json | undefined, path: string): string | undefined {
  const at = path === "" ? "record" : path;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object" || a === undefined || b === undefined) {
    return a === b ? undefined : `${at}: chain ${show(a)}, recomputed ${show(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${at}: chain ${show(a)}, recomputed ${show(b)}`;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  const ao = a as { [k: string]: Json };
  const bo = b as { [k: string]: Json };
  const keys = [...Object.keys(ao), ...Object.keys(bo).filter((k) => !(k in ao))];
  for (const k of keys) {
    const d = firstDifference(ao[k], bo[k], path === "" ? k : `${path}.${k}`);
    if (d) return d;
  }
  return undefined;
}
