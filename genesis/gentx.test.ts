import { DirectSecp256k1HdWallet, makeSignDoc } from "@cosmjs/proto-signing";
import { EnglishMnemonic } from "@cosmjs/crypto";
import { fromBase64, toBase64 } from "@cosmjs/encoding";
import { ed25519 } from "@noble/curves/ed25519.js";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { MsgCreateValidator } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { describe, expect, it } from "vitest";
import { valoperString, addressBytes } from "../chain/address.ts";
import { genTxFromJson } from "../modules/genutil/txJson.ts";
import { testMnemonic } from "../test/appHarness.ts";
import { addGenesisAccount } from "./accounts.ts";
import { newGenesisDoc } from "./create.ts";
import { validateGenesisDoc } from "./doc.ts";
import { type GenTxJson, collectGenTxs, prepareGenTx, signedGenTx } from "./gentx.ts";
import { addGenesisValidator } from "./staking.ts";
import type { GenesisDoc } from "./types.ts";

const CHAIN = "gentx-test-1";

async function operator(i: number) {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(new EnglishMnemonic(testMnemonic(i)).toString(), { prefix: "trib" });
  const [acc] = await wallet.getAccounts();
  return { wallet, address: acc!.address, pubkey: acc!.pubkey, consensusKey: ed25519.getPublicKey(new Uint8Array(32).fill(i + 1)) };
}

type Operator = Awaited<ReturnType<typeof operator>>;

function fundedDoc(ops: Operator[], coins = "1000000000"): GenesisDoc {
  const doc = newGenesisDoc({ chainId: CHAIN, genesisTime: "2026-01-01T00:00:00Z" });
  for (const op of ops) addGenesisAccount(doc, op.address, [{ denom: "utrib", amount: coins }]);
  return doc;
}

/** What `genesis gentx` does: prepare against `doc`, sign for `signChainId`, attach. */
async function gentx(doc: GenesisDoc, op: Operator, o: { amount?: string; denom?: string; signChainId?: string; consensusKey?: Uint8Array; nodeId?: string } = {}): Promise<GenTxJson> {
  const msg = MsgCreateValidator.fromPartial({
    description: { moniker: `op-${op.address.slice(-4)}`, identity: "", website: "https://op.example", securityContact: "", details: "" },
    commission: { rate: "100000000000000000", maxRate: "200000000000000000", maxChangeRate: "10000000000000000" },
    minSelfDelegation: "1",
    delegatorAddress: op.address,
    validatorAddress: valoperString(addressBytes(op.address)),
    pubkey: { typeUrl: "/cosmos.crypto.ed25519.PubKey", value: Ed25519PubKey.encode({ key: o.consensusKey ?? op.consensusKey }).finish() },
    value: { denom: o.denom ?? "utrib", amount: o.amount ?? "100000000" },
  });
  const nodeId = o.nodeId ?? "ab".repeat(20);
  const { json, tx } = prepareGenTx(doc, { msg, signerPubkey: op.pubkey, memo: `${nodeId}@127.0.0.1:26656` });
  const { signature } = await op.wallet.signDirect(op.address, makeSignDoc(tx.bodyBytes, tx.authInfoBytes, o.signChainId ?? doc.chain_id, 0));
  if ((o.signChainId ?? doc.chain_id) !== doc.chain_id) return { ...json, signatures: [signature.signature] };
  return signedGenTx(doc, json, fromBase64(signature.signature));
}

describe("gentx", () => {
  it("round-trips: the JSON written is the SDK's shape and decodes to the bytes that were signed", async () => {
    const op = await operator(0);
    const doc = fundedDoc([op]);
    const json = await gentx(doc, op);
    const text = JSON.stringify(json);
    const parsed = JSON.parse(text) as Record<string, any>;
    // The SDK's proto3 JSON: snake_case, Anys with @type, LegacyDec as decimals, sequence 0, zero fee.
    const msg = parsed.body.messages[0];
    expect(msg["@type"]).toBe("/cosmos.staking.v1beta1.MsgCreateValidator");
    expect(msg.commission).toEqual({ rate: "0.100000000000000000", max_rate: "0.200000000000000000", max_change_rate: "0.010000000000000000" });
    expect(msg.pubkey).toEqual({ "@type": "/cosmos.crypto.ed25519.PubKey", key: toBase64(op.consensusKey) });
    expect(parsed.body.memo).toBe(`${"ab".repeat(20)}@127.0.0.1:26656`);
    expect(parsed.auth_info.signer_infos[0].sequence).toBe("0");
    expect(parsed.auth_info.signer_infos[0].mode_info).toEqual({ single: { mode: "SIGN_MODE_DIRECT" } });
    expect(parsed.auth_info.fee).toEqual({ amount: [], gas_limit: "200000", payer: "", granter: "" });
    const again = genTxFromJson(parsed, "gentx");
    const first = genTxFromJson(json, "gentx");
    expect(again.bytes).toEqual(first.bytes);
    expect(again.msg.value).toEqual({ denom: "utrib", amount: "100000000" });

    const { doc: collected, peers } = collectGenTxs(doc, [{ source: "gentx-a.json", json: parsed }]);
    expect(peers).toEqual([{ nodeId: "ab".repeat(20), address: `${"ab".repeat(20)}@127.0.0.1:26656` }]);
    expect((collected.app_state.genutil as { gen_txs: unknown[] }).gen_txs).toEqual([parsed]);
    expect(collected.validators).toEqual([]);
    validateGenesisDoc(JSON.parse(JSON.stringify(collected)) as GenesisDoc);
  });

  it("gentx refuses a self-bond beyond the genesis balance, outside the bond denom, or from an account not in genesis", async () => {
    const [op, stranger] = [await operator(0), await operator(1)];
    const doc = fundedDoc([op], "5000000");
    await expect(gentx(doc, op, { amount: "6000000" })).rejects.toThrow(/holds 5000000utrib in genesis but its self-delegation is 6000000utrib/);
    await expect(gentx(doc, stranger)).rejects.toThrow(/is not in genesis: the coordinator adds it first/);
    await expect(gentx(doc, op, { denom: "stake" })).rejects.toThrow(/amount: must be in the bond denom utrib, got stake/);
  });
});

describe("collect-gentxs refuses, naming the file, and changes nothing", () => {
  async function setup() {
    const ops = [await operator(0), await operator(1)];
    const doc = fundedDoc(ops);
    const before = JSON.stringify(doc);
    return { ops, doc, before };
  }

  it("a bad signature", async () => {
    const { ops, doc, before } = await setup();
    const json = await gentx(doc, ops[0]!);
    const sig = fromBase64((json.signatures as string[])[0]!);
    sig[10] = sig[10]! ^ 1;
    const tampered = { ...json, signatures: [toBase64(sig)] };
    expect(() => collectGenTxs(doc, [{ source: "gentx-bad.json", json: tampered }])).toThrow(/gentx-bad\.json: gentx\.signatures\[0\]: signature does not verify for chain id "gentx-test-1"/);
    // An altered message is caught the same way: the signature covers the body.
    const altered = structuredClone(json) as any;
    altered.body.messages[0].value.amount = "100000001";
    expect(() => collectGenTxs(doc, [{ source: "gentx-altered.json", json: altered }])).toThrow(/gentx-altered\.json: .*signature does not verify/);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it("a gentx signed for another chain id", async () => {
    const { ops, doc, before } = await setup();
    const json = await gentx(doc, ops[0]!, { signChainId: "other-chain-9" });
    expect(() => collectGenTxs(doc, [{ source: "gentx-other.json", json }])).toThrow(/gentx-other\.json: .*signature does not verify for chain id "gentx-test-1": signed for another chain/);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it("an unfunded account", async () => {
    const { ops, doc, before } = await setup();
    const json = await gentx(doc, ops[0]!);
    // The coordinator's genesis lost the funds after the gentx was made (or never had them).
    const poorer = structuredClone(doc);
    (poorer.app_state.bank as { balances: { address: string; coins: { amount: string }[] }[] }).balances.find((b) => b.address === ops[0]!.address)!.coins[0]!.amount = "99";
    expect(() => collectGenTxs(poorer, [{ source: "gentx-poor.json", json }])).toThrow(/gentx-poor\.json: gentx: account trib1\w+ holds 99utrib in genesis but its self-delegation is 100000000utrib/);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it("a duplicate operator or consensus key, and validators already in the staking section", async () => {
    const { ops, doc, before } = await setup();
    const a = await gentx(doc, ops[0]!);
    const b = await gentx(doc, ops[1]!, { consensusKey: ops[0]!.consensusKey, nodeId: "cd".repeat(20) });
    expect(() => collectGenTxs(doc, [{ source: "gentx-a.json", json: a }, { source: "gentx-a2.json", json: a }])).toThrow(/gentx-a2\.json: duplicate gentx: operator tribvaloper1\w+ already has one \(gentx-a\.json\)/);
    expect(() => collectGenTxs(doc, [{ source: "gentx-a.json", json: a }, { source: "gentx-b.json", json: b }])).toThrow(/gentx-b\.json: duplicate consensus key: gentx-a\.json/);
    const withValidator = structuredClone(doc);
    addGenesisValidator(withValidator, { operator: ops[1]!.address, consensusPubkey: ops[1]!.consensusKey, selfBond: 1_000_000n, moniker: "dev" });
    expect(() => collectGenTxs(withValidator, [{ source: "gentx-a.json", json: a }])).toThrow(/app_state\.staking\.validators: holds 1 validator\(s\) while app_state\.genutil\.gen_txs makes the set/);
    expect(() => collectGenTxs(doc, [])).toThrow(/none found/);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it("a gentx with two messages, or a memo that is no peer address", async () => {
    const { ops, doc } = await setup();
    const json = (await gentx(doc, ops[0]!)) as any;
    const two = structuredClone(json);
    two.body.messages.push(two.body.messages[0]);
    expect(() => collectGenTxs(doc, [{ source: "gentx-two.json", json: two }])).toThrow(/gentx-two\.json: gentx\.body\.messages: a gentx carries exactly one MsgCreateValidator, got 2 messages/);
    const noMemo = await gentx(doc, ops[0]!, { nodeId: "not-a-node-id" });
    expect(() => collectGenTxs(doc, [{ source: "gentx-memo.json", json: noMemo }])).toThrow(/gentx-memo\.json: gentx\.body\.memo: must be <node id>@<ip>:<p2p port>/);
  });
});
