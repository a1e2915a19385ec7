/**
 * Payable inference end to end on a real node: a datanet contributed by two
 * accounts, published and READY; a tiny model trained in process by the factory, registered
 * inline and in chunks through TributaryClient and in chunks through the CLI; an inference paid
 * with a plain CosmJS SigningStargateClient whose one signAndBroadcast returns the output, the
 * attribution record id and the payouts, with every balance moving by exactly those amounts
 * (contributors by the record's amounts); a top-k request through TributaryClient; the CLI's
 * `tx inference request`, claim and `query inference …` against the same node.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { SigningStargateClient, type StdFee } from "@cosmjs/stargate";
import { bytesToHex } from "@noble/hashes/utils.js";
import { TributaryClient } from "../client/client.ts";
import { msgRequestInference, requestInferenceResponse } from "../client/inferenceMsgs.ts";
import { createTributaryRegistry } from "../client/registry.ts";
import { expectOneLineError, runInProcess } from "../node/cli/cliTestHarness.ts";
import { DEV_ACCOUNTS } from "../node/cli/devAccounts.ts";
import { runFactory } from "../node/factory/factory.ts";
import { Keyring } from "../node/keyring/index.ts";
import { text } from "./datanetHarness.ts";
import { TINY_MODEL } from "./inferenceHarness.ts";
import { type TestNode, startTestNode } from "./testNode.ts";
import { waitFor } from "./support/waitFor.ts";

const [ALICE, BOB, CAROL, DAVE] = DEV_ACCOUNTS;
const SPLIT = { ownerBps: 3000, dataBps: 5000, computeBps: 1000, protocolBps: 1000 };
const PRICING = { baseFee: 1000, feePerToken: 100 };
const FIXED_FEE: StdFee = { amount: [{ denom: "utrib", amount: "20000" }], gas: "8000000" };

let node: TestNode;
let common: string[];
let work: string;
const clients: TributaryClient<SigningStargateClient>[] = [];
const docs = Array.from({ length: 12 }, (_, i) => text(100 + i, 60));
const prompt = (i: number) => docs[i]!.split(" ").slice(0, 6).join(" ");

async function cli(args: string[]): Promise<any> {
  const r = await runInProcess([...args, ...common, "-o", "json"]);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout, `${args.join(" ")}: ${r.stderr}`).not.toBe("");
  return JSON.parse(r.stdout);
}

async function signer(who: (typeof DEV_ACCOUNTS)[number]): Promise<TributaryClient<SigningStargateClient>> {
  const c = await TributaryClient.connectWithSigner(node.rpcUrl, await DirectSecp256k1HdWallet.fromMnemonic(who.mnemonic, { prefix: "trib" }), { broadcastPollIntervalMs: 100 });
  clients.push(c);
  return c;
}

const utrib = async (c: TributaryClient, addr: string) => BigInt((await c.getBalance(addr, "utrib")).amount);

beforeAll(async () => {
  node = await startTestNode();
  const keyring = Keyring.open({ home: node.home, backend: "test" });
  for (const a of DEV_ACCOUNTS) await keyring.add(a.name, a.mnemonic);
  common = ["--node", node.rpcUrl, "--home", node.home];
  work = mkdtempSync(join(tmpdir(), "trib-inference-e2e-"));
}, 60_000);

afterAll(async () => {
  for (const c of clients) c.disconnect();
  await node?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("payable inference end to end", { timeout: 60_000 }, () => {
  let alice: TributaryClient<SigningStargateClient>;
  let dn: bigint;
  let artifact: Uint8Array;
  let modelId: bigint;
  let chunkedId: bigint;
  const contributions = new Map<string, bigint[]>();

  it("a datanet of two contributors, published and READY; a tiny model trained in process; registered inline and in chunks", async () => {
    alice = await signer(ALICE);
    dn = (await alice.createDatanet(ALICE.address, { metadata: { name: "inference e2e" }, policy: { curation: "OPEN" } }, "auto")).datanetId;
    for (const [who, part] of [[BOB, docs.filter((_, i) => i % 2 === 0)], [CAROL, docs.filter((_, i) => i % 2 === 1)]] as const) {
      const c = await signer(who);
      const { results } = await c.contribute(who.address, dn, part.map((body) => ({ body })), "auto");
      expect(results.every((r) => r.status === "ACCEPTED")).toBe(true);
      contributions.set(who.address, results.map((r) => r.contributionId));
    }
    expect((await alice.publishVersion(ALICE.address, dn, "auto")).number).toBe(1n);
    const trained = runFactory(docs.map((d) => new TextEncoder().encode(d)), TINY_MODEL);
    const c = await waitFor("version 1's index READY", async () => {
      const x = await cli(["query", "attribution", "commitment", String(dn), "1"]);
      return x.status === "READY" && x;
    }, 60_000, 100);
    expect(c.status).toBe("READY");
    artifact = (await trained).artifact;

    const input = { name: "tiny", description: "e2e", artifact, contextLength: 64, trainingManifest: [{ datanetId: dn, version: 1n }], pricing: PRICING, split: SPLIT, maxOutputTokens: 24 };
    const inline = await alice.registerModel(ALICE.address, input, "auto");
    expect(inline.uploads).toHaveLength(0);
    modelId = inline.modelId;
    const chunked = await alice.registerModel(ALICE.address, { ...input, name: "tiny (chunked)" }, "auto", { chunkSize: 16_384 });
    expect(chunked.uploads.length).toBe(Math.ceil(artifact.length / 16_384));
    expect(chunked.uploads.length).toBeGreaterThan(1);
    expect(bytesToHex(chunked.artifactHash)).toBe(bytesToHex(inline.artifactHash));
    chunkedId = chunked.modelId;
    const m = await alice.model(chunkedId);
    expect(m).toMatchObject({ id: chunkedId, owner: ALICE.address, name: "tiny (chunked)", status: "ACTIVE", artifactSize: BigInt(artifact.length), format: "tributary-mlp-v1", window: 8 });
    expect(m.trainingManifest).toEqual([{ datanetId: dn, version: 1n }]);
  });

  it("an inference paid through CosmJS returns the output, record and payouts in one round trip; balances move by exactly those amounts", async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(DAVE.mnemonic, { prefix: "trib" });
    const stargate = await SigningStargateClient.connectWithSigner(node.rpcUrl, wallet, { registry: createTributaryRegistry(), broadcastPollIntervalMs: 100 });
    const q = await signer(DAVE);
    const watched = [ALICE.address, BOB.address, CAROL.address, DAVE.address];
    const pools = await q.inferenceQueries.rewardPools();
    const before = new Map(await Promise.all(watched.map(async (a) => [a, await utrib(q, a)] as const)));
    const msg = msgRequestInference(DAVE.address, { modelId, prompt: prompt(0), maxOutputTokens: 24, maxFee: "100000utrib" });
    const tx = await stargate.signAndBroadcast(DAVE.address, [msg], FIXED_FEE);
    stargate.disconnect();
    expect(tx.code, tx.rawLog).toBe(0);
    const res = requestInferenceResponse(tx);
    expect(res.output.length).toBeGreaterThan(0);
    expect(res.tokensGenerated).toBeGreaterThan(0);
    const fee = 1000n + 100n * BigInt(res.tokensGenerated);
    expect(res.fee).toEqual({ denom: "utrib", amount: String(fee) });
    const paid = (role: string, to?: string) => res.payouts.filter((p) => p.role === role && (to === undefined || p.recipient === to)).reduce((a, p) => a + p.amount, 0n);
    expect(res.payouts.filter((p) => p.role !== "refund").reduce((a, p) => a + p.amount, 0n)).toBe(fee);
    expect(paid("refund")).toBe(100_000n - fee);

    const record = await cli(["query", "attribution", "record", String(res.attributionRecordId)]);
    const credit = (addr: string) => BigInt(record.contributors.find((c: any) => c.contributor === addr)?.amount ?? "0");
    expect(credit(BOB.address) + credit(CAROL.address)).toBeGreaterThan(0n);
    expect(BigInt(record.fee.replace("utrib", ""))).toBe((fee * 5000n) / 10000n);
    for (const who of [BOB.address, CAROL.address]) {
      expect(paid("contributor", who)).toBe(credit(who));
      expect(await utrib(q, who)).toBe(before.get(who)! + credit(who));
    }
    expect(await utrib(q, ALICE.address)).toBe(before.get(ALICE.address)! + paid("model_owner"));
    expect(await utrib(q, DAVE.address)).toBe(before.get(DAVE.address)! - fee - 20_000n);
    const after = await q.inferenceQueries.rewardPools();
    const pool = (p: typeof pools, k: "compute" | "community" | "dataPools" | "computeTotalAllocated") => BigInt(p[k][0]?.amount ?? "0");
    // The compute share waits in fee_collector (compute) until the next block allocates it
    // (compute_total_allocated); blocks keep coming, so count both.
    const computeSeen = (p: typeof pools) => pool(p, "compute") + pool(p, "computeTotalAllocated");
    expect(computeSeen(after) - computeSeen(pools)).toBe(paid("compute"));
    // The community pool also gets the community tax of every allocation meanwhile.
    expect(pool(after, "community") - pool(pools, "community")).toBeGreaterThanOrEqual(paid("protocol"));
    expect(pool(after, "dataPools") - pool(pools, "dataPools")).toBe(paid("datanet_pool"));

    const x = await q.inference(res.inferenceId);
    expect([x.output, x.tokensGenerated, x.attributionRecordId, x.requester]).toEqual([res.output, res.tokensGenerated, res.attributionRecordId, DAVE.address]);
    expect(x.payouts).toEqual(res.payouts);
  });

  it("TributaryClient.requestInference: a top-k draw, fee auto, decoded response", async () => {
    const q = clients.find((c) => c !== alice)!;
    const dave = await signer(DAVE);
    const r = await dave.requestInference(DAVE.address, { modelId: chunkedId, prompt: prompt(1), maxOutputTokens: 20, maxFee: "50000utrib", sampling: { mode: "TOP_K", topK: 8, seed: 42n } });
    expect(r.tx.code).toBe(0);
    expect(r.tokensGenerated).toBeGreaterThan(0);
    expect(r.fee?.amount).toBe(String(1000n + 100n * BigInt(r.tokensGenerated)));
    const x = await q.inference(r.inferenceId);
    expect(x.sampling).toEqual({ mode: "TOP_K", topK: 8, seed: 42n });
    expect(x.output).toBe(r.output);
  });

  it("the CLI: register in chunks with progress, request (JSON and text), claim, and the queries", async () => {
    const file = join(work, "tiny.onnx");
    writeFileSync(file, artifact);
    const reg = await runInProcess(["tx", "inference", "register-model", "--artifact", file, "--name", "tiny (cli)", "--manifest", `${dn}:1`, "--base-fee", "500utrib", "--fee-per-token", "50", "--split", "2000,6000,1000,1000", "--context-length", "64", "--max-output-tokens", "24", "--chunk-size", "20000", "--from", "alice", "--yes", ...common, "-o", "json"]);
    expect(reg.code, reg.stderr).toBe(0);
    const chunks = Math.ceil(artifact.length / 20_000);
    expect(reg.stderr).toContain(`uploaded chunk ${chunks}/${chunks} (${artifact.length}/${artifact.length} bytes, 100%)`);
    const registered = JSON.parse(reg.stdout);
    expect(registered.upload_txs).toHaveLength(chunks);
    const cliModel = registered.model_id;
    expect(await cli(["query", "inference", "model", cliModel])).toMatchObject({ name: "tiny (cli)", pricing: { base_fee: "500", fee_per_token: "50" }, split: { data_bps: 6000 }, max_output_tokens: 24, artifact_hash: registered.artifact_hash });

    const before = await cli(["query", "bank", "balances", BOB.address]);
    const r = await cli(["tx", "inference", "request", cliModel, "--prompt", prompt(0), "--from", "dave", "--yes"]);
    expect(r).toMatchObject({ code: 0, stop_reason: expect.any(String), fee: `${500 + 50 * r.tokens_generated}utrib` });
    expect(r.output.length).toBeGreaterThan(0);
    const top = r.attribution.top_contributors;
    expect(top.length).toBeGreaterThan(0);
    expect(top.map((c: any) => BigInt(c.points))).toEqual([...top.map((c: any) => BigInt(c.points))].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    for (const c of top) expect(r.payouts).toContainEqual({ role: "contributor", recipient: c.contributor, amount: c.amount });
    const bobPaid = r.payouts.filter((p: any) => p.role === "contributor" && p.recipient === BOB.address).reduce((a: bigint, p: any) => a + BigInt(p.amount), 0n);
    const after = await cli(["query", "bank", "balances", BOB.address]);
    expect(BigInt(after.balances[0].amount) - BigInt(before.balances[0].amount)).toBe(bobPaid);

    const shown = await cli(["query", "inference", "inference", r.inference_id]);
    expect(shown).toMatchObject({ id: r.inference_id, model_id: cliModel, requester: DAVE.address, output: r.output, fee: r.fee, attribution_record_id: r.attribution_record_id });
    expect((await cli(["query", "inference", "inferences", "--requester", DAVE.address])).inferences.map((i: any) => i.id)).toContain(r.inference_id);
    expect((await cli(["query", "inference", "inferences", "--model", cliModel])).inferences.map((i: any) => i.id)).toEqual([r.inference_id]);
    expect((await cli(["query", "inference", "models", "--owner", ALICE.address])).models.map((m: any) => m.id)).toEqual([String(modelId), String(chunkedId), cliModel]);
    expect((await cli(["query", "inference", "models", "--datanet", String(dn)])).models).toHaveLength(3);
    const out = join(work, "fetched.onnx");
    expect(await cli(["query", "inference", "artifact", registered.artifact_hash, "--out", out])).toMatchObject({ bytes: artifact.length, verified: true });
    expect(readFileSync(out).equals(Buffer.from(artifact))).toBe(true);
    expect(await cli(["query", "inference", "params"])).toMatchObject({ fee_denom: "utrib", min_data_share_bps: expect.any(Number) });
    expect(Object.keys(await cli(["query", "inference", "reward-pools"]))).toEqual(["compute", "community", "data_pools", "compute_last_allocated", "compute_last_height", "compute_total_allocated"]);

    const text = await runInProcess(["tx", "inference", "request", cliModel, "--prompt", prompt(3), "--max-tokens", "8", "--sampling", "top-k", "--top-k", "4", "--seed", "7", "--from", "dave", "--yes", ...common]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^output \(\d+ tokens, stopped at (eos|max_tokens)\):\n/);
    expect(text.stdout).toMatch(/\npayouts \(fee \d+utrib of max 900utrib\):\n {2}contributor|\npayouts \(fee \d+utrib of max 900utrib\):\n {2}datanet_pool/);
    expect(text.stdout).toContain(`  refund        ${DAVE.address}`);
  });

  it("the residual in the datanet pool is claimable and claimed through the CLI", async () => {
    const pool = await cli(["query", "inference", "pool", String(dn), "1"]);
    expect(BigInt(pool.total_paid_in)).toBeGreaterThan(0n);
    const ids = contributions.get(BOB.address)!.map(String);
    let owed = 0n;
    for (const id of ids) owed += BigInt((await cli(["query", "inference", "claimable", id])).amount); // one at a time: runInProcess captures stdout
    expect(owed).toBeGreaterThan(0n);
    const claimed = await cli(["tx", "inference", "claim", ...ids, "--from", "bob", "--yes"]);
    expect(claimed).toMatchObject({ code: 0, claimed: `${owed}utrib` });
    expect((await cli(["query", "inference", "claimable", ids[0]!])).amount).toBe("0");
  });

  it("the CLI: upload then register by hash, update the pricing, retire", async () => {
    const file = join(work, "tiny.onnx");
    const up = await cli(["tx", "inference", "upload", file, "--chunk-size", "30000", "--from", "carol", "--yes"]);
    expect(up).toMatchObject({ artifact_bytes: artifact.length, chunks: Math.ceil(artifact.length / 30_000) });
    const common_ = ["--name", "carol's", "--manifest", `${dn}:1`, "--base-fee", "300", "--fee-per-token", "30", "--context-length", "64", "--max-output-tokens", "24", "--yes"];
    // Chunks are kept per uploader: alice cannot register carol's upload.
    expectOneLineError(await runInProcess(["tx", "inference", "register-model", "--artifact-hash", up.artifact_hash, ...common_, "--from", "alice", ...common]), /has uploaded no chunk of artifact/);
    const reg = await cli(["tx", "inference", "register-model", "--artifact-hash", up.artifact_hash, ...common_, "--from", "carol"]);
    expect(reg).toMatchObject({ code: 0, artifact_hash: up.artifact_hash });
    await cli(["tx", "inference", "update-model", reg.model_id, "--base-fee", "700", "--description", "cheaper per token", "--from", "carol", "--yes"]);
    expect(await cli(["query", "inference", "model", reg.model_id])).toMatchObject({ description: "cheaper per token", pricing: { base_fee: "700", fee_per_token: "30" }, status: "ACTIVE" });
    expectOneLineError(await runInProcess(["tx", "inference", "retire-model", reg.model_id, "--from", "bob", "--yes", ...common]), /belongs to trib1/);
    await cli(["tx", "inference", "retire-model", reg.model_id, "--from", "carol", "--yes"]);
    expect((await cli(["query", "inference", "model", reg.model_id])).status).toBe("RETIRED");
    expectOneLineError(await runInProcess(["tx", "inference", "request", reg.model_id, "--prompt", "hello", "--from", "dave", "--yes", ...common]), /model \d+ is retired/);
  });

  it("refuses bad input with one line, before or from the chain", async () => {
    expectOneLineError(await runInProcess(["tx", "inference", "request", "99", "--prompt", "hello", "--from", "dave", "--yes", ...common]), /^Error: model 99 does not exist: model not found$/);
    expectOneLineError(await runInProcess(["tx", "inference", "register-model", "--artifact", "x.onnx", "--name", "n", "--manifest", "1:1", "--base-fee", "1", "--fee-per-token", "1", "--split", "5000,5000,1000,0", "--from", "alice", "--yes", ...common]), /--split 5000,5000,1000,0 sums to 11000 basis points/);
    expectOneLineError(await runInProcess(["tx", "inference", "request", String(modelId), "--prompt", prompt(0), "--max-fee", "10", "--from", "dave", "--yes", ...common]), /max_fee 10utrib is below model \d+'s base fee of 1000utrib/);
    expectOneLineError(await runInProcess(["tx", "inference", "request", String(modelId), "--prompt", "hi", "--sampling", "greedy", "--seed", "3", "--from", "dave", "--yes", ...common]), /--top-k and --seed go with --sampling top-k/);
    expectOneLineError(await runInProcess(["query", "inference", "inference", "999", ...common]), /inference 999 does not exist/);
    // A 512 KiB chunk is within the chain's limit but not the RPC's default body limit once hex-encoded for simulation.
    const big = join(work, "big.bin");
    writeFileSync(big, new Uint8Array(600_000).fill(7));
    expectOneLineError(await runInProcess(["tx", "inference", "upload", big, "--chunk-size", "524288", "--from", "alice", "--yes", ...common]), /larger than its rpc.max_body_bytes .*use a smaller --chunk-size/);
  });
});
