import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { afterAll, describe, expect, it } from "vitest";
import { DEV_ACCOUNTS } from "../cli/devAccounts.ts";
import { deriveKey, generateMnemonic } from "./derive.ts";
import { Keyring } from "./keyring.ts";

const dirs: string[] = [];
const tempHome = () => {
  const d = mkdtempSync(join(tmpdir(), "trib-keyring-"));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const ALICE = DEV_ACCOUNTS[0];

describe("key derivation", () => {
  it("matches CosmJS DirectSecp256k1HdWallet for fixed and random mnemonics", async () => {
    for (const m of [ALICE.mnemonic, generateMnemonic()]) {
      const acc = (await (await DirectSecp256k1HdWallet.fromMnemonic(m, { prefix: "trib" })).getAccounts())[0]!;
      const ours = await deriveKey(m);
      expect(ours.address).toBe(acc.address);
      expect(Buffer.from(ours.pubkey)).toEqual(Buffer.from(acc.pubkey));
    }
    expect((await deriveKey(ALICE.mnemonic)).address).toBe(ALICE.address);
  });

  it("generates 24 words and rejects a bad checksum", async () => {
    expect(generateMnemonic().split(" ")).toHaveLength(24);
    const words = ALICE.mnemonic.split(" ");
    words[23] = words[23] === "abandon" ? "ability" : "abandon";
    await expect(deriveKey(words.join(" "))).rejects.toThrow(/invalid mnemonic/);
  });
});

describe("test backend", () => {
  it("adds, recovers, lists, shows, signs and deletes", async () => {
    const kr = Keyring.open({ home: tempHome(), backend: "test" });
    const fresh = await kr.add("fresh");
    expect(fresh.mnemonic?.split(" ")).toHaveLength(24);
    const alice = await kr.add("alice", `  ${ALICE.mnemonic.toUpperCase()} \n`);
    expect(alice.mnemonic).toBeUndefined();
    expect(alice.info.address).toBe(ALICE.address);
    expect((await kr.list()).map((k) => k.name)).toEqual(["alice", "fresh"]);
    expect((await kr.show("alice")).pubkey["@type"]).toBe("/cosmos.crypto.secp256k1.PubKey");
    const acc = (await (await kr.getSigner("alice")).getAccounts())[0]!;
    expect(acc.address).toBe(ALICE.address);
    await expect(kr.add("alice", ALICE.mnemonic)).rejects.toThrow(/already exists/);
    await expect(kr.add("alice2", ALICE.mnemonic)).rejects.toThrow(/already stored as key "alice"/);
    await kr.delete("alice");
    await expect(kr.show("alice")).rejects.toThrow(/key "alice" not found/);
    await expect(kr.add("../evil")).rejects.toThrow(/invalid key name/);
  });
});

describe("file backend", () => {
  const pass = (p: string) => async () => p;

  it("round-trips through encryption and never stores the mnemonic in clear", async () => {
    const home = tempHome();
    await Keyring.open({ home, backend: "file", passphrase: pass("correct horse") }).add("alice", ALICE.mnemonic);
    const onDisk = readFileSync(join(home, "keyring-file", "alice.json"), "utf8");
    expect(onDisk).not.toContain(ALICE.mnemonic.split(" ").slice(0, 3).join(" "));
    expect(onDisk).toContain(ALICE.address);
    // a new process (new Keyring) can list without the passphrase and sign with it
    const reopened = Keyring.open({ home, backend: "file", passphrase: pass("correct horse") });
    expect((await reopened.list()).map((k) => k.address)).toEqual([ALICE.address]);
    expect(await reopened.exportMnemonic("alice")).toBe(ALICE.mnemonic);
    const acc = (await (await reopened.getSigner("alice")).getAccounts())[0]!;
    expect(acc.address).toBe(ALICE.address);
  });

  it("rejects a wrong passphrase with a clear error, for reading and for adding", async () => {
    const home = tempHome();
    await Keyring.open({ home, backend: "file", passphrase: pass("correct horse") }).add("alice", ALICE.mnemonic);
    const wrong = Keyring.open({ home, backend: "file", passphrase: pass("wrong horse") });
    await expect(wrong.getSigner("alice")).rejects.toThrow(/^incorrect keyring passphrase$/);
    await expect(wrong.add("bob")).rejects.toThrow(/incorrect keyring passphrase/);
  });

  it("refuses short passphrases and explains how to supply one", async () => {
    await expect(Keyring.open({ home: tempHome(), backend: "file", passphrase: pass("short") }).add("a")).rejects.toThrow(/at least 8/);
    await expect(Keyring.open({ home: tempHome(), backend: "file" }).add("a")).rejects.toThrow(/TRIBUTARY_KEYRING_PASSPHRASE/);
  });
});
