import { toHex } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { AuthInfo, TxBody, TxRaw, Tx, Fee } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { beforeAll, describe, expect, it } from "vitest";
import { ChainError } from "../errors.ts";
import { decodeTx } from "./decode.ts";
import { SPEC_MNEMONIC, type SignedTestTx, signDirectTx, specDirect, specTxRaw } from "../../test/support/txVectors.ts";
import { Rng } from "../../test/support/rng.ts";

const limits = { maxTxBytes: 1 << 20 };

function decodeError(raw: Uint8Array, max = limits.maxTxBytes): ChainError {
  try {
    decodeTx(raw, { maxTxBytes: max });
  } catch (e) {
    expect(e).toBeInstanceOf(ChainError);
    return e as ChainError;
  }
  throw new Error(`expected decodeTx to throw for ${toHex(raw)}`);
}

/** Seeded pseudo-random bytes, so failures are reproducible. */
function pseudoRandomBytes(seed: number, n: number): Uint8Array {
  return new Rng(seed).bytes(n);
}

const sendMsg = (from: string) => ({
  typeUrl: "/cosmos.bank.v1beta1.MsgSend",
  value: MsgSend.fromPartial({ fromAddress: from, toAddress: "trib1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5q2q8ry", amount: [{ denom: "utrib", amount: "5" }] }),
});

function reencode(tx: SignedTestTx, body: Partial<TxBody> | undefined, auth: Partial<AuthInfo> | undefined, sigs?: Uint8Array[]): Uint8Array {
  const bodyBytes = body ? TxBody.encode(TxBody.fromPartial({ ...TxBody.decode(tx.bodyBytes), ...body })).finish() : tx.bodyBytes;
  const authInfoBytes = auth ? AuthInfo.encode(AuthInfo.fromPartial({ ...AuthInfo.decode(tx.authInfoBytes), ...auth })).finish() : tx.authInfoBytes;
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: sigs ?? [tx.signature] }).finish();
}

let realTx: SignedTestTx;

beforeAll(async () => {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(SPEC_MNEMONIC, { prefix: "trib" });
  const acc = (await wallet.getAccounts())[0]!;
  realTx = await signDirectTx(wallet, { msgs: [sendMsg(acc.address)], memo: "hello", chainId: "tributary-local-1", accountNumber: 3n, sequence: 5n });
});

describe("decodeTx on valid txs", () => {
  it("decodes the pinned DIRECT tx with its pinned hash and exact byte fields", () => {
    const tx = decodeTx(specTxRaw(), limits);
    expect(toHex(tx.hash).toUpperCase()).toBe(specDirect.txHash);
    expect(tx.bodyBytes).toEqual(specDirect.bodyBytes);
    expect(tx.authInfoBytes).toEqual(specDirect.authInfoBytes);
    expect(tx.size).toBe(specTxRaw().length);
    expect(tx.messages).toHaveLength(1);
    expect(tx.messages[0]!.typeUrl).toBe("/cosmos.bank.v1beta1.MsgSend");
    expect(tx.body.memo).toBe("hi");
    expect(tx.fee.gasLimit).toBe(80000n);
    expect(tx.fee.amount).toEqual([{ denom: "ucosm", amount: "2000" }]);
    expect(tx.authInfo.signerInfos[0]!.sequence).toBe(0n);
    expect(tx.signatures).toEqual([specDirect.signature]);
  });

  it("decodes a tx signed by a CosmJS DirectSecp256k1HdWallet (trib prefix)", () => {
    const tx = decodeTx(realTx.raw, limits);
    expect(tx.body.memo).toBe("hello");
    expect(tx.authInfo.signerInfos[0]!.sequence).toBe(5n);
    expect(tx.bodyBytes).toEqual(realTx.bodyBytes);
    expect(MsgSend.decode(tx.messages[0]!.value).fromAddress).toBe(realTx.address);
  });

  it("accepts the Tx CosmJS sends to Simulate (empty fee, mode 0, one empty signature)", () => {
    const info = AuthInfo.decode(realTx.authInfoBytes).signerInfos[0]!;
    const simTx = Tx.encode({
      body: TxBody.decode(realTx.bodyBytes),
      authInfo: AuthInfo.fromPartial({ signerInfos: [{ publicKey: info.publicKey, modeInfo: { single: { mode: 0 } }, sequence: 5n }], fee: Fee.fromPartial({}) }),
      signatures: [new Uint8Array()],
    }).finish();
    const tx = decodeTx(simTx, limits);
    expect(tx.fee.gasLimit).toBe(0n);
    expect(tx.fee.amount).toEqual([]);
    expect(tx.signatures).toEqual([new Uint8Array()]);
  });

  it("ignores non-critical extension options and unknown non-critical body fields, like the SDK", () => {
    const withNonCritical = reencode(realTx, { nonCriticalExtensionOptions: [{ typeUrl: "/x.Y", value: new Uint8Array([1]) }] }, undefined);
    expect(decodeTx(withNonCritical, limits).body.nonCriticalExtensionOptions).toHaveLength(1);
    // Field 1025 (bit 1024 set), varint: tag = 1025 << 3 = 8200 = 0x88 0x40.
    const body = new Uint8Array([...realTx.bodyBytes, 0x88, 0x40, 0x01]);
    const raw = TxRaw.encode({ bodyBytes: body, authInfoBytes: realTx.authInfoBytes, signatures: [realTx.signature] }).finish();
    expect(decodeTx(raw, limits).bodyBytes).toEqual(body);
  });
});

describe("decodeTx rejections", () => {
  it("rejects an oversized tx with code 21 before parsing it", () => {
    const err = decodeError(realTx.raw, realTx.raw.length - 1);
    expect([err.codespace, err.code]).toEqual(["sdk", 21]);
    expect(err.message).toContain(`${realTx.raw.length} bytes`);
    expect(decodeTx(realTx.raw, { maxTxBytes: realTx.raw.length }).size).toBe(realTx.raw.length);
  });

  it("rejects empty input and random bytes with code 2", () => {
    expect(decodeError(new Uint8Array()).code).toBe(2);
    for (let seed = 1; seed <= 300; seed++) {
      const err = decodeError(pseudoRandomBytes(seed, 1 + (seed % 200)));
      expect(err.code, `seed ${seed}: ${err.message}`).toBe(2);
    }
  });

  it("rejects the tx truncated at every cut point", () => {
    const raw = realTx.raw;
    // The one cut that is still a well-formed TxRaw: everything but the signature field.
    const sigFieldStart = raw.length - 2 - realTx.signature.length;
    for (let cut = 1; cut < raw.length; cut++) {
      const err = decodeError(raw.subarray(0, cut));
      if (cut === sigFieldStart) {
        expect(err.code).toBe(4);
        expect(err.message).toContain("wrong number of signatures; expected 1, got 0");
      } else {
        expect(err.code, `cut ${cut}: ${err.message}`).toBe(2);
      }
    }
  });

  it("rejects truncated body and auth info bytes inside an intact TxRaw", () => {
    // Cutting off exactly the memo field (tag, length, "hello") leaves a valid memo-less body.
    const memoFieldStart = realTx.bodyBytes.length - 2 - "hello".length;
    for (let cut = 1; cut < realTx.bodyBytes.length; cut++) {
      const raw = TxRaw.encode({ bodyBytes: realTx.bodyBytes.subarray(0, cut), authInfoBytes: realTx.authInfoBytes, signatures: [realTx.signature] }).finish();
      if (cut === memoFieldStart) {
        expect(decodeTx(raw, limits).body.memo).toBe("");
        continue;
      }
      const err = decodeError(raw);
      expect(err.code, `body cut ${cut}: ${err.message}`).toBe(2);
    }
    for (let cut = 1; cut < realTx.authInfoBytes.length; cut++) {
      const raw = TxRaw.encode({ bodyBytes: realTx.bodyBytes, authInfoBytes: realTx.authInfoBytes.subarray(0, cut), signatures: [realTx.signature] }).finish();
      // Every cut either breaks the protobuf or drops the fee: both are parse errors.
      expect(decodeError(raw).code, `auth info cut ${cut}`).toBe(2);
    }
  });

  it("rejects unknown fields in TxRaw and AuthInfo and unknown critical fields in TxBody", () => {
    const trailingVarint = (bytes: Uint8Array, tag: number[]) => new Uint8Array([...bytes, ...tag, 0x01]);
    const rawWithField4 = trailingVarint(realTx.raw, [0x20]);
    expect(decodeError(rawWithField4).message).toMatch(/TxRaw at byte \d+: unknown field 4/);

    const body = trailingVarint(realTx.bodyBytes, [0x30]); // field 6, critical
    const err = decodeError(TxRaw.encode({ bodyBytes: body, authInfoBytes: realTx.authInfoBytes, signatures: [realTx.signature] }).finish());
    expect(err.code).toBe(2);
    expect(err.message).toContain("TxBody");
    expect(err.message).toContain("unknown field 6");

    const auth = trailingVarint(realTx.authInfoBytes, [0x20]);
    const err2 = decodeError(TxRaw.encode({ bodyBytes: realTx.bodyBytes, authInfoBytes: auth, signatures: [realTx.signature] }).finish());
    expect(err2.message).toContain("AuthInfo");
  });

  it("rejects a known field with the wrong wire type and invalid UTF-8 in a string", () => {
    // TxRaw field 1 as a varint instead of bytes.
    const wrongWire = new Uint8Array([0x08, 0x01, ...realTx.raw]);
    expect(decodeError(wrongWire).message).toContain("field 1 has wire type 0, expected 2");
    const badMemo = TxBody.encode(TxBody.decode(realTx.bodyBytes)).finish();
    const memoAt = toHex(badMemo).indexOf(toHex(new TextEncoder().encode("hello"))) / 2;
    badMemo[memoAt] = 0xff;
    const raw = TxRaw.encode({ bodyBytes: badMemo, authInfoBytes: realTx.authInfoBytes, signatures: [realTx.signature] }).finish();
    expect(decodeError(raw).message).toContain("not valid UTF-8");
  });

  it("rejects a tx without messages (18), without fee (2), and with extension options (31)", () => {
    expect(decodeError(reencode(realTx, { messages: [] }, undefined)).code).toBe(18);
    const noFee = decodeError(reencode(realTx, undefined, { fee: undefined }));
    expect([noFee.code, noFee.message]).toEqual([2, expect.stringContaining("missing fee")]);
    const ext = decodeError(reencode(realTx, { extensionOptions: [{ typeUrl: "/ethermint.types.v1.ExtensionOptionsEthereumTx", value: new Uint8Array() }] }, undefined));
    expect([ext.code, ext.message]).toEqual([31, expect.stringContaining("/ethermint.types.v1.ExtensionOptionsEthereumTx")]);
  });

  it("rejects unordered, timeout_timestamp and tips as not supported (37)", () => {
    expect(decodeError(reencode(realTx, { unordered: true }, undefined)).code).toBe(37);
    expect(decodeError(reencode(realTx, { timeoutTimestamp: { seconds: 1n, nanos: 0 } }, undefined)).code).toBe(37);
    expect(decodeError(reencode(realTx, undefined, { tip: { amount: [], tipper: "x" } })).code).toBe(37);
  });

  it("rejects signature count mismatches (4) and no signatures at all (15)", () => {
    const two = decodeError(reencode(realTx, undefined, undefined, [realTx.signature, realTx.signature]));
    expect([two.code, two.message]).toEqual([4, "wrong number of signatures; expected 1, got 2: unauthorized"]);
    const none = decodeError(reencode(realTx, undefined, { signerInfos: [] }, []));
    expect(none.code).toBe(15);
  });

  it("rejects a gas limit above 2^63-1 (18)", () => {
    const fee = Fee.fromPartial({ amount: [], gasLimit: 1n << 63n });
    expect(decodeError(reencode(realTx, undefined, { fee })).message).toContain("invalid gas supplied");
  });
});
