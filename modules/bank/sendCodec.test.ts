import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { describe, expect, it } from "vitest";
import { decodeMsgSend } from "./sendCodec.ts";

const from = "trib1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5q2q8ry";
const to = "trib1zg69v7ys40x77y352eufp27daufrg4ncqm8ec2";

describe("decodeMsgSend", () => {
  it("gives MsgSend.decode's message for usual, empty, multi-coin and odd inputs", () => {
    const enc = (m: Partial<MsgSend>) => MsgSend.encode(MsgSend.fromPartial(m)).finish();
    const usual = enc({ fromAddress: from, toAddress: to, amount: [{ denom: "utrib", amount: "1" }] });
    const inputs: Uint8Array[] = [
      usual,
      new Uint8Array(),
      enc({ fromAddress: from }),
      enc({ amount: [{ denom: "a", amount: "" }, { denom: "", amount: "2" }, { denom: "ibc/ABC", amount: "340282366920938463463374607431768211456" }] }),
      enc({ fromAddress: "tríb1", toAddress: to }), // non-ASCII: generic path
      Uint8Array.of(...usual, 0x0a, 0x01, 0x78), // repeated from_address: last wins
      Uint8Array.of(...usual, 0x20, 0x01), // unknown field: skipped by the generic decoder
    ];
    for (const b of inputs) expect(decodeMsgSend(b)).toEqual(MsgSend.decode(b));
  });

  it("throws like MsgSend.decode on truncated input", () => {
    const usual = MsgSend.encode({ fromAddress: from, toAddress: to, amount: [{ denom: "utrib", amount: "10" }] }).finish();
    for (const cut of [1, 5, usual.length - 1]) {
      const b = usual.subarray(0, cut);
      let generic: unknown;
      try {
        generic = MsgSend.decode(b);
      } catch (e) {
        generic = e;
      }
      if (generic instanceof Error) expect(() => decodeMsgSend(b)).toThrow(generic.message);
      else expect(decodeMsgSend(b)).toEqual(generic);
    }
  });
});
