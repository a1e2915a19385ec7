import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expectOneLineError, runBinary, runInProcess } from "./cliTestHarness.ts";
import { addressString, consAddressString, moduleAddress, valoperBytes } from "../../chain/address.ts";
import { DEV_ACCOUNTS, DEV_VALIDATOR, DEV_VALIDATOR_SELF_BOND } from "./devAccounts.ts";

const root = mkdtempSync(join(tmpdir(), "trib-cli-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const newHome = () => join(root, `home${n++}`);
const run = runBinary;

describe("tributary init", () => {
  it("writes a genesis that validates, with this node's validator, and refuses to overwrite it", async () => {
    const home = newHome();
    const init = await runInProcess(["init", "node-a", "--chain-id", "tributary-test-1", "--home", home, "-o", "json"]);
    expect(init.code, init.stderr).toBe(0);
    const result = JSON.parse(init.stdout);
    const genesis = JSON.parse(readFileSync(join(home, "config", "genesis.json"), "utf8"));
    const pv = JSON.parse(readFileSync(join(home, "config", "priv_validator_key.json"), "utf8"));
    expect(genesis.chain_id).toBe("tributary-test-1");
    expect(genesis.initial_height).toBe("1");
    expect(genesis.consensus_params.block).toEqual({ max_bytes: "22020096", max_gas: "100000000" });
    expect(genesis.validators).toEqual([{ address: pv.address, pub_key: pv.pub_key, power: "10", name: "node-a" }]);
    expect(genesis.app_state.auth.accounts).toEqual([]);
    expect(genesis.app_state.genutil).toEqual({ gen_txs: [] }); // as the SDK's init; collect-gentxs fills it
    expect(result.validator_address).toBe(pv.address);
    expect(JSON.parse(readFileSync(join(home, "config", "config.json"), "utf8")).moniker).toBe("node-a");

    const validate = await runInProcess(["genesis", "validate", "--home", home]);
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate.stdout).toMatch(/is a valid genesis file/);

    expectOneLineError(await runInProcess(["init", "node-a", "--chain-id", "tributary-test-1", "--home", home]), /^Error: genesis file already exists at .*--overwrite/);
    const again = await runInProcess(["init", "node-b", "--chain-id", "tributary-test-2", "--home", home, "--overwrite", "-o", "json"]);
    expect(again.code, again.stderr).toBe(0);
    // keys survive --overwrite, so the validator stays the same
    expect(JSON.parse(again.stdout).validator_address).toBe(pv.address);
  });

  it("dev-init funds the documented dev accounts, imports them, and validates", async () => {
    const home = newHome();
    const r = await runInProcess(["dev-init", "--home", home, "--chain-id", "tributary-local-1"]);
    expect(r.code, r.stderr).toBe(0);
    for (const a of DEV_ACCOUNTS) expect(r.stdout).toContain(a.address);
    expect(r.stdout).toMatch(/DEV ONLY/);
    const genesis = JSON.parse(readFileSync(join(home, "config", "genesis.json"), "utf8"));
    const everyone = [...DEV_ACCOUNTS, DEV_VALIDATOR];
    const balance = (addr: string) => genesis.app_state.bank.balances.find((b: { address: string }) => b.address === addr)?.coins[0].amount;
    for (const a of DEV_ACCOUNTS) expect(balance(a.address)).toBe("1000000000000");
    // The validator operator self-bonds through staking: its bond sits in the bonded pool.
    expect(balance(DEV_VALIDATOR.address)).toBe(String(1_000_000_000_000n - DEV_VALIDATOR_SELF_BOND));
    expect(balance(addressString(moduleAddress("bonded_tokens_pool")))).toBe(String(DEV_VALIDATOR_SELF_BOND));
    expect(genesis.app_state.bank.supply).toEqual([{ denom: "utrib", amount: String(1_000_000_000_000n * BigInt(everyone.length)) }]);
    const [validator] = genesis.app_state.staking.validators;
    expect(genesis.app_state.staking.validators).toHaveLength(1);
    expect([validator.status, validator.tokens, validator.consensus_pubkey.key]).toEqual(["BOND_STATUS_BONDED", String(DEV_VALIDATOR_SELF_BOND), genesis.validators[0].pub_key.value]);
    expect(genesis.app_state.staking.delegations).toEqual([expect.objectContaining({ delegator_address: DEV_VALIDATOR.address, validator_address: validator.operator_address })]);
    expect(genesis.validators[0].power).toBe(String(DEV_VALIDATOR_SELF_BOND / 1_000_000n));
    const validate = await runInProcess(["genesis", "validate", join(home, "config", "genesis.json")]);
    const keys = await runInProcess(["keys", "list", "--home", home, "--output", "json"]);
    const show = await runInProcess(["keys", "show", "bob", "-a", "--home", home]);
    expect(validate.code, validate.stderr).toBe(0);
    expect(JSON.parse(keys.stdout).map((k: { name: string; address: string }) => [k.name, k.address])).toEqual(
      everyone.map((a) => [a.name, a.address]).sort(),
    );
    expect(show.stdout).toBe(`${DEV_ACCOUNTS[1].address}\n`);
    const valoper = await runInProcess(["keys", "show", "validator", "--bech", "val", "-a", "--home", home]);
    expect(valoper.stdout).toBe(`${validator.operator_address}\n`);
    const cons = await runInProcess(["keys", "show", "validator", "--bech", "cons", "-a", "--home", home]);
    expect(cons.stdout).toBe(`${consAddressString(valoperBytes(validator.operator_address))}\n`);
    const bad = await runInProcess(["keys", "show", "validator", "--bech", "foo", "--home", home]);
    expect([bad.code, bad.stderr.trim()]).toEqual([1, 'Error: --bech must be acc, val or cons, got "foo"']);
  });
});

describe("keys and genesis add-account", () => {
  it("recovers a key from stdin and adds it to genesis by name, rejecting a duplicate", async () => {
    const home = newHome();
    expect((await runInProcess(["init", "n", "--chain-id", "c-1", "--home", home])).code).toBe(0);
    // `init` makes the file keyring the home's default (client.toml); this test is about the test one.
    const add = await run(["keys", "add", "carol", "--recover", "--keyring-backend", "test", "--home", home, "-o", "json"], { input: DEV_ACCOUNTS[2].mnemonic + "\n" });
    expect(add.code, add.stderr).toBe(0);
    expect(JSON.parse(add.stdout).address).toBe(DEV_ACCOUNTS[2].address);
    const acc = await runInProcess(["genesis", "add-account", "carol", "5utrib,7stake", "--keyring-backend", "test", "--home", home]);
    expect(acc.code, acc.stderr).toBe(0);
    const genesis = JSON.parse(readFileSync(join(home, "config", "genesis.json"), "utf8"));
    expect(genesis.app_state.bank.balances).toEqual([{ address: DEV_ACCOUNTS[2].address, coins: [{ denom: "stake", amount: "7" }, { denom: "utrib", amount: "5" }] }]);
    expectOneLineError(await runInProcess(["genesis", "add-account", DEV_ACCOUNTS[2].address, "1utrib", "--home", home]), /duplicate account trib1/);
    expect((await runInProcess(["genesis", "validate", "--home", home])).code).toBe(0);
  });

  it("file backend: passphrase from the environment, wrong passphrase is a one-line error", async () => {
    const home = newHome();
    process.env.TRIBUTARY_KEYRING_PASSPHRASE = "correct horse battery";
    const add = await runInProcess(["keys", "add", "k1", "--keyring-backend", "file", "--home", home, "-o", "json"]);
    expect(add.code, add.stderr).toBe(0);
    expect(JSON.parse(add.stdout).mnemonic.split(" ")).toHaveLength(24);
    // deleting needs the passphrase: a wrong one fails and leaves the key
    process.env.TRIBUTARY_KEYRING_PASSPHRASE = "wrong";
    const wrong = await runInProcess(["keys", "delete", "k1", "--yes", "--keyring-backend", "file", "--home", home]);
    delete process.env.TRIBUTARY_KEYRING_PASSPHRASE;
    expectOneLineError(wrong, /^Error: incorrect keyring passphrase$/);
    const list = await runInProcess(["keys", "list", "--keyring-backend", "file", "--home", home, "-o", "json"]);
    expect(JSON.parse(list.stdout)).toHaveLength(1);
    // piped stdin works too (non-TTY, no env)
    const del = await run(["keys", "delete", "k1", "--yes", "--keyring-backend", "file", "--home", home], { input: "correct horse battery\n" });
    expect(del.code, del.stderr).toBe(0);
  });
});

describe("tributary testnet", () => {
  it("writes N validators' homes with one genesis that validates, and refuses to write over them", async () => {
    const dir = join(root, "tn");
    const r = await runInProcess(["testnet", "--validators", "3", "--output-dir", dir, "--base-port", "40100", "--initial-height", "1901", "-o", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const manifest = JSON.parse(r.stdout);
    expect(manifest.nodes.map((n: any) => [n.name, n.rpc])).toEqual([
      ["node0", "http://127.0.0.1:40101"],
      ["node1", "http://127.0.0.1:40111"],
      ["node2", "http://127.0.0.1:40121"],
    ]);
    for (const n of manifest.nodes) {
      const v = await runInProcess(["genesis", "validate", "--home", n.home]);
      expect(v.code, v.stderr).toBe(0);
      const toml = readFileSync(join(n.cometHome, "config", "config.toml"), "utf8");
      expect(toml).toContain(`proxy_app = "${n.abci}"`);
      for (const peer of manifest.nodes.filter((p: any) => p !== n)) expect(toml).toContain(`${peer.nodeId}@${peer.p2p.replace("tcp://", "")}`);
    }
    const genesis = JSON.parse(readFileSync(join(manifest.nodes[0].home, "config", "genesis.json"), "utf8"));
    expect(genesis.app_state.staking.validators).toHaveLength(3);
    expect(genesis.initial_height).toBe("1901");
    expectOneLineError(await runInProcess(["testnet", "--output-dir", dir]), /already holds a testnet/);
  });
});

describe("user errors are one line with a non-zero exit", () => {
  const home = join(root, "errors-home");
  const cases: [string, string[], RegExp][] = [
    ["bad chain id", ["init", "x", "--chain-id", "has space", "--home", home], /invalid --chain-id: .*whitespace/],
    ["missing chain id", ["init", "x", "--home", home], /required option '--chain-id <id>' not specified/],
    ["unknown command", ["frobnicate"], /unknown command 'frobnicate'/],
    ["unknown key", ["keys", "show", "nobody", "--home", home], /key "nobody" not found/],
    ["bad key name", ["keys", "add", "../x", "--home", home], /invalid key name/],
    ["bad backend", ["keys", "list", "--keyring-backend", "os", "--home", home], /--keyring-backend must be test or file/],
    ["bad output", ["keys", "list", "--output", "yaml", "--home", home], /--output must be json or text/],
    ["missing genesis", ["genesis", "validate", "--home", home], /cannot read genesis file .*ENOENT/],
    ["bad bech32", ["genesis", "add-account", "trib1qqqq", "1utrib", "--home", home], /trib1qqqq/],
    ["unreachable node", ["query", "bank", "balances", DEV_ACCOUNTS[0].address, "--node", "tcp://127.0.0.1:9"], /cannot reach node at http:\/\/127\.0\.0\.1:9/],
    ["bad address query", ["query", "auth", "account", "cosmos1abc", "--node", "tcp://127.0.0.1:9"], /cosmos1abc/],
    ["bad node url", ["status", "--node", "127.0.0.1:26657"], /invalid --node/],
    ["bad tx hash", ["query", "tx", "xyz", "--node", "tcp://127.0.0.1:9"], /invalid tx hash/],
    ["bad coins in send", ["tx", "bank", "send", "alice", DEV_ACCOUNTS[1].address, "ten", "--home", home], /invalid coins "ten"/],
    ["bad recipient in send", ["tx", "bank", "send", "alice", "trib1zzz", "1utrib", "--home", home], /trib1zzz/],
    ["bad --rpc.laddr", ["start", "--home", home, "--rpc.laddr", "localhost"], /invalid --rpc.laddr/],
    ["bad --api.address", ["start", "--home", home, "--api.address", "localhost:1317"], /invalid --api.address "localhost:1317": expected tcp:\/\/host:port/],
    ["bad --consensus", ["start", "--home", home, "--consensus", "tendermint"], /invalid --consensus "tendermint": expected solo or cometbft/],
    ["--rpc.laddr with cometbft", ["start", "--home", home, "--consensus", "cometbft", "--rpc.laddr", "tcp://127.0.0.1:1"], /--rpc.laddr does not apply with --consensus cometbft: CometBFT serves the RPC/],
    ["--abci.laddr with solo", ["start", "--home", home, "--abci.laddr", "tcp://127.0.0.1:1"], /--abci.laddr only applies with --consensus cometbft/],
    ["bad --abci.laddr", ["start", "--home", home, "--consensus", "cometbft", "--abci.laddr", "unix://rel.sock"], /invalid --abci.laddr "unix:\/\/rel.sock": expected tcp:\/\/host:port or unix:\/\/\/path/],
    ["cometbft without a home", ["start", "--home", join(root, "no-such-home"), "--consensus", "cometbft"], /node config not found .*run `tributary init` first/],
    ["bad --height", ["genesis", "export", "--height", "-1", "--home", home], /--height must be a positive integer/],
    ["testnet without validators", ["testnet", "--validators", "0", "--output-dir", join(root, "tn0")], /--validators must be an integer from 1 to 50/],
    ["testnet bad initial height", ["testnet", "--initial-height", "0", "--output-dir", join(root, "tn0")], /--initial-height must be an integer >= 1, got "0"/],
    ["testnet bad timeout", ["testnet", "--timeout-commit", "fast", "--output-dir", join(root, "tn0")], /--timeout-commit must be a duration/],
    ["testnet start without a testnet", ["testnet", "start", "--output-dir", join(root, "no-testnet")], /testnet\.json not found: create the network with `tributary testnet/],
    ["fork without --validator", ["genesis", "fork", join(root, "x.json"), "--chain-id", "f-1"], /required option '--validator/],
    ["fork bad --validator", ["genesis", "fork", join(root, "x.json"), "--chain-id", "f-1", "--validator", "abc"], /invalid --validator "abc": expected <ed25519 pubkey base64 or hex>=<power>/],
    ["fork short pubkey", ["genesis", "fork", join(root, "x.json"), "--chain-id", "f-1", "--validator", "AAAA=5"], /an ed25519 public key is 32 bytes, got 3/],
    ["fork missing export", ["genesis", "fork", join(root, "x.json"), "--chain-id", "f-1", "--validator", `${"ab".repeat(32)}=5`], /cannot read genesis file .*ENOENT/],
    ["fork bad chain id", ["genesis", "fork", join(root, "x.json"), "--chain-id", "has space", "--validator", `${"ab".repeat(32)}=5`], /invalid --chain-id/],
    ["datanet create without --from", ["tx", "datanet", "create", "x", "--home", home], /required option '--from <key>' not specified/],
    ["datanet bad --policy", ["tx", "datanet", "create", "x", "--policy", "maybe", "--from", "alice", "--home", home], /--policy must be open or curated, got "maybe"/],
    ["datanet bad curator", ["tx", "datanet", "create", "x", "--curators", "trib1zzz", "--from", "alice", "--home", home], /trib1zzz/],
    ["datanet bad --deposit", ["tx", "datanet", "create", "x", "--deposit", "ten", "--from", "alice", "--home", home], /invalid --deposit "ten": expected one coin like 1000utrib/],
    ["datanet update nothing", ["tx", "datanet", "update", "1", "--from", "alice", "--home", home], /nothing to update: give at least one of --name/],
    ["datanet update bad status", ["tx", "datanet", "update", "1", "--status", "paused", "--from", "alice", "--home", home], /--status must be active or closed/],
    ["contribute bad datanet id", ["tx", "datanet", "contribute", "0", "x.jsonl", "--from", "alice", "--home", home], /invalid datanet id "0": expected a positive integer/],
    ["contribute missing path", ["tx", "datanet", "contribute", "1", join(root, "none.jsonl"), "--from", "alice", "--home", home], /cannot read .*none\.jsonl: ENOENT/],
    ["contribute bad --gas", ["tx", "datanet", "contribute", "1", "x", "--gas", "lots", "--from", "alice", "--home", home], /--gas must be "auto" or a positive integer/],
    ["contribute bad --max-tx-bytes", ["tx", "datanet", "contribute", "1", "x", "--max-tx-bytes", "100", "--from", "alice", "--home", home], /--max-tx-bytes 100 is too small/],
    ["review bad decision", ["tx", "datanet", "review", "5", "maybe", "--from", "bob", "--home", home], /decision must be accept or reject, got "maybe"/],
    ["review reject without reason", ["tx", "datanet", "review", "5", "reject", "--from", "bob", "--home", home], /a rejection needs --reason/],
    ["withdraw bad id", ["tx", "datanet", "withdraw", "abc", "--from", "bob", "--home", home], /invalid contribution id "abc"/],
    ["query datanet bad id", ["query", "datanet", "datanet", "-3", "--node", "tcp://127.0.0.1:9"], /invalid datanet id "-3"/],
    ["query contributions bad status", ["query", "datanet", "contributions", "--status", "lost", "--node", "tcp://127.0.0.1:9"], /--status must be pending, accepted, rejected or withdrawn/],
    ["query contributions --all with --limit", ["query", "datanet", "contributions", "--all", "--limit", "5", "--node", "tcp://127.0.0.1:9"], /--all fetches every page: leave out --limit and --page-key/],
    ["query datanets --limit 0", ["query", "datanet", "datanets", "--limit", "0", "--node", "tcp://127.0.0.1:9"], /--limit must be at least 1/],
    ["query stats bad address", ["query", "datanet", "stats", "trib1nope", "--node", "tcp://127.0.0.1:9"], /trib1nope/],
    ["query datanet unreachable", ["query", "datanet", "params", "--node", "tcp://127.0.0.1:9"], /cannot reach node at http:\/\/127\.0\.0\.1:9/],
    ["attribution record without --datanet", ["tx", "attribution", "record", "--text", "some text", "--from", "alice", "--home", home], /name at least one datanet version with --datanet <id>:<version>/],
    ["attribution record bad --datanet", ["tx", "attribution", "record", "--datanet", "3", "--text", "x", "--from", "alice", "--home", home], /invalid --datanet "3": expected <datanet-id>:<version>/],
    ["attribution record version 0", ["tx", "attribution", "record", "--datanet", "3:0", "--text", "x", "--from", "alice", "--home", home], /invalid --datanet version "0": expected a positive integer/],
    ["attribution record missing --text-file", ["tx", "attribution", "record", "--datanet", "1:1", "--text-file", join(root, "none.txt"), "--from", "alice", "--home", home], /cannot read --text-file .*none\.txt: ENOENT/],
    ["attribution record empty text", ["tx", "attribution", "record", "--datanet", "1:1", "--text", " ", "--from", "alice", "--home", home], /--text is empty: give the model output to attribute/],
    ["attribution record without text", ["tx", "attribution", "record", "--datanet", "1:1", "--from", "alice", "--home", home], /give the model output to attribute with --text <text> or --text-file <path>/],
    ["attribution record the old --output @file", ["tx", "attribution", "record", "--datanet", "1:1", "--output", "@answer.txt", "--from", "alice", "--home", home], /--output must be json or text, got "@answer.txt" \(the model output goes in --text <text> or --text-file <path>\)/],
    ["attribution attribute --output json is the format, not the text", ["query", "attribution", "attribute", "--datanet", "1:1", "--output", "json", "--node", "tcp://127.0.0.1:9"], /give the model output to attribute with --text <text> or --text-file <path>/],
    ["attribution attribute both --text and --text-file", ["query", "attribution", "attribute", "--datanet", "1:1", "--text", "x", "--text-file", "y.txt", "--node", "tcp://127.0.0.1:9"], /give --text or --text-file, not both/],
    ["attribution attribute bad format", ["query", "attribution", "attribute", "--datanet", "1:1", "--text", "x", "-o", "yaml", "--node", "tcp://127.0.0.1:9"], /--output must be json or text, got "yaml"/],
    ["attribution records without filter", ["query", "attribution", "records", "--node", "tcp://127.0.0.1:9"], /give exactly one of --contributor <address> or --contribution <id>/],
    ["attribution records bad contributor", ["query", "attribution", "records", "--contributor", "trib1nope", "--node", "tcp://127.0.0.1:9"], /trib1nope/],
    ["attribution verify bad id", ["attribution", "verify", "x1", "--node", "tcp://127.0.0.1:9"], /invalid record id "x1"/],
    ["attribution explain unreachable", ["attribution", "explain", "1", "--node", "tcp://127.0.0.1:9"], /cannot reach node at http:\/\/127\.0\.0\.1:9/],
    ["rebuild-content unreachable", ["datanet", "rebuild-content", "--node", "tcp://127.0.0.1:9", "--home", home], /cannot reach node at http:\/\/127\.0\.0\.1:9/],
  ];
  it.each(cases)("%s", async (_name, args, pattern) => {
    expectOneLineError(await runInProcess(args), pattern);
  });

  it("refuses a --text-file that is not UTF-8 rather than attributing replacement characters", async () => {
    const file = join(root, "latin1.txt");
    writeFileSync(file, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    expectOneLineError(
      await runInProcess(["query", "attribution", "attribute", "--datanet", "1:1", "--text-file", file, "--node", "tcp://127.0.0.1:9"]),
      /--text-file .*latin1\.txt is not valid UTF-8/,
    );
  });

  it("holds for the real binary too", async () => {
    const [a, b] = await Promise.all([
      run(["init", "x", "--chain-id", "has space", "--home", home]),
      run(["query", "bank", "balances", DEV_ACCOUNTS[0].address, "--node", "tcp://127.0.0.1:9"]),
    ]);
    expectOneLineError(a, /^Error: invalid --chain-id/);
    expectOneLineError(b, /^Error: cannot reach node/);
  });
});
