import { describe, expect, it } from "vitest";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { encodeTxMsgData } from "./msgData.ts";

describe("encodeTxMsgData", () => {
  it("matches cosmjs-types byte for byte (empty, empty values, long values)", () => {
    const cases = [
      [],
      [{ typeUrl: "/cosmos.bank.v1beta1.MsgSendResponse", value: new Uint8Array() }],
      [
        { typeUrl: "/a", value: Uint8Array.of(1, 2, 3) },
        { typeUrl: "/cosmos.bank.v1beta1.MsgMultiSendResponse", value: new Uint8Array(300).fill(7) },
      ],
    ];
    for (const responses of cases) {
      const expected = TxMsgData.encode({ data: [], msgResponses: responses }).finish();
      expect(Buffer.from(encodeTxMsgData(responses)).toString("hex")).toBe(Buffer.from(expected).toString("hex"));
    }
  });
});
