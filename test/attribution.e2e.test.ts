/**
 * Attribution end to end on a real node, through the CLI in process: a datanet with records
 * from two dev accounts, a published version whose index commitment turns READY, an
 * attribution recorded for an output copied in part from one contribution, the queries, and
 * `attribution verify` (MATCH from public chain data alone) and `explain` (naming it); verify
 * still MATCH after the vocabulary grows, and over a merged index (10 versions, 8 segments) the
 * node's worker built.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectOneLineError, runInProcess } from "../node/cli/cliTestHarness.ts";
import { DEV_ACCOUNTS } from "../node/cli/devAccounts.ts";
import { Keyring } from "../node/keyring/index.ts";
import { words } from "./datanetHarness.ts";
import { type TestNode, startTestNode } from "./testNode.ts";
import { waitFor } from "./support/waitFor.ts";

const [ALICE, BOB] = DEV_ACCOUNTS;

let node: TestNode;
let common: string[];
let work: string;

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
  work = mkdtempSync(join(tmpdir(), "trib-attribution-e2e-"));
}, 60_000);

afterAll(async () => {
  await node?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("attribution end to end", { timeout: 60_000 }, () => {
  let dn: string;
  const ids: string[] = [];
  let copied: { id: string; words: string[] };
  let recordId: string;

  it("creates a datanet, contributes from two accounts, publishes, and waits for the READY commitment", async () => {
    const created = await cli(["tx", "datanet", "create", "attribution e2e", "--policy", "open", "--from", "alice", "--yes"]);
    dn = created.datanet_id;
    const texts = [1, 2, 3, 4, 5, 6].map((seed) => words(seed * 101, 80));
    for (const [who, part] of [["alice", texts.slice(0, 3)], ["bob", texts.slice(3)]] as const) {
      const file = join(work, `${who}.jsonl`);
      writeFileSync(file, part.map((w) => JSON.stringify({ body: w.join(" ") })).join("\n") + "\n");
      // No --gas: datanet txs default to --gas auto (this once fell back to a fixed 200,000 and ran out).
      const r = await cli(["tx", "datanet", "contribute", dn, file, "--from", who, "--yes"]);
      expect(r.summary).toMatchObject({ accepted: 3, rejected: 0 });
      ids.push(...r.records.map((x: any) => x.contribution_id));
    }
    copied = { id: ids[4]!, words: texts[4]! }; // bob's second record
    const pub = await cli(["tx", "datanet", "publish-version", dn, "--from", "alice", "--yes"]);
    expect(pub).toMatchObject({ code: 0, version: "1", record_count: "6" });
    const params = await cli(["query", "attribution", "params"]);
    expect(Number(params.attributable_delay_blocks)).toBeGreaterThanOrEqual(1);
    const c = await waitFor(`version 1's index READY`, async () => {
      const x = await cli(["query", "attribution", "commitment", dn, "1"]);
      return x.status === "READY" && x;
    }, 60_000, 100);
    expect(c).toMatchObject({ datanet_id: dn, version: "1", status: "READY", documents: "6", tokens: "480" });
    expect(c.index_hash).toMatch(/^[0-9a-f]{64}$/);
    // READY is visible once block ready_height is committed, so any later tx is past it.
  });

  it("records an attribution of an output copied in part from bob's record, and queries it", async () => {
    const output = [...words(9999, 10), ...copied.words.slice(10, 50), ...words(8888, 10)].join(" ");
    const file = join(work, "output.txt");
    writeFileSync(file, output);
    const preview = await cli(["query", "attribution", "attribute", "--datanet", `${dn}:1`, "--text-file", file]);
    expect(preview.contributions.map((c: any) => c.contribution_id)).toEqual([copied.id]);
    const r = await cli(["tx", "attribution", "record", "--datanet", `${dn}:1`, "--text-file", file, "--prompt", "tell me something", "--from", "carol", "--yes"]);
    expect(r.code).toBe(0);
    recordId = r.record_id;
    expect(recordId).toBe("1");
    const rec = await cli(["query", "attribution", "record", recordId]);
    expect(rec).toMatchObject({ id: recordId, submitter: DEV_ACCOUNTS[2].address, manifest: [`${dn}:1`], output, prompt: "tell me something", tokens: 60 });
    expect(rec.contributions).toEqual([{ contribution_id: copied.id, contributor: BOB.address, points: expect.any(String) }]);
    expect(rec.contributors.map((c: any) => c.contributor)).toEqual([BOB.address]);
    expect(BigInt(rec.contributors[0].points) + BigInt(rec.residual)).toBe(BigInt(rec.total_points));
    expect(rec.contributions[0].points).toBe(preview.contributions[0].points);
    expect((await cli(["query", "attribution", "records", "--contributor", BOB.address])).records.map((x: any) => x.id)).toEqual([recordId]);
    expect((await cli(["query", "attribution", "records", "--contribution", copied.id])).records.map((x: any) => x.id)).toEqual([recordId]);
    expect((await cli(["query", "attribution", "records", "--contributor", ALICE.address])).records).toEqual([]);
  });

  it("verify recomputes the record from chain data alone: MATCH", async () => {
    const r = await runInProcess(["attribution", "verify", recordId, ...common]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^MATCH record ${recordId} \\(indexes ${dn}:1 [0-9a-f]{64}\\)`));
    const j = await cli(["attribution", "verify", recordId]);
    expect(j).toMatchObject({ match: true, difference: null });
    const c = await cli(["query", "attribution", "commitment", dn, "1"]);
    expect(j.index_hashes).toEqual([{ datanet: `${dn}:1`, hash: c.index_hash }]);
  });

  it("explain names the copied contribution, its span text, and the residual by cause", async () => {
    const e = await cli(["attribution", "explain", recordId]);
    const credited = e.spans.filter((s: any) => s.contributions.includes(copied.id));
    expect(credited.length).toBeGreaterThan(0);
    expect(credited[0].text).toBe(copied.words.slice(10, 10 + credited[0].length).join(" "));
    expect(credited[0]).toMatchObject({ start: 10, generic: false, contributors: [BOB.address] });
    expect(e.contributions).toEqual([expect.objectContaining({ contribution_id: copied.id, contributor: BOB.address })]);
    expect(Object.keys(e.residual_parts)).toEqual(["unmatched", "echo", "generic", "deleted", "specificity", "unpaid"]);
    expect(BigInt(e.residual_parts.unmatched)).toBeGreaterThan(0n);
    const text = await runInProcess(["attribution", "explain", recordId, ...common]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(`contributions ${copied.id} by ${BOB.address}`);
    expect(text.stdout).toMatch(/residual by cause:\n {2}unmatched: \d+/);
  });

  it("refuses bad input with one line", async () => {
    expectOneLineError(await runInProcess(["attribution", "verify", "99", ...common]), /attribution record 99 does not exist/);
    expectOneLineError(await runInProcess(["query", "attribution", "commitment", dn, "7", ...common]), /has no index commitment/);
    expectOneLineError(await runInProcess(["query", "attribution", "attribute", "--datanet", `${dn}:2`, "--text", "hello there", ...common]), /no index commitment/);
  });

  it("verify still says MATCH after later contributions add the record's unknown words to the vocabulary (ids are append-only)", async () => {
    // The record's output starts and ends with 10 words no contribution had: -1 when it was recorded.
    const fresh = [...words(9999, 10), ...words(7777, 50), ...words(8888, 10)];
    const file = join(work, "fresh.jsonl");
    writeFileSync(file, JSON.stringify({ body: fresh.join(" ") }) + "\n");
    const r = await cli(["tx", "datanet", "contribute", dn, file, "--from", "alice", "--yes"]);
    expect(r.summary).toMatchObject({ accepted: 1, rejected: 0 });
    const pub = await cli(["tx", "datanet", "publish-version", dn, "--from", "alice", "--yes"]);
    expect(pub).toMatchObject({ code: 0, version: "2" });
    const c = await waitFor(`version 2's index READY`, async () => {
      const x = await cli(["query", "attribution", "commitment", dn, "2"]);
      return x.status === "READY" && x;
    }, 60_000, 100);
    expect(c.status).toBe("READY");
    // Those words now have ids and match version 2: the vocabulary grew.
    const now = await cli(["query", "attribution", "attribute", "--datanet", `${dn}:2`, "--text", words(9999, 10).join(" ")]);
    expect(now.contributions.map((x: any) => x.contribution_id)).toEqual([r.records[0].contribution_id]);
    const j = await cli(["attribution", "verify", recordId]);
    expect(j).toMatchObject({ match: true, difference: null });
  });

  it("verify rebuilds a merged index (10 versions, 8 segments) from chain data: MATCH", async () => {
    const added: { id: string; words: string[] }[] = [];
    for (let v = 3; v <= 10; v++) {
      const w = words(5000 + v, 40 + v * 3);
      const file = join(work, `v${v}.jsonl`);
      writeFileSync(file, JSON.stringify({ body: w.join(" ") }) + "\n");
      const r = await cli(["tx", "datanet", "contribute", dn, file, "--from", v % 2 ? "alice" : "bob", "--yes"]);
      added.push({ id: r.records[0].contribution_id, words: w });
      expect(await cli(["tx", "datanet", "publish-version", dn, "--from", "alice", "--yes"])).toMatchObject({ code: 0, version: String(v) });
    }
    const c = await waitFor(`version 10's index READY`, async () => {
      const x = await cli(["query", "attribution", "commitment", dn, "10"]);
      return x.status === "READY" && x;
    }, 60_000, 100);
    expect(c).toMatchObject({ status: "READY", documents: "15" });
    const file = join(work, "merged-output.txt");
    writeFileSync(file, [...words(4242, 8), ...added[0]!.words.slice(2, 30)].join(" "));
    const r = await cli(["tx", "attribution", "record", "--datanet", `${dn}:10`, "--text-file", file, "--from", "carol", "--yes"]);
    expect(r.code).toBe(0);
    expect((await cli(["query", "attribution", "record", r.record_id])).contributions.map((x: any) => x.contribution_id)).toEqual([added[0]!.id]);
    const j = await cli(["attribution", "verify", r.record_id]);
    expect(j).toMatchObject({ match: true, difference: null });
    expect(j.index_hashes).toEqual([{ datanet: `${dn}:10`, hash: c.index_hash }]);
  });
});
