/**
 * A storage node under a real CometBFT v0.38 (`start --consensus cometbft --storage-node --from
 * bob`): the app's content listener serves bodies, and its prover answers every challenge
 * through CometBFT's mempool (broadcast_tx_sync), learning commits from ABCI Commit. Records and
 * the registration go through the CLI against CometBFT's RPC; short epochs from genesis params.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { addGenesisAccount } from "../../genesis/accounts.ts";
import { newGenesisDoc } from "../../genesis/create.ts";
import { runInProcess } from "../../node/cli/cliTestHarness.ts";
import { DEV_ACCOUNT_FUNDS, DEV_ACCOUNTS } from "../../node/cli/devAccounts.ts";
import { loadNodeConfig, writeNodeConfig } from "../../node/config.ts";
import { Keyring } from "../../node/keyring/index.ts";
import { type ManagedProcess, cometbftBinary, freePorts, killAllProcesses, spawnComet, waitForRpcHeight } from "../../node/testnet/processes.ts";
import { loadCorpus } from "../corpus.ts";
import { type ProcessNode, spawnNode, waitFor } from "../processNode.ts";
import { type CometNodeHome, writeAppHome, writeCometNodeHome } from "./cometNode.ts";
import { take } from "../support/take.ts";

const [, BOB] = DEV_ACCOUNTS;
const CHALLENGES = 2;
const dir = mkdtempSync(join(tmpdir(), "trib-comet-storage-"));
const appHome = join(dir, "app");
let comet: CometNodeHome;
let cometProc: ManagedProcess | undefined;
let app: ProcessNode | undefined;
let abci: string;
let endpoint: string;

async function cli(args: string[]): Promise<any> {
  const r = await runInProcess([...args, "--node", comet.rpcUrl, "--home", appHome, "-o", "json"]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

/** The app (first, CometBFT dials it), then CometBFT; waits for a block. */
async function startBoth(extra: string[]): Promise<void> {
  app = await spawnNode(["--consensus", "cometbft", "--home", appHome, "--abci.laddr", abci, ...extra], 60_000, "app waiting for CometBFT (point its proxy_app here)");
  cometProc = spawnComet(comet.home, cometbftBinary());
  await waitForRpcHeight(comet.rpcUrl, 2n, 40_000);
}

async function stopBoth(): Promise<void> {
  await cometProc?.stop();
  await app?.stop();
}

beforeAll(async () => {
  const doc = newGenesisDoc({ chainId: "tributary-comet-storage-1" });
  for (const a of DEV_ACCOUNTS) addGenesisAccount(doc, a.address, DEV_ACCOUNT_FUNDS);
  const rewards = (doc.app_state as { rewards: { params: Record<string, unknown> } }).rewards;
  Object.assign(rewards.params, { epoch_blocks: "8", proof_window_blocks: "4", challenges_per_epoch: CHALLENGES, min_bond: { denom: "utrib", amount: "1000000" }, max_missed_per_epoch: 0 });
  const [rpc, p2p, abciPort, storagePort] = take(await freePorts(4), 4);
  abci = `tcp://127.0.0.1:${abciPort}`;
  endpoint = `http://127.0.0.1:${storagePort}`;
  comet = writeCometNodeHome(join(dir, "comet"), { genesisDoc: doc, ports: { rpc, p2p, abci: abciPort }, timeoutCommit: "200ms" });
  writeAppHome(appHome, { abciLaddr: abci });
  const config = loadNodeConfig(appHome);
  config.rpc.laddr = `tcp://127.0.0.1:${rpc}`; // CometBFT's RPC: where the CLI and the prover's txs go
  config.storage.address = `tcp://127.0.0.1:${storagePort}`;
  writeNodeConfig(appHome, config);
  const keyring = Keyring.open({ home: appHome, backend: "test" });
  for (const a of DEV_ACCOUNTS) await keyring.add(a.name, a.mnemonic);
}, 60_000);

afterEach((ctx) => {
  if (ctx.task.result?.state !== "fail") return;
  console.error(`--- app ---\n${app?.lines.slice(-30).map((l) => JSON.stringify(l)).join("\n")}\n--- cometbft.log ---\n${readFileSync(join(comet.home, "cometbft.log"), "utf8").slice(-3000)}`);
});

afterAll(async () => {
  await stopBoth();
  await killAllProcesses();
  rmSync(dir, { recursive: true, force: true });
});

describe("a storage node on CometBFT", { timeout: 150_000 }, () => {
  let dn: string;
  let first: { id: string; hash: string };

  it("serves accepted bodies on the app's content listener", async () => {
    await startBoth([]);
    dn = (await cli(["tx", "datanet", "create", "comet mail", "--policy", "open", "--from", "alice", "--yes"])).datanet_id;
    const mails = loadCorpus({ groups: ["easy-ham-2"], limit: 40 }).filter((m) => m.body.length > 400 && m.body.length < 5000).slice(0, 6);
    const file = join(dir, "records.jsonl");
    writeFileSync(file, mails.map((m) => JSON.stringify({ body: m.body })).join("\n") + "\n");
    const r = await cli(["tx", "datanet", "contribute", dn, file, "--from", "carol", "--yes", "--allow-refusals"]);
    const rec = r.records.find((x: any) => x.contribution_id);
    first = { id: rec.contribution_id, hash: rec.content_hash };
    const res = await fetch(`${endpoint}/content/${dn}/${first.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-tributary-content-hash")).toBe(first.hash);
    expect((await fetch(`${endpoint}/content/${dn}/999`)).status).toBe(404);
    expect((await cli(["tx", "rewards", "register-node", "--datanets", dn, "--endpoint", endpoint, "--bond", "2000000utrib", "--from", "bob", "--yes"])).code).toBe(0);
    await stopBoth();
  });

  it("answers every challenge through CometBFT's mempool and is paid", async () => {
    await startBoth(["--storage-node", "--from", "bob", "--keyring-backend", "test"]);
    expect(app!.lines.some((l) => l.msg === "storage node: answering this operator's storage challenges" && l.operator === BOB.address)).toBe(true);
    const start = Number((await cli(["query", "rewards", "node", BOB.address])).epochs_served);
    const n = await waitFor("two epochs answered", async () => {
      const x = await cli(["query", "rewards", "node", BOB.address]);
      const counted = Number(x.challenges_passed) + Number(x.challenges_missed) === CHALLENGES * Number(x.epochs_served);
      return Number(x.epochs_served) >= start + 2 && counted && x.rewards_earned !== "0utrib" ? x : undefined;
    }, 90_000);
    expect(n.challenges_missed).toBe("0");
    expect(Number(n.challenges_passed)).toBe(CHALLENGES * Number(n.epochs_served));
    expect(app!.lines.filter((l) => /^storage proofs: epoch \d+: 2\/2 challenges answered$/.test(l.msg)).length).toBeGreaterThanOrEqual(1);
    expect(app!.lines.filter((l) => l.level >= 40 && /storage/.test(l.msg))).toEqual([]);
  });
});
