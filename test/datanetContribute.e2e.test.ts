/**
 * `tx datanet contribute` against a real node at the edges a new user hits: a ~600 KB .jsonl
 * of 9 KB records (batches must fit the node's rpc.max_body_bytes, which simulation's hex
 * encoding doubles), a node whose body limit is below what the CLI assumes, a lone surrogate
 * in a record, and the exit code when the chain refuses records.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectOneLineError, runInProcess } from "../node/cli/cliTestHarness.ts";
import { DEV_ACCOUNTS } from "../node/cli/devAccounts.ts";
import { loadNodeConfig, writeNodeConfig } from "../node/config.ts";
import { Keyring } from "../node/keyring/index.ts";
import { type TestNode, makeTestHome, startTestNode } from "./testNode.ts";
import { Rng } from "./support/rng.ts";

/** Deterministic text no other call returns: words of random letters from a seeded generator. */
function prose(seed: number, bytes: number): string {
  const rng = new Rng(seed);
  const words: string[] = [];
  let n = 0;
  while (n < bytes) {
    const len = rng.range(3, 9);
    let w = "";
    for (let i = 0; i < len; i++) w += String.fromCharCode(97 + rng.int(26));
    words.push(w);
    n += len + 1;
  }
  return `${words.join(" ")}.`;
}

const jsonl = (bodies: string[]) => bodies.map((body) => JSON.stringify({ body })).join("\n") + "\n";

async function addDevKeys(home: string): Promise<void> {
  const keyring = Keyring.open({ home, backend: "test" });
  for (const a of DEV_ACCOUNTS) await keyring.add(a.name, a.mnemonic);
}

describe("tx datanet contribute against a real node", { timeout: 180_000 }, () => {
  let node: TestNode;
  let common: string[];
  let dn: string;

  const cli = async (args: string[]) => runInProcess([...args, ...common, "-o", "json"]);

  beforeAll(async () => {
    node = await startTestNode();
    await addDevKeys(node.home);
    common = ["--node", node.rpcUrl, "--home", node.home];
    const r = await cli(["tx", "datanet", "create", "big records", "--policy", "open", "--from", "alice", "--yes"]);
    expect(r.code, r.stderr).toBe(0);
    dn = JSON.parse(r.stdout).datanet_id;
  }, 60_000);

  afterAll(async () => {
    await node?.stop();
  });

  // Before the fix the first batch took all 64 records (~580 KB, under max_tx_bytes), and its
  // simulation, hex-encoded, was a 1.16 MB request: HTTP 413, the command died.
  it("sends a ~600 KB .jsonl of 9 KB records in batches whose requests fit the node's body limit", async () => {
    const file = join(node.home, "big.jsonl");
    const bodies = Array.from({ length: 64 }, (_, i) => prose(i + 1, 9_000));
    writeFileSync(file, jsonl(bodies));
    const r = await cli(["tx", "datanet", "contribute", dn, file, "--from", "bob", "--yes"]);
    expect(r.stderr).not.toMatch(/413/);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toEqual({ accepted: 64, pending: 0, rejected: 0, unsent: 0 });
    expect(out.records.every((x: { contribution_id?: string }) => /^\d+$/.test(x.contribution_id ?? ""))).toBe(true);
  });

  it("exits 1 when the chain refused records (report still printed); --allow-refusals exits 0", async () => {
    const file = join(node.home, "dups.jsonl");
    const fresh = [prose(1001, 600), prose(1002, 600)];
    // Line 2 repeats line 1 (an exact duplicate, datanet/9); line 3 repeats a record sent above.
    writeFileSync(file, jsonl([fresh[0]!, fresh[0]!, prose(1, 10_000), fresh[1]!]));
    const r = await cli(["tx", "datanet", "contribute", dn, file, "--from", "carol", "--yes"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toEqual({ accepted: 2, pending: 0, rejected: 2, unsent: 0 });
    expect(out.records.map((x: { status: string }) => x.status)).toEqual(["accepted", "rejected", "rejected", "accepted"]);
    expect(r.stderr.trimEnd().split("\n").pop()).toMatch(/^Error: 2 of 4 records were refused \(reasons in the report\); --allow-refusals exits 0 when some are$/);

    writeFileSync(file, jsonl([prose(1003, 600), prose(1002, 600)]));
    const allowed = await cli(["tx", "datanet", "contribute", dn, file, "--from", "carol", "--yes", "--allow-refusals"]);
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(JSON.parse(allowed.stdout).summary).toEqual({ accepted: 1, pending: 0, rejected: 1, unsent: 0 });
    expect(allowed.stderr).not.toMatch(/Error/);

    const text = await runInProcess(["tx", "datanet", "contribute", dn, file, "--from", "carol", "--yes", ...common]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^accepted: 0, pending: 0, rejected: 2 \(of 2 records\)$/m);
  });

  it("refuses a .jsonl with a lone surrogate as a whole, naming the line; nothing is sent", async () => {
    const before = JSON.parse((await cli(["query", "datanet", "contributions", "--datanet", dn, "--all"])).stdout).contributions.length;
    const file = join(node.home, "surrogate.jsonl");
    writeFileSync(file, `{"body": ${JSON.stringify(prose(2001, 600))}}\n{"body": "${prose(2002, 600)} caf\\udc80"}\n`);
    expectOneLineError(await runInProcess(["tx", "datanet", "contribute", dn, file, "--from", "dave", "--yes", ...common]), /surrogate\.jsonl line 2: "body" is not valid Unicode text: a lone surrogate \\udc80 at index \d+/);
    const after = JSON.parse((await cli(["query", "datanet", "contributions", "--datanet", dn, "--all"])).stdout).contributions.length;
    expect(after).toBe(before);
  });
});

describe("a node whose rpc.max_body_bytes is below what the CLI assumes", { timeout: 180_000 }, () => {
  const MAX_BODY = 200_000;
  let node: TestNode;
  let keysHome: string;
  let common: string[];
  let dn: string;

  beforeAll(async () => {
    const home = makeTestHome();
    const config = loadNodeConfig(home);
    config.rpc.max_body_bytes = MAX_BODY;
    writeNodeConfig(home, config);
    node = await startTestNode({ home });
    // The CLI's home holds keys only: it does not know the node's limit (1,000,000 assumed).
    keysHome = mkdtempSync(join(tmpdir(), "trib-keys-"));
    await addDevKeys(keysHome);
    common = ["--node", node.rpcUrl, "--home", keysHome];
    const r = await runInProcess(["tx", "datanet", "create", "small bodies", "--policy", "open", "--from", "alice", "--yes", ...common, "-o", "json"]);
    expect(r.code, r.stderr).toBe(0);
    dn = JSON.parse(r.stdout).datanet_id;
  }, 60_000);

  afterAll(async () => {
    await node?.stop();
    if (node) rmSync(node.home, { recursive: true, force: true });
    if (keysHome) rmSync(keysHome, { recursive: true, force: true });
  });

  it("contribute shrinks its batches when the node refuses a request as too large, and sends everything", async () => {
    const file = join(keysHome, "records.jsonl");
    writeFileSync(file, jsonl(Array.from({ length: 40 }, (_, i) => prose(3000 + i, 8_000))));
    const r = await runInProcess(["tx", "datanet", "contribute", dn, file, "--from", "bob", "--yes", ...common, "-o", "json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).summary).toEqual({ accepted: 40, pending: 0, rejected: 0, unsent: 0 });
    expect(r.stderr).toMatch(/the node refused a request of \d+ bytes as too large; batches now carry at most \d+ bytes of records/);
  });

  it("a record too large for the node's body limit alone is reported refused, the others are sent", async () => {
    const file = join(keysHome, "one-big.jsonl");
    writeFileSync(file, jsonl([prose(4001, 600), prose(4002, 120_000), prose(4003, 600)]));
    const r = await runInProcess(["tx", "datanet", "contribute", dn, file, "--from", "carol", "--yes", ...common, "-o", "json"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.records.map((x: { status: string }) => x.status)).toEqual(["accepted", "rejected", "accepted"]);
    expect(out.records[1]).toMatchObject({ code: "cli", reason: expect.stringMatching(/^the node refused the request carrying this record alone as too large \(\d+ bytes/) });
  });

  it("any other command's 413 is one line naming the request size, not CosmJS's raw status", async () => {
    const r = await runInProcess(["tx", "bank", "send", "alice", DEV_ACCOUNTS[1].address, "1utrib", "--memo", "m".repeat(150_000), "--gas", "auto", "--yes", ...common]);
    expectOneLineError(r, /^Error: the node refused a request of \d{6} bytes as too large \(its rpc\.max_body_bytes is smaller; 1000000 unless configured\); send less/);
    expect(r.stderr).not.toMatch(/Bad status/);
  });
});
