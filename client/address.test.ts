import { describe, expect, it } from "vitest";
import { fromBech32 } from "@cosmjs/encoding";
import { addressToBytes, bytesToAddress, isTributaryAddress, makeDevWallet } from "./address.ts";
import { TributaryClientError } from "./errors.ts";

// The dev accounts of `tributary dev-init` (node/cli/devAccounts.ts), derived there independently.
const ALICE = {
  mnemonic: "upgrade rare patch keen describe weasel unveil key muscle model blade great milk medal search snap skull people intact honey journey leisure gallery smooth",
  address: "trib1xyxpv69xryn8m8qzhrul8xl0kue742ja5xe5tw",
};

describe("address helpers", () => {
  it("round-trips 20 bytes through a trib1 address", () => {
    const bytes = addressToBytes(ALICE.address);
    expect(bytes).toEqual(fromBech32(ALICE.address, 1023).data);
    expect(bytesToAddress(bytes)).toBe(ALICE.address);
    expect(isTributaryAddress(ALICE.address)).toBe(true);
    expect(isTributaryAddress(ALICE.address.slice(0, -1) + "q")).toBe(false);
    expect(() => bytesToAddress(new Uint8Array(19))).toThrow(TributaryClientError);
  });
});

describe("makeDevWallet", () => {
  it("derives the dev account address with prefix trib at m/44'/118'/0'/0/0", async () => {
    const wallet = await makeDevWallet(`  ${ALICE.mnemonic.toUpperCase().toLowerCase()}\n`);
    const account = (await wallet.getAccounts())[0]!;
    expect(account.address).toBe(ALICE.address);
    expect(account.algo).toBe("secp256k1");
  });

  it("derives several accounts on consecutive indexes", async () => {
    const wallet = await makeDevWallet(ALICE.mnemonic, { accounts: 3 });
    const accounts = await wallet.getAccounts();
    expect(accounts.map((a) => a.address)[0]).toBe(ALICE.address);
    expect(new Set(accounts.map((a) => a.address)).size).toBe(3);
  });

  it("explains an invalid mnemonic", async () => {
    await expect(makeDevWallet("not a mnemonic")).rejects.toMatchObject({ code: "SIGNER_INVALID", hint: expect.stringMatching(/12 or 24 words/) });
  });
});
