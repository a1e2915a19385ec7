/**
 * Datanets end to end on a real node, through the CLI (in process) and TributaryClient: an
 * OPEN and a CURATED datanet, 1,000 mails of the SpamAssassin corpus contributed from a JSONL
 * file (near-duplicates and quoted replies are refused by the chain and reported per record),
 * curation with a forfeited deposit, a published version and every query; then the node's
 * content store is deleted and rebuilt from its blocks.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TributaryClient, makeDevWallet } from "../client/index.ts";
import { contentDir } from "../node/content/store.ts";
import { expectOneLineError, runInProcess } from "../node/cli/cliTestHarness.ts";
import { DEV_ACCOUNTS } from "../node/cli/devAccounts.ts";
import { Keyring } from "../node/keyring/index.ts";
import { tokenize } from "../modules/datanet/text/index.ts";
import { type CorpusMail, loadCorpus } from "./corpus.ts";
import { type TestNode, startTestNode } from "./testNode.ts";

const [ALICE, BOB, CAROL, DAVE] = DEV_ACCOUNTS;
const RECORDS = 1000;
const CURATED_RECORDS = 8;
const DEPOSIT = 1000n;

let node: TestNode;
let common: string[];
let work: string;
/** The mails as sent: JSONL line i is mails[i]. */
let mails: CorpusMail[];

/** Bodies the chain's default bounds take (32..20,000 tokens, at most 200,000 bytes). */
function withinBounds(m: CorpusMail): boolean {
  const bytes = Buffer.byteLength(m.body);
  if (bytes === 0 || bytes > 200_000) return false;
  const n = tokenize(m.body).length;
  return n >= 32 && n <= 20_000;
}

/** At most `max` UTF-8 bytes, cut at a character boundary (record titles are bounded). */
function clip(s: string, max: number): string {
  let out = s;
  while (Buffer.byteLength(out) > max) out = out.slice(0, -1);
  return out;
}

async function cli(args: string[]): Promise<any> {
  const r = await runInProcess([...args, ...common, "-o", "json"]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

const tx = (args: string[], from: string) => cli(["tx", "datanet", ...args, "--from", from, "--yes"]);
const query = (args: string[]) => cli(["query", "datanet", ...args]);

async function balance(address: string): Promise<bigint> {
  return BigInt((await cli(["query", "bank", "balances", address, "--denom", "utrib"])).balance.amount);
}

beforeAll(async () => {
  node = await startTestNode();
  const keyring = Keyring.open({ home: node.home, backend: "test" });
  for (const a of DEV_ACCOUNTS) await keyring.add(a.name, a.mnemonic);
  common = ["--node", node.rpcUrl, "--home", node.home];
  work = mkdtempSync(join(tmpdir(), "trib-datanet-e2e-"));
  mails = loadCorpus().filter(withinBounds).slice(0, RECORDS);
  expect(mails).toHaveLength(RECORDS);
}, 60_000);

afterAll(async () => {
  await node?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

// Standalone the file takes ~50 s (the 1,000-record contribute ~30-40 s); the timeout leaves room
// for a loaded machine running the suite in parallel.
describe("datanets end to end", { timeout: 180_000 }, () => {
  let open: string;
  let curated: string;
  let report: any;

  it("creates an OPEN and a CURATED datanet through the CLI", async () => {
    const a = await tx(["create", "SpamAssassin mail", "--tags", "mail,english", "--description", "public mail corpus", "--licence", "Apache-2.0", "--policy", "open"], "alice");
    const b = await tx(["create", "curated mail", "--tags", "mail", "--policy", "curated", "--curators", BOB.address, "--deposit", `${DEPOSIT}utrib`], "alice");
    expect([a.code, b.code]).toEqual([0, 0]);
    open = a.datanet_id;
    curated = b.datanet_id;
    const d = await query(["datanet", curated]);
    expect(d).toMatchObject({ id: curated, owner: ALICE.address, name: "curated mail", curators: [BOB.address], status: "ACTIVE" });
    expect(d.policy).toMatchObject({ curation: "CURATED", contribution_deposit: `${DEPOSIT}utrib` });
    const listed = await query(["datanets", "--tag", "english"]);
    expect(listed.datanets.map((x: any) => x.id)).toEqual([open]);
    // An update replaces only what its flags name: tags, licence and policy stay.
    expect((await tx(["update", open, "--description", "SpamAssassin public corpus, 2002-2003"], "alice")).code).toBe(0);
    expect(await query(["datanet", open])).toMatchObject({ description: "SpamAssassin public corpus, 2002-2003", tags: ["english", "mail"], licence: "Apache-2.0", policy: { curation: "OPEN" } });
    expectOneLineError(await runInProcess(["tx", "datanet", "update", open, "--name", "mine", "--from", "bob", "--yes", ...common]), /not the datanet owner/);
    expect((await query(["datanets", "--owner", ALICE.address])).datanets.map((x: any) => x.id)).toEqual([open, curated]);
  });

  it("contributes 1,000 corpus mails from JSONL and reports every record", async () => {
    const file = join(work, "mails.jsonl");
    writeFileSync(file, mails.map((m) => JSON.stringify({ body: m.body, title: clip(m.subject, 256), source: clip(m.sender, 1024) })).join("\n") + "\n");
    const r = await runInProcess(["tx", "datanet", "contribute", open, file, "--from", "carol", "--yes", ...common, "-o", "json"]);
    // Some records are refused (below): exit 1, with the full report on stdout all the same.
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^Error: \d+ of 1000 records were refused \(reasons in the report\); --allow-refusals exits 0 when some are$/m);
    report = JSON.parse(r.stdout);
    // Not a TTY here: one progress line per batch on stderr.
    expect(r.stderr).toMatch(/^batch: \d+ records in tx [0-9A-F]{64} at height \d+/m);
    const { summary, records } = report;
    expect(records).toHaveLength(RECORDS);
    expect(records.map((x: any) => x.index)).toEqual([...Array(RECORDS).keys()]);
    expect(summary.accepted + summary.pending + summary.rejected + summary.unsent).toBe(RECORDS);
    expect(summary.pending).toBe(0);
    expect(summary.unsent).toBe(0);
    // The corpus has mailing-list footers and quoted replies: some are refused, most are not.
    expect(summary.rejected).toBeGreaterThan(0);
    expect(summary.accepted).toBeGreaterThan(RECORDS * 0.7);
    for (const x of records.filter((y: any) => y.status === "rejected")) {
      expect(x.reason, JSON.stringify(x)).toMatch(/\S/);
      expect(x.code).toMatch(/^datanet\/(7|8|9|10|11|20)$/);
    }
    expect(records.filter((y: any) => y.status === "rejected").map((y: any) => y.reason).join("\n")).toMatch(/near-duplicate of contribution|tokens repeat runs|same token sequence/);
    const accepted = records.filter((y: any) => y.status === "accepted");
    expect(new Set(accepted.map((y: any) => y.contribution_id)).size).toBe(accepted.length);
    const onChain = await query(["contributions", "--datanet", open, "--status", "accepted", "--all"]);
    expect(onChain.contributions.map((c: any) => c.id)).toEqual(accepted.map((y: any) => y.contribution_id));
    const first = await query(["contribution", accepted[0].contribution_id]);
    expect(first).toMatchObject({ contributor: CAROL.address, status: "ACCEPTED", content_hash: accepted[0].content_hash, metadata: { source: clip(mails[accepted[0].index]!.sender, 1024) } });
  });

  it("curates on the CURATED datanet: deposits escrowed, a rejection forfeits its deposit to the owner", async () => {
    const folder = join(work, "curated");
    mkdirSync(join(folder, "sub"), { recursive: true });
    // Mails the OPEN datanet accepted with nothing masked: none copies another, so none is
    // refused here. Sorted paths keep their order: the first half at the top, then sub/.
    const batch = report.records.filter((y: any) => y.status === "accepted" && y.masked_tokens === 0).slice(0, CURATED_RECORDS).map((y: any) => mails[y.index]);
    const paths = batch.map((_: unknown, i: number) => (i < CURATED_RECORDS / 2 ? `mail-${i}.txt` : `sub/mail-${i}.txt`));
    batch.forEach((m: CorpusMail, i: number) => writeFileSync(join(folder, paths[i]), m.body));
    writeFileSync(join(folder, "image.bin"), Uint8Array.of(0, 1, 2, 255));
    const before = await balance(DAVE.address);
    const r = await runInProcess(["tx", "datanet", "contribute", curated, folder, "--from", "dave", "--yes", ...common, "-o", "json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/skipping 1 files that are not UTF-8 text: image\.bin/);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toEqual({ accepted: 0, pending: CURATED_RECORDS, rejected: 0, unsent: 0 });
    expect(out.records.map((x: any) => x.label)).toEqual(paths);
    const spent = before - (await balance(DAVE.address));
    expect(spent > DEPOSIT * BigInt(CURATED_RECORDS)).toBe(true); // deposits plus the tx fee

    const ids: string[] = out.records.map((x: any) => x.contribution_id);
    for (const id of ids.slice(0, 3)) expect((await tx(["review", id, "accept"], "bob")).code).toBe(0);
    const aliceBefore = await balance(ALICE.address);
    expect((await tx(["review", ids[3]!, "reject", "--reason", "off-topic for this datanet"], "bob")).code).toBe(0);
    expect(await balance(ALICE.address)).toBe(aliceBefore + DEPOSIT);
    expect(await query(["contribution", ids[3]!])).toMatchObject({ status: "REJECTED", rejection_reason: "off-topic for this datanet" });
    expectOneLineError(await runInProcess(["tx", "datanet", "review", ids[4]!, "accept", "--from", "carol", "--gas", "auto", "--yes", ...common]), /not a curator/);
    const pending = await query(["contributions", "--datanet", curated, "--status", "pending"]);
    expect(pending.contributions.map((c: any) => c.id)).toEqual(ids.slice(4));
  });

  it("publishes versions and answers version, versions, stats and content queries", async () => {
    const accepted = report.records.filter((y: any) => y.status === "accepted");
    const pub = await tx(["publish-version", open], "alice");
    expect(pub).toMatchObject({ code: 0, version: "1", record_count: String(accepted.length) });
    expect((await tx(["publish-version", curated], "alice")).record_count).toBe("3");
    const v = await query(["version", open, "1"]);
    expect(v).toMatchObject({ datanet_id: open, number: "1", record_count: String(accepted.length), merkle_root: pub.merkle_root });
    expect(v.added_contribution_ids).toEqual(accepted.map((y: any) => y.contribution_id));
    expect((await query(["versions", open])).versions.map((x: any) => x.number)).toEqual(["1"]);
    expectOneLineError(await runInProcess(["tx", "datanet", "publish-version", open, "--from", "alice", "--gas", "auto", "--yes", ...common]), /nothing new to publish/);

    const stats = await query(["stats", CAROL.address]);
    expect(stats).toMatchObject({ records: String(accepted.length), accepted: String(accepted.length), rejected: "0", acceptance_rate_bps: 10000 });
    const daveStats = await query(["stats", DAVE.address, "--datanet", curated]);
    expect(daveStats).toMatchObject({ records: String(CURATED_RECORDS), accepted: "3", rejected: "1", pending: String(CURATED_RECORDS - 4), acceptance_rate_bps: 7500 });

    const rec = accepted[5];
    const body = await runInProcess(["query", "datanet", "content", rec.contribution_id, ...common]);
    expect(body.code, body.stderr).toBe(0);
    expect(body.stdout).toBe(mails[rec.index]!.body);
    const params = await query(["params"]);
    expect(params.max_records_per_msg).toBeGreaterThan(0);
  });

  it("TributaryClient reads the same state and withdraws a pending contribution", async () => {
    const client = await TributaryClient.connectWithSigner(node.rpcUrl, await makeDevWallet(DAVE.mnemonic), { broadcastPollIntervalMs: 100 });
    try {
      const accepted = report.records.filter((y: any) => y.status === "accepted");
      const version = await client.datanet.version(BigInt(open));
      expect(version.recordCount).toBe(BigInt(accepted.length));
      const rec = accepted[7];
      const content = await client.datanet.contributionContent(BigInt(rec.contribution_id));
      expect(new TextDecoder().decode(content.body)).toBe(mails[rec.index]!.body);
      expect(Buffer.from(content.contentHash).toString("hex")).toBe(rec.content_hash);
      const { datanet, counters } = await client.datanet.datanet(BigInt(curated));
      expect(datanet.policy.curation).toBe("CURATED");
      expect(counters.pending).toBe(BigInt(CURATED_RECORDS - 4));
      const pending = await client.datanet.contributions({ datanetId: BigInt(curated), status: "PENDING", contributor: DAVE.address });
      const before = await client.getBalance(DAVE.address, "utrib");
      const res = await client.withdrawContribution(DAVE.address, pending.items[0]!.id, "auto");
      const after = await client.getBalance(DAVE.address, "utrib");
      const fee = (BigInt(res.gasWanted) * 25n + 9_999n) / 10_000n; // gas limit × 0.0025utrib, rounded up
      expect(BigInt(after.amount) - BigInt(before.amount)).toBe(DEPOSIT - fee);
      expect((await client.datanet.contribution(pending.items[0]!.id)).status).toBe("WITHDRAWN");
      await expect(client.datanet.contribution(999_999n)).rejects.toThrow(/contribution 999999 does not exist/);
    } finally {
      client.disconnect();
    }
  });

  it("rebuilds a lost content store from the blocks", async () => {
    const rec = report.records.find((y: any) => y.status === "accepted");
    rmSync(contentDir(node.home), { recursive: true, force: true });
    expectOneLineError(await runInProcess(["query", "datanet", "content", rec.contribution_id, ...common]), /this node has no body for contribution/);
    const r = await cli(["datanet", "rebuild-content"]);
    // The CURATED datanet holds copies of OPEN records: same bodies, same content hashes.
    const onChain = report.summary.accepted + CURATED_RECORDS;
    expect(r).toMatchObject({ contributions: onChain, missing: report.summary.accepted, restored: report.summary.accepted, unrestored: [] });
    const body = await runInProcess(["query", "datanet", "content", rec.contribution_id, ...common]);
    expect(body.stdout).toBe(mails[rec.index]!.body);
    expect((await cli(["datanet", "rebuild-content"])).missing).toBe(0);
  });
});
