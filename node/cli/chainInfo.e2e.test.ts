/**
 * `tributary chain-info` against a real node: Keplr's ChainInfo from the node's status and denom
 * metadata, the chain-registry files, and bad input as one-line errors.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { QueryClient, setupBankExtension } from "@cosmjs/stargate";
import { freePort } from "../../test/processNode.ts";
import { TEST_NODE_CHAIN_ID, type TestNode, makeTestHome, startTestNode } from "../../test/testNode.ts";
import { loadNodeConfig, writeNodeConfig } from "../config.ts";
import { expectOneLineError, runInProcess } from "./cliTestHarness.ts";

describe("tributary chain-info", () => {
  let t: TestNode;
  let dir: string;
  beforeAll(async () => {
    // A minimum gas price other than the default, so the ChainInfo's steps are seen to come from the node.
    const home = makeTestHome();
    const config = loadNodeConfig(home);
    config.minimum_gas_prices = "0.004utrib";
    writeNodeConfig(home, config);
    t = await startTestNode({ home });
    dir = mkdtempSync(join(tmpdir(), "trib-chain-info-"));
  });
  afterAll(async () => {
    await t?.stop();
    if (t) rmSync(t.home, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it("the node serves utrib's denom metadata over /cosmos.bank.v1beta1.Query/DenomsMetadata", async () => {
    const comet = await Comet38Client.connect(t.rpcUrl);
    try {
      const [m] = await QueryClient.withExtensions(comet, setupBankExtension).bank.denomsMetadata();
      expect(m).toMatchObject({ base: "utrib", display: "TRIB", symbol: "TRIB", name: "Tributary" });
      expect(m!.denomUnits.map((u) => [u.denom, u.exponent])).toEqual([["utrib", 0], ["mtrib", 3], ["TRIB", 6]]);
    } finally {
      comet.disconnect();
    }
  });

  it("prints Keplr's ChainInfo from the node", async () => {
    const r = await runInProcess(["chain-info", "--node", t.rpcUrl, "--home", t.home, "-o", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const info = JSON.parse(r.stdout);
    const trib = { coinDenom: "TRIB", coinMinimalDenom: "utrib", coinDecimals: 6 };
    expect(info).toEqual({
      chainId: TEST_NODE_CHAIN_ID,
      chainName: "Tributary",
      rpc: t.rpcUrl,
      rest: "http://127.0.0.1:1317",
      bip44: { coinType: 118 },
      bech32Config: {
        bech32PrefixAccAddr: "trib",
        bech32PrefixAccPub: "tribpub",
        bech32PrefixValAddr: "tribvaloper",
        bech32PrefixValPub: "tribvaloperpub",
        bech32PrefixConsAddr: "tribvalcons",
        bech32PrefixConsPub: "tribvalconspub",
      },
      currencies: [trib],
      feeCurrencies: [{ ...trib, gasPriceStep: { low: 0.004, average: 0.008, high: 0.016 } }],
      stakeCurrency: trib,
      features: [],
    });
    // The price came from the node (cosmos.base.node.v1beta1.Service/Config): no fallback note.
    expect(r.stderr).toBe("");
  });

  it("--rest and --chain-name go into the ChainInfo; --registry writes chain.json and assetlist.json", async () => {
    const reg = join(dir, "registry");
    const r = await runInProcess(["chain-info", "--node", t.rpcUrl, "--home", t.home, "--rest", "https://lcd.example.org/", "--chain-name", "Tributary Devnet", "--registry", reg]);
    expect(r.code, r.stderr).toBe(0);
    const info = JSON.parse(r.stdout);
    expect(info.rest).toBe("https://lcd.example.org");
    expect(info.chainName).toBe("Tributary Devnet");

    const chain = JSON.parse(readFileSync(join(reg, "chain.json"), "utf8"));
    expect(chain).toMatchObject({
      $schema: expect.stringMatching(/chain\.schema\.json$/),
      chain_name: "tributarydevnet",
      chain_type: "cosmos",
      status: "live",
      network_type: "testnet",
      pretty_name: "Tributary Devnet",
      chain_id: TEST_NODE_CHAIN_ID,
      bech32_prefix: "trib",
      daemon_name: "tributary",
      key_algos: ["secp256k1"],
      slip44: 118,
      fees: { fee_tokens: [{ denom: "utrib", fixed_min_gas_price: 0.004, low_gas_price: 0.004, average_gas_price: 0.008, high_gas_price: 0.016 }] },
      staking: { staking_tokens: [{ denom: "utrib" }] },
      apis: { rpc: [{ address: t.rpcUrl }], rest: [{ address: "https://lcd.example.org" }] },
    });
    const assets = JSON.parse(readFileSync(join(reg, "assetlist.json"), "utf8"));
    expect(assets.$schema).toMatch(/assetlist\.schema\.json$/);
    expect(assets.chain_name).toBe("tributarydevnet");
    expect(assets.assets).toEqual([
      {
        description: expect.any(String),
        denom_units: [
          { denom: "utrib", exponent: 0, aliases: ["microtrib"] },
          { denom: "mtrib", exponent: 3, aliases: ["millitrib"] },
          { denom: "TRIB", exponent: 6 },
        ],
        type_asset: "sdk.coin",
        base: "utrib",
        name: "Tributary",
        display: "TRIB",
        symbol: "TRIB",
      },
    ]);
  });

  it("refuses an unreachable --node with one line naming it", async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    expectOneLineError(await runInProcess(["chain-info", "--home", t.home, "--node", url]), new RegExp(`^Error: cannot reach node at ${url}: ECONNREFUSED`));
  });

  it.each([
    ["a malformed --node", ["--node", "localhost"], /^Error: invalid --node "localhost"/],
    ["a malformed --rest", ["--rest", "lcd.example.org"], /^Error: invalid --rest "lcd.example.org": expected http\(s\):\/\/host:port/],
    ["a bad --network-type", ["--network-type", "prod"], /^Error: invalid --network-type "prod": expected mainnet, testnet, devnet/],
  ])("refuses %s with one line", async (_what, args, pattern) => {
    const withNode = args.includes("--node") ? args : ["--node", t.rpcUrl, ...args];
    expectOneLineError(await runInProcess(["chain-info", "--home", t.home, ...withNode]), pattern);
  });
});
