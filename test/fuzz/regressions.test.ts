/**
 * Every failure the fuzzer found, as a fixed case: the input it built (or its essence), what
 * the chain answered before the fix (in the comment) and what it must answer now.
 */
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { AuthInfo } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { afterEach, describe, expect, it } from "vitest";
import { AppHarness, TEST_CHAIN_ID } from "../appHarness.ts";
import { bodyBytes, harnessKey, signDirect, txRaw } from "./txBuild.ts";

let h: AppHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("fuzz regressions", () => {
  it("a signer's public key Any whose value is malformed protobuf is refused as an invalid pubkey (was: internal error 'premature EOF')", async () => {
    // FUZZ_SEED=3 FUZZ_TARGET=tx FUZZ_CASE=41: auth_info's PubKey value mutated into a truncated varint.
    h = await AppHarness.create({ accounts: 2 });
    const key = harnessKey(0);
    const [alice, bob] = h.accounts.map((a) => a.address);
    const body = bodyBytes([{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: MsgSend.encode({ fromAddress: alice, toAddress: bob, amount: [{ denom: "utrib", amount: "5" }] }).finish() }]);
    const auth = AuthInfo.encode(
      AuthInfo.fromPartial({
        signerInfos: [{ publicKey: { typeUrl: "/cosmos.crypto.secp256k1.PubKey", value: Uint8Array.of(0x08, 0xcc, 0xd0) }, modeInfo: { single: { mode: SignMode.SIGN_MODE_DIRECT } }, sequence: 0n }],
        fee: { amount: [{ denom: "utrib", amount: "5000" }], gasLimit: 200_000n },
      }),
    ).finish();
    const tx = txRaw(body, auth, [signDirect(key, body, auth, TEST_CHAIN_ID, 0n)]);
    const before = [await h.balance(alice), await h.balance(bob)];

    const check = await h.checkTx(tx);
    expect({ codespace: check.codespace, code: check.code }).toEqual({ codespace: "sdk", code: 8 });
    expect(check.log).toMatch(/public key does not decode: .*invalid pubkey/);
    const res = await h.deliver([tx]);
    expect({ codespace: res.txResults[0].codespace, code: res.txResults[0].code }).toEqual({ codespace: "sdk", code: 8 });
    expect([await h.balance(alice), await h.balance(bob)]).toEqual(before);
  });
});
