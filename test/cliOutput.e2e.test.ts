/**
 * What the CLI prints, on a real node through the CLI in process: text output is YAML that a
 * YAML parser reads back to the values `-o json` prints (coins as one "<amount><denom>" string,
 * and amounts JSON gives bare, simd style, with their denom),
 * even for names, prompts and records full of `: `, `#`, leading `-`, quotes and newlines; list
 * output carries the chain's real pagination total; `-o/--output` is the format on the
 * attribution queries too (the text is --text/--text-file); and a failed simulation says plainly
 * that nothing was broadcast.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { expectOneLineError, runInProcess } from "../node/cli/cliTestHarness.ts";
import { DEV_ACCOUNTS, DEV_VALIDATOR } from "../node/cli/devAccounts.ts";
import { Keyring } from "../node/keyring/index.ts";
import { valoperOf } from "../node/cli/operator/args.ts";
import { waitFor } from "./processNode.ts";
import { words } from "./datanetHarness.ts";
import { type TestNode, startTestNode } from "./testNode.ts";

const [ALICE, BOB] = DEV_ACCOUNTS;

/** Every character a hand-made `key: value` printer gets wrong. */
const NASTY = [
  "key: value # not a comment",
  "- a leading dash",
  `"double" and 'single' quotes`,
  "  indented: line",
  "---",
  "... &anchor *alias !tag {a: 1} [b] @at %pct `tick` | > ? :",
  "",
  "trailing spaces   ",
].join("\n");
/** Leading "-" in values that are not flags (the CLI would read an argument "-…" as an option). */
const NAME = `ops: "triage" #1 - 'notes'`;

let node: TestNode;
let common: string[];
let work: string;

async function ok(args: string[]): Promise<string> {
  const r = await runInProcess([...args, ...common]);
  expect(r.code, `${args.join(" ")}: ${r.stderr}`).toBe(0);
  return r.stdout;
}
const json = async (args: string[]) => JSON.parse(await ok([...args, "-o", "json"]));

/** The text output parsed as YAML, and the JSON output, of one query. */
async function both(args: string[]): Promise<{ yaml: any; json: any; text: string }> {
  const text = await ok(args);
  return { yaml: parseYaml(text), json: await json(args), text };
}

const coin = (c: { denom: string; amount: string }) => `${c.amount}${c.denom}`;
/** What text shows for amounts JSON gives bare (simd style): the same amount in the fee denom. */
const earnedText = (c: any) => ({ ...c, total_earned: `${c.total_earned}utrib` });
const recordText = (r: any) => ({ ...r, contributors: r.contributors.map((c: any) => ({ ...c, amount: `${c.amount}utrib` })) });

beforeAll(async () => {
  node = await startTestNode({ bondValidator: true });
  const keyring = Keyring.open({ home: node.home, backend: "test" });
  for (const a of DEV_ACCOUNTS) await keyring.add(a.name, a.mnemonic);
  common = ["--node", node.rpcUrl, "--home", node.home];
  work = mkdtempSync(join(tmpdir(), "trib-cli-output-"));
}, 60_000);

afterAll(async () => {
  await node?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("CLI output", { timeout: 90_000 }, () => {
  it("a failed simulation says that nothing was broadcast, and nothing was", async () => {
    const before = await json(["query", "auth", "account", ALICE.address]);
    const balance = await json(["query", "bank", "balances", ALICE.address, "--denom", "utrib"]);
    const r = await runInProcess(["tx", "bank", "send", "alice", BOB.address, "999999999999999999utrib", "--gas", "auto", "--yes", ...common]);
    expectOneLineError(r, /^Error: simulation failed: .*insufficient funds; nothing was broadcast$/);
    expect(r.stderr).not.toMatch(/fee and sequence kept|With gas wanted|Query failed/);
    expect((await json(["query", "auth", "account", ALICE.address])).sequence).toBe(before.sequence);
    expect(await json(["query", "bank", "balances", ALICE.address, "--denom", "utrib"])).toEqual(balance);
  });

  it("bank balances: YAML with each coin as <amount><denom>, the same values as JSON", async () => {
    const all = await both(["query", "bank", "balances", ALICE.address]);
    expect(all.json.balances.length).toBeGreaterThan(0);
    expect(all.yaml).toEqual({ ...all.json, balances: all.json.balances.map(coin) });
    expect(all.yaml.pagination.total).toBe(String(all.json.balances.length));
    const one = await both(["query", "bank", "balances", ALICE.address, "--denom", "utrib"]);
    expect(one.yaml).toEqual({ balance: coin(one.json.balance) });
  });

  it("staking, distribution and mint: the JSON's values, amounts with their denom", async () => {
    const valoper = valoperOf(DEV_VALIDATOR.address);
    const v = await both(["query", "staking", "validator", valoper]);
    expect(v.yaml).toEqual({ validator: { ...v.json.validator, tokens: `${v.json.validator.tokens}utrib`, min_self_delegation: `${v.json.validator.min_self_delegation}utrib` } });
    const pool = await both(["query", "staking", "pool"]);
    expect(pool.yaml).toEqual({ pool: { not_bonded_tokens: `${pool.json.pool.not_bonded_tokens}utrib`, bonded_tokens: `${pool.json.pool.bonded_tokens}utrib` } });
    const params = await both(["query", "staking", "params"]);
    expect(params.yaml).toEqual(params.json);
    // These move every block, so text and JSON (two queries) are compared by shape.
    const inflation = await both(["query", "mint", "inflation"]);
    expect(inflation.json.inflation).toMatch(/^0\.\d{18}$/);
    expect(inflation.yaml).toEqual({ inflation: expect.stringMatching(/^0\.\d{18}$/) });
    const provisions = await both(["query", "mint", "annual-provisions"]);
    expect(provisions.json.annual_provisions).toMatch(/^\d+\.\d{18}$/);
    expect(provisions.yaml).toEqual({ annual_provisions: expect.stringMatching(/^\d+\.\d{18}utrib$/) });
    const community = await both(["query", "distribution", "community-pool"]);
    expect(community.json.pool).toEqual([{ denom: "utrib", amount: expect.stringMatching(/^\d+\.\d{18}$/) }]);
    expect(community.yaml).toEqual({ pool: [expect.stringMatching(/^\d+\.\d{18}utrib$/)] });
  });

  let dn: string;
  let copiedBody: string;

  it("a datanet whose name, description and records are full of YAML syntax prints as YAML with the same values", async () => {
    dn = (await json(["tx", "datanet", "create", NAME, "--description", NASTY, "--policy", "open", "--from", "alice", "--yes"])).datanet_id;
    const bodies = [1, 2, 3].map((seed) => words(seed * 313, 60).join(" "));
    copiedBody = bodies[1]!;
    const file = join(work, "records.jsonl");
    writeFileSync(file, bodies.map((body, i) => JSON.stringify({ body, title: `- ${i}: ${NASTY}`, extra: { "k: #": NASTY } })).join("\n") + "\n");
    expect((await json(["tx", "datanet", "contribute", dn, file, "--from", "bob", "--yes"])).summary).toMatchObject({ accepted: 3 });

    const d = await both(["query", "datanet", "datanet", dn]);
    expect(d.json).toMatchObject({ name: NAME, description: NASTY });
    expect(d.yaml).toEqual(d.json);
    const list = await both(["query", "datanet", "contributions", "--datanet", dn]);
    expect(list.json.contributions.map((c: any) => c.metadata.title)).toEqual([0, 1, 2].map((i) => `- ${i}: ${NASTY}`));
    expect(list.yaml).toEqual({ ...list.json, contributions: list.json.contributions.map(earnedText) });
    const one = await both(["query", "datanet", "contribution", list.json.contributions[0].id]);
    expect(one.yaml).toEqual(earnedText(one.json));
    expect(one.yaml.total_earned).toBe("0utrib");
    const stats = await both(["query", "datanet", "stats", BOB.address]);
    expect(stats.yaml).toEqual(stats.json);
  });

  it("a list page shows the chain's total, not the page's length", async () => {
    const page = await both(["query", "datanet", "contributions", "--datanet", dn, "--limit", "1"]);
    expect(page.json.contributions).toHaveLength(1);
    expect(page.json.pagination.total).toBe("3");
    expect(page.json.pagination.next_key).not.toBeNull();
    expect(page.yaml).toEqual({ ...page.json, contributions: page.json.contributions.map(earnedText) });
    const rest = await json(["query", "datanet", "contributions", "--datanet", dn, "--limit", "5", "--page-key", page.json.pagination.next_key]);
    expect(rest.contributions).toHaveLength(2);
    const all = await json(["query", "datanet", "contributions", "--datanet", dn, "--all"]);
    expect(all.pagination).toEqual({ next_key: null, total: "3" });
  });

  it("attribution: --output json is the format (the text is --text/--text-file), and records print as YAML with the same values", async () => {
    expect((await json(["tx", "datanet", "publish-version", dn, "--from", "alice", "--yes"])).code).toBe(0);
    await waitFor("the index commitment of version 1 to be READY", async () => (await json(["query", "attribution", "commitment", dn, "1"])).status === "READY");

    // Out of habit: --output json. It used to attribute the word "json" and exit 0.
    expectOneLineError(await runInProcess(["query", "attribution", "attribute", "--datanet", `${dn}:1`, "--output", "json", ...common]), /give the model output to attribute with --text <text> or --text-file <path>/);

    const output = `${NASTY}\n${copiedBody}`;
    const file = join(work, "output.txt");
    writeFileSync(file, output);
    const preview = await both(["query", "attribution", "attribute", "--datanet", `${dn}:1`, "--text-file", file, "--prompt", NASTY]);
    expect(preview.json).toMatchObject({ output, prompt: NASTY });
    expect(preview.json.contributions).toHaveLength(1);
    expect(preview.json.contributors).toEqual([{ contributor: BOB.address, points: expect.any(String), amount: "0" }]);
    // A preview is the record a tx in the next block would store: its height moves between queries.
    const atAnyHeight = (r: any) => ({ ...r, height: expect.stringMatching(/^\d+$/) });
    expect(preview.yaml).toEqual(atAnyHeight(recordText(preview.json)));
    const inline = await json(["query", "attribution", "attribute", "--datanet", `${dn}:1`, "--text", output, "--prompt", NASTY]);
    expect(inline).toEqual(atAnyHeight(preview.json));

    const r = await json(["tx", "attribution", "record", "--datanet", `${dn}:1`, "--text-file", file, "--prompt", NASTY, "--from", "carol", "--yes"]);
    expect(r.code).toBe(0);
    const rec = await both(["query", "attribution", "record", r.record_id]);
    expect(rec.json).toMatchObject({ output, prompt: NASTY });
    expect(rec.yaml).toEqual(recordText(rec.json));
    expect(rec.yaml.contributors[0].amount).toBe("0utrib");
    const byContributor = await both(["query", "attribution", "records", "--contributor", BOB.address]);
    expect(byContributor.yaml).toEqual({ records: byContributor.json.records.map(recordText) });
  });
});
