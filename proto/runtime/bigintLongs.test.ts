import { describe, expect, it } from "vitest";
import { tributary } from "../gen/tributary/datanet/v1/tx.js";

const { MsgPublishVersion } = tributary.datanet.v1;

describe("protobufjs with bigint 64-bit fields", () => {
  it("encodes a bigint id exactly as the same number or string (it used to encode 0)", () => {
    const big = MsgPublishVersion.encode({ owner: "o", datanetId: 5n as never }).finish();
    expect(big).toEqual(MsgPublishVersion.encode({ owner: "o", datanetId: 5 }).finish());
    const max = MsgPublishVersion.encode({ owner: "o", datanetId: 18446744073709551615n as never }).finish();
    expect(String(MsgPublishVersion.decode(max).datanetId)).toBe("18446744073709551615");
    expect(String(MsgPublishVersion.decode(MsgPublishVersion.encode({ owner: "o", datanetId: (2n ** 40n + 7n) as never }).finish()).datanetId)).toBe(String(2n ** 40n + 7n));
  });
});
