/**
 * Unmodified CosmJS against the solo node for distribution: the node's validator is bonded in
 * staking (as dev-init does), so every block's fees and minted coins are allocated to it. A
 * delegator delegates, rewards accrue, SigningStargateClient.withdrawRewards pays them out;
 * setupDistributionExtension answers every query; Ledger-style amino signers withdraw, set a
 * withdraw address and fund the community pool; the operator withdraws its commission.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { fromBech32, toBech32 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import {
  AminoTypes, GasPrice, QueryClient, SigningStargateClient, assertIsDeliverTxSuccess, coin, createDefaultAminoConverters, setupDistributionExtension,
  setupStakingExtension,
} from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { DEV_ACCOUNTS, DEV_VALIDATOR } from "../node/cli/devAccounts.ts";
import { type TestNode, startTestNode } from "./testNode.ts";

const [alice, bob, carol, dave] = DEV_ACCOUNTS;
const gasPrice = GasPrice.fromString("0.0025utrib");
const valoper = toBech32("tribvaloper", fromBech32(DEV_VALIDATOR.address, 90).data, 90);
const ONE = 10n ** 18n;

/** What Keplr and Ledger sign for MsgWithdrawValidatorCommission: the SDK's amino name (CosmJS's default converter uses another). */
function sdkAminoTypes(): AminoTypes {
  const converters = createDefaultAminoConverters();
  const url = "/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission";
  converters[url] = { ...converters[url]!, aminoType: "cosmos-sdk/MsgWithdrawValCommission" };
  return new AminoTypes(converters);
}

describe("distribution through CosmJS", () => {
  let t: TestNode;
  let comet: Comet38Client;
  let q: ReturnType<typeof queryClient>;
  const queryClient = (c: Comet38Client) => QueryClient.withExtensions(c, setupDistributionExtension, setupStakingExtension);
  const signer = async (mnemonic: string, amino = false) => {
    const wallet = amino ? await Secp256k1HdWallet.fromMnemonic(mnemonic, { prefix: "trib" }) : await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: "trib" });
    return SigningStargateClient.connectWithSigner(t.rpcUrl, wallet, { gasPrice, broadcastPollIntervalMs: 100, aminoTypes: sdkAminoTypes() });
  };
  const height = async () => (await comet.block()).block.header.height;
  const waitBlocks = async (n: number) => t.node.driver.waitForHeight(BigInt(await height()) + BigInt(n));
  const rewards = async (del: string) => {
    const r = await q.distribution.delegationRewards(del, valoper);
    return BigInt(r.rewards.find((c) => c.denom === "utrib")?.amount ?? "0") / ONE;
  };
  const paidOut = (tx: { events: readonly { type: string; attributes: readonly { key: string; value: string }[] }[] }) =>
    tx.events.filter((e) => e.type === "withdraw_rewards").map((e) => BigInt(e.attributes.find((a) => a.key === "amount")!.value.replace("utrib", ""))).reduce((a, b) => a + b, 0n);

  beforeAll(async () => {
    t = await startTestNode({ bondValidator: true });
    comet = await Comet38Client.connect(t.rpcUrl);
    q = queryClient(comet);
  }, 60_000);
  afterAll(async () => {
    comet?.disconnect();
    await t?.stop();
  });

  it("delegate → rewards accrue → withdrawRewards pays the delegator exactly what was withdrawn", async () => {
    const b = await signer(bob.mnemonic);
    assertIsDeliverTxSuccess(await b.delegateTokens(bob.address, valoper, coin(5_000_000_000, "utrib"), "auto"));
    await waitBlocks(3);
    expect(await rewards(bob.address)).toBeGreaterThan(0n);
    const before = BigInt((await b.getBalance(bob.address, "utrib")).amount);
    const tx = await b.withdrawRewards(bob.address, valoper, "auto");
    assertIsDeliverTxSuccess(tx);
    const paid = paidOut(tx);
    expect(paid).toBeGreaterThan(0n);
    const fee = BigInt(tx.events.find((e) => e.type === "tx" && e.attributes.some((a) => a.key === "fee"))!.attributes.find((a) => a.key === "fee")!.value.replace("utrib", ""));
    expect(BigInt((await b.getBalance(bob.address, "utrib")).amount)).toBe(before - fee + paid);
    b.disconnect();
  }, 60_000);

  it("setupDistributionExtension answers every query in the SDK's shapes", async () => {
    const { params } = await q.distribution.params();
    expect(params).toMatchObject({ communityTax: "20000000000000000", withdrawAddrEnabled: true });
    expect((await q.distribution.delegationTotalRewards(bob.address)).rewards.map((r) => r.validatorAddress)).toEqual([valoper]);
    expect((await q.distribution.delegatorValidators(bob.address)).validators).toEqual([valoper]);
    expect((await q.distribution.delegatorWithdrawAddress(bob.address)).withdrawAddress).toBe(bob.address);
    expect(BigInt((await q.distribution.communityPool()).pool[0]!.amount)).toBeGreaterThan(0n);
    expect(BigInt((await q.distribution.validatorCommission(valoper)).commission!.commission[0]!.amount)).toBeGreaterThan(0n);
    expect(BigInt((await q.distribution.validatorOutstandingRewards(valoper)).rewards!.rewards[0]!.amount)).toBeGreaterThan(0n);
    expect((await q.distribution.validatorSlashes(valoper, 1, await height())).slashes).toEqual([]);
    await expect(q.distribution.delegationRewards(carol.address, valoper)).rejects.toThrow(/no delegation/);
  });

  it("amino (Ledger-style) signers: delegate, set a withdraw address, withdraw to it, fund the community pool", async () => {
    const d = await signer(dave.mnemonic, true);
    assertIsDeliverTxSuccess(await d.delegateTokens(dave.address, valoper, coin(3_000_000_000, "utrib"), "auto", "amino"));
    assertIsDeliverTxSuccess(await d.signAndBroadcast(dave.address, [{ typeUrl: "/cosmos.distribution.v1beta1.MsgSetWithdrawAddress", value: { delegatorAddress: dave.address, withdrawAddress: carol.address } }], "auto"));
    expect((await q.distribution.delegatorWithdrawAddress(dave.address)).withdrawAddress).toBe(carol.address);
    await waitBlocks(2);
    const carolBefore = BigInt((await d.getBalance(carol.address, "utrib")).amount);
    const tx = await d.withdrawRewards(dave.address, valoper, "auto");
    assertIsDeliverTxSuccess(tx);
    expect(BigInt((await d.getBalance(carol.address, "utrib")).amount)).toBe(carolBefore + paidOut(tx));
    const pool = BigInt((await q.distribution.communityPool()).pool[0]!.amount);
    assertIsDeliverTxSuccess(await d.signAndBroadcast(dave.address, [{ typeUrl: "/cosmos.distribution.v1beta1.MsgFundCommunityPool", value: { depositor: dave.address, amount: [coin(1_234_567, "utrib")] } }], "auto"));
    // The pool also keeps growing by the community tax of every block meanwhile.
    expect(BigInt((await q.distribution.communityPool()).pool[0]!.amount)).toBeGreaterThanOrEqual(pool + 1_234_567n * ONE);
    d.disconnect();
  }, 60_000);

  it("the operator withdraws its commission, direct and amino (under the SDK's amino name)", async () => {
    for (const amino of [false, true]) {
      const v = await signer(DEV_VALIDATOR.mnemonic, amino);
      const before = BigInt((await v.getBalance(DEV_VALIDATOR.address, "utrib")).amount);
      const tx = await v.signAndBroadcast(DEV_VALIDATOR.address, [{ typeUrl: "/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission", value: { validatorAddress: valoper } }], "auto");
      assertIsDeliverTxSuccess(tx);
      const amount = BigInt(tx.events.find((e) => e.type === "withdraw_commission")!.attributes.find((a) => a.key === "amount")!.value.replace("utrib", ""));
      expect(amount).toBeGreaterThan(0n);
      const fee = BigInt(tx.events.find((e) => e.type === "tx" && e.attributes.some((a) => a.key === "fee"))!.attributes.find((a) => a.key === "fee")!.value.replace("utrib", ""));
      expect(BigInt((await v.getBalance(DEV_VALIDATOR.address, "utrib")).amount)).toBe(before - fee + amount);
      v.disconnect();
    }
    // Alice has no validator: a clear error.
    const a = await signer(alice.mnemonic);
    const aliceValoper = toBech32("tribvaloper", fromBech32(alice.address, 90).data, 90);
    await expect(a.signAndBroadcast(alice.address, [{ typeUrl: "/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission", value: { validatorAddress: aliceValoper } }], "auto")).rejects.toThrow(
      /no commission to withdraw/,
    );
    a.disconnect();
  }, 60_000);
});
