/**
 * Structure-aware mutation of a JSON document (a genesis file, a REST or JSON-RPC body): pick
 * a node by path and delete it, null it, change its type, or swap in a hostile value of the
 * kind it held (numeric strings, bech32 addresses, base64, long strings), or damage the text.
 */
import type { Rng } from "../support/rng.ts";
import { BOUNDARY_U64, NUMERIC_STRINGS, WEIRD_STRINGS, badAddresses, looksBech32 } from "./values.ts";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

interface Slot {
  parent: Json[] | { [k: string]: Json };
  key: string | number;
  path: string;
}

function slots(v: Json, path: string, out: Slot[]): Slot[] {
  if (Array.isArray(v)) {
    v.forEach((x, i) => {
      out.push({ parent: v, key: i, path: `${path}[${i}]` });
      slots(x, `${path}[${i}]`, out);
    });
  } else if (v && typeof v === "object") {
    for (const k of Object.keys(v)) {
      out.push({ parent: v, key: k, path: `${path}.${k}` });
      slots(v[k]!, `${path}.${k}`, out);
    }
  }
  return out;
}

function get(s: Slot): Json {
  return (s.parent as Record<string | number, Json>)[s.key]!;
}

function set(s: Slot, v: Json): void {
  (s.parent as Record<string | number, Json>)[s.key] = v;
}

function hostile(old: Json, rng: Rng): Json {
  if (typeof old === "string") {
    if (looksBech32(old) && rng.chance(70, 100)) return rng.pick(badAddresses(old, rng));
    if (/^-?[0-9]+$/.test(old) && rng.chance(70, 100)) return rng.pick(NUMERIC_STRINGS);
    if (/^[A-Za-z0-9+/]+=*$/.test(old) && old.length >= 16 && rng.chance(50, 100)) return rng.pick(["", "!!!", old.slice(1), old + "A", "AAAA"]);
  }
  return rng.pick<Json>([
    null, true, false, 0, -1, 1.5, 1e308, Number(BOUNDARY_U64[rng.int(BOUNDARY_U64.length)]), rng.pick(WEIRD_STRINGS),
    rng.pick(NUMERIC_STRINGS), [], {}, [old], { x: old }, "", String(old),
  ]);
}

/** 1–3 mutations of a parsed JSON value (in place, returns the new root and labels). */
export function mutateJson(root: Json, rng: Rng): { root: Json; ops: string[] } {
  const ops: string[] = [];
  for (let i = 0, n = 1 + rng.int(3); i < n; i++) {
    const all = slots(root, "$", []);
    if (all.length === 0) {
      root = hostile(root, rng);
      ops.push("root replaced");
      continue;
    }
    const s = rng.pick(all);
    const k = rng.int(6);
    if (k === 0) {
      if (Array.isArray(s.parent)) s.parent.splice(s.key as number, 1);
      else delete s.parent[s.key as string];
      ops.push(`delete ${s.path}`);
    } else if (k === 1 && Array.isArray(s.parent)) {
      const times = rng.chance(80, 100) ? 1 : 100;
      for (let t = 0; t < times; t++) s.parent.push(structuredClone(get(s)));
      ops.push(`duplicate ${s.path} x${times}`);
    } else if (k === 2 && !Array.isArray(s.parent)) {
      s.parent[rng.pick(["unknown", "__proto__", "constructor", "@type"])] = hostile(get(s), rng);
      ops.push(`extra key beside ${s.path}`);
    } else {
      set(s, hostile(get(s), rng));
      ops.push(`set ${s.path}`);
    }
  }
  return { root, ops };
}

/** The JSON text, sometimes damaged (truncated, trailing garbage, BOM, deep nesting). */
export function jsonText(root: Json, rng: Rng, ops: string[]): string {
  const text = JSON.stringify(root);
  if (!rng.chance(10, 100)) return text;
  const k = rng.int(4);
  ops.push(["text truncated", "text with trailing garbage", "text with BOM", "deeply nested"][k]!);
  if (k === 0) return text.slice(0, rng.int(text.length));
  if (k === 1) return text + rng.pick(["}", "x", "\u0000", ",{}"]);
  if (k === 2) return "\ufeff" + text;
  return "[".repeat(100_000) + "]".repeat(100_000);
}

export type { Json };
