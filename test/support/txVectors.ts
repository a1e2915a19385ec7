/**
 * Test-only fixtures: pinned SIGN_MODE_DIRECT and amino-JSON vectors (a MsgSend on
 * `testchain-1`, account 7, signed with SPEC_MNEMONIC's `cosmos1…` key: body, auth info, sign
 * bytes, signature and tx hash, as CosmJS and the Cosmos SDK compute them) and a builder for
 * real txs signed by CosmJS wallets with the `trib` prefix.
 * Imported by *.test.ts and bench/ only.
 */
import { fromHex } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet, Registry, encodePubkey, makeAuthInfoBytes, makeSignDoc } from "@cosmjs/proto-signing";
import { encodeSecp256k1Pubkey } from "@cosmjs/amino";
import { defaultRegistryTypes } from "@cosmjs/stargate";
import { fromBase64 } from "@cosmjs/encoding";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { EncodeObject } from "@cosmjs/proto-signing";

export const SPEC_MNEMONIC = "enlist hip relief stomach skate base shallow young switch frequent cry park";

export const specDirect = {
  pubkey: fromHex("03d7178566fc669a82ce403c75008f576f4a75e44b577ad4631ae41ee74b6d0b52"),
  address: "cosmos14qemq0vw6y3gc3u3e0aty2e764u4gs5le3hada",
  bodyBytes: fromHex(
    "0a8d010a1c2f636f736d6f732e62616e6b2e763162657461312e4d736753656e64126d0a2d636f736d6f73313471656d7130767736793367633375336530617479326537363475346773356c653368616461122d636f736d6f7331717970717870713971637273737a673270767871367273307a716733797963356c7a763778751a0d0a0575636f736d12043132333412026869",
  ),
  authInfoBytes: fromHex(
    "0a4e0a460a1f2f636f736d6f732e63727970746f2e736563703235366b312e5075624b657912230a2103d7178566fc669a82ce403c75008f576f4a75e44b577ad4631ae41ee74b6d0b5212040a02080112130a0d0a0575636f736d1204323030301080f104",
  ),
  chainId: "testchain-1",
  accountNumber: 7n,
  signDocSha256: "0380f8c8172ca59e64d7875b16055e7345096a387f6364bad57ad582fdb19b2b",
  signature: fromHex(
    "63894a74f911eaa0dd69e7e36e309bdc02af62958056766e3e70306d44fda8894a51a71a050b880a0d1eacba16ac02507dacd8ac00b5ad8d899e9c4f3bda978a",
  ),
  txHash: "7C45B0C99FEE8CBF8398F2A5007C33BE357FA5C2BA30096E5611BD797D4C6164",
};

export function specTxRaw(): Uint8Array {
  return TxRaw.encode({ bodyBytes: specDirect.bodyBytes, authInfoBytes: specDirect.authInfoBytes, signatures: [specDirect.signature] }).finish();
}

export const specAmino = {
  signBytes:
    '{"account_number":"7","chain_id":"testchain-1","fee":{"amount":[{"amount":"2000","denom":"ucosm"}],"gas":"80000"},"memo":"a\\u0026b\\u003cc\\u003e","msgs":[{"type":"cosmos-sdk/MsgSend","value":{"amount":[{"amount":"1234","denom":"ucosm"}],"from_address":"cosmos14qemq0vw6y3gc3u3e0aty2e764u4gs5le3hada","to_address":"cosmos1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5lzv7xu"}}],"sequence":"0"}',
  sha256: "c482696e30e9cfadbb3d27aca7c1c14f3a5dba7c66942318db4762b99a55c4a5",
  signature: fromHex(
    "292758d684b60e945c7862547eaa2a5708eca898c49b31b062e99f20662a531214a1fc057c6b343270cdd58d18715c74d938e8ab6de56cfa9ed39c9329f15748",
  ),
};

export const registry = new Registry(defaultRegistryTypes);

export interface SignedTestTx {
  raw: Uint8Array;
  bodyBytes: Uint8Array;
  authInfoBytes: Uint8Array;
  signature: Uint8Array;
  pubkey: Uint8Array;
  address: string;
}

/** A real SIGN_MODE_DIRECT tx, built and signed exactly as SigningStargateClient.signDirect does. */
export async function signDirectTx(
  wallet: DirectSecp256k1HdWallet,
  opts: { msgs: EncodeObject[]; memo?: string; chainId: string; accountNumber: bigint; sequence: bigint; fee?: { denom: string; amount: string }[]; gas?: bigint },
): Promise<SignedTestTx> {
  const [account] = await wallet.getAccounts();
  if (account === undefined) throw new Error("signDirectTx: the wallet has no account");
  const bodyBytes = registry.encode({ typeUrl: "/cosmos.tx.v1beta1.TxBody", value: { messages: opts.msgs, memo: opts.memo ?? "" } });
  const pubkeyAny = encodePubkey(encodeSecp256k1Pubkey(account.pubkey));
  const authInfoBytes = makeAuthInfoBytes(
    [{ pubkey: pubkeyAny, sequence: Number(opts.sequence) }],
    opts.fee ?? [{ denom: "utrib", amount: "2000" }],
    Number(opts.gas ?? 200_000n),
    undefined,
    undefined,
  );
  const signDoc = makeSignDoc(bodyBytes, authInfoBytes, opts.chainId, Number(opts.accountNumber));
  const { signed, signature } = await wallet.signDirect(account.address, signDoc);
  const sig = fromBase64(signature.signature);
  const raw = TxRaw.encode({ bodyBytes: signed.bodyBytes, authInfoBytes: signed.authInfoBytes, signatures: [sig] }).finish();
  return { raw, bodyBytes: signed.bodyBytes, authInfoBytes: signed.authInfoBytes, signature: sig, pubkey: account.pubkey, address: account.address };
}
