import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expectOneLineError, runBinary, runInProcess } from "./cliTestHarness.ts";
import { DEV_ACCOUNTS } from "./devAccounts.ts";

const root = mkdtempSync(join(tmpdir(), "trib-cli-keys-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const newHome = () => join(root, `home${n++}`);
const ALICE = DEV_ACCOUNTS[0];
const KEYRING_PASS = "keyring pass 1";
const EXPORT_PASS = "export pass 1";

describe("tributary keys export / import / rename", () => {
  it("exports from a file keyring and imports into another home with the same address", async () => {
    const src = newHome();
    const add = await runBinary(["keys", "add", "alice", "--recover", "--keyring-backend", "file", "--home", src, "-o", "json"], {
      input: `${ALICE.mnemonic}\n${KEYRING_PASS}\n`,
    });
    expect(add.code, add.stderr).toBe(0);
    // stdin order as the prompts come: the keyring passphrase unlocks, then the export passphrase
    const exp = await runBinary(["keys", "export", "alice", "--keyring-backend", "file", "--home", src], { input: `${KEYRING_PASS}\n${EXPORT_PASS}\n` });
    expect(exp.code, exp.stderr).toBe(0);
    expect(exp.stdout).toMatch(/^-----BEGIN TRIBUTARY KEY-----\n[\s\S]*-----END TRIBUTARY KEY-----\n$/);
    const file = join(root, "alice.armor");
    writeFileSync(file, exp.stdout);

    const dst = newHome();
    const wrong = await runBinary(["keys", "import", "alice", file, "--home", dst], { input: "not the pass\n" });
    expectOneLineError(wrong, /^Error: incorrect passphrase for the exported key/);
    const empty = await runInProcess(["keys", "list", "--home", dst, "-o", "json"]);
    expect(JSON.parse(empty.stdout)).toEqual([]);

    const imp = await runBinary(["keys", "import", "alice", file, "--home", dst, "-o", "json"], { input: `${EXPORT_PASS}\n` });
    expect(imp.code, imp.stderr).toBe(0);
    expect(JSON.parse(imp.stdout).address).toBe(ALICE.address);
    const again = await runBinary(["keys", "import", "alice", file, "--home", dst], { input: `${EXPORT_PASS}\n` });
    expectOneLineError(again, /^Error: key "alice" already exists$/);
    expectOneLineError(await runInProcess(["keys", "import", "bob", join(root, "missing"), "--home", dst]), /^Error: cannot read key file /);
  });

  it("renames a key (with --yes when not on a terminal) and refuses a taken or missing name", async () => {
    const home = newHome();
    for (const a of DEV_ACCOUNTS.slice(0, 2)) {
      const r = await runBinary(["keys", "add", a.name, "--recover", "--home", home], { input: `${a.mnemonic}\n` });
      expect(r.code, r.stderr).toBe(0);
    }
    const [alice, bob] = [DEV_ACCOUNTS[0].name, DEV_ACCOUNTS[1].name];
    expectOneLineError(await runInProcess(["keys", "rename", alice, bob, "--yes", "--home", home]), new RegExp(`key "${bob}" already exists`));
    expectOneLineError(await runInProcess(["keys", "rename", "nobody", "zed", "--yes", "--home", home]), /key "nobody" not found/);
    const before = readdirSync(join(home, "keyring-test")).sort();
    expectOneLineError(await runBinary(["keys", "rename", alice, "zed", "--home", home]), /without confirmation: pass --yes/);
    expect(readdirSync(join(home, "keyring-test")).sort()).toEqual(before);

    const ok = await runInProcess(["keys", "rename", alice, "zed", "--yes", "--home", home]);
    expect(ok.code, ok.stderr).toBe(0);
    const show = await runInProcess(["keys", "show", "zed", "-a", "--home", home]);
    expect(show.stdout).toBe(`${ALICE.address}\n`);
    expectOneLineError(await runInProcess(["keys", "show", alice, "--home", home]), /not found/);
  });
});
