/** Arguments of the attribution commands; every refusal is a one-line UserError. */
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import * as recordMsgPb from "../../../proto/gen/tributary/attribution/v1/index.ts";
import type { TributaryTypeEntry } from "../../../client/registry.ts";
import type { ManifestEntry } from "../../../modules/attribution/types.ts";
import { UserError } from "../errors.ts";
import { parseId } from "../datanet/args.ts";

export const MSG_RECORD_ATTRIBUTION = "/tributary.attribution.v1.MsgRecordAttribution";
export const MSG_RECORD_ATTRIBUTION_RESPONSE = "/tributary.attribution.v1.MsgRecordAttributionResponse";
export { recordMsgPb };

/** The attribution messages for the CLI's signing registry. */
export const ATTRIBUTION_TYPES: readonly TributaryTypeEntry[] = [[MSG_RECORD_ATTRIBUTION, recordMsgPb.MsgRecordAttributionSchema]];

/** "<datanet>:<version>" → a manifest entry. */
export function parseManifestEntry(v: string): ManifestEntry {
  const m = /^([^:]+):([^:]+)$/.exec(v.trim());
  if (!m) throw new UserError(`invalid --datanet ${JSON.stringify(v)}: expected <datanet-id>:<version>, e.g. 1:2`);
  return { datanetId: parseId(m[1]!, "--datanet id"), version: parseId(m[2]!, "--datanet version") };
}

/** Collects repeated --datanet flags (commander's reducer). */
export const collect = (v: string, prev: string[] = []) => [...prev, v];

export function parseManifest(values: string[] | undefined): ManifestEntry[] {
  if (!values || values.length === 0) throw new UserError("name at least one datanet version with --datanet <id>:<version>");
  return values.map(parseManifestEntry);
}

/** Text given inline, or "@path" read as UTF-8 from a file. */
export function textArg(v: string, flag: string): string {
  if (!v.startsWith("@")) return v;
  try {
    return readFileSync(v.slice(1), "utf8");
  } catch (e) {
    throw new UserError(`cannot read ${flag} file ${v.slice(1)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export interface TextFlags {
  datanet?: string[];
  text?: string;
  textFile?: string;
  prompt?: string;
}

/**
 * --datanet (repeatable), the model output as --text <text> or --text-file <path>, --prompt.
 * -o/--output stays the output format, as on every other command (it once took the text, so
 * `--output json` out of habit attributed the word "json").
 */
export function addTextFlags(cmd: Command): Command {
  return cmd
    .option("--datanet <id:version>", "a manifest entry (repeat for several datanets)", collect)
    .option("--text <text>", "the model output to attribute (or --text-file)")
    .option("--text-file <path>", "read the model output to attribute from this UTF-8 file")
    .option("--prompt <text|@file>", "the prompt (its echoes in the output are not credited)");
}

/** -o/--output: json or text; the refusal points whoever passed the model output there to --text. */
export function attributionFormat(v: unknown): "json" | "text" {
  if (v === "json" || v === "text") return v;
  throw new UserError(`--output must be json or text, got ${JSON.stringify(v)} (the model output goes in --text <text> or --text-file <path>)`);
}

/** A file's text, refused unless it is valid UTF-8 (a replacement character would be attributed). */
function readUtf8(path: string, flag: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new UserError(`cannot read ${flag} ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${flag} ${path} is not valid UTF-8`);
  }
}

function modelOutput(o: TextFlags): string {
  if (o.text !== undefined && o.textFile !== undefined) throw new UserError("give --text or --text-file, not both");
  if (o.text === undefined && o.textFile === undefined) throw new UserError("give the model output to attribute with --text <text> or --text-file <path>");
  const [flag, output] = o.text !== undefined ? ["--text", o.text] : ["--text-file", readUtf8(o.textFile!, "--text-file")];
  if (output.trim() === "") throw new UserError(`${flag} is empty: give the model output to attribute`);
  return output;
}

export function parseTexts(o: TextFlags): { manifest: ManifestEntry[]; output: string; prompt: string } {
  const manifest = parseManifest(o.datanet);
  const output = modelOutput(o);
  return { manifest, output, prompt: o.prompt === undefined ? "" : textArg(o.prompt, "--prompt") };
}
