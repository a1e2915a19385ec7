/** `tributary config` and client.toml defaults, against a real solo node and real homes. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitFor } from "../../../test/support/waitFor.ts";
import { TEST_NODE_CHAIN_ID, startTestNode, type TestNode } from "../../../test/testNode.ts";
import { Keyring } from "../../keyring/index.ts";
import { type Run, expectOneLineError, runInProcess } from "../cliTestHarness.ts";
import { DEV_ACCOUNTS } from "../devAccounts.ts";
import { clientConfigPath } from "./clientConfig.ts";

const [ALICE, BOB] = DEV_ACCOUNTS;
let node: TestNode;
const dirs: string[] = [];

function newHome(): string {
  const d = mkdtempSync(join(tmpdir(), "trib-config-"));
  dirs.push(d);
  return d;
}

beforeAll(async () => {
  node = await startTestNode();
  await Keyring.open({ home: node.home, backend: "test" }).add("alice", ALICE!.mnemonic);
}, 30_000);
afterAll(async () => {
  await node?.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const ok = (r: Run): Run => {
  expect(r.code, r.stderr).toBe(0);
  return r;
};

describe("tributary config", () => {
  it("init writes a client.toml defaulting to the file keyring; dev-init to the test keyring", async () => {
    const home = newHome();
    ok(await runInProcess(["init", "n", "--chain-id", "c-1", "--home", home]));
    expect(ok(await runInProcess(["config", "get", "keyring-backend", "--home", home])).stdout).toBe("file\n");
    // keys add with no --keyring-backend lands in the encrypted keyring (passphrase from the env).
    process.env.TRIBUTARY_KEYRING_PASSPHRASE = "config test passphrase";
    try {
      ok(await runInProcess(["keys", "add", "k1", "--home", home, "-o", "json"]));
    } finally {
      delete process.env.TRIBUTARY_KEYRING_PASSPHRASE;
    }
    expect(existsSync(join(home, "keyring-file"))).toBe(true);
    expect(existsSync(join(home, "keyring-test"))).toBe(false);
    // A flag still wins over the file.
    expect(JSON.parse(ok(await runInProcess(["keys", "list", "--keyring-backend", "test", "--home", home, "-o", "json"])).stdout)).toEqual([]);

    const dev = newHome();
    ok(await runInProcess(["dev-init", "--home", dev, "-o", "json"]));
    expect(ok(await runInProcess(["config", "get", "keyring-backend", "--home", dev])).stdout).toBe("test\n");
    expect(ok(await runInProcess(["keys", "show", "alice", "-a", "--home", dev])).stdout.trim()).toBe(ALICE!.address);
  });

  it("lists, gets and sets keys, in the v0.50 verbs and the older form", async () => {
    const home = newHome();
    ok(await runInProcess(["init", "n", "--chain-id", "c-1", "--home", home]));
    expect(JSON.parse(ok(await runInProcess(["config", "--home", home, "-o", "json"])).stdout)).toEqual({
      "chain-id": "",
      "keyring-backend": "file",
      output: "text",
      node: "",
      "broadcast-mode": "block",
    });
    ok(await runInProcess(["config", "set", "node", "tcp://10.0.0.1:26657", "--home", home]));
    ok(await runInProcess(["config", "chain-id", "c-1", "--home", home]));
    expect(ok(await runInProcess(["config", "node", "--home", home])).stdout).toBe("tcp://10.0.0.1:26657\n");
    expect(ok(await runInProcess(["config", "get", "chain-id", "--home", home])).stdout).toBe("c-1\n");
    expect(readFileSync(clientConfigPath(home), "utf8")).toMatch(/^node = "tcp:\/\/10\.0\.0\.1:26657"$/m);
    // The listing follows the file's output unless -o says otherwise.
    ok(await runInProcess(["config", "set", "output", "json", "--home", home]));
    expect(JSON.parse(ok(await runInProcess(["config", "--home", home])).stdout).output).toBe("json");
    expect(ok(await runInProcess(["config", "--home", home, "-o", "text"])).stdout).toMatch(/^output: json$/m);
  });

  it("refuses unknown keys and invalid values, leaving the file byte for byte as it was", async () => {
    const home = newHome();
    ok(await runInProcess(["init", "n", "--chain-id", "c-1", "--home", home]));
    const before = readFileSync(clientConfigPath(home), "utf8");
    const cases: [string[], RegExp][] = [
      [["config", "set", "gas-prices", "1utrib"], /unknown client config key "gas-prices": expected one of chain-id, keyring-backend, output, node, broadcast-mode/],
      [["config", "get", "frob"], /unknown client config key "frob"/],
      [["config", "set", "output", "yaml"], /invalid output "yaml": expected text or json/],
      [["config", "set", "keyring-backend", "os"], /invalid keyring-backend "os": expected test or file/],
      [["config", "set", "node", "localhost:26657"], /invalid node "localhost:26657": expected tcp:\/\/host:port/],
      [["config", "set", "chain-id", "has space"], /invalid chain-id "has space": .*whitespace/],
      [["config", "set", "broadcast-mode", "async"], /invalid broadcast-mode "async": expected sync or block/],
      [["config", "output", "yaml"], /invalid output "yaml"/],
    ];
    for (const [args, pattern] of cases) {
      expectOneLineError(await runInProcess([...args, "--home", home]), pattern);
      expect(readFileSync(clientConfigPath(home), "utf8")).toBe(before);
    }
  });

  it("a broken client.toml is refused by every command, naming its line", async () => {
    const home = newHome();
    ok(await runInProcess(["init", "n", "--chain-id", "c-1", "--home", home]));
    writeFileSync(clientConfigPath(home), 'output = "json"\ncolor = "blue"\n');
    expectOneLineError(await runInProcess(["keys", "list", "--home", home]), /client\.toml:2: unknown key "color"/);
    writeFileSync(clientConfigPath(home), 'output = "yaml"\n');
    expectOneLineError(await runInProcess(["keys", "list", "--home", home]), /client\.toml:1: invalid output "yaml"/);
    writeFileSync(clientConfigPath(home), "output = json\n");
    expectOneLineError(await runInProcess(["keys", "list", "--home", home]), /client\.toml:1: expected a "quoted" string/);
    expectOneLineError(await runInProcess(["config", "--home", home]), /client\.toml:1/);
  });

  it("query and tx read chain-id, node and output from the home's config; flags override it", async () => {
    // A client home with only keys: no genesis, no node config; the config says where the node is.
    const home = newHome();
    await Keyring.open({ home, backend: "test" }).add("alice", ALICE!.mnemonic);
    for (const [k, v] of [["node", node.rpcUrl], ["chain-id", TEST_NODE_CHAIN_ID], ["output", "json"], ["keyring-backend", "test"]] as const) {
      ok(await runInProcess(["config", "set", k, v, "--home", home]));
    }
    const balance = async (): Promise<bigint> => BigInt(JSON.parse(ok(await runInProcess(["query", "bank", "balances", BOB!.address, "--denom", "utrib", "--home", home])).stdout).balance.amount);
    const before = await balance();
    const sent = JSON.parse(ok(await runInProcess(["tx", "bank", "send", "alice", BOB!.address, "321utrib", "--yes", "--home", home])).stdout);
    expect(sent.code).toBe(0);
    expect(await balance()).toBe(before + 321n);
    // -o text on the command line wins over output = "json".
    expect(ok(await runInProcess(["query", "bank", "balances", BOB!.address, "--denom", "utrib", "-o", "text", "--home", home])).stdout).toMatch(/^balance: \d+utrib$/m);

    // broadcast-mode sync returns at CheckTx; the tx lands afterwards.
    ok(await runInProcess(["config", "set", "broadcast-mode", "sync", "--home", home]));
    const sync = JSON.parse(ok(await runInProcess(["tx", "bank", "send", "alice", BOB!.address, "5utrib", "--yes", "--home", home])).stdout);
    expect(sync).toEqual({ txhash: expect.stringMatching(/^[0-9A-F]{64}$/), code: 0 });
    await waitFor("the sync-broadcast tx to land", async () => (await balance()) === before + 326n);

    // A configured chain-id the node does not serve is refused before anything is sent.
    ok(await runInProcess(["config", "set", "chain-id", "other-chain-7", "--home", home]));
    expectOneLineError(await runInProcess(["tx", "bank", "send", "alice", BOB!.address, "5utrib", "--yes", "--home", home]), /--chain-id other-chain-7 does not match the node/);
    expectOneLineError(await runInProcess(["query", "bank", "balances", BOB!.address, "--home", home]), /--chain-id other-chain-7 does not match the node/);
    ok(await runInProcess(["query", "bank", "balances", BOB!.address, "--chain-id", TEST_NODE_CHAIN_ID, "--home", home]));
  });
});
