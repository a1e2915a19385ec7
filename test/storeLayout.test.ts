/**
 * STORE_LAYOUT.md is the public description of the store keys (light clients build keys from
 * it), so it must list exactly the prefixes the code writes: every prefix a `keys.ts` exports
 * (modules/<module>/keys.ts, walked, so a new module is covered without editing this test) and
 * the app's own keys (chain/appState.ts, found by reading them through a recording store).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readChainId, readConsensusParams } from "../chain/appState.ts";
import { readRulesSchedule } from "../chain/rules.ts";

const ROOT = join(import.meta.dirname, "..");
const dec = new TextDecoder();

/** Every `module/…` token in backticks inside the document's tables, with its row's module. */
function documentedPrefixes(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of markdown.split("\n")) {
    if (!line.startsWith("| ") || line.startsWith("| module |")) continue;
    const module = line.split("|")[1]?.trim() ?? "";
    for (const m of line.matchAll(/`([a-z_]+\/[a-z_]*\/?)`/g)) if (m[1]) out.set(m[1], module);
  }
  return out;
}

/** The constant keys and prefixes (Uint8Array properties) of every object a keys.ts exports. */
async function codePrefixes(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const modulesDir = join(ROOT, "modules");
  for (const module of readdirSync(modulesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    if (!readdirSync(join(modulesDir, module)).includes("keys.ts")) continue;
    const exported = (await import(join(modulesDir, module, "keys.ts"))) as Record<string, unknown>;
    for (const value of Object.values(exported)) {
      if (typeof value !== "object" || value === null || value instanceof Uint8Array) continue;
      for (const key of Object.values(value)) if (key instanceof Uint8Array) out.set(dec.decode(key), module);
    }
  }
  return out;
}

/** The app's own keys, as chain/appState.ts reads them. */
function appKeys(): Map<string, string> {
  const read = new Map<string, string>();
  const recorder = {
    get: (k: Uint8Array) => {
      read.set(dec.decode(k), "app");
      return undefined;
    },
  };
  readChainId(recorder);
  readConsensusParams(recorder);
  readRulesSchedule(recorder);
  return read;
}

describe("STORE_LAYOUT.md", () => {
  const doc = documentedPrefixes(readFileSync(join(ROOT, "STORE_LAYOUT.md"), "utf8"));

  it("lists exactly the key prefixes the code builds, each under its module", async () => {
    const code = new Map([...(await codePrefixes()), ...appKeys()]);
    expect(code.size).toBeGreaterThan(80);
    const missing = [...code.keys()].filter((k) => !doc.has(k)).sort();
    const stale = [...doc.keys()].filter((k) => !code.has(k)).sort();
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
    for (const [key, module] of code) {
      expect(key.startsWith(`${module}/`), `${key} is built by ${module}`).toBe(true);
      expect(doc.get(key), `${key}'s row`).toBe(module);
    }
  });

  it("finds keys in the document's tables only, and each module's keys.ts is walked", async () => {
    expect(documentedPrefixes("| module | key |\n| bank | `bank/p` and `bank/e/` |\nprose `auth/x/`")).toEqual(
      new Map([
        ["bank/p", "bank"],
        ["bank/e/", "bank"],
      ]),
    );
    const modules = new Set((await codePrefixes()).values());
    expect([...modules]).toEqual(expect.arrayContaining(["attribution", "auth", "bank", "datanet", "distribution", "inference", "mint", "rewards", "slashing", "staking"]));
  });
});
