/**
 * The model factory against a real node, through the CLI in process: a datanet version of real
 * mails, then `model train --datanet --version` fetches its records (bodies from the node's
 * content store, in version order) and trains; the same bodies given as local text train to
 * the same artifact bytes, so what was fetched is exactly what was contributed.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectOneLineError, runInProcess } from "../node/cli/cliTestHarness.ts";
import { DEV_ACCOUNTS } from "../node/cli/devAccounts.ts";
import { Keyring } from "../node/keyring/index.ts";
import { loadCorpus } from "./corpus.ts";
import { type TestNode, startTestNode } from "./testNode.ts";

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
  work = mkdtempSync(join(tmpdir(), "trib-factory-e2e-"));
}, 60_000);

afterAll(async () => {
  await node?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

const SIZE = ["--steps", "60", "--batch", "32", "--vocab", "400", "--hidden", "32", "--embed", "16", "--window", "4"];

describe("model train --datanet on a node", { timeout: 90_000 }, () => {
  let dn: string;
  let accepted: string[];

  it("trains on a published version's records, the same model as on those bodies as local text", async () => {
    dn = (await cli(["tx", "datanet", "create", "factory e2e", "--policy", "open", "--from", "alice", "--yes"])).datanet_id;
    const mails = loadCorpus({ groups: ["easy-ham-1"], limit: 60 }).filter((m) => m.body.length > 400 && m.body.length < 20_000);
    const file = join(work, "records.jsonl");
    writeFileSync(file, mails.map((m) => JSON.stringify({ body: m.body })).join("\n") + "\n");
    const r = await cli(["tx", "datanet", "contribute", dn, file, "--from", "alice", "--yes", "--allow-refusals"]);
    accepted = r.records.filter((x: any) => x.contribution_id).map((x: any) => x.contribution_id);
    expect(accepted.length).toBeGreaterThan(20);
    expect(await cli(["tx", "datanet", "publish-version", dn, "--from", "alice", "--yes"])).toMatchObject({ code: 0, version: "1", record_count: String(accepted.length) });

    const out = join(work, "dn.onnx");
    const res = await runInProcess(["model", "train", "--datanet", dn, "--version", "1", "--out", out, ...SIZE, ...common, "-o", "json"]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toContain(`fetched ${accepted.length}/${accepted.length} records of datanet ${dn} version 1`);
    const report = JSON.parse(res.stdout);
    expect(report.corpus.documents).toBe(accepted.length);
    expect(report.perplexity.float.per_token).toBeLessThan(report.perplexity.unigram.per_token);

    // The same bodies, as files in contribution order, give the same artifact.
    const bodies = join(work, "bodies");
    mkdirSync(bodies);
    const byId = new Map(r.records.map((x: any, i: number) => [x.contribution_id, mails[i]!.body]));
    accepted.forEach((id, i) => writeFileSync(join(bodies, `${String(i).padStart(4, "0")}.txt`), byId.get(id) as string));
    const local = await cli(["model", "train", "--text", bodies, "--out", join(work, "text.onnx"), ...SIZE]);
    expect(local.sha256).toBe(report.sha256);
    expect(readFileSync(join(work, "text.onnx")).equals(readFileSync(out))).toBe(true);
  });

  it("names a missing datanet or version in one line", async () => {
    expectOneLineError(await runInProcess(["model", "train", "--datanet", dn, "--version", "7", "--out", join(work, "x.onnx"), ...common]), new RegExp(`^Error: datanet ${dn} has no version 7: version not found$`));
    expectOneLineError(await runInProcess(["model", "train", "--datanet", "999", "--version", "1", "--out", join(work, "x.onnx"), ...common]), /^Error: datanet 999 does not exist: datanet not found$/);
  });
});
