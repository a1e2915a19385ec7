/**
 * The refusals around upgrades and rules versions: upgrade messages signed by anyone but gov or
 * with a bad plan, a new binary started before the plan height, genesis rules versions (absent =
 * version 1 and nothing written), a parameter set or message the block's rules do not have yet,
 * and a schedule that would go back.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MsgCancelUpgrade, MsgSoftwareUpgrade } from "cosmjs-types/cosmos/upgrade/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { GOV_AUTHORITY } from "../../chain/authority.ts";
import { ChainError } from "../../chain/errors.ts";
import { utf8 } from "../../chain/keys.ts";
import { assertMsgAvailable, readRulesSchedule, rulesAt, rulesOf, rulesTable, scheduleRules } from "../../chain/rules.ts";
import { MemBranch } from "../../chain/store/memBranch.ts";
import { validateAppState } from "../../modules/index.ts";
import { attributionParamsFor } from "../../modules/attribution/rules.ts";
import { knownUpgrades } from "../../node/upgrades/index.ts";
import { checkUpgradeAtStartup } from "../../node/upgrades/startup.ts";
import { goldenAppState, goldenKeys, ROLE } from "../golden/genesis.ts";
import { goldenRegistry } from "../golden/txs.ts";
import { UpgradeChain } from "./upgradeChain.ts";

goldenRegistry.register("/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade", MsgSoftwareUpgrade);
goldenRegistry.register("/cosmos.upgrade.v1beta1.MsgCancelUpgrade", MsgCancelUpgrade);

const PLAN = { name: "v2", height: 8n, info: "" };
const asAny = (plan: typeof PLAN): Any => ({
  typeUrl: "/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade",
  value: MsgSoftwareUpgrade.encode(MsgSoftwareUpgrade.fromPartial({ authority: GOV_AUTHORITY, plan })).finish(),
});

async function keysUnder(chain: UpgradeChain, prefix: string): Promise<string[]> {
  const out: string[] = [];
  const p = utf8(prefix);
  const end = utf8(prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1));
  for await (const [k] of chain.store.committed().iterate({ gte: p, lt: end })) out.push(new TextDecoder().decode(k));
  return out;
}

describe("upgrade messages and start-up refusals", () => {
  let chain: UpgradeChain;
  const { delegator } = ROLE;
  beforeAll(async () => {
    // Gov passes the plan at the end of block 2; a bad plan (empty name) at block 3 fails whole.
    chain = await UpgradeChain.create(undefined, new Map([[2n, [[asAny(PLAN)]]], [3n, [[asAny({ ...PLAN, name: "" })]]]]));
    await chain.block();
  }, 60_000);
  afterAll(async () => chain?.close());

  it("a genesis without an upgrade section writes nothing for it: no schedule, no upgrade keys, rules version 1", async () => {
    expect(await keysUnder(chain, "upgrade/")).toEqual([]);
    expect(chain.store.committed().get(utf8("app/rules_schedule"))).toBeUndefined();
    expect(rulesAt(chain.store.committed(), 2n).version).toBe(1);
  });

  it("MsgSoftwareUpgrade or MsgCancelUpgrade signed by an account is refused by the handler: invalid authority", async () => {
    const me = chain.signer.address(delegator);
    const res = await chain.block([
      chain.tx(delegator, "upgrade by an account", [{ typeUrl: "/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade", value: MsgSoftwareUpgrade.fromPartial({ authority: me, plan: { ...PLAN, name: "mine" } }) }], "fail"),
      chain.tx(delegator, "cancel by an account", [{ typeUrl: "/cosmos.upgrade.v1beta1.MsgCancelUpgrade", value: { authority: me } }], "fail"),
    ]);
    for (const r of res.txResults) {
      expect(r.codespace).toBe("gov");
      expect(r.code).toBe(13);
      expect(r.log).toContain(`invalid authority; expected ${GOV_AUTHORITY}, got ${me}`);
    }
    // Gov's plan of the end of block 2 is the only one.
    expect(chain.keepers.upgrade.getPlan(chain.store.committed())).toEqual(PLAN);
  });

  it("an empty plan name is refused before anything runs (also when gov executes it), and the scheduled plan stays", async () => {
    const me = chain.signer.address(delegator);
    const res = await chain.block([chain.tx(delegator, "empty name", [{ typeUrl: "/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade", value: MsgSoftwareUpgrade.fromPartial({ authority: me, plan: { ...PLAN, name: "" } }) }], "reject")]);
    expect(res.txResults[0]).toMatchObject({ codespace: "upgrade", code: 8 });
    expect(res.txResults[0]!.log).toContain("name cannot be empty");
    const gov = chain.govResults.get(3n)![0];
    expect(gov).toBeInstanceOf(ChainError);
    expect(gov).toMatchObject({ codespace: "upgrade", code: 8 });
    expect(chain.keepers.upgrade.getPlan(chain.store.committed())).toEqual(PLAN);
  });

  it("a binary that already has the plan's handler refuses to start before the plan height (BINARY UPDATED BEFORE TRIGGER)", () => {
    chain.restart(knownUpgrades);
    expect(() => checkUpgradeAtStartup(chain.store.committed(), chain.store.version, chain.keepers.upgrade, knownUpgrades(chain.keepers))).toThrow(
      /^BINARY UPDATED BEFORE TRIGGER! UPGRADE "v2" - in binary but not executed on chain \(scheduled at height 8\)/,
    );
    chain.restart(undefined);
    expect(() => checkUpgradeAtStartup(chain.store.committed(), chain.store.version, chain.keepers.upgrade, new Map())).not.toThrow();
  });
});

describe("genesis rules versions", () => {
  it("a genesis may start on version 2 (from the initial height); an unknown version is refused naming the field", async () => {
    const s = goldenAppState(goldenKeys());
    const chain = await UpgradeChain.create(undefined, new Map(), { ...s, upgrade: { rules_version: 2, applied_plans: [] } });
    try {
      await chain.block();
      expect(readRulesSchedule(chain.store.committed())).toEqual([{ height: 1n, version: 2 }]);
      expect(rulesAt(chain.store.committed(), 1n).version).toBe(2);
    } finally {
      await chain.close();
    }
    // Attribution's set 3 needs rules version 2: a v1 genesis naming it is refused at InitChain.
    const v1WithSet3 = structuredClone(s);
    v1WithSet3.attribution.params.params_version = 3;
    await expect(UpgradeChain.create(undefined, new Map(), v1WithSet3)).rejects.toThrow(/engine parameter set 3 is not available under rules version 1/);
    expect(() => validateAppState({ ...s, upgrade: { rules_version: 3 } })).toThrow(/app_state\.upgrade\.rules_version: 3 is not a rules version this binary knows \(1\.\.2\)/);
    expect(() => validateAppState({ ...s, upgrade: { rules_version: 2, applied_plans: [{ name: "", height: "3" }] } })).toThrow(/applied_plans\[0\]\.name: cannot be empty/);
  }, 60_000);
});

describe("rules tables and the schedule", () => {
  it("attribution parameter set 3 exists only from rules version 2", () => {
    expect(() => attributionParamsFor(rulesOf(1), 3)).toThrow(/engine parameter set 3 is not available under rules version 1 \(available: 1, 2\)/);
    expect(attributionParamsFor(rulesOf(2), 3).paramsVersion).toBe(3);
    expect(attributionParamsFor(rulesOf(1), 2).paramsVersion).toBe(2);
  });

  it("a message type registered from a later version is refused below it", () => {
    expect(() => assertMsgAvailable("/x.Msg", 2, rulesOf(1))).toThrow(/\/x\.Msg is available from rules version 2; this block runs rules version 1/);
    expect(() => assertMsgAvailable("/x.Msg", 2, rulesOf(2))).not.toThrow();
    expect(() => assertMsgAvailable("/x.Msg", undefined, rulesOf(1))).not.toThrow();
  });

  it("a table gives each version the value of the highest listed version at or below it; version 1 must be listed", () => {
    const t = rulesTable("t", { 1: "a", 2: "b" });
    expect([t.at(rulesOf(1)), t.at(rulesOf(2))]).toEqual(["a", "b"]);
    expect(rulesTable("u", { 1: "a" }).at(rulesOf(2))).toBe("a");
    expect(() => rulesTable("v", { 2: "b" })).toThrow(/version 1 must be listed/);
    expect(() => rulesOf(3)).toThrow(/unknown rules version 3/);
  });

  it("the schedule only moves forward: a later height and a later version", () => {
    const kv = new MemBranch({ get: () => undefined, has: () => false, async *iterate() {} });
    expect(rulesAt(kv, 100n).version).toBe(1);
    scheduleRules(kv, 10n, 2);
    expect([rulesAt(kv, 9n).version, rulesAt(kv, 10n).version]).toEqual([1, 2]);
    expect(() => scheduleRules(kv, 20n, 2)).toThrow(/rules version 2 is not after the scheduled version 2/);
    expect(() => scheduleRules(kv, 20n, 1)).toThrow(/rules version 1 is not after the scheduled version 2/);
    expect(readRulesSchedule(kv)).toEqual([{ height: 10n, version: 2 }]);
  });
});
