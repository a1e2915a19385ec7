import { describe, expect, it } from "vitest";
import { MsgMultiSend, MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import * as pb from "../proto/gen/tributary/store/v1/index.ts";
import { TributaryClientError } from "./errors.ts";
import { createTributaryAminoTypes, createTributaryRegistry, registerTributaryTypes } from "./registry.ts";
import { decode } from "../proto/codec.ts";

const ALICE = "trib1xyxpv69xryn8m8qzhrul8xl0kue742ja5xe5tw";
const BOB = "trib1m6k5j73ryflqs97e3tpzrms3xk4wpwfr75jat0";
const SEND_URL = "/cosmos.bank.v1beta1.MsgSend";
const MULTI_URL = "/cosmos.bank.v1beta1.MsgMultiSend";

const send = { fromAddress: ALICE, toAddress: BOB, amount: [{ denom: "utrib", amount: "12345678901234567890" }] };
const multiSend = {
  inputs: [{ address: ALICE, coins: [{ denom: "utrib", amount: "30" }] }],
  outputs: [
    { address: BOB, coins: [{ denom: "utrib", amount: "10" }] },
    { address: ALICE, coins: [{ denom: "utrib", amount: "20" }] },
  ],
};

describe("createTributaryRegistry", () => {
  it("encodes MsgSend to the canonical protobuf bytes and decodes them back", () => {
    const registry = createTributaryRegistry();
    const bytes = registry.encode({ typeUrl: SEND_URL, value: send });
    expect(bytes).toEqual(MsgSend.encode(MsgSend.fromPartial(send)).finish());
    expect(registry.decode({ typeUrl: SEND_URL, value: bytes })).toEqual(send);
  });

  it("encodes MsgMultiSend and decodes it back", () => {
    const registry = createTributaryRegistry();
    const any = registry.encodeAsAny({ typeUrl: MULTI_URL, value: multiSend });
    expect(any.typeUrl).toBe(MULTI_URL);
    expect(any.value).toEqual(MsgMultiSend.encode(MsgMultiSend.fromPartial(multiSend)).finish());
    expect(registry.decode(any)).toEqual(multiSend);
  });

  it("takes module types (protobuf-es schemas) at creation and through registerTributaryTypes", () => {
    const url = "/tributary.store.v1.SmtProof";
    const proof = { key: Uint8Array.of(1, 2), depth: 3, siblingBitmap: Uint8Array.of(5), siblings: [] };
    const registry = createTributaryRegistry([[url, pb.SmtProofSchema]]);
    const bytes = registry.encode({ typeUrl: url, value: proof });
    const decoded = decode(pb.SmtProofSchema, bytes);
    expect(decoded.depth).toBe(3);
    expect(decoded.key).toEqual(proof.key);

    const later = createTributaryRegistry();
    expect(later.lookupType(url)).toBeUndefined();
    registerTributaryTypes(later, [[url, pb.SmtProofSchema]]);
    expect(later.encode({ typeUrl: url, value: proof })).toEqual(bytes);
    // Registering the same class again is the same codec, not a conflict.
    expect(() => registerTributaryTypes(later, [[url, pb.SmtProofSchema]])).not.toThrow();
  });

  it("accepts the same codec twice but refuses a different codec for a registered URL", () => {
    const registry = createTributaryRegistry();
    expect(() => registerTributaryTypes(registry, [[SEND_URL, MsgSend]])).not.toThrow();
    const conflict = () => registerTributaryTypes(registry, [[SEND_URL, MsgMultiSend]]);
    expect(conflict).toThrow(TributaryClientError);
    expect(conflict).toThrow(/already registered with a different codec/);
    expect(() => registerTributaryTypes(registry, [["tributary.x.Msg", MsgSend]])).toThrow(/must start with "\/"/);
  });
});

describe("createTributaryAminoTypes", () => {
  it("round-trips MsgSend through amino JSON with the cosmos-sdk/MsgSend type", () => {
    const amino = createTributaryAminoTypes();
    const json = amino.toAmino({ typeUrl: SEND_URL, value: send });
    expect(json).toEqual({
      type: "cosmos-sdk/MsgSend",
      value: { from_address: ALICE, to_address: BOB, amount: [{ denom: "utrib", amount: "12345678901234567890" }] },
    });
    expect(amino.fromAmino(json)).toEqual({ typeUrl: SEND_URL, value: send });
  });

  it("round-trips MsgMultiSend", () => {
    const amino = createTributaryAminoTypes();
    const json = amino.toAmino({ typeUrl: MULTI_URL, value: multiSend });
    expect(json.type).toBe("cosmos-sdk/MsgMultiSend");
    expect(amino.fromAmino(json)).toEqual({ typeUrl: MULTI_URL, value: multiSend });
  });

  it("knows only bank by default and adds module converters", () => {
    const amino = createTributaryAminoTypes();
    expect(() => amino.toAmino({ typeUrl: "/cosmos.staking.v1beta1.MsgDelegate", value: {} })).toThrow(/does not exist in the Amino message type register/);
    const extended = createTributaryAminoTypes({
      "/tributary.test.v1.MsgPing": { aminoType: "tributary/MsgPing", toAmino: (v: { n: number }) => ({ n: String(v.n) }), fromAmino: (v: { n: string }) => ({ n: Number(v.n) }) },
    });
    const json = extended.toAmino({ typeUrl: "/tributary.test.v1.MsgPing", value: { n: 7 } });
    expect(json).toEqual({ type: "tributary/MsgPing", value: { n: "7" } });
    expect(extended.fromAmino(json).value).toEqual({ n: 7 });
  });
});
