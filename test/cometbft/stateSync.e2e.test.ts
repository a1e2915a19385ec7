/**
 * State sync on a real CometBFT v0.38 network: four validators (snapshots every 1,000 heights)
 * run past height 2,000 with datanet content, a published version and a bank send in their
 * state; a fifth node, configured by `tributary statesync config`, joins from the snapshot at
 * height ≥ 2,000 (CometBFT's light client vouches for the app hash), block-syncs to the tip and
 * answers queries as the validators do.
 *
 * Two modes:
 * - Default (CI): the genesis's initial_height is 1,901, as a chain relaunched from an export
 *   (`genesis fork`) starts, so the network produces ~100 real blocks (the datanet content,
 *   version and send among them) and snapshots at 2,000. Every step after InitChain (snapshot,
 *   light client, restore, block sync) is the same as at height 2,000 of a chain started at 1;
 *   the validators' earliest block proves where the chain started. Measured: 79 s and 80 s for
 *   the file at load average ~8 on the 2-core VM.
 * - STATESYNC_E2E_FULL=1: the chain starts at height 1 and produces all 2,000 blocks (measured:
 *   776 s to reach 2,000 at load average ~11 on the 2-core VM, join 15 s; allow ~15 min).
 * STATESYNC_E2E_HEIGHT (default 2000) moves the snapshot height in either mode.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { QueryBalanceRequest } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "../../node/cli/cliTestHarness.ts";
import { DEV_ACCOUNTS } from "../../node/cli/devAccounts.ts";
import { writeCometHome } from "../../node/cometbft/config.ts";
import { loadNodeConfig, writeNodeConfig } from "../../node/config.ts";
import { generateEd25519Key, homePaths, nodeIdFromKey, writeNodeKey, writeValidatorKey } from "../../node/home.ts";
import { Keyring } from "../../node/keyring/index.ts";
import { SnapshotStore } from "../../node/snapshots/store.ts";
import { initTestnet, TESTNET_DEFAULTS } from "../../node/testnet/layout.ts";
import { type RunningTestnet, startTestnet } from "../../node/testnet/network.ts";
import { findFreePortBlock, killAllProcesses, type ManagedProcess, rpcHeight, spawnComet, startApp, waitForRpcHeight } from "../../node/testnet/processes.ts";
import * as aq from "../../proto/gen/tributary/attribution/v1/index.ts";
import * as dq from "../../proto/gen/tributary/datanet/v1/index.ts";
import { decode, encode } from "../../proto/codec.ts";
import { loadCorpus } from "../corpus.ts";
import { waitFor } from "../support/waitFor.ts";
import { writeAppHome } from "./cometNode.ts";

const FULL = process.env.STATESYNC_E2E_FULL === "1";
const SNAPSHOT_HEIGHT = BigInt(process.env.STATESYNC_E2E_HEIGHT ?? 2000);
/** ~100 real blocks before the snapshot by default: enough for the txs below and a few empty blocks. */
const INITIAL_HEIGHT = FULL || SNAPSHOT_HEIGHT <= 100n ? 1n : SNAPSHOT_HEIGHT - 99n;
const INTERVAL = Number(SNAPSHOT_HEIGHT / 2n);
/** Between the first block and the snapshot (1,900 in full mode, 1,995 by default): the light client verifies forward from it. */
const TRUST_HEIGHT = SNAPSHOT_HEIGHT - (SNAPSHOT_HEIGHT - INITIAL_HEIGHT + 1n) / 20n;
/**
 * Four validators and four CometBFTs: the pace is set by the CPU the eight processes get
 * (2 blocks/s measured on the 2-core VM at load average 12), hence the long wait in full mode.
 */
const SNAPSHOT_WAIT_MS = FULL ? 20 * 60_000 : 5 * 60_000;
const bob = DEV_ACCOUNTS[1];
const dir = mkdtempSync(join(tmpdir(), "trib-statesync-"));
let net: RunningTestnet;
let base: number;
const joiner = { app: join(dir, "joiner", "app"), comet: join(dir, "joiner", "cometbft"), rpc: "", abci: "" };
const joinerProcs: ManagedProcess[] = [];
let dn = "";
let output = "";

async function cli(args: string[]): Promise<any> {
  const r = await runInProcess([...args, "--node", net.nodes[0]!.rpc, "--home", net.nodes[0]!.home, "-o", "json"]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

async function rpc<T>(url: string, path: string): Promise<T> {
  const body = (await (await fetch(`${url}${path}`)).json()) as { result?: T; error?: unknown };
  if (!body.result) throw new Error(`${url}${path}: ${JSON.stringify(body.error)}`);
  return body.result;
}

/** abci_query through CometBFT's RPC (the path every client uses); the answer's value (base64) or its log. */
async function abciQuery(url: string, path: string, data: Uint8Array, height = 0n): Promise<string> {
  const r = await rpc<{ response: { code: number; value: string; log: string } }>(url, `/abci_query?path="${path}"&data=0x${Buffer.from(data).toString("hex")}&height=${height}`);
  return r.response.code === 0 ? r.response.value : `error ${r.response.code}: ${r.response.log}`;
}

/**
 * CometBFT's gossip routines sleep 100 ms when they have nothing to send, which sets the pace of
 * a local network more than timeout_commit does; 10 ms lets 2,000 blocks fit in the test.
 */
function fastGossip(cometHome: string): void {
  const file = join(cometHome, "config", "config.toml");
  writeFileSync(file, readFileSync(file, "utf8").replace("[consensus]\n", '[consensus]\npeer_gossip_sleep_duration = "10ms"\n'));
}

beforeAll(async () => {
  base = await findFreePortBlock(60);
  await initTestnet({ ...TESTNET_DEFAULTS, outputDir: join(dir, "net"), validators: 4, basePort: base, timeoutCommit: "10ms", initialHeight: INITIAL_HEIGHT });
  const { readTestnetManifest } = await import("../../node/testnet/layout.ts");
  for (const n of readTestnetManifest(join(dir, "net")).nodes) {
    const config = loadNodeConfig(n.home);
    config.state_sync = { snapshot_interval: INTERVAL, snapshot_keep_recent: 2 };
    writeNodeConfig(n.home, config);
    fastGossip(n.cometHome);
  }
  net = await startTestnet(join(dir, "net"), { waitHeight: INITIAL_HEIGHT + 1n });
  const keyring = Keyring.open({ home: net.nodes[0]!.home, backend: "test" });
  for (const a of DEV_ACCOUNTS) await keyring.add(a.name, a.mnemonic);
}, 120_000);

afterEach((ctx) => {
  if (ctx.task.result?.state !== "fail") return;
  for (const f of [join(joiner.app, "app.log"), join(joiner.comet, "cometbft.log")]) {
    try {
      console.error(`--- ${f} ---\n${readFileSync(f, "utf8").slice(-4000)}`);
    } catch {
      // not started
    }
  }
});

afterAll(async () => {
  for (const p of joinerProcs) await p.stop();
  await net?.stop();
  await killAllProcesses();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe("state sync", () => {
  it("the validators hold datanet content, an attributable version and a send, and snapshot at heights ≥ 2,000", async () => {
    // The chain really started at INITIAL_HEIGHT: no block below it exists anywhere.
    const first = await rpc<{ sync_info: { earliest_block_height: string } }>(net.nodes[0]!.rpc, "/status");
    expect(BigInt(first.sync_info.earliest_block_height)).toBe(INITIAL_HEIGHT);
    dn = (await cli(["tx", "datanet", "create", "statesync mail", "--policy", "open", "--from", "alice", "--yes"])).datanet_id;
    const mails = loadCorpus({ groups: ["easy-ham-2"], limit: 40 }).filter((m) => m.body.length > 400 && m.body.length < 5000).slice(0, 5);
    const file = join(dir, "records.jsonl");
    writeFileSync(file, mails.map((m) => JSON.stringify({ body: m.body })).join("\n") + "\n");
    const contributed = await cli(["tx", "datanet", "contribute", dn, file, "--from", "carol", "--yes", "--allow-refusals"]);
    expect(contributed.records.filter((r: any) => r.contribution_id).length).toBeGreaterThan(1);
    await cli(["tx", "datanet", "publish-version", dn, "--from", "alice", "--yes"]);
    expect((await cli(["tx", "bank", "send", "alice", bob!.address, "424242utrib", "--yes"])).code).toBe(0);
    output = mails[1]!.body.split(/\s+/).slice(10, 60).join(" ");

    const started = Date.now();
    await waitFor(
      `a snapshot at height ${SNAPSHOT_HEIGHT} on every validator`,
      () => net.nodes.every((n) => SnapshotStore.forHome(n.home).list().some((s) => s.height === SNAPSHOT_HEIGHT)),
      SNAPSHOT_WAIT_MS,
      1000,
    );
    console.log(`validators reached ${SNAPSHOT_HEIGHT} and snapshotted in ${Math.round((Date.now() - started) / 1000)} s`);
    const snap = SnapshotStore.forHome(net.nodes[0]!.home).get(SNAPSHOT_HEIGHT, 1)!;
    expect(snap.contentBodies).toBeGreaterThan(1);
    // The snapshot's state is that height's: block SNAPSHOT_HEIGHT + 1 carries its app hash.
    await waitForRpcHeight(net.nodes[0]!.rpc, SNAPSHOT_HEIGHT + 1n, 60_000);
    const header = await rpc<{ block: { header: { app_hash: string } } }>(net.nodes[0]!.rpc, `/block?height=${SNAPSHOT_HEIGHT + 1n}`);
    expect(Buffer.from(snap.appHash).toString("hex").toUpperCase()).toBe(header.block.header.app_hash);
  }, SNAPSHOT_WAIT_MS + 60_000);

  it("a fifth node joins by state sync from that snapshot, catches up to the tip and answers queries identically", async () => {
    const validators = net.nodes.slice(0, 4);
    const port = (k: number) => base + 50 + k;
    joiner.rpc = `http://127.0.0.1:${port(1)}`;
    joiner.abci = `tcp://127.0.0.1:${port(2)}`;
    const nodeKey = generateEd25519Key();
    writeCometHome(joiner.comet, {
      moniker: "joiner",
      proxyApp: joiner.abci,
      rpcLaddr: `tcp://127.0.0.1:${port(1)}`,
      p2pLaddr: `tcp://127.0.0.1:${port(0)}`,
      persistentPeers: validators.map((v) => `${v.nodeId}@${v.p2p.replace("tcp://", "")}`),
      timeoutCommit: "10ms",
    });
    fastGossip(joiner.comet);
    writeValidatorKey(joiner.comet, generateEd25519Key());
    writeNodeKey(joiner.comet, nodeKey);
    copyFileSync(homePaths(validators[0]!.cometHome).genesis, homePaths(joiner.comet).genesis);
    writeAppHome(joiner.app, { abciLaddr: joiner.abci });
    expect(nodeIdFromKey(nodeKey)).toMatch(/^[0-9a-f]{40}$/);

    // The operator's step: a trusted header below the snapshot, from two validators' RPCs.
    const cfg = await runInProcess(["statesync", "config", "--rpc", validators[0]!.rpc, "--rpc", validators[1]!.rpc, "--trust-height", String(TRUST_HEIGHT), "--write", join(joiner.comet, "config", "config.toml"), "-o", "json"]);
    expect(cfg.code, cfg.stderr).toBe(0);
    expect(JSON.parse(cfg.stdout)).toMatchObject({ enable: true, trust_height: String(TRUST_HEIGHT) });
    expect(readFileSync(join(joiner.comet, "config", "config.toml"), "utf8")).toMatch(/\[statesync\]\n#[^\n]*\nenable = true/);

    const started = Date.now();
    joinerProcs.push(await startApp(joiner.app, joiner.abci, 60_000));
    joinerProcs.push(spawnComet(joiner.comet));
    const restored = await waitFor("the joiner's app to restore a snapshot", () => readFileSync(join(joiner.app, "app.log"), "utf8").includes("snapshot restored"), 120_000, 500);
    expect(restored).toBe(true);
    const tip = (await rpcHeight(validators[0]!.rpc))!;
    await waitForRpcHeight(joiner.rpc, tip, 120_000);
    console.log(`joiner restored and reached the tip ${tip} in ${Math.round((Date.now() - started) / 1000)} s`);

    // It never replayed: CometBFT's first block on it is the one after the snapshot.
    const status = await rpc<{ sync_info: { earliest_block_height: string } }>(joiner.rpc, "/status");
    expect(BigInt(status.sync_info.earliest_block_height)).toBeGreaterThanOrEqual(SNAPSHOT_HEIGHT + 1n);
    const log = readFileSync(join(joiner.app, "app.log"), "utf8");
    expect(log).toMatch(/state sync: snapshot restored/);
    expect(log).not.toMatch(/InitChain|snapshot rejected/);

    // Same headers (app hashes) at a height both hold, and the same answers.
    const h = tip;
    const hdr = async (url: string) => (await rpc<{ block: { header: { app_hash: string } } }>(url, `/block?height=${h}`)).block.header.app_hash;
    expect(await hdr(joiner.rpc)).toBe(await hdr(validators[0]!.rpc));
    const balance = QueryBalanceRequest.encode({ address: bob!.address, denom: "utrib" }).finish();
    expect(await abciQuery(joiner.rpc, "/cosmos.bank.v1beta1.Query/Balance", balance, h)).toBe(await abciQuery(validators[0]!.rpc, "/cosmos.bank.v1beta1.Query/Balance", balance, h));
    const stable = [
      { path: "/tributary.datanet.v1.Query/ContributionContent", data: encode(dq.QueryContributionContentRequestSchema, { id: 1n }) },
      { path: "/tributary.datanet.v1.Query/Datanet", data: encode(dq.QueryDatanetRequestSchema, { id: BigInt(dn) }) },
      { path: "/tributary.attribution.v1.Query/Commitment", data: encode(aq.QueryCommitmentRequestSchema, { datanetId: BigInt(dn), version: 1n }) },
    ];
    for (const q of stable) {
      const mine = await abciQuery(joiner.rpc, q.path, q.data);
      expect(mine, q.path).not.toMatch(/^error/);
      expect(mine, q.path).toBe(await abciQuery(validators[0]!.rpc, q.path, q.data));
    }
    // The attribution preview is computed from the index the joiner rebuilt; it names the height it ran at, which may differ by a block.
    const attribute = encode(aq.QueryAttributeRequestSchema, { manifest: [{ datanetId: BigInt(dn), version: 1n }], output });
    const preview = async (url: string) => {
      const value = await abciQuery(url, "/tributary.attribution.v1.Query/Attribute", attribute);
      expect(value).not.toMatch(/^error/);
      const record = decode(aq.QueryAttributeResponseSchema, Buffer.from(value, "base64")).record!;
      record.height = 0n;
      return record;
    };
    const joined = await preview(joiner.rpc);
    expect(joined.contributors.length).toBeGreaterThan(0);
    expect(joined).toEqual(await preview(validators[0]!.rpc));
  }, 300_000);
});
