/**
 * `genesis gentx` and `genesis collect-gentxs` as an operator runs them (the CLI's code path, in
 * process): the gentx file lands where the SDK puts it, a refused gentx is one line naming the
 * file and leaves genesis.json as it was, and --comet-home gets the other nodes as peers.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeCometHome } from "../../cometbft/config.ts";
import { homePaths, loadNodeKey, nodeIdFromKey } from "../../home.ts";
import { expectOneLineError, runInProcess } from "../cliTestHarness.ts";
import { withPersistentPeers } from "./gentxPeers.ts";

const dir = mkdtempSync(join(tmpdir(), "trib-gentx-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const KEYRING = ["--keyring-backend", "test"];

async function ok(args: string[]): Promise<string> {
  const r = await runInProcess(args);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout + r.stderr;
}

async function operatorHome(name: string): Promise<{ home: string; address: string; nodeId: string }> {
  const home = join(dir, name);
  await ok(["init", name, "--chain-id", "cli-gentx-1", "--home", home]);
  const { address } = JSON.parse(await ok(["keys", "add", "op", ...KEYRING, "--home", home, "-o", "json"])) as { address: string };
  return { home, address, nodeId: nodeIdFromKey(loadNodeKey(home)) };
}

describe("genesis gentx / collect-gentxs", () => {
  it("writes config/gentx/gentx-<node id>.json; collect refuses a tampered one by file name, then collects and writes the peers", async () => {
    const [a, b] = [await operatorHome("a"), await operatorHome("b")];
    for (const op of [a, b]) await ok(["genesis", "add-account", op.address, "500000000utrib", "--home", a.home]);
    writeFileSync(homePaths(b.home).genesis, readFileSync(homePaths(a.home).genesis));

    // Refused before signing: more than the genesis balance, the wrong denom, another chain id.
    expectOneLineError(await runInProcess(["genesis", "gentx", "op", "600000000utrib", ...KEYRING, "--home", a.home]), /cannot make the gentx: app_state\.bank\.balances: account trib1\w+ holds 500000000utrib in genesis but its self-delegation is 600000000utrib/);
    expectOneLineError(await runInProcess(["genesis", "gentx", "op", "1000000stake", ...KEYRING, "--home", a.home]), /amount: must be in the bond denom utrib, got stake/);
    expectOneLineError(await runInProcess(["genesis", "gentx", "op", "1000000utrib", "--chain-id", "other-1", ...KEYRING, "--home", a.home]), /--chain-id other-1 is not the genesis chain_id cli-gentx-1/);
    expect(existsSync(join(homePaths(a.home).configDir, "gentx"))).toBe(false);

    for (const [op, port] of [[a, 26656], [b, 26666]] as const) {
      const out = await ok(["genesis", "gentx", "op", "200000000utrib", "--ip", "10.0.0.7", "--p2p-port", String(port), ...KEYRING, "--home", op.home]);
      expect(out).toContain(`gentx-${op.nodeId}.json`);
    }
    const gentxDir = join(homePaths(a.home).configDir, "gentx");
    const bFile = join(homePaths(b.home).configDir, "gentx", `gentx-${b.nodeId}.json`);
    const bJson = JSON.parse(readFileSync(bFile, "utf8")) as { body: { memo: string; messages: { value: { amount: string } }[] } };
    expect(bJson.body.memo).toBe(`${b.nodeId}@10.0.0.7:26666`);

    // b's gentx altered in transit: refused, naming the file, genesis untouched.
    const genesisBefore = readFileSync(homePaths(a.home).genesis, "utf8");
    const altered = structuredClone(bJson);
    altered.body.messages[0]!.value.amount = "300000000";
    writeFileSync(join(gentxDir, `gentx-${b.nodeId}.json`), JSON.stringify(altered));
    const refused = await runInProcess(["genesis", "collect-gentxs", "--home", a.home]);
    expectOneLineError(refused, new RegExp(`gentx refused, genesis unchanged: .*gentx-${b.nodeId}\\.json: gentx\\.signatures\\[0\\]: signature does not verify`));
    expect(readFileSync(homePaths(a.home).genesis, "utf8")).toBe(genesisBefore);

    // The real one: collected; the coordinator's CometBFT home gets b as its only peer.
    writeFileSync(join(gentxDir, `gentx-${b.nodeId}.json`), readFileSync(bFile));
    const cometHome = join(dir, "a-comet");
    writeCometHome(cometHome, { moniker: "a", proxyApp: "tcp://127.0.0.1:26658", rpcLaddr: "tcp://127.0.0.1:26657", p2pLaddr: "tcp://0.0.0.0:26656", persistentPeers: [], timeoutCommit: "1s" });
    const out = JSON.parse((await runInProcess(["genesis", "collect-gentxs", "--home", a.home, "--comet-home", cometHome, "-o", "json"])).stdout) as { gen_txs: number; persistent_peers: string };
    expect(out).toMatchObject({ gen_txs: 2, persistent_peers: `${b.nodeId}@10.0.0.7:26666` });
    expect(readFileSync(join(cometHome, "config", "config.toml"), "utf8")).toContain(`persistent_peers = "${b.nodeId}@10.0.0.7:26666"`);
    const doc = JSON.parse(readFileSync(homePaths(a.home).genesis, "utf8")) as { validators: unknown[]; app_state: { genutil: { gen_txs: unknown[] } } };
    expect(doc.validators).toEqual([]);
    expect(doc.app_state.genutil.gen_txs).toHaveLength(2);
    expect(readFileSync(homePaths(cometHome).genesis, "utf8")).toBe(readFileSync(homePaths(a.home).genesis, "utf8"));
    await ok(["genesis", "validate", "--home", a.home]);
    expect(readdirSync(gentxDir).sort()).toEqual([`gentx-${a.nodeId}.json`, `gentx-${b.nodeId}.json`].sort());
  }, 60_000);

  it("sets persistent_peers in the [p2p] table and nowhere else", () => {
    const toml = 'moniker = "x"\n[rpc]\npersistent_peers = "not-this"\n[p2p]\nladdr = "tcp://0.0.0.0:26656"\npersistent_peers = ""\n[mempool]\nsize = 1\n';
    const out = withPersistentPeers(toml, ["id1@1.2.3.4:26656", "id2@5.6.7.8:26656"]);
    expect(out).toBe(toml.replace('persistent_peers = ""', 'persistent_peers = "id1@1.2.3.4:26656,id2@5.6.7.8:26656"'));
    expect(withPersistentPeers('[p2p]\nladdr = "x"\n', ["p@h:1"])).toBe('[p2p]\npersistent_peers = "p@h:1"\nladdr = "x"\n');
  });
});
