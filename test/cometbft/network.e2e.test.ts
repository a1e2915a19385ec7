/**
 * A real 4-validator CometBFT v0.38 network on 127.0.0.1, each validator a Tributary app behind
 * the ABCI socket, written by `tributary testnet` and run by node/testnet/network.ts; plus one
 * full node that later becomes the fifth validator. Tests run in order and share the network.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toBase64 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet, encodePubkey } from "@cosmjs/proto-signing";
import { assertIsDeliverTxSuccess, GasPrice, QueryClient, setupStakingExtension, SigningStargateClient, StargateClient } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressBytes, addressString, moduleAddress, valoperString } from "../../chain/address.ts";
import { derivedForkOperator, forkGenesis } from "../../genesis/fork.ts";
import { createModules } from "../../modules/index.ts";
import { DEV_ACCOUNTS } from "../../node/cli/devAccounts.ts";
import { exportGenesis } from "../../node/export.ts";
import { homePaths, loadValidatorKey } from "../../node/home.ts";
import { initTestnet, TESTNET_DEFAULTS } from "../../node/testnet/layout.ts";
import { type RunningTestnet, startTestnet } from "../../node/testnet/network.ts";
import { findFreePortBlock, rpcHeight, waitForRpcHeight } from "../../node/testnet/processes.ts";
import { makeTestHome, startTestNode } from "../testNode.ts";
import { waitFor } from "../support/waitFor.ts";
import { expectedShares, outstandingAt } from "./rewards.ts";

const [alice, bob] = DEV_ACCOUNTS;
const gasPrice = GasPrice.fromString("0.0025utrib");
const dir = mkdtempSync(join(tmpdir(), "trib-testnet-"));
let net: RunningTestnet;

/** The header app hash of `height` on each of the four validators, once each has reached it. */
async function appHashes(height: number): Promise<string[]> {
  return Promise.all(
    net.nodes.slice(0, 4).map(async (n) => {
      await waitForRpcHeight(n.rpc, BigInt(height), 60_000);
      const c = await Comet38Client.connect(n.rpc);
      try {
        return toBase64((await c.block(height)).block.header.appHash);
      } finally {
        c.disconnect();
      }
    }),
  );
}

/** Node i of the network (the layout makes 4 validators and 1 full node). */
function nodeAt(i: number): RunningTestnet["nodes"][number] {
  const n = net.nodes[i];
  if (!n) throw new Error(`the testnet has no node ${i}`);
  return n;
}

const minHeight = async (nodes = net.nodes) => (await Promise.all(nodes.map((n) => rpcHeight(n.rpc)))).reduce((a, b) => (a! < b! ? a : b))!;

beforeAll(async () => {
  await initTestnet({
    ...TESTNET_DEFAULTS,
    outputDir: dir,
    validators: 4,
    fullNodes: 1,
    basePort: await findFreePortBlock(50),
    timeoutCommit: "300ms",
    editGenesis: (doc) => {
      const s = doc.app_state as any;
      s.slashing.params.signed_blocks_window = "10";
      s.slashing.params.min_signed_per_window = "0.500000000000000000";
      s.slashing.params.downtime_jail_duration = "5s";
      s.staking.params.unbonding_time = "20s";
    },
  });
  net = await startTestnet(dir, { waitHeight: 2n });
}, 120_000);

afterAll(async () => {
  await net?.stop();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe("a 4-validator CometBFT network", () => {
  it("CosmJS sends through node 0; every node reports the same app hash at every height; a tx sent to node 2 is found on node 4", async () => {
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(alice.mnemonic, { prefix: "trib" });
    const client = await SigningStargateClient.connectWithSigner(nodeAt(0).rpc, wallet, { gasPrice, broadcastPollIntervalMs: 200 });
    const before = BigInt((await client.getBalance(bob.address, "utrib")).amount);
    const res = await client.sendTokens(alice.address, bob.address, [{ denom: "utrib", amount: "1000" }], "auto");
    assertIsDeliverTxSuccess(res);
    client.disconnect();

    // Node 2 signs with the sequence it has committed: let it reach the first send's block.
    await waitForRpcHeight(nodeAt(1).rpc, BigInt(res.height), 30_000);
    const viaNode2 = await SigningStargateClient.connectWithSigner(nodeAt(1).rpc, wallet, { gasPrice, broadcastPollIntervalMs: 200 });
    const second = await viaNode2.sendTokens(alice.address, bob.address, [{ denom: "utrib", amount: "2000" }], "auto");
    assertIsDeliverTxSuccess(second);
    viaNode2.disconnect();

    await waitForRpcHeight(nodeAt(3).rpc, BigInt(second.height + 1), 30_000);
    const node4 = await StargateClient.connect(nodeAt(3).rpc);
    expect((await node4.getTx(second.transactionHash))?.height).toBe(second.height);
    expect(BigInt((await node4.getBalance(bob.address, "utrib")).amount)).toBe(before + 3000n);
    node4.disconnect();

    const top = Number(await minHeight(net.nodes.slice(0, 4)));
    for (let h = 1; h <= top; h++) expect(new Set(await appHashes(h)).size, `height ${h}`).toBe(1);
  }, 90_000);

  it("over 50 blocks each validator earns in proportion to its power (within 1 %) among those that signed", async () => {
    // Powers 100, 150, 175, 200 (none holds 1/3, so the network survives the kills below):
    // alice delegates to validators 1, 2 and 3.
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(alice.mnemonic, { prefix: "trib" });
    const client = await SigningStargateClient.connectWithSigner(nodeAt(0).rpc, wallet, { gasPrice, broadcastPollIntervalMs: 200 });
    const valopers = net.nodes.slice(0, 4).map((n) => valoperString(addressBytes(n.operatorAddress)));
    const msgs = [1, 2, 3].map((i) => ({
      typeUrl: "/cosmos.staking.v1beta1.MsgDelegate",
      value: { delegatorAddress: alice.address, validatorAddress: valopers[i], amount: { denom: "utrib", amount: String([0, 50_000_000, 75_000_000, 100_000_000][i]) } },
    }));
    const res = await client.signAndBroadcast(alice.address, msgs, "auto");
    assertIsDeliverTxSuccess(res);
    client.disconnect();

    // The new powers are CometBFT's from res.height + 2; allocations then use them one block later.
    const from = res.height + 3;
    const to = from + 50;
    await waitForRpcHeight(nodeAt(0).rpc, BigInt(to + 1), 90_000);
    const earned = await Promise.all(valopers.map(async (v) => (await outstandingAt(nodeAt(0).rpc, v, to)) - (await outstandingAt(nodeAt(0).rpc, v, from))));
    const shares = await expectedShares(nodeAt(0).rpc, from, to);
    const totalEarned = earned.reduce((a, b) => a + b, 0n);
    const totalShares = [...shares.values()].reduce((a, b) => a + b, 0);
    expect(totalEarned > 0n).toBe(true);
    net.nodes.slice(0, 4).forEach((n, i) => {
      const actual = Number((earned[i]! * 1_000_000n) / totalEarned) / 1_000_000;
      const expected = (shares.get(n.validatorAddress) ?? 0) / totalShares;
      expect(Math.abs(actual / expected - 1), `validator ${i}: earned ${actual} of the total, its signed power share is ${expected}`).toBeLessThan(0.01);
    });
    // And the shares really differ by power: validator 3 (200) earns about 2× validator 0 (100).
    expect(Number(earned[3]) / Number(earned[0])).toBeGreaterThan(1.9);
  }, 150_000);

  it("keeps committing with one validator killed (SIGKILL); restarted, it catches up and agrees", async () => {
    const victim = nodeAt(3);
    victim.comet!.kill("SIGKILL");
    victim.app!.kill("SIGKILL");
    await Promise.all([victim.comet!.exited, victim.app!.exited]);
    const h0 = (await rpcHeight(nodeAt(0).rpc))!;
    await waitForRpcHeight(nodeAt(0).rpc, h0 + 3n, 30_000);
    await net.startNode(3);
    const target = (await rpcHeight(nodeAt(0).rpc))!;
    await waitForRpcHeight(victim.rpc, target, 60_000);
    const hashes = await appHashes(Number(target));
    expect(new Set(hashes).size).toBe(1);
  }, 120_000);

  it("an app killed mid-block is replayed by the handshake and rejoins with the same app hash", async () => {
    const victim = nodeAt(2);
    victim.app!.kill("SIGKILL");
    await victim.app!.exited;
    // CometBFT stops when its app connection breaks; if it has not, stop it before restarting both.
    await victim.comet!.stop(5_000);
    await net.startNode(2);
    const target = (await rpcHeight(nodeAt(0).rpc))! + 2n;
    await waitForRpcHeight(victim.rpc, target, 60_000);
    const hashes = await appHashes(Number(target));
    expect(new Set(hashes).size).toBe(1);
  }, 120_000);

  it("a fifth validator joins with MsgCreateValidator; when it stops signing it is jailed", async () => {
    const joiner = nodeAt(4);
    await waitForRpcHeight(joiner.rpc, (await rpcHeight(nodeAt(0).rpc))!, 60_000);
    const seed = JSON.parse(readFileSync(join(joiner.home, "key_seed.json"), "utf8")).secret as string;
    const wallet = await DirectSecp256k1HdWallet.fromMnemonic(seed, { prefix: "trib" });
    const client = await SigningStargateClient.connectWithSigner(joiner.rpc, wallet, { gasPrice, broadcastPollIntervalMs: 200 });
    const valoper = valoperString(addressBytes(joiner.operatorAddress));
    const res = await client.signAndBroadcast(
      joiner.operatorAddress,
      [
        {
          typeUrl: "/cosmos.staking.v1beta1.MsgCreateValidator",
          value: {
            description: { moniker: "joiner", identity: "", website: "", securityContact: "", details: "" },
            commission: { rate: "100000000000000000", maxRate: "200000000000000000", maxChangeRate: "10000000000000000" },
            minSelfDelegation: "1",
            delegatorAddress: joiner.operatorAddress,
            validatorAddress: valoper,
            pubkey: encodePubkey({ type: "tendermint/PubKeyEd25519", value: toBase64(loadValidatorKey(joiner.cometHome).pubkey) }),
            value: { denom: "utrib", amount: "20000000" },
          },
        },
      ],
      "auto",
    );
    assertIsDeliverTxSuccess(res);
    client.disconnect();

    const comet = await Comet38Client.connect(nodeAt(0).rpc);
    const inSet = async () => (await comet.validatorsAll()).validators.some((v) => Buffer.from(v.address).toString("hex").toUpperCase() === joiner.validatorAddress);
    await waitFor("the new validator in CometBFT's set", inSet, 30_000, 500);

    await joiner.comet!.stop();
    await waitFor("the silent validator jailed and out of the set", async () => !(await inSet()), 90_000, 500);
    const staking = QueryClient.withExtensions(comet, setupStakingExtension);
    const { validator } = await staking.staking.validator(valoper);
    expect(validator.jailed).toBe(true);
    // While jailed it earns nothing, though blocks (and their rewards) go on.
    const jailedAt = Number(await rpcHeight(nodeAt(0).rpc));
    // CometBFT reports block H before the app has committed it: wait one past the heights queried.
    await waitForRpcHeight(nodeAt(0).rpc, BigInt(jailedAt + 9), 30_000);
    expect(await outstandingAt(nodeAt(0).rpc, valoper, jailedAt + 8)).toBe(await outstandingAt(nodeAt(0).rpc, valoper, jailedAt));
    const other = valoperString(addressBytes(nodeAt(0).operatorAddress));
    expect((await outstandingAt(nodeAt(0).rpc, other, jailedAt + 8)) > (await outstandingAt(nodeAt(0).rpc, other, jailedAt))).toBe(true);
    comet.disconnect();
  }, 180_000);
});

describe("a private network forked from the 4-validator network", () => {
  it("export → fork to a new chain id with one validator → the solo driver serves the same balances; every other module's state is kept", async () => {
    // Export needs the app's database to itself: stop node 0 (CometBFT first, then its app).
    const source = nodeAt(0);
    await source.comet!.stop();
    await source.app!.stop();
    const exported = await exportGenesis(source.home);

    const home = makeTestHome({ chainId: "tributary-fork-1" });
    const validator = loadValidatorKey(home);
    const forked = forkGenesis(exported, { chainId: "tributary-fork-1", validators: [{ pubkey: validator.pubkey, power: 10n }] });
    writeFileSync(homePaths(home).genesis, JSON.stringify(forked, null, 2));

    const node = await startTestNode({ home });
    try {
      const client = await StargateClient.connect(node.rpcUrl);
      expect(await client.getChainId()).toBe("tributary-fork-1");
      const balances = (exported.app_state as any).bank.balances as { address: string; coins: { denom: string; amount: string }[] }[];
      for (const who of [alice.address, bob.address, ...net.nodes.map((n) => n.operatorAddress)]) {
        const want = balances.find((b) => b.address === who)?.coins.find((c) => c.denom === "utrib")?.amount ?? "0";
        expect((await client.getBalance(who, "utrib")).amount, who).toBe(want);
      }
      client.disconnect();
    } finally {
      await node.node.stop();
    }
    // Module by module: the fork's state (exported again) against the source network's.
    const after = (await exportGenesis(home)).app_state as Record<string, any>;
    const before = exported.app_state as Record<string, any>;
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const module of Object.keys(before)) {
      if (["staking", "bank", "auth", "slashing"].includes(module)) continue;
      // Every block mints, allocates rewards and advances epochs: of these, the params are kept.
      if (["mint", "distribution", "rewards"].includes(module)) expect(after[module].params, module).toEqual(before[module].params);
      else expect(after[module], module).toEqual(before[module]);
    }
    const operator = derivedForkOperator(validator.pubkey);
    // Module accounts move every block (minting, allocation, storage pool); user balances must not.
    const pools = new Set(createModules().modules.flatMap((m) => m.moduleAccounts ?? []).map((n) => addressString(moduleAddress(n))));
    const plainBalances = (s: any) => s.bank.balances.filter((b: any) => !pools.has(b.address) && b.address !== operator);
    expect(plainBalances(after)).toEqual(plainBalances(before));
    expect(after.bank.denom_metadata).toEqual(before.bank.denom_metadata);
    const otherAccounts = (s: any) => s.auth.accounts.filter((a: any) => a.address !== operator);
    expect(otherAccounts(after)).toEqual(otherAccounts(before));
    // Delegations to the old validators are all still there; the old validators are unbonded.
    expect(after.staking.delegations).toEqual(expect.arrayContaining(before.staking.delegations));
    const oldValidators = before.staking.validators.map((v: any) => v.operator_address);
    const olds = after.staking.validators.filter((x: any) => oldValidators.includes(x.operator_address));
    expect(olds).toHaveLength(oldValidators.length);
    for (const v of olds) expect([v.status, v.jailed]).toEqual(["BOND_STATUS_UNBONDED", true]);
    rmSync(home, { recursive: true, force: true });
  }, 120_000);
});
