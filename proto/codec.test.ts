import { describe, expect, it } from "vitest";
import { coinFromMsg, coinMsg, decode, decodeFilled, encode, u64, u64Out } from "./codec.ts";
import * as inference from "./gen/tributary/inference/v1/index.ts";
import * as datanet from "./gen/tributary/datanet/v1/index.ts";

describe("proto/codec", () => {
  it("decodeFilled reads absent scalars as zero, as a protobufjs-decoded message did; message fields stay absent", () => {
    const m = decodeFilled(datanet.MsgCreateDatanetSchema, encode(datanet.MsgCreateDatanetSchema, {}));
    expect([m.owner, m.metadata, m.curators]).toEqual(["", undefined, []]);
    const v = decodeFilled(datanet.QueryVersionRequestSchema, encode(datanet.QueryVersionRequestSchema, { datanetId: 3n }));
    expect([v.datanetId, v.number]).toEqual([3n, 0n]);
    // decode keeps presence: the zero that was sent is there, the field never sent is not.
    const p = decode(datanet.QueryVersionRequestSchema, encode(datanet.QueryVersionRequestSchema, { datanetId: 0n }));
    expect([p.datanetId, p.number]).toEqual([0n, undefined]);
  });

  it("leaves MsgUpdateModel.description absent when unset (its handler keeps the description), and set when empty", () => {
    const unset = decodeFilled(inference.MsgUpdateModelSchema, encode(inference.MsgUpdateModelSchema, { owner: "a", modelId: 1n }));
    expect(unset.description).toBeUndefined();
    const empty = decodeFilled(inference.MsgUpdateModelSchema, encode(inference.MsgUpdateModelSchema, { owner: "a", modelId: 1n, description: "" }));
    expect(empty.description).toBe("");
  });

  it("converts u64 and coins both ways and refuses out-of-range uint64s", () => {
    expect([u64(undefined), u64("18446744073709551615"), u64(7)]).toEqual([0n, 18446744073709551615n, 7n]);
    expect(() => u64Out(-1n)).toThrow(/not a uint64/);
    expect(() => u64Out(1n << 64n)).toThrow(/not a uint64/);
    expect(coinFromMsg(coinMsg({ denom: "utrib", amount: 12n }))).toEqual({ denom: "utrib", amount: 12n });
    expect(coinFromMsg(undefined)).toEqual({ denom: "", amount: 0n });
  });

  it("refuses malformed bytes with an error", () => {
    expect(() => decodeFilled(datanet.MsgContributeSchema, Uint8Array.of(0x0a, 0x09, 0x61))).toThrow();
  });
});
