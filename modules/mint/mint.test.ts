/**
 * The mint module in the real App: BeginBlock mints every block exactly what the SDK would
 * (bonded ratio from staking, the supply grows by the provisions and the fee collector gets
 * them), the queries, genesis export → import, each genesis validation error, and
 * MsgUpdateParams refused to anyone but the gov authority.
 */
import { afterEach, describe, expect, it } from "vitest";
import { QueryAnnualProvisionsResponse, QueryInflationResponse, QueryParamsResponse } from "cosmjs-types/cosmos/mint/v1beta1/query";
import { MsgUpdateParams } from "cosmjs-types/cosmos/mint/v1beta1/tx";
import { QuerySupplyOfRequest, QuerySupplyOfResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { ModuleAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { addressString, moduleAddress } from "../../chain/address.ts";
import { GenesisError } from "../../chain/genesisError.ts";
import { addGenesisValidator } from "../../genesis/staking.ts";
import type { GenesisDoc } from "../../genesis/types.ts";
import { exportAppState } from "../../node/export.ts";
import { AppHarness, registry } from "../../test/appHarness.ts";
import { consKey, flatEvents } from "../../test/stakingHarness.ts";
import { validateAppState } from "../index.ts";
import { defaultMintGenesis } from "./genesis.ts";

/** The SDK's default genesis (5-second blocks), which the SDK-computed numbers below assume. */
const sdkMintGenesis = () => ({ ...defaultMintGenesis(), params: { ...defaultMintGenesis().params, blocks_per_year: "6311520" } });
import { MINT_AUTHORITY } from "./msgs.ts";

if (!registry.lookupType("/cosmos.mint.v1beta1.MsgUpdateParams")) registry.register("/cosmos.mint.v1beta1.MsgUpdateParams", MsgUpdateParams);

const FEE_COLLECTOR = addressString(moduleAddress("fee_collector"));
const MINT = addressString(moduleAddress("mint"));
const DISTRIBUTION = addressString(moduleAddress("distribution"));
const STORAGE_POOL = addressString(moduleAddress("storage_rewards_pool"));
/** Where a provision ends up within its block: rewards takes its share, distribution allocates the rest. */
const allocated = async (h: AppHarness) => (await h.balance(DISTRIBUTION)) + (await h.balance(STORAGE_POOL));
const ascii = (b: Uint8Array) => new TextDecoder().decode(b);

/** 2 accounts of 5·10^11 utrib; account 1 bonds 4·10^11: supply 10^12, bonded ratio 0.4. */
function bondedChain(appState?: (s: any) => void): Promise<AppHarness> {
  return AppHarness.create({
    accounts: 2,
    balances: [{ denom: "utrib", amount: "500000000000" }],
    appState: (s) => {
      // The harness shares one coins array between accounts (structuredClone would keep that): give each its own.
      s.bank.balances = JSON.parse(JSON.stringify(s.bank.balances));
      const doc = { app_state: s, genesis_time: "2023-11-14T22:13:20Z" } as unknown as GenesisDoc;
      addGenesisValidator(doc, { operator: s.bank.balances[1].address, consensusPubkey: consKey(1), selfBond: 400_000_000_000n, moniker: "v" });
      s.mint = sdkMintGenesis(); // the harness's default mints nothing
      appState?.(s);
    },
  });
}

async function query<T>(h: AppHarness, method: string, decode: (b: Uint8Array) => T, data = new Uint8Array()): Promise<T> {
  const res = await h.app.query({ path: `/cosmos.mint.v1beta1.Query/${method}`, data, height: 0n, prove: false });
  if (res.code !== 0) throw new Error(res.log);
  return decode(res.value);
}

async function supply(h: AppHarness): Promise<bigint> {
  const res = await h.app.query({ path: "/cosmos.bank.v1beta1.Query/SupplyOf", data: QuerySupplyOfRequest.encode({ denom: "utrib" }).finish(), height: 0n, prove: false });
  return BigInt(QuerySupplyOfResponse.decode(res.value).amount.amount);
}

const mintEvent = (events: { type: string; attributes: { key: string; value: string }[] }[]) =>
  Object.fromEntries(events.find((e) => e.type === "mint")!.attributes.map((a) => [a.key, a.value]));

describe("mint BeginBlock", () => {
  let h: AppHarness | undefined;
  let g: AppHarness | undefined;
  afterEach(async () => {
    await h?.close();
    await g?.close();
    h = g = undefined;
  });

  it("mints the SDK's provision every block into the fee collector; the supply grows by exactly that", async () => {
    // Block 1 already ran in create(); the SDK's run of the same chain (minter.test.ts) gives these.
    h = await bondedChain();
    // Rewards' and distribution's BeginBlocks (after mint's) take the provision from fee_collector in
    // the same block: the storage pool its share, the community pool the rest (nobody signs here).
    expect(await h.balance(FEE_COLLECTOR)).toBe(0n);
    expect(await allocated(h)).toBe(20597n);
    expect(await supply(h)).toBe(1000000020597n);
    const expected = [
      ["0.399999991761200169", "0.130000016600774615", "130000019278.384956926154745155"],
      ["0.399999983522400678", "0.130000024901162303", "130000030256.383328778479909782"],
      ["0.399999975283601527", "0.130000033201550244", "130000041234.382295556991127004"],
      ["0.399999967044802715", "0.130000041501938438", "130000052212.381857261704029944"],
    ];
    for (const [i, [ratio, inflation, provisions]] of expected.entries()) {
      const res = await h.deliver([]);
      expect(mintEvent(res.events)).toEqual({ bonded_ratio: ratio, inflation, annual_provisions: provisions, amount: "20597", mode: "BeginBlock" });
      // Minted into the mint account, then moved to the fee collector, as the SDK's events say.
      const ev = flatEvents(res.events);
      expect(ev).toContain(`coinbase.minter=${MINT}`);
      expect(ev).toContain("coinbase.amount=20597utrib");
      expect(ev).toContain(`transfer.recipient=${FEE_COLLECTOR}`);
      expect(await h.balance(FEE_COLLECTOR)).toBe(0n);
      expect(await allocated(h)).toBe(20597n * BigInt(i + 2));
      expect(await supply(h)).toBe(1000000000000n + 20597n * BigInt(i + 2));
      expect(await h.balance(MINT)).toBe(0n);
    }
    expect(ascii((await query(h, "Inflation", QueryInflationResponse.decode)).inflation)).toBe("130000041501938438");
    expect(ascii((await query(h, "AnnualProvisions", QueryAnnualProvisionsResponse.decode)).annualProvisions)).toBe("130000052212381857261704029944");
  });

  it("fees and minted coins both land in the fee collector", async () => {
    h = await AppHarness.create({ accounts: 2, appState: (s) => (s.mint = sdkMintGenesis()) });
    const before = await allocated(h);
    const supplyBefore = await supply(h);
    const res = await h.deliver([await h.signTx(0, { msgs: [h.send(0, h.accounts[1]!.address, "1")], fee: [{ denom: "utrib", amount: "7000" }] })]);
    expect(res.txResults[0]!.code, res.txResults[0]!.log).toBe(0);
    const minted = BigInt(mintEvent(res.events).amount!);
    // No bonded tokens: the ratio is 0 and inflation climbs toward the max.
    expect(mintEvent(res.events).bonded_ratio).toBe("0.000000000000000000");
    expect(minted).toBeGreaterThan(0n);
    // The minted coins were allocated in this block (distribution runs after mint); the tx's fee
    // waits in fee_collector for the next block's allocation.
    expect(await h.balance(FEE_COLLECTOR)).toBe(7000n);
    expect(await allocated(h)).toBe(before + minted);
    expect(await supply(h)).toBe(supplyBefore + minted);
  });

  it("mints nothing while the provision rounds to zero, and says so", async () => {
    h = await AppHarness.create({ accounts: 1, balances: [{ denom: "utrib", amount: "1000" }], appState: (s) => (s.mint = sdkMintGenesis()) });
    const res = await h.deliver([]);
    expect(mintEvent(res.events).amount).toBe("0");
    expect(flatEvents(res.events).some((e) => e.startsWith("coinbase."))).toBe(false);
    expect(await supply(h)).toBe(1000n);
  });

  it("the mint module account exists with the minter permission and refuses user sends", async () => {
    h = await AppHarness.create({ accounts: 1 });
    const res = await h.app.query({ path: "/cosmos.auth.v1beta1.Query/Account", data: QueryAccountRequest.encode({ address: MINT }).finish(), height: 0n, prove: false });
    const acc = ModuleAccount.decode(QueryAccountResponse.decode(res.value).account!.value);
    expect([acc.name, acc.permissions]).toEqual(["mint", ["minter"]]);
    const sent = await h.deliver([await h.signTx(0, { msgs: [h.send(0, MINT, "1")] })]);
    expect(sent.txResults[0]!.code).not.toBe(0);
    expect(sent.txResults[0]!.log).toMatch(/mint module account/);
    expect(await h.balance(MINT)).toBe(0n);
  });
});

describe("mint queries and params", () => {
  let h: AppHarness | undefined;
  afterEach(() => h?.close());

  it("Params carries the genesis params as LegacyDec wire values", async () => {
    h = await AppHarness.create({ accounts: 1, appState: (s) => (s.mint = { ...sdkMintGenesis(), params: { ...sdkMintGenesis().params, goal_bonded: "0.5", blocks_per_year: "1000" } }) });
    const { params } = await query(h, "Params", QueryParamsResponse.decode);
    expect(params).toEqual({
      mintDenom: "utrib",
      inflationRateChange: "130000000000000000",
      inflationMax: "200000000000000000",
      inflationMin: "70000000000000000",
      goalBonded: "500000000000000000",
      blocksPerYear: 1000n,
    });
  });

  it("MsgUpdateParams from anyone but the gov authority is refused and changes nothing", async () => {
    h = await AppHarness.create({ accounts: 1 });
    const { params } = await query(h, "Params", QueryParamsResponse.decode);
    const msg = { typeUrl: "/cosmos.mint.v1beta1.MsgUpdateParams", value: { authority: h.accounts[0]!.address, params: { ...params, blocksPerYear: 1n } } };
    const res = await h.deliver([await h.signTx(0, { msgs: [msg] })]);
    const r = res.txResults[0]!;
    expect([r.codespace, r.code]).toEqual(["gov", 13]);
    expect(r.log).toContain(`invalid authority; expected ${MINT_AUTHORITY}, got ${h.accounts[0]!.address}`);
    expect((await query(h, "Params", QueryParamsResponse.decode)).params).toEqual(params);
  });
});

describe("mint genesis", () => {
  let h: AppHarness | undefined;
  let g: AppHarness | undefined;
  afterEach(async () => {
    await h?.close();
    await g?.close();
    h = g = undefined;
  });

  it("defaults are the SDK's with utrib", () => {
    expect(defaultMintGenesis()).toEqual({
      minter: { inflation: "0.130000000000000000", annual_provisions: "0.000000000000000000" },
      params: {
        mint_denom: "utrib",
        inflation_rate_change: "0.130000000000000000",
        inflation_max: "0.200000000000000000",
        inflation_min: "0.070000000000000000",
        goal_bonded: "0.670000000000000000",
        blocks_per_year: "31557600",
      },
    });
  });

  it("export → import → export is the same, and the next block mints the same on both chains", async () => {
    h = await bondedChain((s) => (s.mint = { ...sdkMintGenesis(), params: { ...sdkMintGenesis().params, inflation_max: "0.5" } }));
    for (let i = 0; i < 3; i++) await h.deliver([]);
    const exported = await exportAppState(h.store.committed(), h.height);
    expect(exported.mint).toEqual({
      minter: { inflation: "0.130000033201550244", annual_provisions: "130000041234.382295556991127004" },
      params: { ...sdkMintGenesis().params, inflation_max: "0.500000000000000000" },
    });
    expect(() => validateAppState(structuredClone(exported))).not.toThrow();
    g = await AppHarness.create({ accounts: 2, appState: (s) => Object.assign(s, structuredClone(exported)) });
    expect((await exportAppState(g.store.committed(), g.height)).mint).toEqual({
      // g's create() ran one block: the same block h runs next.
      minter: { inflation: "0.130000041501938438", annual_provisions: "130000052212.381857261704029944" },
      params: { ...sdkMintGenesis().params, inflation_max: "0.500000000000000000" },
    });
    const next = await h.deliver([]);
    expect(mintEvent(next.events).annual_provisions).toBe("130000052212.381857261704029944");
  });

  const cases: [string, (m: any) => void, string, RegExp][] = [
    ["blank denom", (m) => (m.params.mint_denom = " "), "params.mint_denom", /mint denom cannot be blank/],
    ["bad denom", (m) => (m.params.mint_denom = "u"), "params.mint_denom", /invalid denom/],
    ["negative rate change", (m) => (m.params.inflation_rate_change = "-0.1"), "params.inflation_rate_change", /inflation rate change cannot be negative: -0.100000000000000000/],
    ["rate change > 1", (m) => (m.params.inflation_rate_change = "1.01"), "params.inflation_rate_change", /inflation rate change too large/],
    ["negative max", (m) => (m.params.inflation_max = "-0.2"), "params.inflation_max", /max inflation cannot be negative/],
    ["max > 1", (m) => (m.params.inflation_max = "2"), "params.inflation_max", /max inflation too large/],
    ["negative min", (m) => (m.params.inflation_min = "-0.07"), "params.inflation_min", /min inflation cannot be negative/],
    ["min > 1", (m) => (m.params.inflation_min = "1.5"), "params.inflation_min", /min inflation too large/],
    ["zero goal", (m) => (m.params.goal_bonded = "0"), "params.goal_bonded", /goal bonded must be positive: 0.000000000000000000/],
    ["goal > 1", (m) => (m.params.goal_bonded = "1.1"), "params.goal_bonded", /goal bonded too large/],
    ["zero blocks per year", (m) => (m.params.blocks_per_year = "0"), "params.blocks_per_year", /blocks per year must be positive/],
    ["blocks per year > u64", (m) => (m.params.blocks_per_year = "18446744073709551616"), "params.blocks_per_year", /does not fit in a uint64/],
    ["blocks per year not a number", (m) => (m.params.blocks_per_year = "5s"), "params.blocks_per_year", /not a non-negative integer/],
    ["max < min", (m) => (m.params.inflation_max = "0.05"), "params.inflation_max", /max inflation \(0.050000000000000000\) must be greater than or equal to min inflation \(0.070000000000000000\)/],
    ["19 decimals", (m) => (m.params.goal_bonded = "0.6700000000000000001"), "params.goal_bonded", /at most 18 decimal places/],
    ["wire form in JSON", (m) => (m.params.goal_bonded = 67), "params.goal_bonded", /must be a string/],
    ["missing params", (m) => delete m.params, "params", /must be an object/],
    ["negative inflation", (m) => (m.minter.inflation = "-0.01"), "minter.inflation", /mint parameter Inflation should be positive, is -0.010000000000000000/],
    ["negative provisions", (m) => (m.minter.annual_provisions = "-1"), "minter.annual_provisions", /cannot be negative/],
    ["missing minter", (m) => delete m.minter, "minter", /must be an object/],
  ];
  for (const [name, edit, field, reason] of cases) {
    it(`refuses ${name}, naming app_state.mint.${field}`, () => {
      const mint = sdkMintGenesis() as any;
      edit(mint);
      let err: unknown;
      try {
        validateAppState({ mint });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(GenesisError);
      expect((err as GenesisError).field).toBe(`app_state.mint.${field}`);
      expect((err as GenesisError).reason).toMatch(reason);
    });
  }

  it("a chain whose genesis is refused does not start", async () => {
    await expect(AppHarness.create({ accounts: 1, appState: (s) => (s.mint = { ...sdkMintGenesis(), params: { ...sdkMintGenesis().params, goal_bonded: "0" } }) })).rejects.toThrow(/goal bonded must be positive/);
  });
});
