import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectOneLineError, runInProcess } from "../cli/cliTestHarness.ts";
import { loadCorpus } from "../../test/corpus.ts";

let work: string;
let textDir: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "trib-factory-cli-"));
  textDir = join(work, "text");
  const mails = loadCorpus({ groups: ["easy-ham-2"], limit: 150 });
  mkdirSync(textDir);
  for (const m of mails) writeFileSync(join(textDir, `${m.id.replace("/", "_")}.txt`), m.body);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("tributary model train --text", { timeout: 60_000 }, () => {
  it("trains on a directory of text, writes the artifact and reports its hash, size and perplexities", async () => {
    const out = join(work, "m.onnx");
    const r = await runInProcess(["model", "train", "--text", textDir, "--out", out, "--steps", "150", "--batch", "64", "--vocab", "512", "--hidden", "64", "-o", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    const bytes = readFileSync(out);
    expect(report.bytes).toBe(bytes.length);
    expect(report.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(report.shape).toEqual({ vocab: 512, window: 8, embed: 32, hidden: 64 });
    expect(report.corpus.documents).toBe(150);
    const p = report.perplexity;
    expect(p.float.per_token).toBeLessThan(p.unigram.per_token);
    expect(p.int8.per_byte).toBeLessThan(p.unigram.per_byte);
    expect(r.stderr).toMatch(/^step 150\/150 {2}loss \d+\.\d{3} {2}held-out \d+\.\d{3} {2}\d+ tok\/s {2}ETA 0s$/m);
    expect(r.stderr).toMatch(/^tokenizer: 512 ids learnt/m);
  });

  it("prints a text report", async () => {
    const file = join(work, "one.txt");
    writeFileSync(file, Array.from({ length: 40 }, (_, i) => `Paragraph ${i} says something about models and data.\n`.repeat(60)).join("\n"));
    const out = join(work, "t.onnx");
    const r = await runInProcess(["model", "train", "--text", file, "--out", out, "--steps", "20", "--vocab", "300", "--hidden", "16", "--embed", "8", "--threads", "1"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^wrote ${out.replace(/[.]/g, "\\.")}: \\d+ bytes, sha256 [0-9a-f]{64}$`, "m"));
    expect(r.stdout).toMatch(/^ {2}float +\d+\.\d\d +\d+\.\d{3}$/m);
    expect(r.stdout).toMatch(/^ {2}int8 +\d+\.\d\d +\d+\.\d{3}$/m);
    expect(r.stdout).toMatch(/^ {2}unigram +\d+\.\d\d +\d+\.\d{3}$/m);
  });

  it.each([
    [["model", "train", "--out", "x.onnx"], /give either --datanet <id> --version <n>/],
    [["model", "train", "--datanet", "1", "--out", "x.onnx"], /--datanet needs --version/],
    [["model", "train", "--text", "/nonexistent-dir", "--out", "x.onnx"], /cannot read --text \/nonexistent-dir: ENOENT/],
    [["model", "train", "--text", ".", "--version", "2", "--out", "x.onnx"], /--version goes with --datanet/],
    [["model", "train", "--text", ".", "--out", "x.onnx", "--window", "64"], /--window × --embed is 2048/],
    [["model", "train", "--text", ".", "--out", "x.onnx", "--lr", "2"], /--lr must be a number in \(0, 1\)/],
    [["model", "train", "--text", ".", "--out", "x.onnx", "--vocab", "100"], /--vocab must be an integer in 260..65536, got "100"/],
    [["model", "train", "--text", ".", "--out", "x.onnx", "--threads", "4"], /--threads must be an integer in 1..2/],
  ])("refuses %j in one line", async (args, msg) => {
    expectOneLineError(await runInProcess(args as string[]), msg);
  });
});
