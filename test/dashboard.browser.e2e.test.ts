/**
 * The browser dashboard (dashboard/, served by node/api at `/`) in Debian's headless Chromium
 * against a real node holding a datanet of two contributors, a model trained on it and a paid
 * inference: the pages show the chain id, the datanet, the inference's highlighted spans (one
 * colour per contributor) and payouts equal to the chain's, the explorer finds the inference's
 * tx by hash and its block by height; a page from another origin reads the node through ?api=;
 * bad searches and a bad ?api= say so; the header refreshes
 * live without overlapping requests; no console error and no failed request anywhere.
 * Screenshots go to .ci/out/dashboard-*.png. Needs `node dashboard/build.mjs` first (CI's
 * globalSetup builds it).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import type { SigningStargateClient } from "@cosmjs/stargate";
import { type BrowserContext, type Page, chromium } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { TributaryClient } from "../client/client.ts";
import { type Inference, RestClient } from "../client/rest.ts";
import { DEV_ACCOUNTS } from "../node/cli/devAccounts.ts";
import { runFactory } from "../node/factory/factory.ts";
import { packageFile } from "../node/packageRoot.ts";
import { text } from "./datanetHarness.ts";
import { TINY_MODEL } from "./inferenceHarness.ts";
import { waitFor } from "./processNode.ts";
import { loadNodeConfig, writeNodeConfig } from "../node/config.ts";
import { TEST_NODE_CHAIN_ID, type TestNode, makeTestHome, startTestNode } from "./testNode.ts";
import { take } from "./support/take.ts";

const CHROMIUM = "/usr/bin/chromium";
const OUT = packageFile(".ci/out");
const [ALICE, BOB, CAROL, DAVE] = DEV_ACCOUNTS;
const DATANET_NAME = "clinical notes (dashboard e2e)";
const STORAGE_ENDPOINT = "http://127.0.0.1:9";

let node: TestNode;
let rest: RestClient;
let browser: BrowserContext;
let page: Page;
let profile: string;
let homeDir: string;
const clients: TributaryClient<SigningStargateClient>[] = [];
/** Console errors, page errors, failed requests and HTTP errors, per test. */
let problems: string[] = [];
let inFlightLatest = 0;
let maxInFlightLatest = 0;
const chain: { datanetId: bigint; modelId: bigint; inference: Inference; txHash: string; txHeight: number } = {} as never;

async function signer(who: (typeof DEV_ACCOUNTS)[number]): Promise<TributaryClient<SigningStargateClient>> {
  const c = await TributaryClient.connectWithSigner(node.rpcUrl, await DirectSecp256k1HdWallet.fromMnemonic(who.mnemonic, { prefix: "trib" }), { broadcastPollIntervalMs: 100 });
  clients.push(c);
  return c;
}

/**
 * Twelve synthetic documents, even ones Bob's, odd ones Carol's; Carol's first quotes a 14-word
 * passage of Bob's first (too short to count as a copy), so an output repeating it is credited
 * to both. PROMPT is Carol's six words before the quote: the tiny model trained on these
 * documents continues with the passage (greedy decoding and the seeded factory are
 * deterministic).
 */
function corpus(): { docs: string[]; prompt: string } {
  const docs = Array.from({ length: 12 }, (_, i) => text(300 + i, 60));
  const bob = docs[0]!.split(" ");
  const carol = docs[1]!.split(" ");
  docs[1] = [...carol.slice(0, 20), ...bob.slice(6, 20), ...carol.slice(20)].join(" ");
  return { docs, prompt: carol.slice(14, 20).join(" ") };
}

/** A datanet of two contributors, published; a tiny model trained on it once the index is READY; one paid inference. */
async function seedChain(): Promise<void> {
  const alice = await signer(ALICE);
  chain.datanetId = (await alice.createDatanet(ALICE.address, { metadata: { name: DATANET_NAME }, policy: { curation: "OPEN" } }, "auto")).datanetId;
  const { docs, prompt } = corpus();
  for (const [who, part] of [[BOB, docs.filter((_, i) => i % 2 === 0)], [CAROL, docs.filter((_, i) => i % 2 === 1)]] as const) {
    const { results } = await (await signer(who)).contribute(who.address, chain.datanetId, part.map((body) => ({ body })), "auto");
    expect(results.every((r) => r.status === "ACCEPTED")).toBe(true);
  }
  await alice.publishVersion(ALICE.address, chain.datanetId, "auto");
  // A storage node serving the datanet, for the nodes page (nothing contacts its endpoint here).
  await (await signer(CAROL)).registerNode(CAROL.address, { datanetIds: [chain.datanetId], endpoint: STORAGE_ENDPOINT, bond: "200000000utrib" }, "auto");
  const trained = runFactory(docs.map((d) => new TextEncoder().encode(d)), TINY_MODEL);
  const dn = String(chain.datanetId);
  await waitFor("the version's index READY", async () => (await rest.commitment(dn, "1")).commitment.status === "COMMITMENT_STATUS_READY", 60_000, 100);
  const model = await alice.registerModel(
    ALICE.address,
    {
      name: "tiny",
      description: "dashboard e2e",
      artifact: (await trained).artifact,
      contextLength: 64,
      trainingManifest: [{ datanetId: chain.datanetId, version: 1n }],
      pricing: { baseFee: 1000, feePerToken: 100 },
      split: { ownerBps: 3000, dataBps: 5000, computeBps: 1000, protocolBps: 1000 },
      maxOutputTokens: 24,
    },
    "auto",
  );
  chain.modelId = model.modelId;
  const r = await (await signer(DAVE)).requestInference(DAVE.address, { modelId: model.modelId, prompt, maxOutputTokens: 24, maxFee: "100000utrib" });
  expect(r.tx.code).toBe(0);
  chain.txHash = r.tx.transactionHash;
  chain.txHeight = r.tx.height;
  chain.inference = (await rest.inference(String(r.inferenceId))).inference;
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(OUT, `dashboard-${name}.png`), fullPage: true });
}

async function open(route: string, ready: string): Promise<void> {
  await page.goto(`${node.node.apiUrl}/${route}`);
  await page.locator(ready).first().waitFor({ timeout: 20_000 });
}

beforeAll(async () => {
  if (!existsSync(packageFile("dashboard/dist/index.html"))) throw new Error("dashboard/dist is not built: run `node dashboard/build.mjs` (CI builds it in the vitest globalSetup)");
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (make chromium)`);
  mkdirSync(OUT, { recursive: true });
  // CORS on, so a page from another origin can read this node through ?api=.
  const home = makeTestHome();
  const config = loadNodeConfig(home);
  config.api.enabled_unsafe_cors = true;
  writeNodeConfig(home, config);
  node = await startTestNode({ home });
  homeDir = home;
  rest = new RestClient(node.node.apiUrl!);
  profile = mkdtempSync(join(tmpdir(), "trib-chromium-"));
  const launched = chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    viewport: { width: 1360, height: 900 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  await seedChain();
  browser = await launched;
  page = browser.pages()[0] ?? (await browser.newPage());
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  // ERR_ABORTED is a request the page cancelled on purpose (leaving a page aborts its polls; a
  // navigation cancels what is in flight); anything else is a failure.
  page.on("requestfailed", (r) => r.failure()?.errorText !== "net::ERR_ABORTED" && problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  const isLatest = (u: string) => u.endsWith("/cosmos/base/tendermint/v1beta1/blocks/latest");
  page.on("request", (r) => isLatest(r.url()) && (maxInFlightLatest = Math.max(maxInFlightLatest, ++inFlightLatest)));
  const settled = (u: string) => isLatest(u) && inFlightLatest--;
  page.on("requestfinished", (r) => settled(r.url()));
  page.on("requestfailed", (r) => settled(r.url()));
}, 120_000);

afterEach(() => {
  const seen = problems;
  problems = [];
  expect(seen).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  for (const c of clients) c.disconnect();
  await node?.stop();
  for (const dir of [profile, homeDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the dashboard in Chromium", { timeout: 60_000 }, () => {
  it("overview: the chain id, a live height, supply and inflation from the chain, the charts drawn", async () => {
    await open("", "[data-testid=chain-id]");
    await expect.poll(() => page.locator("[data-testid=chain-id] .stat-value").textContent()).toBe(TEST_NODE_CHAIN_ID);
    expect(await page.locator("[data-testid=chain]").textContent()).toBe(TEST_NODE_CHAIN_ID);
    const supply = (await rest.supplyOf("utrib")).amount.amount;
    expect(await page.locator("[data-testid=supply] .stat-value").textContent()).toMatch(/ TRIB$/);
    expect(BigInt(supply)).toBeGreaterThan(0n);
    const inflation = (await rest.inflation()).inflation;
    expect(await page.locator("[data-testid=inflation] .stat-value").textContent()).toBe(`${(Number(inflation) * 100).toFixed(2)}%`);
    // Live: the header's height moves on by itself (blocks every 200 ms, a poll every 2 s).
    const height = async () => Number((await page.locator("[data-testid=height]").textContent())!.replace(/\D/g, ""));
    const first = await waitFor("a height in the header", async () => (await height()) > 0 && height());
    await waitFor("the header's height to move on", async () => (await height()) > first, 20_000, 200);
    for (const name of ["height", "block time", "tx/s"]) expect(await page.locator(`[data-chart="${name}"] canvas`).count(), name).toBe(1);
    await shot("overview");
  });

  it("datanets: the list, the datanet with its version READY and both contributors, a credited contribution's earnings", async () => {
    await open("#/datanets", "[data-testid=datanet-name]");
    expect(await page.locator("[data-testid=datanet-name]").allTextContents()).toEqual([DATANET_NAME]);
    await page.locator("[data-testid=datanet-name]").click();
    await page.locator("[data-testid=datanet-title]").waitFor();
    expect(page.url()).toContain(`#/datanet/${chain.datanetId}`);
    expect(await page.locator("[data-testid=datanet-title]").textContent()).toBe(DATANET_NAME);
    await expect.poll(() => page.locator("[data-testid=index-status]").allTextContents()).toEqual(["ready"]);
    for (const who of [BOB, CAROL]) await page.locator(`a[href="#/contributor/${who.address}"]`).first().waitFor();
    await shot("datanet");

    // Live: a contribution made while the page is open shows up without a reload.
    const accepted = () => page.locator("[data-testid=accepted] .stat-value").textContent();
    expect(await accepted()).toBe("12");
    const [added] = take((await (await signer(BOB)).contribute(BOB.address, chain.datanetId, [{ body: text(999, 60) }], "auto")).results, 1);
    await expect.poll(accepted, { timeout: 15_000 }).toBe("13");
    await page.locator(`a[href="#/contribution/${added.contributionId}"]`).first().waitFor();

    // A credited contribution: what it earned, as the chain says.
    const { record } = await rest.record(chain.inference.attribution_record_id);
    const cid = record.contributions[0]!.contribution_id;
    await page.locator(`a[href="#/contribution/${cid}"]`).first().click();
    await page.locator("[data-testid=contribution-earned]").waitFor();
    const { contribution } = await rest.contribution(cid);
    expect(BigInt(contribution.total_earned)).toBeGreaterThan(0n);
    await expect.poll(() => page.locator("[data-testid=contribution-earned] .stat-value").textContent()).toBe(`${BigInt(contribution.total_earned).toLocaleString("en")} utrib`);
    await page.locator("text=Attribution records crediting it").waitFor();
    await shot("contribution");
  });

  it("inference: prompt, output with spans highlighted one colour per contributor, and the chain's payouts", async () => {
    const x = chain.inference;
    const { record } = await rest.record(x.attribution_record_id);
    // Both contributors hold the passage the output repeats.
    expect(record.contributors.map((c) => c.contributor).sort()).toEqual([BOB.address, CAROL.address].sort());
    // Reached the way a reader would: the models page's latest inferences.
    await open("#/models", `a[href="#/inference/${x.id}"]`);
    await page.locator(`a[href="#/inference/${x.id}"]`).first().click();
    await page.locator("[data-testid=payout]").first().waitFor();
    expect(await page.locator("[data-testid=prompt]").textContent()).toBe(x.prompt);
    expect(await page.locator("[data-testid=output]").textContent()).toBe(x.output);

    const marks: { who: string[]; color: string[]; text: string }[] = await page.locator("[data-testid=output] mark.span").evaluateAll((ms) => ms.map((m) => ({ who: m.getAttribute("data-contributors")!.split(" "), color: m.getAttribute("data-color")!.split(" "), text: m.textContent! })));
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks.flatMap((m) => m.who))).toEqual(new Set([BOB.address, CAROL.address]));
    const credited = new Set(record.contributors.map((c) => c.contributor));
    const legend = new Map(await page.locator(".swatch").evaluateAll((ss) => ss.map((s) => [s.getAttribute("data-contributor")!, s.getAttribute("data-color")!] as [string, string])));
    expect([...legend.keys()].sort()).toEqual([...credited].sort());
    expect(new Set(legend.values()).size).toBe(legend.size);
    for (const m of marks) {
      expect(x.output).toContain(m.text);
      m.who.forEach((who, i) => {
        expect(credited.has(who), who).toBe(true);
        expect(m.color[i]).toBe(legend.get(who));
      });
    }
    for (const c of record.contributors) {
      expect(await page.locator(`[data-testid=contributor-amount][data-contributor="${c.contributor}"]`).textContent()).toBe(`${BigInt(c.amount).toLocaleString("en")} utrib`);
    }

    const shown = await page.locator("[data-testid=payout]").evaluateAll((ps) => ps.map((p) => ({ role: p.getAttribute("data-role"), recipient: p.getAttribute("data-recipient"), amount: p.getAttribute("data-amount"), text: p.textContent })));
    expect(shown.map(({ role, recipient, amount }) => ({ role, recipient, amount }))).toEqual(x.payouts.map(({ role, recipient, amount }) => ({ role, recipient, amount })));
    for (const p of shown) expect(p.text).toBe(`${BigInt(p.amount!).toLocaleString("en")} utrib`);
    expect(await page.locator("[data-testid=fee] .stat-value").textContent()).toBe(`${BigInt(x.fee!.amount).toLocaleString("en")} utrib`);
    expect(await page.locator('[data-chart="payouts"] canvas').count()).toBe(1);
    await shot("inference");
  });

  it("explorer: the tx by hash and its block by height, found through the search box", async () => {
    await open("#/explorer", "[data-testid=search]");
    await page.locator("[data-testid=search]").fill(chain.txHash.toLowerCase());
    await page.locator("[data-testid=search]").press("Enter");
    await page.locator("[data-testid=tx-hash]").waitFor();
    expect(await page.locator("[data-testid=tx-hash]").textContent()).toBe(chain.txHash);
    expect(await page.locator("[data-testid=tx-height]").textContent()).toBe(String(chain.txHeight));
    await page.locator("text=tributary.inference.v1.MsgRequestInference").first().waitFor();
    await page.locator(`a[href="#/inference/${chain.inference.id}"]`).waitFor();
    await shot("tx");

    await page.locator("[data-testid=search]").fill(String(chain.txHeight));
    await page.locator("[data-testid=search]").press("Enter");
    await page.locator("[data-testid=block-height]").waitFor();
    expect(await page.locator("[data-testid=block-height]").textContent()).toBe(chain.txHeight.toLocaleString("en"));
    expect(await page.locator("[data-testid=block-tx]").allTextContents()).toContain(chain.txHash);
    await shot("block");

    await page.locator("[data-testid=search]").fill(DAVE.address);
    await page.locator("[data-testid=search]").press("Enter");
    await page.locator(`a[href="#/inference/${chain.inference.id}"]`).waitFor();
    await page.locator(`a[href="#/tx/${chain.txHash}"]`).waitFor();
  });

  it("models, contributor earnings and nodes: the model's split, a contributor's earnings equal to the record's, the storage node", async () => {
    await open(`#/model/${chain.modelId}`, "[data-testid=split]");
    expect(await page.locator("[data-testid=split]").textContent()).toBe("data 50%owner 30%compute 10%protocol 10%");
    await shot("model");
    const { record } = await rest.record(chain.inference.attribution_record_id);
    const top = record.contributors[0]!;
    await open(`#/contributor/${top.contributor}`, "[data-testid=contributor-earned]");
    await expect.poll(() => page.locator("[data-testid=contributor-earned] .stat-value").textContent()).toBe(`${BigInt(top.amount).toLocaleString("en")} utrib`);
    await shot("contributor");
    await open("#/nodes", "[data-testid=storage-node]");
    const [n] = take((await rest.storageNodes()).nodes, 1);
    expect(await page.locator("[data-testid=storage-node]").evaluateAll((rs) => rs.map((r) => [r.getAttribute("data-operator"), r.getAttribute("data-bond")]))).toEqual([[CAROL.address, n.bond!.amount]]);
    await shot("nodes");
  });

  it("?api= points the page at a node of another origin (CORS on there)", async () => {
    const api = node.node.apiUrl!;
    const other = api.replace("127.0.0.1", "localhost");
    await page.goto(`${other}/?api=${encodeURIComponent(api)}#/datanets`);
    await page.locator("[data-testid=datanet-name]").waitFor();
    expect(await page.locator("footer").textContent()).toBe(`REST API: ${api}`);
    expect(new URL(page.url()).origin).toBe(other);
  });

  it("bad input: a search that is no hash, height or address, and a bad ?api=, say so", async () => {
    await open("#/explorer", "[data-testid=search]");
    await page.locator("[data-testid=search]").fill("not-a-thing");
    await page.locator("[data-testid=search]").press("Enter");
    await page.locator(".banner", { hasText: "is not a tx hash" }).waitFor();
    expect(page.url()).toMatch(/#\/explorer$/);
    await page.goto(`${node.node.apiUrl}/?api=ftp://example.invalid`);
    await page.locator(".banner", { hasText: "only http:// and https://" }).waitFor();
  });

  it("the header's poll never overlapped itself", () => {
    expect(maxInFlightLatest).toBe(1);
  });
});
