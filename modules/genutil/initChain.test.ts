/**
 * gen_txs delivered at InitChain through the real tx path (ante and MsgCreateValidator), on the
 * in-process test chain: the validators they create are the set InitChain returns, and a
 * gentx the ante or the handler refuses stops the chain from starting, naming it.
 */
import { makeSignDoc } from "@cosmjs/proto-signing";
import { fromBase64, toBase64 } from "@cosmjs/encoding";
import { ed25519 } from "@noble/curves/ed25519.js";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { MsgCreateValidator } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { QueryValidatorResponse, QueryValidatorRequest } from "cosmjs-types/cosmos/staking/v1beta1/query";
import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { afterEach, describe, expect, it } from "vitest";
import { addressBytes, valoperString } from "../../chain/address.ts";
import { prepareGenTx, signedGenTx } from "../../genesis/gentx.ts";
import type { GenesisDoc } from "../../genesis/types.ts";
import { AppHarness, TEST_CHAIN_ID, type TestAccount } from "../../test/appHarness.ts";
import { bytesToHex } from "@noble/hashes/utils.js";
import { validateAppState } from "../index.ts";
import { defaultGenutilGenesis } from "./genesis.ts";
import { exportAppState } from "../../node/export.ts";

const BALANCE = "1000000000";

/** The gentx an operator makes against a genesis funding it with `docBalance` (the harness funds BALANCE). */
async function gentx(acc: TestAccount, i: number, amount: string, o: { chainId?: string; docBalance?: string } = {}): Promise<unknown> {
  const coins = [{ denom: "utrib", amount: o.docBalance ?? BALANCE }];
  const doc = { chain_id: TEST_CHAIN_ID, app_state: { bank: { balances: [{ address: acc.address, coins }] } } } as unknown as GenesisDoc;
  const msg = MsgCreateValidator.fromPartial({
    description: { moniker: `val-${i}` },
    commission: { rate: "50000000000000000", maxRate: "200000000000000000", maxChangeRate: "10000000000000000" },
    minSelfDelegation: "1",
    delegatorAddress: acc.address,
    validatorAddress: valoperString(addressBytes(acc.address)),
    pubkey: { typeUrl: "/cosmos.crypto.ed25519.PubKey", value: Ed25519PubKey.encode({ key: consensusKey(i) }).finish() },
    value: { denom: "utrib", amount },
  });
  const { json, tx } = prepareGenTx(doc, { msg, signerPubkey: acc.pubkey, memo: `${"0".repeat(39)}${i}@127.0.0.1:2665${i}` });
  const { signature } = await acc.wallet.signDirect(acc.address, makeSignDoc(tx.bodyBytes, tx.authInfoBytes, o.chainId ?? TEST_CHAIN_ID, 0));
  if (o.chainId) return { ...json, signatures: [signature.signature] };
  return signedGenTx(doc, json, fromBase64(signature.signature));
}

const consensusKey = (i: number) => ed25519.getPublicKey(new Uint8Array(32).fill(40 + i));

/** Accounts 1 and 2 sign gentxs (account numbers 1 and 2: the signatures cover number 0). */
async function harnessWith(makeGenTxs: (accounts: TestAccount[]) => Promise<unknown[]>): Promise<AppHarness> {
  const signers = await AppHarness.create({ accounts: 3, invariants: false });
  const genTxs = await makeGenTxs(signers.accounts);
  await signers.close();
  return AppHarness.create({ accounts: 3, appState: (s) => void (s.genutil = { gen_txs: genTxs }) });
}

async function query(h: AppHarness, path: string, data: Uint8Array): Promise<Uint8Array> {
  const res = await h.app.query({ path, data, height: 0n, prove: false });
  if (res.code !== 0) throw new Error(res.log);
  return res.value;
}

let h: AppHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("gen_txs at InitChain", () => {
  it("creates and bonds each gentx's validator through the ante and MsgCreateValidator, and returns that set", async () => {
    h = await harnessWith(async (a) => [await gentx(a[1]!, 1, "30000000"), await gentx(a[2]!, 2, "70000000")]);
    const set = h.initChainResponse.validators.map((v) => ({ key: toBase64(v.pubKey.ed25519!), power: v.power }));
    expect(set).toEqual(expect.arrayContaining([{ key: toBase64(consensusKey(1)), power: 30n }, { key: toBase64(consensusKey(2)), power: 70n }]));
    expect(set).toHaveLength(2);
    for (const [i, tokens] of [[1, "30000000"], [2, "70000000"]] as const) {
      const res = await query(h, "/cosmos.staking.v1beta1.Query/Validator", QueryValidatorRequest.encode({ validatorAddr: valoperString(addressBytes(h.accounts[i]!.address)) }).finish());
      const v = QueryValidatorResponse.decode(res).validator;
      expect(v.status).toBe(3); // BOND_STATUS_BONDED
      expect(v.tokens).toBe(tokens);
      expect(v.description.moniker).toBe(`val-${i}`);
      // The ante ran: the signer's sequence went 0 → 1 and its public key is now on the account.
      const acc = await query(h, "/cosmos.auth.v1beta1.Query/Account", QueryAccountRequest.encode({ address: h.accounts[i]!.address }).finish());
      const base = BaseAccount.decode(QueryAccountResponse.decode(acc).account!.value);
      expect(base.sequence).toBe(1n);
      expect(base.accountNumber).toBe(BigInt(i));
      expect(base.pubKey).toBeDefined();
    }
    // The chain runs on (invariants checked after every block).
    for (let i = 0; i < 3; i++) await h.deliver([]);
  });

  it("stops the chain from starting, naming the gentx, when the ante refuses its signature", async () => {
    await expect(harnessWith(async (a) => [await gentx(a[1]!, 1, "30000000"), await gentx(a[2]!, 2, "70000000", { chainId: "another-chain-1" })]))
      .rejects.toThrow(/gen_txs\[1\] \(validator "val-2", tribvaloper1\w+\) was refused: signature verification failed.*\(codespace sdk, code 4\): gentx failed at InitChain/);
  });

  it("the section init writes, {gen_txs: []}, writes nothing: the same app hash as a genesis without it", async () => {
    expect(defaultGenutilGenesis()).toEqual({ gen_txs: [] });
    const without = await AppHarness.create({ accounts: 3, appState: (st) => void delete st.genutil });
    const rootWithout = bytesToHex(without.store.rootHash);
    const initWithout = bytesToHex(without.initChainResponse.appHash);
    await without.close();
    h = await AppHarness.create({ accounts: 3, appState: (st) => void (st.genutil = { gen_txs: [] }) });
    expect(bytesToHex(h.initChainResponse.appHash)).toBe(initWithout);
    expect(bytesToHex(h.store.rootHash)).toBe(rootWithout);
    expect(h.initChainResponse.validators).toEqual([]);
  });

  it("an export writes gen_txs empty again (as the SDK): the validators the gentxs made are in staking's section", async () => {
    h = await harnessWith(async (a) => [await gentx(a[1]!, 1, "30000000")]);
    await h.deliver([]);
    const exported = (await exportAppState(h.store.committed(), h.height)) as Record<string, any>;
    expect(exported.genutil).toEqual({ gen_txs: [] });
    expect(exported.staking.validators.map((v: { description: { moniker: string } }) => v.description.moniker)).toEqual(["val-1"]);
    expect(() => validateAppState(exported)).not.toThrow();
  });

  it("refuses a section whose gen_txs is not a list, naming the field", () => {
    expect(() => validateAppState({ genutil: { gen_txs: {} } })).toThrow(/app_state\.genutil\.gen_txs/);
  });

  it("stops the chain from starting when the self-bond exceeds the account's balance", async () => {
    await expect(harnessWith(async (a) => [await gentx(a[1]!, 1, "2000000000", { docBalance: "5000000000" })])).rejects.toThrow(/gen_txs\[0\] \(validator "val-1", tribvaloper1\w+\) was refused: .*insufficient funds/);
  });
});
