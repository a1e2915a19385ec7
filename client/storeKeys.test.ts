import { describe, expect, it } from "vitest";
import { fromBech32, toBech32, toHex } from "@cosmjs/encoding";
import { bankKeys } from "../modules/bank/keys.ts";
import { authKeys } from "../modules/auth/keys.ts";
import { TributaryClientError } from "./errors.ts";
import { authAccountKey, bankBalanceKey, bankSupplyKey, decodeStoredAmount } from "./storeKeys.ts";

const ALICE = "trib1xyxpv69xryn8m8qzhrul8xl0kue742ja5xe5tw";
const hexOf = (s: string) => toHex(new TextEncoder().encode(s));

describe("store keys (STORE_LAYOUT.md)", () => {
  it("balance key is bank/b/ ‖ 20-byte address ‖ denom UTF-8", () => {
    const addr = fromBech32(ALICE, 1023).data;
    expect(addr.length).toBe(20);
    const key = bankBalanceKey(ALICE, "utrib");
    expect(toHex(key)).toBe(hexOf("bank/b/") + toHex(addr) + hexOf("utrib"));
  });

  it("supply and account keys follow the layout", () => {
    expect(toHex(bankSupplyKey("utrib"))).toBe(hexOf("bank/s/utrib"));
    expect(toHex(authAccountKey(ALICE))).toBe(hexOf("auth/a/") + toHex(fromBech32(ALICE, 1023).data));
  });

  it("matches the chain's own key helpers byte for byte", () => {
    const addr = fromBech32(ALICE, 1023).data;
    expect(bankBalanceKey(ALICE, "ibc/27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2")).toEqual(
      bankKeys.balance(addr, "ibc/27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2"),
    );
    expect(bankSupplyKey("utrib")).toEqual(bankKeys.supply("utrib"));
    expect(authAccountKey(ALICE)).toEqual(authKeys.account(addr));
  });

  it("refuses foreign prefixes and denoms that would turn the key into a prefix", () => {
    const cosmosAddress = toBech32("cosmos", fromBech32(ALICE, 1023).data);
    expect(() => bankBalanceKey(cosmosAddress, "utrib")).toThrow(TributaryClientError);
    expect(() => bankBalanceKey(cosmosAddress, "utrib")).toThrow(/prefix "cosmos", expected "trib"/);
    expect(() => bankBalanceKey(toBech32("trib", new Uint8Array(32)), "utrib")).toThrow(/holds 32 bytes, expected 20/);
    expect(() => bankBalanceKey(ALICE, "")).toThrow(/not a valid denom/);
    expect(() => bankSupplyKey("u")).toThrow(/not a valid denom/);
  });
});

describe("decodeStoredAmount", () => {
  it("reads decimal ASCII beyond 2^64 and treats absence as zero", () => {
    expect(decodeStoredAmount(new TextEncoder().encode("123456789012345678901234567890"))).toBe(123456789012345678901234567890n);
    expect(decodeStoredAmount(undefined)).toBe(0n);
  });

  it("refuses anything but a canonical non-negative integer", () => {
    for (const bad of ["", "-1", "01", "1.5", " 1", "1e3"]) {
      expect(() => decodeStoredAmount(new TextEncoder().encode(bad)), bad).toThrow(/not a decimal integer/);
    }
  });
});
