/**
 * The upgrade plan through real governance (test/support/govProposal.ts: a submitted proposal,
 * the bonded validator's yes vote, a block past the voting period): a v1 chain's proposal carrying
 * MsgSoftwareUpgrade passes and schedules the plan; one whose plan height is already past fails
 * in execution and leaves the plan alone; the chain (an old binary: no handlers) then stops at the
 * plan height with the exact line. The new binary's side is in upgrade.test.ts.
 */
import { ProposalStatus } from "cosmjs-types/cosmos/gov/v1/gov";
import { QueryCurrentPlanResponse } from "cosmjs-types/cosmos/upgrade/v1beta1/query";
import { MsgSoftwareUpgrade } from "cosmjs-types/cosmos/upgrade/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GOV_AUTHORITY } from "../../chain/authority.ts";
import { rulesAt } from "../../chain/rules.ts";
import { upgradeNeededLine } from "../../modules/upgrade/halt.ts";
import { StakingHarness } from "../stakingHarness.ts";
import { passProposal } from "../support/govProposal.ts";

const upgradeAny = (plan: { name: string; height: bigint; info: string }): Any => ({
  typeUrl: "/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade",
  value: MsgSoftwareUpgrade.encode(MsgSoftwareUpgrade.fromPartial({ authority: GOV_AUTHORITY, plan })).finish(),
});

async function currentPlan(s: StakingHarness) {
  const res = await s.h.app.query({ path: "/cosmos.upgrade.v1beta1.Query/CurrentPlan", data: new Uint8Array(), height: 0n, prove: false });
  return QueryCurrentPlanResponse.decode(res.value).plan;
}

describe("an upgrade plan passed by governance", () => {
  let s: StakingHarness;
  let plan: { name: string; height: bigint; info: string };
  beforeAll(async () => {
    s = await StakingHarness.create({ validators: [{ account: 0, power: 100n }] });
    plan = { name: "v2", height: s.h.height + 20n, info: "https://example.invalid/v2" };
  });
  afterAll(async () => s?.close());

  it("a proposal carrying MsgSoftwareUpgrade passes and schedules the plan on a rules version 1 chain", async () => {
    expect(rulesAt(s.h.store.committed(), s.h.height + 1n).version).toBe(1);
    expect(await currentPlan(s)).toBeUndefined();
    const { status } = await passProposal(s.h, { messages: [upgradeAny(plan)], title: "v2" });
    expect(status).toBe(ProposalStatus.PROPOSAL_STATUS_PASSED);
    expect(await currentPlan(s)).toMatchObject({ name: "v2", height: plan.height, info: plan.info });
  });

  it("a proposal whose plan height has passed fails in execution and leaves the scheduled plan", async () => {
    const { status } = await passProposal(s.h, { messages: [upgradeAny({ name: "late", height: 2n, info: "" })], title: "late" });
    expect(status).toBe(ProposalStatus.PROPOSAL_STATUS_FAILED);
    expect(await currentPlan(s)).toMatchObject({ name: "v2", height: plan.height });
  });

  it("the old binary stops at the plan height with the exact line, committing nothing of that block", async () => {
    while (s.h.height < plan.height - 1n) await s.h.deliver([]);
    const root = s.h.store.rootHash;
    await expect(s.h.deliver([])).rejects.toThrow(upgradeNeededLine(plan));
    expect(s.h.store.version).toBe(plan.height - 1n);
    expect(s.h.store.rootHash).toEqual(root);
  });
});
