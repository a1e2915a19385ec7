/**
 * What `tx datanet contribute <path>` sends: records read from a text file (one record), a
 * folder (one record per text file, recursive, in sorted path order), or a .jsonl file (one
 * JSON object per line). Each record keeps a label (file path or line number) for the report.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import type { RecordInput } from "../../../client/datanetMsgs.ts";
import { notUtf8Reason } from "../../../client/unicode.ts";
import { UserError } from "../errors.ts";

export interface LabelledRecord {
  /** Position in the input, from 0: the index the report uses. */
  index: number;
  /** "notes/a.txt" or "line 12". */
  label: string;
  record: RecordInput;
}

export interface ReadRecords {
  records: LabelledRecord[];
  /** Files of a folder that are not UTF-8 text (NUL bytes or invalid UTF-8), left out. */
  skipped: string[];
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** Whether `bytes` look like text: valid UTF-8 without NUL bytes. */
export function isText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function readRecords(path: string): ReadRecords {
  let stat;
  try {
    stat = statSync(path);
  } catch (e) {
    throw new UserError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (stat.isDirectory()) return readFolder(path);
  if (path.endsWith(".jsonl")) return { records: readJsonl(path), skipped: [] };
  const body = new Uint8Array(readFileSync(path));
  if (!isText(body)) throw new UserError(`${path} is not a UTF-8 text file: a record is text (binary and other encodings are refused by the chain)`);
  return { records: [{ index: 0, label: basename(path), record: { body, source: basename(path) } }], skipped: [] };
}

/** Every file under `dir` (hidden entries left out), as paths relative to `dir` with "/", sorted bytewise. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(relative(dir, full).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function readFolder(dir: string): ReadRecords {
  const records: LabelledRecord[] = [];
  const skipped: string[] = [];
  for (const rel of listFiles(dir)) {
    const body = new Uint8Array(readFileSync(join(dir, rel)));
    if (!isText(body)) {
      skipped.push(rel);
      continue;
    }
    records.push({ index: records.length, label: rel, record: { body, source: rel } });
  }
  if (records.length === 0) throw new UserError(`${dir} holds no text files${skipped.length ? ` (${skipped.length} binary files skipped)` : ""}`);
  return { records, skipped };
}

const STRING_FIELDS = ["title", "source", "licence"] as const;

/** One JSON object per non-empty line: {"body": "...", "title"?, "source"?, "licence"?, "extra"?: {k: v}}. */
export function parseJsonl(text: string, file: string): LabelledRecord[] {
  const records: LabelledRecord[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    const at = `${file} line ${i + 1}`;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (e) {
      throw new UserError(`${at}: not JSON (${(e as Error).message})`);
    }
    if (typeof v !== "object" || v === null || Array.isArray(v)) throw new UserError(`${at}: expected a JSON object like {"body": "..."}`);
    const o = v as Record<string, unknown>;
    const unknown = Object.keys(o).filter((k) => !["body", "extra", ...STRING_FIELDS].includes(k));
    if (unknown.length > 0) throw new UserError(`${at}: unknown field ${JSON.stringify(unknown[0])} (fields: body, title, source, licence, extra)`);
    if (typeof o.body !== "string") throw new UserError(`${at}: "body" must be a string`);
    const record: RecordInput = { body: utf8Text(o.body, at, '"body"') };
    for (const f of STRING_FIELDS) {
      if (o[f] === undefined) continue;
      if (typeof o[f] !== "string") throw new UserError(`${at}: "${f}" must be a string`);
      record[f] = utf8Text(o[f] as string, at, `"${f}"`);
    }
    if (o.extra !== undefined) record.extra = parseExtra(o.extra, at);
    records.push({ index: records.length, label: `line ${i + 1}`, record });
  });
  if (records.length === 0) throw new UserError(`${file} holds no records (one JSON object per line)`);
  return records;
}

function parseExtra(extra: unknown, at: string): Record<string, string> {
  if (typeof extra !== "object" || extra === null || Array.isArray(extra)) throw new UserError(`${at}: "extra" must be an object of string values`);
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(extra)) {
    utf8Text(k, at, 'a key of "extra"');
    if (typeof val !== "string") throw new UserError(`${at}: extra.${k} must be a string`);
    out[k] = utf8Text(val, at, `extra.${k}`);
  }
  return out;
}

/**
 * `s` unchanged, or a refusal when it holds a lone surrogate: valid JSON ("\udc80"), but UTF-8
 * cannot encode it and encoding would silently store U+FFFD instead (refused like a text file
 * that is not UTF-8).
 */
function utf8Text(s: string, at: string, what: string): string {
  const why = notUtf8Reason(s);
  if (why) throw new UserError(`${at}: ${what} is not valid Unicode text: ${why}`);
  return s;
}

function readJsonl(file: string): LabelledRecord[] {
  const bytes = readFileSync(file);
  if (!isText(bytes)) throw new UserError(`${file} is not UTF-8 text`);
  return parseJsonl(bytes.toString("utf8"), file);
}
