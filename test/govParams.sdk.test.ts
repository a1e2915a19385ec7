/**
 * MsgUpdateParams of auth, bank, staking, slashing and distribution, bank's MsgSetSendEnabled and
 * distribution's MsgCommunityPoolSpend, run as a passed proposal runs them (the gov module
 * account as the authority, through the app's router and handlers) on the real modules: the
 * params change and each module's Params query shows it; a wrong authority and invalid params
 * are refused with a clear error and nothing written. A real tx claiming another authority is
 * refused in a block too.
 */
import type { EncodeObject, GeneratedType } from "@cosmjs/proto-signing";
import { QueryParamsResponse as AuthParamsResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { MsgUpdateParams as AuthUpdate } from "cosmjs-types/cosmos/auth/v1beta1/tx";
import { QueryParamsResponse as BankParamsResponse, QuerySendEnabledRequest, QuerySendEnabledResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { MsgSetSendEnabled, MsgUpdateParams as BankUpdate } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { QueryCommunityPoolResponse, QueryParamsResponse as DistrParamsResponse } from "cosmjs-types/cosmos/distribution/v1beta1/query";
import { MsgCommunityPoolSpend, MsgUpdateParams as DistrUpdate } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { QueryParamsResponse as SlashingParamsResponse, QuerySigningInfosResponse } from "cosmjs-types/cosmos/slashing/v1beta1/query";
import { MsgUpdateParams as SlashingUpdate } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import { QueryParamsResponse as StakingParamsResponse } from "cosmjs-types/cosmos/staking/v1beta1/query";
import { MsgUpdateParams as StakingUpdate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { afterEach, describe, expect, it } from "vitest";
import { addressString, moduleAddress } from "../chain/address.ts";
import { GOV_AUTHORITY } from "../chain/authority.ts";
import { validateAppState } from "../modules/index.ts";
import { exportAppState } from "../node/export.ts";
import { AppHarness, registry } from "./appHarness.ts";
import { StakingHarness } from "./stakingHarness.ts";
import { type GovExecution, executeAsGov } from "./support/asGovAuthority.ts";

const TYPES: [string, GeneratedType][] = [
  ["/cosmos.auth.v1beta1.MsgUpdateParams", AuthUpdate],
  ["/cosmos.bank.v1beta1.MsgUpdateParams", BankUpdate],
  ["/cosmos.bank.v1beta1.MsgSetSendEnabled", MsgSetSendEnabled],
  ["/cosmos.staking.v1beta1.MsgUpdateParams", StakingUpdate],
  ["/cosmos.slashing.v1beta1.MsgUpdateParams", SlashingUpdate],
  ["/cosmos.distribution.v1beta1.MsgUpdateParams", DistrUpdate],
  ["/cosmos.distribution.v1beta1.MsgCommunityPoolSpend", MsgCommunityPoolSpend],
];
for (const [url, type] of TYPES) if (!registry.lookupType(url)) registry.register(url, type);

const msg = (typeUrl: string, value: object): EncodeObject => ({ typeUrl, value });

let h: AppHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function params<T>(h: AppHarness, module: string, decode: (b: Uint8Array) => T, on?: GovExecution): Promise<T> {
  const path = `/cosmos.${module}.v1beta1.Query/Params`;
  return decode(on ? await on.query(path) : await (await executeAsGov(h, [])).query(path));
}

/** A refusal: the error's codespace, code and text, and that nothing was written. */
function expectRefused(r: GovExecution, codespace: string, code: number, text: string | RegExp): void {
  expect(r.error, "the message should have been refused").toBeDefined();
  expect([r.error!.codespace, r.error!.code]).toEqual([codespace, code]);
  expect(r.error!.message).toMatch(text);
  expect(r.written).toEqual([]);
}

const wrongAuthority = (who: string) => `invalid authority; expected ${GOV_AUTHORITY}, got ${who}`;

describe("MsgUpdateParams of the SDK modules, as gov", () => {
  it("auth: replaces the params; a wrong authority and a zero param are refused", async () => {
    h = await AppHarness.create({ accounts: 1 });
    const before = (await params(h, "auth", AuthParamsResponse.decode)).params!;
    const next = { ...before, maxMemoCharacters: 512n, txSigLimit: 3n };
    const ok = await executeAsGov(h, [msg("/cosmos.auth.v1beta1.MsgUpdateParams", { authority: GOV_AUTHORITY, params: next })]);
    expect(ok.error).toBeUndefined();
    expect((await params(h, "auth", AuthParamsResponse.decode, ok)).params).toEqual(next);

    const other = h.accounts[0]!.address;
    expectRefused(await executeAsGov(h, [msg("/cosmos.auth.v1beta1.MsgUpdateParams", { authority: other, params: next })]), "gov", 13, wrongAuthority(other));
    const zero = await executeAsGov(h, [msg("/cosmos.auth.v1beta1.MsgUpdateParams", { authority: GOV_AUTHORITY, params: { ...next, txSigLimit: 0n } })]);
    expectRefused(zero, "sdk", 18, "params.tx_sig_limit: must be positive");
    expect((await params(h, "auth", AuthParamsResponse.decode, zero)).params).toEqual(before);
  });

  it("a real tx whose authority is the sender is refused in its block and changes nothing", async () => {
    h = await AppHarness.create({ accounts: 1 });
    const before = (await params(h, "auth", AuthParamsResponse.decode)).params!;
    const me = h.accounts[0]!.address;
    const res = await h.deliver([await h.signTx(0, { msgs: [msg("/cosmos.auth.v1beta1.MsgUpdateParams", { authority: me, params: { ...before, maxMemoCharacters: 1n } })] })]);
    const r = res.txResults[0]!;
    expect([r.codespace, r.code]).toEqual(["gov", 13]);
    expect(r.log).toContain(wrongAuthority(me));
    expect((await params(h, "auth", AuthParamsResponse.decode)).params).toEqual(before);
  });

  it("bank: default_send_enabled changes; the deprecated per-denom list in params is refused", async () => {
    h = await AppHarness.create({ accounts: 1 });
    const ok = await executeAsGov(h, [msg("/cosmos.bank.v1beta1.MsgUpdateParams", { authority: GOV_AUTHORITY, params: { sendEnabled: [], defaultSendEnabled: false } })]);
    expect(ok.error).toBeUndefined();
    expect((await params(h, "bank", BankParamsResponse.decode, ok)).params).toEqual({ sendEnabled: [], defaultSendEnabled: false });

    const other = h.accounts[0]!.address;
    expectRefused(await executeAsGov(h, [msg("/cosmos.bank.v1beta1.MsgUpdateParams", { authority: other, params: { sendEnabled: [], defaultSendEnabled: false } })]), "gov", 13, wrongAuthority(other));
    const bad = await executeAsGov(h, [msg("/cosmos.bank.v1beta1.MsgUpdateParams", {
      authority: GOV_AUTHORITY, params: { sendEnabled: [{ denom: "utrib", enabled: false }], defaultSendEnabled: false },
    })]);
    expectRefused(bad, "sdk", 18, /params\.send_enabled: no longer supported in params; set per-denom flags with MsgSetSendEnabled/);
    expect((await params(h, "bank", BankParamsResponse.decode, bad)).params?.defaultSendEnabled).toBe(true);
  });

  it("bank MsgSetSendEnabled: sets a denom's flag, use_default_for clears it; duplicates and bad denoms are refused", async () => {
    h = await AppHarness.create({ accounts: 1 });
    const enabled = async (on: GovExecution, denom: string) =>
      QuerySendEnabledResponse.decode(await on.query("/cosmos.bank.v1beta1.Query/SendEnabled", QuerySendEnabledRequest.encode({ denoms: [denom] }).finish())).sendEnabled[0]?.enabled;
    const set = msg("/cosmos.bank.v1beta1.MsgSetSendEnabled", { authority: GOV_AUTHORITY, sendEnabled: [{ denom: "utrib", enabled: false }], useDefaultFor: [] });
    const off = await executeAsGov(h, [set]);
    expect(off.error).toBeUndefined();
    expect(await enabled(off, "utrib")).toBe(false);
    const reset = await executeAsGov(h, [set, msg("/cosmos.bank.v1beta1.MsgSetSendEnabled", { authority: GOV_AUTHORITY, sendEnabled: [], useDefaultFor: ["utrib"] })]);
    expect(reset.error).toBeUndefined();
    expect(await enabled(reset, "utrib")).toBe(true);

    const twice = msg("/cosmos.bank.v1beta1.MsgSetSendEnabled", { authority: GOV_AUTHORITY, sendEnabled: [{ denom: "utrib", enabled: false }, { denom: "utrib", enabled: true }], useDefaultFor: [] });
    expectRefused(await executeAsGov(h, [twice]), "sdk", 18, /send_enabled\[1\]\.denom: duplicate denom entries found for "utrib"/);
    const badDenom = msg("/cosmos.bank.v1beta1.MsgSetSendEnabled", { authority: GOV_AUTHORITY, sendEnabled: [], useDefaultFor: ["9x"] });
    expectRefused(await executeAsGov(h, [badDenom]), "sdk", 18, /use_default_for\[0\]: invalid denom "9x"/);
    const other = h.accounts[0]!.address;
    expectRefused(await executeAsGov(h, [{ ...set, value: { ...set.value, authority: other } }]), "gov", 13, wrongAuthority(other));
  });

  it("staking: max_validators changes; zero unbonding time and a new bond denom are refused", async () => {
    h = await AppHarness.create({ accounts: 1 });
    const before = (await params(h, "staking", StakingParamsResponse.decode)).params!;
    const update = (p: object) => executeAsGov(h!, [msg("/cosmos.staking.v1beta1.MsgUpdateParams", { authority: GOV_AUTHORITY, params: { ...before, ...p } })]);
    const ok = await update({ maxValidators: 7, minCommissionRate: "50000000000000000" });
    expect(ok.error).toBeUndefined();
    expect((await params(h, "staking", StakingParamsResponse.decode, ok)).params).toEqual({ ...before, maxValidators: 7, minCommissionRate: "50000000000000000" });

    expectRefused(await update({ unbondingTime: { seconds: 0n, nanos: 0 } }), "sdk", 18, "params.unbonding_time: unbonding time must be positive");
    expectRefused(await update({ bondDenom: "uother" }), "sdk", 18, "params.bond_denom: cannot change from utrib to uother");
    expectRefused(await update({ minCommissionRate: "2000000000000000000" }), "sdk", 18, "params.min_commission_rate: must be between 0 and 1");
    const other = h.accounts[0]!.address;
    expectRefused(await executeAsGov(h, [msg("/cosmos.staking.v1beta1.MsgUpdateParams", { authority: other, params: before })]), "gov", 13, wrongAuthority(other));
  });

  it("slashing: the window changes; a fraction above 1 is refused", async () => {
    h = await AppHarness.create({ accounts: 1 });
    const before = (await params(h, "slashing", SlashingParamsResponse.decode)).params!;
    const update = (p: object, authority = GOV_AUTHORITY) => executeAsGov(h!, [msg("/cosmos.slashing.v1beta1.MsgUpdateParams", { authority, params: { ...before, ...p } })]);
    const ok = await update({ signedBlocksWindow: 200n, downtimeJailDuration: { seconds: 60n, nanos: 0 } });
    expect(ok.error).toBeUndefined();
    expect((await params(h, "slashing", SlashingParamsResponse.decode, ok)).params).toEqual({ ...before, signedBlocksWindow: 200n, downtimeJailDuration: { seconds: 60n, nanos: 0 } });

    const tooMuch = new TextEncoder().encode("1500000000000000000");
    expectRefused(await update({ slashFractionDowntime: tooMuch }), "sdk", 18, "params.slash_fraction_downtime: must be between 0 and 1, got 1.500000000000000000");
    expectRefused(await update({ signedBlocksWindow: 0n }), "sdk", 18, "params.signed_blocks_window: signed blocks window must be positive");
    const other = h.accounts[0]!.address;
    expectRefused(await update({}, other), "gov", 13, wrongAuthority(other));
  });

  it("slashing: a new window restarts every validator's window, so the export still validates", async () => {
    const st = await StakingHarness.create({ validators: [{ account: 0, power: 10n }, { account: 1, power: 10n }], slashing: (g) => (g.params.signed_blocks_window = "10") });
    h = st.h;
    for (let i = 0; i < 3; i++) await st.blockWithVotes([{ key: 0, power: 10n }], [{ key: 1, power: 10n }]);
    const missed = await st.signingInfo(1);
    expect(missed.missedBlocksCounter).toBe(3n);
    const before = (await params(h, "slashing", SlashingParamsResponse.decode)).params!;
    const r = await executeAsGov(h, [msg("/cosmos.slashing.v1beta1.MsgUpdateParams", { authority: GOV_AUTHORITY, params: { ...before, signedBlocksWindow: 2n } })]);
    expect(r.error).toBeUndefined();
    const infos = QuerySigningInfosResponse.decode(await r.query("/cosmos.slashing.v1beta1.Query/SigningInfos")).info;
    expect(infos.map((i) => [i.missedBlocksCounter, i.indexOffset, i.startHeight])).toEqual(infos.map((i) => [0n, 0n, i.startHeight]));
    expect(infos.find((i) => i.address === missed.address)?.startHeight).toBe(missed.startHeight);
    const exported = await exportAppState(r.state, h.height);
    expect((exported.slashing as { missed_blocks: { missed_blocks: unknown[] }[] }).missed_blocks.every((m) => m.missed_blocks.length === 0)).toBe(true);
    expect(() => validateAppState(exported)).not.toThrow();
    // The same window again leaves the bitmap alone.
    const same = await executeAsGov(h, [msg("/cosmos.slashing.v1beta1.MsgUpdateParams", { authority: GOV_AUTHORITY, params: { ...before, downtimeJailDuration: { seconds: 60n, nanos: 0 } } })]);
    expect(QuerySigningInfosResponse.decode(await same.query("/cosmos.slashing.v1beta1.Query/SigningInfos")).info.find((i) => i.address === missed.address)?.missedBlocksCounter).toBe(3n);
  });

  it("distribution: the community tax changes; a tax above 1 and a proposer reward are refused", async () => {
    h = await AppHarness.create({ accounts: 1 });
    const before = (await params(h, "distribution", DistrParamsResponse.decode)).params!;
    const update = (p: object, authority = GOV_AUTHORITY) => executeAsGov(h!, [msg("/cosmos.distribution.v1beta1.MsgUpdateParams", { authority, params: { ...before, ...p } })]);
    const ok = await update({ communityTax: "100000000000000000", withdrawAddrEnabled: false });
    expect(ok.error).toBeUndefined();
    expect((await params(h, "distribution", DistrParamsResponse.decode, ok)).params).toEqual({ ...before, communityTax: "100000000000000000", withdrawAddrEnabled: false });

    expectRefused(await update({ communityTax: "1500000000000000000" }), "sdk", 18, "params.community_tax: must be between 0 and 1, got 1.500000000000000000");
    expectRefused(await update({ baseProposerReward: "10000000000000000" }), "sdk", 18, /params\.base_proposer_reward: proposer rewards are deprecated/);
    expectRefused(await update({ communityTax: "0.5" }), "sdk", 18, /params\.community_tax: "0\.5" is not a LegacyDec wire value/);
    const other = h.accounts[0]!.address;
    expectRefused(await update({}, other), "gov", 13, wrongAuthority(other));
  });
});

describe("MsgCommunityPoolSpend, as gov", () => {
  const spend = (recipient: string, amount: string, authority = GOV_AUTHORITY) =>
    msg("/cosmos.distribution.v1beta1.MsgCommunityPoolSpend", { authority, recipient, amount: [{ denom: "utrib", amount }] });
  const pool = async (on: GovExecution) => QueryCommunityPoolResponse.decode(await on.query("/cosmos.distribution.v1beta1.Query/CommunityPool")).pool;
  const balanceOn = async (on: GovExecution, address: string) => {
    const { QueryBalanceRequest, QueryBalanceResponse } = await import("cosmjs-types/cosmos/bank/v1beta1/query");
    return BigInt(QueryBalanceResponse.decode(await on.query("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address, denom: "utrib" }).finish())).balance!.amount);
  };

  /** A chain whose community pool holds 1,000,000 utrib, funded by account 0 in a real tx. */
  async function fundedChain(): Promise<AppHarness> {
    const c = await AppHarness.create({ accounts: 2 });
    const fund = msg("/cosmos.distribution.v1beta1.MsgFundCommunityPool", { depositor: c.accounts[0]!.address, amount: [{ denom: "utrib", amount: "1000000" }] });
    const res = await c.deliver([await c.signTx(0, { msgs: [fund] })]);
    expect(res.txResults[0]!.code, res.txResults[0]!.log).toBe(0);
    return c;
  }

  it("pays the recipient from the pool; the pool and the module account shrink alike and the invariants hold", async () => {
    h = await fundedChain();
    const to = h.accounts[1]!.address;
    const start = await executeAsGov(h, []);
    const [before, poolBefore] = [await balanceOn(start, to), await pool(start)];
    expect(poolBefore).toEqual([{ denom: "utrib", amount: "1000000000000000000000000" }]);
    const r = await executeAsGov(h, [spend(to, "400000")]);
    expect(r.error).toBeUndefined();
    expect(await balanceOn(r, to)).toBe(before + 400_000n);
    expect(await pool(r)).toEqual([{ denom: "utrib", amount: "600000000000000000000000" }]);
    expect(await balanceOn(r, addressString(moduleAddress("distribution")))).toBe(600_000n);
    expect(await r.brokenInvariants()).toEqual([]);
  });

  it("refuses an overdraw, a blocked module account, a wrong authority and an empty amount, changing nothing", async () => {
    h = await fundedChain();
    const to = h.accounts[1]!.address;
    expectRefused(await executeAsGov(h, [spend(to, "1000001")]), "distribution", 9, /community pool holds 1000000\.000000000000000000utrib, asked for 1000001utrib/);
    const bonded = addressString(moduleAddress("bonded_tokens_pool"));
    expectRefused(await executeAsGov(h, [spend(bonded, "1")]), "sdk", 4, `${bonded} is not allowed to receive external funds`);
    const other = h.accounts[0]!.address;
    expectRefused(await executeAsGov(h, [spend(to, "1", other)]), "gov", 13, wrongAuthority(other));
    expectRefused(await executeAsGov(h, [msg("/cosmos.distribution.v1beta1.MsgCommunityPoolSpend", { authority: GOV_AUTHORITY, recipient: to, amount: [] })]), "sdk", 10, /amount cannot be empty/);
  });
});
