import { describe, expect, it } from "vitest";
import { toBase64 } from "@cosmjs/encoding";
import { PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { ApiError, fromAbciQuery } from "./errors.ts";
import { ModuleAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { Tx } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { applyDecs, convert, formatDec, messageJson, snakeCase } from "./json.ts";
import { nestFields } from "./request.ts";

describe("gateway JSON", () => {
  it("LegacyDec from its 18-decimal integer string and from ASCII bytes", () => {
    expect(formatDec("100000000000000000")).toBe("0.100000000000000000");
    expect(formatDec("0")).toBe("0.000000000000000000");
    expect(formatDec("-1500000000000000000")).toBe("-1.500000000000000000");
    const bytes = Buffer.from("500000000000000000").toString("base64");
    expect(applyDecs({ a: { rate: "10", min: bytes, other: "10" } }, { decs: ["rate"], decBytes: ["min"] })).toEqual({
      a: { rate: "0.000000000000000010", min: "0.500000000000000000", other: "10" },
    });
  });

  it("snake_case names, durations, Go timestamps, null next_key, bigints", () => {
    expect(snakeCase("bech32Prefix")).toBe("bech32_prefix");
    expect(convert({ nextKey: "", total: 3n, unbondingTime: { seconds: "600", nanos: 500000000 }, at: "2024-01-01T00:00:00.000Z" })).toEqual({
      next_key: null,
      total: "3",
      unbonding_time: "600.5s",
      at: "2024-01-01T00:00:00Z",
    });
  });

  it("an Any becomes @type plus the packed message's fields; unset sub-messages are null; unknown types keep value", () => {
    const pub = PubKey.encode({ key: new Uint8Array([2, 3]) }).finish();
    const acct = BaseAccount.encode(BaseAccount.fromPartial({ address: "trib1x", accountNumber: 4n, pubKey: { typeUrl: "/cosmos.crypto.secp256k1.PubKey", value: pub } })).finish();
    expect(convert({ account: { typeUrl: "/cosmos.auth.v1beta1.BaseAccount", value: toBase64(acct) } })).toEqual({
      account: { "@type": "/cosmos.auth.v1beta1.BaseAccount", address: "trib1x", pub_key: { "@type": "/cosmos.crypto.secp256k1.PubKey", key: "AgM=" }, account_number: "4", sequence: "0" },
    });
    const bare = BaseAccount.encode(BaseAccount.fromPartial({ address: "trib1y" })).finish();
    expect(convert({ typeUrl: "/cosmos.auth.v1beta1.BaseAccount", value: toBase64(bare) })).toMatchObject({ pub_key: null });
    expect(convert({ typeUrl: "/x.Unknown", value: "AQ==" })).toEqual({ "@type": "/x.Unknown", value: "AQ==" });
  });
});

describe("request fields and errors", () => {
  it("unset sub-messages are null at any depth; oneof members and v0.53 TxBody fields are left out", () => {
    const module = ModuleAccount.decode(ModuleAccount.encode(ModuleAccount.fromPartial({ baseAccount: { address: "x" }, name: "distribution" })).finish());
    expect(messageJson(ModuleAccount, module)).toMatchObject({ base_account: { address: "x", pub_key: null }, name: "distribution" });
    const tx = Tx.decode(Tx.encode(Tx.fromPartial({
      body: { memo: "m", unordered: false },
      authInfo: { signerInfos: [{ modeInfo: { single: { mode: 1 } }, sequence: 1n }], fee: { gasLimit: 1n } },
    })).finish());
    const json = messageJson(Tx, tx) as any;
    expect(json.body).toEqual({ messages: [], memo: "m", timeout_height: "0", extension_options: [], non_critical_extension_options: [] });
    expect(json.auth_info.tip).toBeNull();
    expect(json.auth_info.signer_infos[0]).toEqual({ public_key: null, mode_info: { single: { mode: "SIGN_MODE_DIRECT" } }, sequence: "1" });
  });

  it("dotted query names nest; booleans parse; bad names are invalid arguments", () => {
    expect(nestFields({ "pagination.limit": "1", "pagination.count_total": "true", denom: "utrib" }, true)).toEqual({ pagination: { limit: "1", countTotal: true }, denom: "utrib" });
    expect(nestFields({ "pagination.key": ["a", "b"] }, false)).toEqual({ pagination: { key: "b" } });
    expect(() => nestFields({ "bad name": "1" }, false)).toThrow(ApiError);
    expect(() => nestFields({ pagination: "x", "pagination.limit": "1" }, false)).toThrow(/conflicts/);
  });

  it("ABCI query errors map to gRPC codes and HTTP statuses as the SDK's", () => {
    expect(fromAbciQuery("sdk", 7, "bad address")).toMatchObject({ grpcCode: 3, httpStatus: 400 });
    expect(fromAbciQuery("sdk", 38, "nope")).toMatchObject({ grpcCode: 5, httpStatus: 404 });
    expect(fromAbciQuery("sdk", 6, "unknown query path")).toMatchObject({ grpcCode: 12, httpStatus: 501 });
    expect(fromAbciQuery("datanet", 3, "datanet 9 does not exist")).toMatchObject({ grpcCode: 5, httpStatus: 404 });
    expect(new ApiError(3, "m").toJSON()).toEqual({ code: 3, message: "m", details: [] });
  });
});
