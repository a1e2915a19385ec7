import { type StdFee, makeSignDoc, serializeSignDoc } from "@cosmjs/amino";
import { toHex, toUtf8 } from "@cosmjs/encoding";
import { AminoTypes, createBankAminoConverters } from "@cosmjs/stargate";
import { sha256 } from "@noble/hashes/sha2.js";
import { MsgMultiSend, MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { Fee } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { describe, expect, it } from "vitest";
import { AMINO_MSG_MULTI_SEND, AMINO_MSG_SEND, msgMultiSendToAmino, msgSendToAmino } from "../../modules/bank/amino.ts";
import { aminoSignBytes } from "./aminoJson.ts";
import { specAmino } from "../../test/support/txVectors.ts";
import { Rng } from "../../test/support/rng.ts";

const cosmjsAmino = new AminoTypes(createBankAminoConverters());
const utf8 = new TextDecoder();

/** Seeded, so the "random-ish" cases are reproducible. */
function makeRng(seed: number) {
  const rng = new Rng(seed);
  const alphabet = [..."abcxyz019&<>\"\\ é💧/-_:"];
  return {
    int: (n: number) => rng.int(n),
    str: (max: number) => Array.from({ length: rng.int(max + 1) }, () => rng.pick(alphabet)).join(""),
  };
}

type CaseRng = ReturnType<typeof makeRng>;
const coins = (r: CaseRng) => Array.from({ length: r.int(4) }, () => ({ denom: `u${r.str(6)}`, amount: String(r.int(1_000_000_000)) }));

function randomMsg(r: CaseRng): { typeUrl: string; value: MsgSend | MsgMultiSend } {
  if (r.int(2) === 0) {
    return { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: MsgSend.fromPartial({ fromAddress: `trib1${r.str(10)}`, toAddress: r.str(12), amount: coins(r) }) };
  }
  const io = () => Array.from({ length: r.int(3) }, () => ({ address: `trib1${r.str(8)}`, coins: coins(r) }));
  return { typeUrl: "/cosmos.bank.v1beta1.MsgMultiSend", value: MsgMultiSend.fromPartial({ inputs: io(), outputs: io() }) };
}

function ourAminoMsg(m: { typeUrl: string; value: MsgSend | MsgMultiSend }) {
  return m.typeUrl.endsWith("MsgSend")
    ? { type: AMINO_MSG_SEND, value: msgSendToAmino(m.value as MsgSend) }
    : { type: AMINO_MSG_MULTI_SEND, value: msgMultiSendToAmino(m.value as MsgMultiSend) };
}

describe("aminoSignBytes", () => {
  it("matches the pinned amino vector byte for byte", () => {
    const bytes = aminoSignBytes({
      chainId: "testchain-1",
      accountNumber: 7n,
      sequence: 0n,
      fee: Fee.fromPartial({ amount: [{ denom: "ucosm", amount: "2000" }], gasLimit: 80000n }),
      memo: "a&b<c>",
      timeoutHeight: 0n,
      msgs: [
        {
          type: AMINO_MSG_SEND,
          value: msgSendToAmino(
            MsgSend.fromPartial({
              fromAddress: "cosmos14qemq0vw6y3gc3u3e0aty2e764u4gs5le3hada",
              toAddress: "cosmos1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5lzv7xu",
              amount: [{ denom: "ucosm", amount: "1234" }],
            }),
          ),
        },
      ],
    });
    expect(utf8.decode(bytes)).toBe(specAmino.signBytes);
    expect(toHex(sha256(bytes))).toBe(specAmino.sha256);
  });

  it("equals CosmJS serializeSignDoc(makeSignDoc(...)) with CosmJS's bank AminoTypes for 300 random-ish docs", () => {
    const r = makeRng(42);
    for (let i = 0; i < 300; i++) {
      const msgs = Array.from({ length: 1 + r.int(3) }, () => randomMsg(r));
      const granter = r.int(3) === 0 ? `trib1${r.str(6)}` : "";
      const payer = r.int(3) === 0 ? `trib1${r.str(6)}` : "";
      const feeAmount = coins(r);
      const gas = BigInt(r.int(10_000_000));
      const accountNumber = BigInt(r.int(100_000)) * (r.int(2) === 0 ? 1n : 4_000_000_000n);
      const sequence = BigInt(r.int(1000));
      const timeoutHeight = r.int(2) === 0 ? 0n : BigInt(1 + r.int(1_000_000));
      const memo = r.str(20);

      const stdFee: StdFee = { amount: feeAmount, gas: gas.toString(), ...(granter && { granter }), ...(payer && { payer }) };
      const expected = serializeSignDoc(
        makeSignDoc(msgs.map((m) => cosmjsAmino.toAmino(m)), stdFee, "tributary-local-1", memo, accountNumber.toString(), sequence.toString(), timeoutHeight),
      );
      const ours = aminoSignBytes({
        chainId: "tributary-local-1",
        accountNumber,
        sequence,
        fee: Fee.fromPartial({ amount: feeAmount, gasLimit: gas, granter, payer }),
        memo,
        timeoutHeight,
        msgs: msgs.map(ourAminoMsg),
      });
      expect(utf8.decode(ours), `case ${i}`).toBe(utf8.decode(expected));
    }
  });

  it("omits timeout_height when zero and empty granter/payer, and escapes only & < >", () => {
    const json = utf8.decode(
      aminoSignBytes({ chainId: "c", accountNumber: 0n, sequence: 0n, fee: Fee.fromPartial({}), memo: "", timeoutHeight: 0n, msgs: [] }),
    );
    expect(json).toBe('{"account_number":"0","chain_id":"c","fee":{"amount":[],"gas":"0"},"memo":"","msgs":[],"sequence":"0"}');
    const withTimeout = utf8.decode(
      aminoSignBytes({ chainId: "c", accountNumber: 1n, sequence: 2n, fee: Fee.fromPartial({}), memo: "\"é>", timeoutHeight: 9n, msgs: [] }),
    );
    expect(withTimeout).toContain('"memo":"\\"é\\u003e"');
    expect(withTimeout.endsWith('"sequence":"2","timeout_height":"9"}')).toBe(true);
    expect(toUtf8(withTimeout)).toEqual(
      aminoSignBytes({ chainId: "c", accountNumber: 1n, sequence: 2n, fee: Fee.fromPartial({}), memo: "\"é>", timeoutHeight: 9n, msgs: [] }),
    );
  });
});
