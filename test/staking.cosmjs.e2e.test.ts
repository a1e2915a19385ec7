/**
 * Unmodified CosmJS against the solo node, for staking and slashing: a validator created with
 * MsgCreateValidator (the dev chain starts with none in staking), delegateTokens and
 * undelegateTokens by direct and amino (Ledger-style) signers, and QueryClient's staking and
 * slashing extensions. The new validator also reaches the node's CometBFT validator set.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { toBase64, toBech32, fromBech32 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet, encodePubkey } from "@cosmjs/proto-signing";
import {
  GasPrice, QueryClient, SigningStargateClient, assertIsDeliverTxSuccess, coin, setupSlashingExtension, setupStakingExtension,
} from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { ed25519 } from "@noble/curves/ed25519.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { rmSync } from "node:fs";
import { readGenesis, writeGenesis } from "../genesis/doc.ts";
import { addGenesisValidator } from "../genesis/staking.ts";
import { DEV_ACCOUNTS } from "../node/cli/devAccounts.ts";
import { homePaths } from "../node/home.ts";
import { type TestNode, makeTestHome, startTestNode } from "./testNode.ts";
import { waitFor } from "./support/waitFor.ts";
import { take } from "./support/take.ts";

const [alice, bob, , dave] = DEV_ACCOUNTS;
const gasPrice = GasPrice.fromString("0.0025utrib");
const consPubkey = ed25519.getPublicKey(new Uint8Array(32).fill(42));
const valoper = toBech32("tribvaloper", fromBech32(alice.address, 90).data, 90);

describe("staking through CosmJS", () => {
  let t: TestNode;
  let comet: Comet38Client;
  let q: ReturnType<typeof queryClient>;
  const queryClient = (c: Comet38Client) => QueryClient.withExtensions(c, setupStakingExtension, setupSlashingExtension);
  const signer = async (mnemonic: string, amino = false) => {
    const wallet = amino ? await Secp256k1HdWallet.fromMnemonic(mnemonic, { prefix: "trib" }) : await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: "trib" });
    return SigningStargateClient.connectWithSigner(t.rpcUrl, wallet, { gasPrice, broadcastPollIntervalMs: 100 });
  };

  beforeAll(async () => {
    t = await startTestNode();
    comet = await Comet38Client.connect(t.rpcUrl);
    q = queryClient(comet);
  });
  afterAll(async () => {
    comet?.disconnect();
    await t?.stop();
  });

  it("creates a validator, delegates and undelegates with direct and amino signers, and queries it all", async () => {
    expect((await q.staking.validators("BOND_STATUS_BONDED")).validators).toEqual([]);
    const a = await signer(alice.mnemonic);
    const created = await a.signAndBroadcast(alice.address, [{
      typeUrl: "/cosmos.staking.v1beta1.MsgCreateValidator",
      value: {
        description: { moniker: "alice-validator", identity: "", website: "", securityContact: "", details: "" },
        commission: { rate: "100000000000000000", maxRate: "200000000000000000", maxChangeRate: "10000000000000000" },
        minSelfDelegation: "1",
        delegatorAddress: "",
        validatorAddress: valoper,
        pubkey: encodePubkey({ type: "tendermint/PubKeyEd25519", value: toBase64(consPubkey) }),
        value: coin(10_000_000, "utrib"),
      },
    }], "auto");
    assertIsDeliverTxSuccess(created);
    a.disconnect();

    const b = await signer(bob.mnemonic);
    assertIsDeliverTxSuccess(await b.delegateTokens(bob.address, valoper, coin(5_000_000, "utrib"), "auto"));
    const d = await signer(dave.mnemonic, true);
    assertIsDeliverTxSuccess(await d.delegateTokens(dave.address, valoper, coin(3_000_000, "utrib"), "auto", "amino"));
    const undelegated = await d.undelegateTokens(dave.address, valoper, coin(1_000_000, "utrib"), "auto");
    assertIsDeliverTxSuccess(undelegated);
    b.disconnect();
    d.disconnect();

    const { validator } = await q.staking.validator(valoper);
    expect(validator.description.moniker).toBe("alice-validator");
    expect(validator.tokens).toBe("17000000");
    expect((await q.staking.validators("BOND_STATUS_BONDED")).validators.map((v) => v.operatorAddress)).toEqual([valoper]);
    expect((await q.staking.delegation(bob.address, valoper)).delegationResponse?.balance).toEqual(coin(5_000_000, "utrib"));
    expect((await q.staking.delegatorDelegations(dave.address)).delegationResponses.map((r) => r.balance.amount)).toEqual(["2000000"]);
    expect((await q.staking.validatorDelegations(valoper)).delegationResponses).toHaveLength(3);
    const ubd = await q.staking.unbondingDelegation(dave.address, valoper);
    expect(ubd.unbond.entries.map((e) => e.balance)).toEqual(["1000000"]);
    expect((await q.staking.pool()).pool).toEqual({ bondedTokens: "17000000", notBondedTokens: "1000000" });
    expect((await q.staking.params()).params.bondDenom).toBe("utrib");
    expect((await q.staking.delegatorValidators(bob.address)).validators.map((v) => v.operatorAddress)).toEqual([valoper]);
    const infos = await q.slashing.signingInfos();
    expect(infos.info.map((i) => i.address)).toEqual([toBech32("tribvalcons", sha256(consPubkey).slice(0, 20), 90)]);
    expect((await q.slashing.params()).params.signedBlocksWindow).toBe(100n);

    // The update reaches the node's validator set two blocks after the block that made it.
    const target = undelegated.height + 2;
    await waitFor(`block ${target}`, async () => (await comet.block()).block.header.height >= target, 30_000, 100);
    const set = await comet.validatorsAll(target);
    const mine = set.validators.find((v) => v.pubkey && toBase64(v.pubkey.data) === toBase64(consPubkey));
    expect(mine?.votingPower).toBe(17n);
  });
});

describe("a solo node whose validator is bonded in staking genesis", () => {
  let t: TestNode | undefined;
  let home = "";
  afterAll(async () => {
    await t?.stop();
    rmSync(home, { recursive: true, force: true });
  });

  it("InitChain returns the staking set, blocks go on, and the node's own votes keep it live", async () => {
    home = makeTestHome();
    const file = homePaths(home).genesis;
    const doc = readGenesis(file);
    const nodeKey = Buffer.from(doc.validators[0]!.pub_key.value, "base64");
    addGenesisValidator(doc, { operator: bob.address, consensusPubkey: nodeKey, selfBond: 7_000_000n, moniker: "solo" });
    doc.validators[0]!.power = "7"; // genesis.json must agree with the staking set
    writeGenesis(file, doc);
    t = await startTestNode({ home });
    const comet = await Comet38Client.connect(t.rpcUrl);
    try {
      await waitFor("block 5", async () => (await comet.block()).block.header.height >= 5, 30_000, 100);
      const set = await comet.validatorsAll(5);
      expect(set.validators.map((v) => [toBase64(v.pubkey!.data), v.votingPower])).toEqual([[toBase64(nodeKey), 7n]]);
      const q = QueryClient.withExtensions(comet, setupStakingExtension, setupSlashingExtension);
      const bobValoper = toBech32("tribvaloper", fromBech32(bob.address, 90).data, 90);
      expect((await q.staking.validator(bobValoper)).validator.status).toBe(3);
      const [info] = take((await q.slashing.signingInfos()).info, 1);
      expect(info.indexOffset).toBeGreaterThanOrEqual(3n);
      expect(info.missedBlocksCounter).toBe(0n);
    } finally {
      comet.disconnect();
    }
  });
});
