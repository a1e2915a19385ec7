/**
 * The factory fetching a version's bodies from storage nodes' HTTP: a real node's content
 * listener serves them; a node that serves a corrupted body (a small HTTP server standing in for
 * a dishonest node) is refused and the next node used, then asked last; when no node has a
 * valid body the error names the contribution and every node's reason.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { SigningStargateClient } from "@cosmjs/stargate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TributaryClient, makeDevWallet } from "../../client/index.ts";
import { loadCorpus } from "../../test/corpus.ts";
import { type TestNode, startTestNode } from "../../test/testNode.ts";
import { DEV_ACCOUNTS } from "../cli/devAccounts.ts";
import { type RecordRef, type StorageSource, checkBody, fetchFromStorageNodes } from "./storageFetch.ts";

const [ALICE] = DEV_ACCOUNTS;
let t: TestNode;
let client: TributaryClient<SigningStargateClient>;
let refs: RecordRef[];
let bodies: string[];
let evil: Server;
let evilHits = 0;
let good: StorageSource;
let dishonest: StorageSource;

function listen(s: Server): Promise<string> {
  return new Promise((resolve) => s.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(s.address() as AddressInfo).port}`)));
}

beforeAll(async () => {
  t = await startTestNode();
  client = await TributaryClient.connectWithSigner(t.rpcUrl, await makeDevWallet(ALICE.mnemonic), { broadcastPollIntervalMs: 100 });
  const dn = (await client.createDatanet(ALICE.address, { metadata: { name: "fetched" }, policy: { curation: "OPEN" } }, "auto")).datanetId;
  const mails = loadCorpus({ groups: ["easy-ham-2"], limit: 40 }).filter((m) => m.body.length > 500 && m.body.length < 8000).slice(0, 6);
  const { results } = await client.contribute(ALICE.address, dn, mails.map((m) => ({ body: m.body })), "auto");
  const accepted = results.map((r, i) => ({ r, body: mails[i]!.body })).filter((x) => x.r.status === "ACCEPTED");
  expect(accepted.length).toBeGreaterThanOrEqual(4);
  bodies = accepted.map((x) => x.body);
  refs = await Promise.all(
    accepted.map(async ({ r }) => {
      const c = await client.datanet.contribution(r.contributionId);
      return { id: c.id, datanetId: c.datanetId, contentHash: c.contentHash, contentRoot: c.contentRoot };
    }),
  );
  good = { operator: "trib1good", endpoint: t.node.contentUrl! };
  // Proxies the honest node, flipping one byte of every body it passes on.
  evil = createServer((req, res) => {
    evilHits++;
    void fetch(`${good.endpoint}${req.url}`).then(async (r) => {
      const b = Buffer.from(await r.arrayBuffer());
      b[b.length >> 1]! ^= 0x20;
      res.writeHead(r.status, { "content-type": "application/octet-stream" }).end(b);
    });
  });
  dishonest = { operator: "trib1evil", endpoint: await listen(evil) };
}, 60_000);

afterAll(async () => {
  client?.disconnect();
  evil?.close();
  await t?.stop();
});

const text = (bs: Uint8Array[]) => bs.map((b) => new TextDecoder().decode(b));

describe("fetchFromStorageNodes", { timeout: 30_000 }, () => {
  it("fetches every body of a version from a storage node's HTTP, checked against the chain", async () => {
    expect(refs.every((r) => r.contentRoot.length === 32)).toBe(true);
    const progress: number[] = [];
    const got = await fetchFromStorageNodes(refs, [good], { onProgress: (d) => progress.push(d) });
    expect(text(got)).toEqual(bodies);
    expect(progress).toEqual(refs.map((_, i) => i + 1));
  });

  it("refuses a corrupted body and uses the next node; the dishonest node is asked last afterwards", async () => {
    const warnings: string[] = [];
    evilHits = 0;
    const got = await fetchFromStorageNodes(refs, [dishonest, good], { concurrency: 1, onWarning: (w) => warnings.push(w) });
    expect(text(got)).toEqual(bodies);
    expect(evilHits).toBe(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(new RegExp(`^storage node trib1evil: contribution ${refs[0]!.id}: GET ${dishonest.endpoint}/content/\\d+/${refs[0]!.id}: refused, the body hashes to [0-9a-f]{64}, the chain's content hash is [0-9a-f]{64}; trying the next node$`));
  });

  it("fails naming the contribution and every node's reason when no node has a valid body", async () => {
    // A port nobody listens on: bound, then closed.
    const closed = createServer();
    const downUrl = await listen(closed);
    await new Promise((r) => closed.close(r));
    const down: StorageSource = { operator: "trib1down", endpoint: downUrl };
    const missing = { ...refs[0]!, id: 999_999n };
    const err = await fetchFromStorageNodes([missing], [dishonest, down, good]).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(err?.message).toMatch(/^no storage node served a valid body of contribution 999999 \(datanet \d+\): /);
    expect(err?.message).toContain("trib1evil: GET");
    expect(err?.message).toContain(`trib1down: GET ${downUrl}/content/`);
    expect(err?.message).toContain("ECONNREFUSED");
    expect(err?.message).toContain("trib1good: GET");
    expect(err?.message).toContain("HTTP 404 (contribution 999999 does not exist)");
    await expect(fetchFromStorageNodes(refs, [])).rejects.toThrow(/no registered storage node serves this datanet/);
  });

  it("checks a body against the chain's hash and, when recorded, its content root", () => {
    const body = new TextEncoder().encode(bodies[0]);
    expect(checkBody(refs[0]!, body)).toBeUndefined();
    expect(checkBody({ ...refs[0]!, contentRoot: new Uint8Array() }, body)).toBeUndefined();
    expect(checkBody({ ...refs[0]!, contentRoot: new Uint8Array(32) }, body)).toBe(`the body's content root differs from the chain's ${"00".repeat(32)}`);
    expect(checkBody(refs[1]!, body)).toMatch(/^the body hashes to/);
  });
});
