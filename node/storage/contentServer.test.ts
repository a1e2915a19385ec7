/**
 * The node's HTTP content listener on a real solo node: bodies of accepted contributions with
 * their hash, root and chunk count (a reader checks a body against the chain), chunk proofs that
 * verify against the root, and the refusals: malformed ids (400), unknown, other-datanet and
 * pending contributions, a body the store lacks (404), a damaged stored body (500).
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import type { SigningStargateClient } from "@cosmjs/stargate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TributaryClient, makeDevWallet } from "../../client/index.ts";
import { CHUNK_SIZE, chunkCount, contentRoot, verifyChunkProof } from "../../chain/contentRoot.ts";
import { loadCorpus } from "../../test/corpus.ts";
import { type TestNode, startTestNode } from "../../test/testNode.ts";
import { DEV_ACCOUNTS } from "../cli/devAccounts.ts";
import { contentDir } from "../content/store.ts";
import { HEADER } from "./contentServer.ts";

const [ALICE] = DEV_ACCOUNTS;
let t: TestNode;
let client: TributaryClient<SigningStargateClient>;
let base: string;
let open: bigint;
let curated: bigint;
/** Accepted contributions of `open`: id and the body sent. */
let records: { id: bigint; body: string; hash: Uint8Array }[];
let pending: bigint;

beforeAll(async () => {
  t = await startTestNode();
  base = t.node.contentUrl!;
  client = await TributaryClient.connectWithSigner(t.rpcUrl, await makeDevWallet(ALICE.mnemonic), { broadcastPollIntervalMs: 100 });
  open = (await client.createDatanet(ALICE.address, { metadata: { name: "served" }, policy: { curation: "OPEN" } }, "auto")).datanetId;
  curated = (await client.createDatanet(ALICE.address, { metadata: { name: "curated" }, policy: { curation: "CURATED" } }, "auto")).datanetId;
  // Mails of several sizes: one chunk, a few chunks, many.
  const mails = loadCorpus({ groups: ["easy-ham-1"], limit: 80 }).filter((m) => m.body.length > 300 && m.body.length < 12_000);
  const size = (m: { body: string }) => Buffer.byteLength(m.body);
  const picked = [mails.find((m) => size(m) < CHUNK_SIZE)!, mails.find((m) => size(m) > 2 * CHUNK_SIZE && size(m) < 4 * CHUNK_SIZE)!, mails.find((m) => size(m) > 6 * CHUNK_SIZE)!];
  const { results } = await client.contribute(ALICE.address, open, picked.map((m) => ({ body: m.body })), "auto");
  records = results.map((r, i) => ({ id: r.contributionId, body: picked[i]!.body, hash: r.contentHash }));
  expect(results.map((r) => r.status)).toEqual(["ACCEPTED", "ACCEPTED", "ACCEPTED"]);
  const other = mails.find((m) => !picked.includes(m) && m.body.length > 600)!;
  pending = (await client.contribute(ALICE.address, curated, [{ body: other.body }], "auto")).results[0]!.contributionId;
}, 60_000);

afterAll(async () => {
  client?.disconnect();
  await t?.stop();
});

async function json(res: Response): Promise<any> {
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  return res.json();
}

describe("GET /content/<datanet>/<contribution>", { timeout: 30_000 }, () => {
  it("serves each accepted body with its hash, root and chunk count, which check against the chain", async () => {
    for (const r of records) {
      const res = await fetch(`${base}/content/${open}/${r.id}`);
      expect(res.status).toBe(200);
      const body = new Uint8Array(await res.arrayBuffer());
      expect(new TextDecoder().decode(body)).toBe(r.body);
      // What a reader checks: the body hashes to the chain's content hash, and its root is the one announced.
      const onChain = await client.datanet.contribution(r.id);
      expect(bytesToHex(sha256(body))).toBe(bytesToHex(onChain.contentHash));
      expect(res.headers.get(HEADER.contentHash)).toBe(bytesToHex(r.hash));
      expect(res.headers.get(HEADER.contentRoot)).toBe(bytesToHex(contentRoot(body)));
      expect(res.headers.get(HEADER.chunkCount)).toBe(String(chunkCount(body.length)));
      expect(res.headers.get(HEADER.chunkSize)).toBe(String(CHUNK_SIZE));
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
    }
    expect(records.map((r) => chunkCount(Buffer.byteLength(r.body)))).toEqual([1, expect.any(Number), expect.any(Number)]);
  });

  it("serves every chunk with a Merkle path that verifies against the root", async () => {
    const r = records[2]!;
    const head = await fetch(`${base}/content/${open}/${r.id}`, { method: "HEAD" });
    expect(head.status).toBe(200);
    const root = Buffer.from(head.headers.get(HEADER.contentRoot)!, "hex");
    const count = Number(head.headers.get(HEADER.chunkCount));
    expect(count).toBeGreaterThan(5);
    const whole: Buffer[] = [];
    for (let i = 0; i < count; i++) {
      const c = await json(await fetch(`${base}/content/${open}/${r.id}/chunks/${i}`));
      expect(c).toMatchObject({ datanet_id: String(open), contribution_id: String(r.id), index: i, count, content_root: root.toString("hex"), content_hash: bytesToHex(r.hash) });
      const chunk = Buffer.from(c.chunk, "base64");
      const path = c.path.map((h: string) => Buffer.from(h, "hex"));
      expect(verifyChunkProof(root, i, count, chunk, path)).toBe(true);
      // A reader would refuse a tampered chunk.
      const bad = Buffer.from(chunk);
      bad[0]! ^= 1;
      expect(verifyChunkProof(root, i, count, bad, path)).toBe(false);
      whole.push(chunk);
    }
    expect(Buffer.concat(whole).toString("utf8")).toBe(r.body);
    const past = await fetch(`${base}/content/${open}/${r.id}/chunks/${count}`);
    expect(past.status).toBe(404);
    expect((await json(past)).error).toBe(`contribution ${r.id} has ${count} chunks: no chunk ${count}`);
  });

  it("answers 400 with a JSON error for malformed ids and indexes", async () => {
    const cases: [string, RegExp][] = [
      [`/content/abc/${records[0]!.id}`, /^datanet id must be a decimal integer, got "abc"$/],
      [`/content/${open}/-1`, /^contribution id must be a decimal integer, got "-1"$/],
      [`/content/${open}/0`, /^contribution id 0 is out of range/],
      [`/content/${open}/99999999999999999999`, /^contribution id 99999999999999999999 is out of range/],
      [`/content/${open}/1e3`, /^contribution id must be a decimal integer/],
      [`/content/${open}/${records[0]!.id}/chunks/x`, /^chunk index must be a decimal integer, got "x"$/],
    ];
    for (const [path, error] of cases) {
      const res = await fetch(base + path);
      expect(res.status, path).toBe(400);
      expect((await json(res)).error, path).toMatch(error);
    }
  });

  it("answers 404 with a JSON error for unknown, other-datanet and non-accepted contributions", async () => {
    const cases: [string, string][] = [
      [`/content/${open}/999999`, "contribution 999999 does not exist"],
      [`/content/${curated}/${records[0]!.id}`, `contribution ${records[0]!.id} is not in datanet ${curated}`],
      [`/content/${curated}/${pending}`, `contribution ${pending} is not accepted: only accepted records are served`],
      [`/content/${curated}/${pending}/chunks/0`, `contribution ${pending} is not accepted: only accepted records are served`],
    ];
    for (const [path, error] of cases) {
      const res = await fetch(base + path);
      expect(res.status, path).toBe(404);
      expect(await json(res), path).toEqual({ error });
    }
    const route = await fetch(`${base}/nothing/here`);
    expect(route.status).toBe(404);
    expect((await json(route)).error).toMatch(/^no route GET \/nothing\/here/);
  });

  it("never serves a body that does not hash to the chain's content hash, nor one it lacks", async () => {
    const r = records[1]!;
    const hex = bytesToHex(r.hash);
    const file = join(contentDir(t.home), hex.slice(0, 2), hex);
    writeFileSync(file, r.body.replace(/e/, "E"));
    const damaged = await fetch(`${base}/content/${open}/${r.id}`);
    expect(damaged.status).toBe(500);
    expect((await json(damaged)).error).toBe(`this node's stored body of contribution ${r.id} does not hash to ${hex}`);
    rmSync(file);
    const missing = await fetch(`${base}/content/${open}/${r.id}`);
    expect(missing.status).toBe(404);
    expect((await json(missing)).error).toBe(`this node does not hold the body of contribution ${r.id} (content hash ${hex})`);
    writeFileSync(file, r.body);
    expect((await fetch(`${base}/content/${open}/${r.id}`)).status).toBe(200);
  });
});
