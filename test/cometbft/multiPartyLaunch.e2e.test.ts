/**
 * A network launched by four operators, as on a Cosmos SDK chain: four separate homes, each with
 * its own keys; only files travel between them (addresses to the coordinator, genesis.json out,
 * gentxs in, the final genesis out). Real processes throughout: the compiled CLI for every step,
 * then each operator's app (`start --consensus cometbft`) behind the pinned CometBFT.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { QueryClient, setupStakingExtension } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCometHome } from "../../node/cometbft/config.ts";
import { loadNodeConfig, writeNodeConfig } from "../../node/config.ts";
import { homePaths } from "../../node/home.ts";
import { type ManagedProcess, cometbftBinary, findFreePortBlock, killAllProcesses, spawnComet, startApp, waitForRpcHeight } from "../../node/testnet/processes.ts";
import { type Run, runBinary } from "../../node/cli/cliTestHarness.ts";
import { waitFor } from "../support/waitFor.ts";

const CHAIN_ID = "multi-party-1";
const KEYRING = ["--keyring-backend", "test"];
/** Self-delegation of operator i, in TRIB: distinct, so each validator's power names its gentx. */
const BOND_TRIB = [100n, 110n, 120n, 130n];
const TRIB = 1_000_000n;

interface Operator {
  i: number;
  /** Tributary home (`init`, keys, config.json); never shown to the others. */
  home: string;
  /** CometBFT home (config.toml, genesis.json, the node's two keys). */
  cometHome: string;
  address: string;
  ports: { p2p: number; rpc: number; abci: number };
  rpc: string;
}

const dir = mkdtempSync(join(tmpdir(), "trib-multiparty-"));
const ops: Operator[] = [];
const procs: ManagedProcess[] = [];

async function cli(args: string[]): Promise<Run> {
  const r = await runBinary(args);
  if (r.code !== 0) throw new Error(`tributary ${args.join(" ")} exited ${r.code}: ${r.stderr}`);
  return r;
}

const opAt = (i: number): Operator => {
  const op = ops[i];
  if (!op) throw new Error(`no operator ${i}`);
  return op;
};

/** The coordinator (operator 0) hands a file to operator i. */
function hand(from: string, to: string): void {
  mkdirSync(join(to, ".."), { recursive: true });
  copyFileSync(from, to);
}

beforeAll(async () => {
  const base = await findFreePortBlock(40);
  // 1. Each operator, on its own machine (so all at once): init (its node keys), a key of its
  // own, its address to the coordinator.
  const made = await Promise.all([0, 1, 2, 3].map(async (i): Promise<Operator> => {
    const home = join(dir, `op${i}`, "app");
    const ports = { p2p: base + 10 * i, rpc: base + 10 * i + 1, abci: base + 10 * i + 2 };
    await cli(["init", `op${i}`, "--chain-id", CHAIN_ID, "--home", home]);
    const key = JSON.parse((await cli(["keys", "add", "operator", ...KEYRING, "--home", home, "-o", "json"])).stdout) as { address: string };
    // Four nodes on one host: each app on its own ABCI port, its other listeners off.
    const config = loadNodeConfig(home);
    config.abci.laddr = `tcp://127.0.0.1:${ports.abci}`;
    config.rpc.laddr = `tcp://127.0.0.1:${ports.rpc}`; // CometBFT's RPC: where the CLI goes
    config.storage.address = "tcp://127.0.0.1:0";
    config.api.address = "";
    config.grpc.address = "";
    config.metrics.address = "";
    writeNodeConfig(home, config);
    return { i, home, cometHome: join(dir, `op${i}`, "cometbft"), address: key.address, ports, rpc: `http://127.0.0.1:${ports.rpc}` };
  }));
  ops.push(...made);
  const coordinator = opAt(0);
  // 2. The coordinator funds every operator and hands out genesis.json.
  for (const op of ops) await cli(["genesis", "add-account", op.address, `${1000n * TRIB}utrib`, "--home", coordinator.home]);
  for (const op of ops.slice(1)) hand(homePaths(coordinator.home).genesis, homePaths(op.home).genesis);
  // 3. Each operator signs its gentx with its own key, offline, and sends the file back.
  await Promise.all(ops.map(async (op) => {
    await cli([
      "genesis", "gentx", "operator", `${BOND_TRIB[op.i]! * TRIB}utrib`, "--chain-id", CHAIN_ID, "--ip", "127.0.0.1", "--p2p-port", String(op.ports.p2p),
      "--commission-rate", "0.05", "--website", `https://op${op.i}.example`, ...KEYRING, "--home", op.home,
    ]);
    const gentxDir = join(homePaths(op.home).configDir, "gentx");
    const [file] = readdirSync(gentxDir);
    hand(join(gentxDir, file!), join(homePaths(coordinator.home).configDir, "gentx", file!));
  }));
  // Each operator's CometBFT home: its node's keys, its own ports.
  for (const op of ops) {
    writeCometHome(op.cometHome, {
      moniker: `op${op.i}`, proxyApp: `tcp://127.0.0.1:${op.ports.abci}`, rpcLaddr: `tcp://127.0.0.1:${op.ports.rpc}`, p2pLaddr: `tcp://127.0.0.1:${op.ports.p2p}`,
      persistentPeers: [], timeoutCommit: "300ms", timeoutPrevote: "500ms", timeoutPrecommit: "500ms",
    });
    for (const f of ["priv_validator_key.json", "node_key.json"]) hand(join(homePaths(op.home).configDir, f), join(homePaths(op.cometHome).configDir, f));
  }
  // 4. The coordinator collects (peers into its config.toml) and hands out the final genesis.
  const collected = JSON.parse((await cli(["genesis", "collect-gentxs", "--home", coordinator.home, "--comet-home", coordinator.cometHome, "-o", "json"])).stdout) as { persistent_peers: string; gen_txs: number };
  expect(collected.gen_txs).toBe(4);
  const peers = collected.persistent_peers.split(",");
  expect(peers).toHaveLength(3); // everyone but the coordinator itself
  expect(readFileSync(join(coordinator.cometHome, "config", "config.toml"), "utf8")).toContain(`persistent_peers = "${collected.persistent_peers}"`);
  const finalGenesis = homePaths(coordinator.home).genesis;
  for (const op of ops.slice(1)) {
    hand(finalGenesis, homePaths(op.home).genesis);
    hand(finalGenesis, homePaths(op.cometHome).genesis);
    // Each operator peers with the others, read off the gentxs' memos in the final genesis.
    const mine = `@127.0.0.1:${op.ports.p2p}`;
    const memos = JSON.parse(readFileSync(finalGenesis, "utf8")).app_state.genutil.gen_txs.map((t: { body: { memo: string } }) => t.body.memo) as string[];
    writeCometHome(op.cometHome, {
      moniker: `op${op.i}`, proxyApp: `tcp://127.0.0.1:${op.ports.abci}`, rpcLaddr: `tcp://127.0.0.1:${op.ports.rpc}`, p2pLaddr: `tcp://127.0.0.1:${op.ports.p2p}`,
      persistentPeers: memos.filter((m) => !m.endsWith(mine)), timeoutCommit: "300ms", timeoutPrevote: "500ms", timeoutPrecommit: "500ms",
    });
  }
  for (const r of await Promise.all(ops.slice(1).map((op) => cli(["genesis", "validate", "--home", op.home])))) expect(r.stdout).toMatch(/is a valid genesis file/);
  // 5. Each operator starts its app, then its CometBFT.
  procs.push(...(await Promise.all(ops.map((op) => startApp(op.home, `tcp://127.0.0.1:${op.ports.abci}`, 60_000)))));
  for (const op of ops) procs.push(spawnComet(op.cometHome, cometbftBinary()));
  await Promise.all(ops.map((op) => waitForRpcHeight(op.rpc, 3n, 90_000)));
}, 200_000);

afterAll(async () => {
  await Promise.all(procs.map((p) => p.stop(5_000)));
  await killAllProcesses();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe("a network launched from four operators' gentxs", () => {
  it("runs with the four gentx validators bonded at their gentx amounts, and commits a tx", async () => {
    // CometBFT's validator set is the one InitChain returned from the gentxs.
    const comet = await Comet38Client.connect(opAt(2).rpc);
    try {
      const vals = await comet.validatorsAll(3);
      expect(vals.validators.map((v) => v.votingPower).sort()).toEqual([...BOND_TRIB].sort());
    } finally {
      comet.disconnect();
    }
    // Staking has each operator's validator bonded with the gentx self-delegation.
    const tm = await Comet38Client.connect(opAt(0).rpc);
    const q = QueryClient.withExtensions(tm, setupStakingExtension);
    const bonded = (await q.staking.validators("BOND_STATUS_BONDED")).validators;
    tm.disconnect();
    expect(bonded).toHaveLength(4);
    for (const op of ops) {
      const v = bonded.find((x) => x.description.moniker === `op${op.i}`);
      expect(v?.tokens, `op${op.i}`).toBe((BOND_TRIB[op.i]! * TRIB).toString());
      expect(v?.description.website).toBe(`https://op${op.i}.example`);
    }

    // A tx from operator 3, sent to its own node, commits and every node sees it.
    const to = opAt(1).address;
    const before = await balanceOf(opAt(0).rpc, to);
    const sent = await cli(["tx", "bank", "send", "operator", to, "1234utrib", "--yes", ...KEYRING, "--home", opAt(3).home, "--chain-id", CHAIN_ID, "-o", "json"]);
    expect(sent.stdout).toMatch(/"code":\s*0/);
    await waitFor("the send to reach operator 1's balance on node 0", async () => (await balanceOf(opAt(0).rpc, to)) === before + 1234n, 30_000);
  }, 60_000);
});

async function balanceOf(rpc: string, address: string): Promise<bigint> {
  const r = await cli(["query", "bank", "balances", address, "--node", rpc, "-o", "json"]);
  const coins = (JSON.parse(r.stdout) as { balances: { denom: string; amount: string }[] }).balances;
  return BigInt(coins.find((c) => c.denom === "utrib")?.amount ?? "0");
}
