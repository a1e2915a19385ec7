/**
 * A storage node end to end on a real solo node, through the CLI: short epochs (genesis params),
 * records contributed, bob registered with `tx rewards register-node`; `start --storage-node`
 * refused for an unknown or unregistered key; the factory fetches a version from the storage
 * nodes (and the one body the node lacks from another). Then the node runs as its own process
 * with `start --storage-node --from bob` for three epochs: every challenge answered, bob paid
 * (the payout moves his balance by exactly what `query rewards node` adds to rewards_earned), and a
 * tx bob sends meanwhile only makes the prover re-sign with the next sequence.
 * Restarted without --storage-node, bob misses, is slashed and jailed. Back with the prover but
 * an empty content store: a jailed epoch is logged as such, then each challenge it cannot answer
 * is logged as an error naming the contribution and `tributary datanet rebuild-content`.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TributaryClient } from "../client/index.ts";
import * as pb from "../proto/gen/tributary/rewards/v1/index.ts";
import { expectOneLineError, runInProcess } from "../node/cli/cliTestHarness.ts";
import { DEV_ACCOUNTS } from "../node/cli/devAccounts.ts";
import { loadNodeConfig, writeNodeConfig } from "../node/config.ts";
import { ContentStore, contentDir } from "../node/content/store.ts";
import { homePaths } from "../node/home.ts";
import { Keyring } from "../node/keyring/index.ts";
import { type RunningNode, startNode } from "../node/node.ts";
import { startContentServer } from "../node/storage/contentServer.ts";
import { appContributionLookup } from "../node/storage/contributions.ts";
import { loadCorpus } from "./corpus.ts";
import { type ProcessNode, freePort, spawnNode, waitFor } from "./processNode.ts";
import { makeTestHome } from "./testNode.ts";
import { decode, encode } from "../proto/codec.ts";

const [, BOB, , DAVE] = DEV_ACCOUNTS;
const EPOCH_BLOCKS = 8;
const CHALLENGES = 2;
const BOND = 2_000_000n;
const SLASH_BPS = 1000n;
const SIZE = ["--steps", "40", "--batch", "16", "--vocab", "300", "--hidden", "16", "--embed", "8", "--window", "4"];

let home: string;
let work: string;
let storagePort: number;
let endpoint: string;
let dn: string;
let accepted: { id: string; hash: string }[];

function cliIn(node: string) {
  return async (args: string[]): Promise<any> => {
    const r = await runInProcess([...args, "--node", node, "--home", home, "-o", "json"]);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout);
  };
}

/** A rewards query at a past height (the CLI reads the latest). */
async function nodeAt(client: TributaryClient, operator: string, height: number) {
    const res = await client.query.queryAbci("/tributary.rewards.v1.Query/Node", encode(pb.QueryNodeRequestSchema, { operator }), height);
  return decode(pb.QueryNodeResponseSchema, res.value).node!;
}

const earned = (n: { stats?: { rewardsEarned?: { denom?: string | null; amount?: string | null }[] | null } | null }) =>
  BigInt(n.stats?.rewardsEarned?.find((c) => c.denom === "utrib")?.amount ?? "0");

beforeAll(async () => {
  home = makeTestHome({ timeoutCommitMs: 150 });
  work = mkdtempSync(join(tmpdir(), "trib-storage-e2e-"));
  storagePort = await freePort();
  endpoint = `http://127.0.0.1:${storagePort}`;
  const config = loadNodeConfig(home);
  config.storage.address = `tcp://127.0.0.1:${storagePort}`;
  // Off: a port-0 listener bound first could be handed the storage port picked above.
  config.metrics.address = "";
  config.api.address = ""; // off for the same reason
  config.grpc.address = ""; // and gRPC
  config.log_level = "info";
  writeNodeConfig(home, config);
  const genesisFile = homePaths(home).genesis;
  const genesis = JSON.parse(readFileSync(genesisFile, "utf8"));
  Object.assign(genesis.app_state.rewards.params, {
    epoch_blocks: String(EPOCH_BLOCKS),
    proof_window_blocks: "4",
    challenges_per_epoch: CHALLENGES,
    min_bond: { denom: "utrib", amount: "1000000" },
    max_missed_per_epoch: 0,
    slash_fraction_bps: Number(SLASH_BPS),
    jail_epochs: "1",
    unbonding_blocks: "10",
  });
  writeFileSync(genesisFile, JSON.stringify(genesis, null, 2));
  const keyring = Keyring.open({ home, backend: "test" });
  for (const a of DEV_ACCOUNTS) await keyring.add(a.name, a.mnemonic);
});

afterAll(() => {
  rmSync(home, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe("a storage node answers its challenges and is paid", { timeout: 120_000 }, () => {
  it("refuses --storage-node for an unknown key or one that is not a registered storage node", async () => {
    expectOneLineError(await runInProcess(["start", "--storage-node", "--from", "nobody", "--home", home]), /key "nobody" not found/);
    expectOneLineError(await runInProcess(["start", "--storage-node", "--home", home]), /--storage-node needs --from <key>/);
    expectOneLineError(
      await runInProcess(["start", "--storage-node", "--from", "bob", "--home", home]),
      new RegExp(`^Error: key "bob" \\(${BOB.address}\\) is not registered as a storage node: run \`tributary tx rewards register-node --datanets <ids> --endpoint <public url> --bond <coin> --from bob\` first$`),
    );
  });

  it("registers bob through the CLI; the factory trains from the storage nodes, and fetches the body its node lacks", async () => {
    let node: RunningNode | undefined = await startNode({ home, logLevel: "warn" });
    const cli = cliIn(node.rpcUrl);
    const tx = (args: string[], from: string) => cli(["tx", ...args, "--from", from, "--yes"]);
    try {
      expect(node.contentUrl).toBe(endpoint);
      dn = (await tx(["datanet", "create", "stored mail", "--policy", "open"], "alice")).datanet_id;
      const mails = loadCorpus({ groups: ["easy-ham-1"], limit: 60 }).filter((m) => m.body.length > 400 && m.body.length < 6000).slice(0, 12);
      const file = join(work, "records.jsonl");
      writeFileSync(file, mails.map((m) => JSON.stringify({ body: m.body })).join("\n") + "\n");
      const r = await tx(["datanet", "contribute", dn, file, "--allow-refusals"], "carol");
      accepted = r.records.filter((x: any) => x.contribution_id).map((x: any) => ({ id: x.contribution_id, hash: x.content_hash }));
      expect(accepted.length).toBeGreaterThan(5);
      expect((await tx(["datanet", "publish-version", dn], "alice")).code).toBe(0);

      // Dave serves this node's content listener: every record from the storage nodes.
      expect((await tx(["rewards", "register-node", "--datanets", dn, "--endpoint", endpoint, "--bond", `${BOND}utrib`], "dave")).code).toBe(0);
      const trained = await runInProcess(["model", "train", "--datanet", dn, "--version", "1", "--from-storage-nodes", "--out", join(work, "a.onnx"), ...SIZE, "--node", node.rpcUrl, "--home", home, "-o", "json"]);
      expect(trained.code, trained.stderr).toBe(0);
      expect(trained.stderr).toContain(`fetching ${accepted.length} record bodies of datanet ${dn} from 1 storage node(s): ${endpoint}`);
      expect(trained.stderr).toContain(`fetched ${accepted.length}/${accepted.length} records`);
      expect((await cli(["query", "rewards", "params"])).epoch_blocks).toBe(String(EPOCH_BLOCKS));
      const text = await runInProcess(["query", "rewards", "node", DAVE.address, "--node", node.rpcUrl]);
      expect(text.stdout).toMatch(new RegExp(`^bond: ${BOND}utrib$`, "m"));
      expect(text.stdout).toMatch(/^rewards_earned: 0utrib$/m);

      // Dave moves to a server holding a full copy, and this node loses one body: the factory gets it from dave.
      const copy = join(work, "copy");
      cpSync(contentDir(home), copy, { recursive: true });
      const daveServer = await startContentServer({ address: "tcp://127.0.0.1:0", store: new ContentStore(copy), lookup: appContributionLookup(node.app), logger: node.logger });
      try {
        expect((await tx(["rewards", "update-node", "--endpoint", daveServer.url], "dave")).code).toBe(0);
        const lost = accepted[2]!.hash;
        rmSync(join(contentDir(home), lost.slice(0, 2), lost));
        const again = await runInProcess(["model", "train", "--datanet", dn, "--version", "1", "--out", join(work, "b.onnx"), ...SIZE, "--node", node.rpcUrl, "--home", home, "-o", "json"]);
        expect(again.code, again.stderr).toBe(0);
        expect(again.stderr).toContain(`the node lacks 1 of the ${accepted.length} record bodies; fetching those from storage nodes`);
        // Same documents in the same order: the same artifact.
        expect(JSON.parse(again.stdout).sha256).toBe(JSON.parse(trained.stdout).sha256);
        cpSync(join(copy, lost.slice(0, 2), lost), join(contentDir(home), lost.slice(0, 2), lost));
        // Dave leaves (his bond returns after the unbonding period) once his open challenges are over.
        await waitFor("dave to unregister", async () => (await runInProcess(["tx", "rewards", "unregister-node", "--from", "dave", "--yes", "--node", node!.rpcUrl, "--home", home, "-o", "json"])).code === 0, 30_000, 300);
      } finally {
        await daveServer.close();
      }

      // Bob registers last: the node stops right after, so his first challenges wait for his prover.
      const reg = await tx(["rewards", "register-node", "--datanets", dn, "--endpoint", endpoint, "--bond", `${BOND}utrib`], "bob");
      expect(reg.code).toBe(0);
      expect(BigInt(reg.bytes_served)).toBeGreaterThan(0n);
      expect(reg.required_bond).toMatch(/^\d+utrib$/);
      const shown = await cli(["query", "rewards", "node", BOB.address]);
      expect(shown).toMatchObject({ operator: BOB.address, roles: ["STORAGE"], datanet_ids: [dn], endpoint, bond: `${BOND}utrib`, status: "active", challenges_missed: "0" });
      expect((await cli(["query", "rewards", "nodes"])).nodes.map((n: any) => n.operator)).toEqual([BOB.address]);
    } finally {
      await node?.stop();
      node = undefined;
    }
  });

  let prover: ProcessNode;
  let client: TributaryClient;

  it("`start --storage-node --from bob` answers every challenge for three epochs and bob is paid", async () => {
    prover = await spawnNode(["--home", home, "--storage-node", "--from", "bob", "--keyring-backend", "test"]);
    client = await TributaryClient.connect(prover.rpcUrl);
    const cli = cliIn(prover.rpcUrl);
    expect(prover.lines.some((l) => l.msg === "storage node: answering this operator's storage challenges" && l.operator === BOB.address)).toBe(true);
    const start = await cli(["query", "rewards", "node", BOB.address]);
    const served0 = Number(start.epochs_served);
    // Once the prover has signed, bob sends a tx of his own: its next proof tx has a stale sequence and is re-signed.
    await prover.waitForLine((l) => /^storage proofs: epoch \d+: 2\/2 challenges answered$/.test(l.msg), 30_000);
    expect((await cli(["tx", "bank", "send", "bob", DEV_ACCOUNTS[0].address, "1utrib", "--yes"])).code).toBe(0);
    const resigned = await prover.waitForLine((l) => /^storage prover: the operator's account sequence moved on/.test(l.msg), 30_000);
    expect(Number(resigned.to)).toBe(Number(resigned.from) + 1);
    // Counters move when an epoch's window closes: wait for the third one to be counted.
    const n = await waitFor("three epochs served", async () => {
      const x = await cli(["query", "rewards", "node", BOB.address]);
      const counted = Number(x.challenges_passed) + Number(x.challenges_missed) === CHALLENGES * Number(x.epochs_served);
      return Number(x.epochs_served) >= served0 + 3 && counted ? x : undefined;
    }, 60_000);
    expect(n.challenges_missed).toBe("0");
    expect(Number(n.challenges_passed)).toBe(CHALLENGES * Number(n.epochs_served));
    expect(n.status).toBe("active");
    expect(n.total_slashed).toBe("0utrib");
    expect(BigInt(n.rewards_earned.replace(/utrib$/, ""))).toBeGreaterThan(0n);
    // One log line per epoch.
    await waitFor("three epoch lines", async () => prover.lines.filter((l) => /^storage proofs: epoch \d+: 2\/2 challenges answered$/.test(l.msg)).length >= 3, 10_000);
    expect(prover.lines.filter((l) => l.level >= 40 && /storage/.test(l.msg))).toEqual([]);

    // The last payout (EndBlock of the height before this epoch's start) moved bob's balance by what he earned.
    const epoch = await cli(["query", "rewards", "epoch"]);
    const paidAt = Number(epoch.start_height) - 1;
    const gained = earned(await nodeAt(client, BOB.address, paidAt)) - earned(await nodeAt(client, BOB.address, paidAt - 1));
    expect(gained).toBeGreaterThan(0n);
    const balance = (h: number) => client.getBalanceVerified(BOB.address, "utrib", h);
    expect((await balance(paidAt)) - (await balance(paidAt - 1))).toBe(gained);

    // The registered endpoint serves bob's records.
    const res = await fetch(`${endpoint}/content/${dn}/${accepted[0]!.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-tributary-content-hash")).toBe(accepted[0]!.hash);
  });

  it("without the prover bob misses his challenges, is slashed and jailed", async () => {
    expect(await prover.stop()).toBe(0);
    client.disconnect();
    const node = await startNode({ home, logLevel: "warn" });
    try {
      const cli = cliIn(node.rpcUrl);
      const before = await cli(["query", "rewards", "node", BOB.address]);
      const n = await waitFor("bob slashed", async () => {
        const x = await cli(["query", "rewards", "node", BOB.address]);
        return x.times_jailed !== "0" ? x : undefined;
      }, 40_000);
      expect(Number(n.challenges_missed)).toBeGreaterThan(0);
      expect(n.status).toMatch(/^jailed until epoch \d+$/);
      const slashed = (BOND * SLASH_BPS) / 10_000n;
      expect(n.total_slashed).toBe(`${slashed}utrib`);
      expect(n.bond).toBe(`${BOND - slashed}utrib`);
      expect(before.times_jailed).toBe("0");
      // Jailed: no challenges drawn for bob while it lasts.
      const challenges = await cli(["query", "rewards", "challenges", BOB.address]);
      expect(challenges.challenges.filter((c: any) => c.status === "PENDING")).toEqual([]);
    } finally {
      await node.stop();
    }
  });

  it("a prover whose content store lost the bodies logs each challenge it cannot answer, naming the contribution and the fix", async () => {
    rmSync(contentDir(home), { recursive: true, force: true });
    const lines: { level: number; msg: string }[] = [];
    const logger = pino({ level: "info" }, { write: (s: string) => void lines.push(JSON.parse(s)) });
    const signer = await Keyring.open({ home, backend: "test" }).getSigner("bob");
    const node = await startNode({ home, logger, storageNode: { keyName: "bob", signer, gasPrice: "0.0025utrib" } });
    try {
      const jailed = await waitFor("a jailed epoch line", async () => lines.find((l) => /^storage proofs: epoch \d+: no challenges for this node \(jailed until epoch \d+\)$/.test(l.msg)), 30_000);
      expect(jailed.level).toBe(30);
      const missing = await waitFor("a missing-body error", async () => lines.find((l) => l.level === 50 && /cannot answer challenge/.test(l.msg)), 30_000);
      const ids = accepted.map((a) => a.id).join("|");
      expect(missing.msg).toMatch(
        new RegExp(`^storage prover: cannot answer challenge \\d: contribution (${ids}) \\(datanet ${dn}\\) chunk \\d+: body [0-9a-f]{64} is not in this node's content store \\(run \`tributary datanet rebuild-content\`\\)$`),
      );
      // The node kept producing blocks.
      const h = node.driver.latestHeight();
      await node.driver.waitForHeight(h + 2n);
    } finally {
      await node.stop();
    }
  });
});
