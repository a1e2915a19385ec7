import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEV_ACCOUNTS } from "../cli/devAccounts.ts";
import { Keyring } from "./keyring.ts";

const dirs: string[] = [];
const tempHome = () => {
  const d = mkdtempSync(join(tmpdir(), "trib-keyring-x-"));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const ALICE = DEV_ACCOUNTS[0];
const BOB = DEV_ACCOUNTS[1];
const pass = (p: string) => async () => p;
const fileKeyring = (home: string, p = "keyring pass") => Keyring.open({ home, backend: "file", passphrase: pass(p) });

describe("keys export / import", () => {
  it("an export imported into another home (and another backend) gives the same address and signer", async () => {
    const src = fileKeyring(tempHome());
    await src.add("alice", ALICE.mnemonic);
    const armored = await src.exportArmored("alice", pass("export pass"));
    expect(armored).toMatch(/^-----BEGIN TRIBUTARY KEY-----\n/);
    expect(armored).toMatch(/-----END TRIBUTARY KEY-----\n$/);
    expect(armored).not.toContain(ALICE.mnemonic.split(" ").slice(0, 2).join(" "));

    const dst = Keyring.open({ home: tempHome(), backend: "test" });
    const info = await dst.importArmored("alice2", armored, pass("export pass"));
    expect(info.address).toBe(ALICE.address);
    expect(info.pubkey).toEqual((await src.show("alice")).pubkey);
    const acc = (await (await dst.getSigner("alice2")).getAccounts())[0]!;
    expect(acc.address).toBe(ALICE.address);
  });

  it("refuses a wrong passphrase, a taken name and a damaged file, changing nothing", async () => {
    const src = Keyring.open({ home: tempHome(), backend: "test" });
    await src.add("alice", ALICE.mnemonic);
    const armored = await src.exportArmored("alice", pass("export pass"));

    const home = tempHome();
    const dst = fileKeyring(home);
    await dst.add("bob", BOB.mnemonic);
    const before = readdirSync(join(home, "keyring-file")).sort();

    await expect(dst.importArmored("alice", armored, pass("wrong pass!"))).rejects.toThrow(/^incorrect passphrase for the exported key/);
    let asked = false;
    const spy = async () => ((asked = true), "export pass");
    await expect(dst.importArmored("bob", armored, spy)).rejects.toThrow(/key "bob" already exists/);
    expect(asked).toBe(false);
    await expect(dst.importArmored("alice", armored.replace("BEGIN TRIBUTARY", "BEGIN OTHER"), pass("export pass"))).rejects.toThrow(/not an exported Tributary key/);
    await expect(dst.importArmored("alice", armored.replace(/^kdf: .*$/m, "kdf: bcrypt"), pass("export pass"))).rejects.toThrow(/unsupported exported key encryption/);
    await expect(dst.importArmored("../x", armored, pass("export pass"))).rejects.toThrow(/invalid key name/);
    await expect(dst.importArmored("alice", armored.replace(/^n: .*$/m, "n: 1073741824"), pass("export pass"))).rejects.toThrow(/unsupported exported key scrypt parameters/);
    const body = armored.split("\n").at(-3)!;
    const flipped = armored.replace(body, (body[0] === "A" ? "B" : "A") + body.slice(1));
    await expect(dst.importArmored("alice", flipped, pass("export pass"))).rejects.toThrow(/incorrect passphrase for the exported key \(or the file was altered\)/);

    expect(readdirSync(join(home, "keyring-file")).sort()).toEqual(before);
    expect((await dst.list()).map((k) => k.name)).toEqual(["bob"]);
  });

  it("refuses to export a missing key or under a short passphrase", async () => {
    const kr = Keyring.open({ home: tempHome(), backend: "test" });
    await kr.add("alice", ALICE.mnemonic);
    await expect(kr.exportArmored("nobody", pass("export pass"))).rejects.toThrow(/key "nobody" not found/);
    await expect(kr.exportArmored("alice", pass("short"))).rejects.toThrow(/at least 8/);
  });
});

describe("keys rename", () => {
  it("moves a file-backend key to a new name, keeping address and secret", async () => {
    const home = tempHome();
    const kr = fileKeyring(home);
    await kr.add("alice", ALICE.mnemonic);
    const renamed = await kr.rename("alice", "carol");
    expect(renamed).toMatchObject({ name: "carol", address: ALICE.address });
    const reopened = fileKeyring(home);
    expect((await reopened.list()).map((k) => k.name)).toEqual(["carol"]);
    expect(await reopened.exportMnemonic("carol")).toBe(ALICE.mnemonic);
  });

  it("refuses a missing key, a taken name and a bad name, changing nothing", async () => {
    const kr = Keyring.open({ home: tempHome(), backend: "test" });
    await kr.add("alice", ALICE.mnemonic);
    await kr.add("bob", BOB.mnemonic);
    await expect(kr.rename("nobody", "zed")).rejects.toThrow(/key "nobody" not found/);
    await expect(kr.rename("alice", "bob")).rejects.toThrow(/key "bob" already exists/);
    await expect(kr.rename("alice", "../x")).rejects.toThrow(/invalid key name/);
    const keys = await kr.list();
    expect(keys.map((k) => [k.name, k.address])).toEqual([["alice", ALICE.address], ["bob", BOB.address]]);
  });

  it("refuses a wrong keyring passphrase without touching the key", async () => {
    const home = tempHome();
    await fileKeyring(home).add("alice", ALICE.mnemonic);
    await expect(fileKeyring(home, "not the pass").rename("alice", "carol")).rejects.toThrow(/incorrect keyring passphrase/);
    expect((await fileKeyring(home).list()).map((k) => k.name)).toEqual(["alice"]);
  });
});
