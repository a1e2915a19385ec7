/**
 * `attribution verify` cuts a record's output with the text rules of the rules version its
 * block ran, read from the chain's rules schedule (the public `app/rules_schedule` key), on a
 * real node. A new home starts on the newest rules version from height 1, so a record there
 * is verified under that version: with a test-only table that gives version 1 a ROT13 reading
 * and the newest version the real tokenizer, the recomputed record still matches; swapped, it
 * differs. That proves which entry the verifier picked, not just that both are equal today.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LATEST_RULES_VERSION, rulesTable } from "../../../chain/rules.ts";
import type { TextRules } from "../../../modules/attribution/expected.ts";
import { textRules } from "../../../modules/datanet/rules.ts";
import { tokenize } from "../../../modules/datanet/text/index.ts";
import { words } from "../../../test/datanetHarness.ts";
import { waitFor } from "../../../test/support/waitFor.ts";
import { type TestNode, startTestNode } from "../../../test/testNode.ts";
import { Keyring } from "../../keyring/index.ts";
import { runInProcess } from "../cliTestHarness.ts";
import { DEV_ACCOUNTS } from "../devAccounts.ts";
import { withAttributionChain } from "./chainQueries.ts";
import { firstRecordDifference } from "./compare.ts";
import { recompute } from "./recompute.ts";

const rot13 = (s: string) => s.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 13) % 26) + 97));
const READ_ROT13: TextRules = { tokenize: (t) => tokenize(rot13(t)) };
const REAL: TextRules = { tokenize };
const tableOf = (byVersion: Record<number, TextRules>) => {
  const table = rulesTable<TextRules>("test text rules", byVersion);
  return (r: { version: number }) => table.at(r);
};

let node: TestNode;
let common: string[];
let work: string;
let recordId: bigint;

async function cli(args: string[]): Promise<any> {
  const r = await runInProcess([...args, ...common, "-o", "json"]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

beforeAll(async () => {
  node = await startTestNode();
  const keyring = Keyring.open({ home: node.home, backend: "test" });
  for (const a of DEV_ACCOUNTS) await keyring.add(a.name, a.mnemonic);
  common = ["--node", node.rpcUrl, "--home", node.home];
  work = mkdtempSync(join(tmpdir(), "trib-recompute-rules-"));
  const dn = (await cli(["tx", "datanet", "create", "rules e2e", "--policy", "open", "--from", "alice", "--yes"])).datanet_id;
  const body = words(4242, 80);
  writeFileSync(join(work, "r.jsonl"), JSON.stringify({ body: body.join(" ") }) + "\n");
  expect((await cli(["tx", "datanet", "contribute", dn, join(work, "r.jsonl"), "--from", "bob", "--yes"])).summary).toMatchObject({ accepted: 1 });
  await cli(["tx", "datanet", "publish-version", dn, "--from", "alice", "--yes"]);
  await waitFor("version 1's index READY", async () => (await cli(["query", "attribution", "commitment", dn, "1"])).status === "READY", 60_000, 100);
  writeFileSync(join(work, "out.txt"), body.slice(10, 50).join(" "));
  const r = await cli(["tx", "attribution", "record", "--datanet", `${dn}:1`, "--text-file", join(work, "out.txt"), "--from", "carol", "--yes"]);
  expect(r.code).toBe(0);
  recordId = BigInt(r.record_id);
}, 120_000);

afterAll(async () => {
  await node?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("attribution verify picks the text rules of the record's height", { timeout: 60_000 }, () => {
  it("reads the chain's rules schedule: the genesis version from height 1 on, version 1 before it", async () => {
    const genesis = JSON.parse(readFileSync(join(node.home, "config", "genesis.json"), "utf8"));
    expect(genesis.app_state.upgrade.rules_version).toBe(LATEST_RULES_VERSION);
    await withAttributionChain({ node: node.rpcUrl, home: node.home }, async (c) => {
      const rec = await c.record(recordId);
      expect((await c.rulesAt(rec.height)).version).toBe(LATEST_RULES_VERSION);
      expect((await c.rulesAt(1n)).version).toBe(LATEST_RULES_VERSION);
      expect((await c.rulesAt(0n)).version).toBe(1);
    });
  });

  it("recomputes with the chain's table (MATCH), and with a test table only when the record's version reads the output as the chain did", async () => {
    await withAttributionChain({ node: node.rpcUrl, home: node.home }, async (c) => {
      const onChain = await c.record(recordId);
      expect(onChain.contributors.length).toBe(1);
      const chainTable = await recompute(c, onChain);
      expect(chainTable.rules.version).toBe(LATEST_RULES_VERSION);
      expect(chainTable.words).toEqual(textRules(chainTable.rules).tokenize(onChain.output));
      expect(firstRecordDifference(onChain, chainTable.record)).toBeUndefined();

      const matching = await recompute(c, onChain, tableOf({ 1: READ_ROT13, [LATEST_RULES_VERSION]: REAL }));
      expect(firstRecordDifference(onChain, matching.record)).toBeUndefined();

      const swapped = await recompute(c, onChain, tableOf({ 1: REAL, [LATEST_RULES_VERSION]: READ_ROT13 }));
      expect(swapped.record.contributors).toEqual([]);
      expect(firstRecordDifference(onChain, swapped.record)).toMatch(/^(contributors|contributions|residual)\b.*: chain .*, recomputed /);
      expect(swapped.words).toEqual(tokenize(rot13(onChain.output)));
    });
  });

  it("explain shows the spans in the words of the record's text rules", async () => {
    const e = await cli(["attribution", "explain", String(recordId)]);
    expect(e.spans.length).toBeGreaterThan(0);
    const output = readFileSync(join(work, "out.txt"), "utf8");
    for (const s of e.spans) expect(output).toContain(s.text);
  });
});
