import { MsgCancelUpgrade, MsgCancelUpgradeResponse, MsgSoftwareUpgrade, MsgSoftwareUpgradeResponse } from "cosmjs-types/cosmos/upgrade/v1beta1/tx";
import { addressBytes } from "../../chain/address.ts";
import { requireGovAuthority } from "../../chain/authority.ts";
import type { MsgHandler } from "../../chain/module.ts";
import { upgradeErrors } from "./errors.ts";
import type { UpgradeKeeper } from "./keeper.ts";
import { MAX_PLAN_INFO_BYTES, MAX_PLAN_NAME_BYTES, UPGRADE_MODULE, type Plan } from "./types.ts";

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/** Plan.ValidateBasic: a name, a positive height, no time and no upgraded client state (both removed in the SDK). */
export function validatePlan(p: MsgSoftwareUpgrade["plan"] | undefined): Plan {
  if (!p) throw upgradeErrors.invalidPlan.wrap("plan is required");
  if (p.name.trim() === "") throw upgradeErrors.invalidPlan.wrap("name cannot be empty");
  if (utf8Length(p.name) > MAX_PLAN_NAME_BYTES) throw upgradeErrors.invalidPlan.wrap(`name is ${utf8Length(p.name)} bytes, at most ${MAX_PLAN_NAME_BYTES}`);
  if (utf8Length(p.info) > MAX_PLAN_INFO_BYTES) throw upgradeErrors.invalidPlan.wrap(`info is ${utf8Length(p.info)} bytes, at most ${MAX_PLAN_INFO_BYTES}`);
  if (p.height <= 0n) throw upgradeErrors.invalidPlan.wrap(`height must be greater than 0, got ${p.height}`);
  if (p.time && (p.time.seconds !== 0n || p.time.nanos !== 0)) throw upgradeErrors.invalidPlan.wrap("time-based upgrades have been deprecated in the SDK: set height, not time");
  if (p.upgradedClientState) throw upgradeErrors.invalidPlan.wrap("upgraded_client_state is deprecated in the SDK: it must be empty");
  return { name: p.name, height: p.height, info: p.info };
}

/** MsgSoftwareUpgrade: only through a passed gov proposal; schedules (or replaces) the plan. */
export function msgSoftwareUpgradeHandler(k: UpgradeKeeper): MsgHandler<MsgSoftwareUpgrade> {
  return {
    typeUrl: "/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade",
    responseTypeUrl: "/cosmos.upgrade.v1beta1.MsgSoftwareUpgradeResponse",
    module: UPGRADE_MODULE,
    decode: (b) => MsgSoftwareUpgrade.decode(b),
    validateBasic(msg) {
      addressBytes(msg.authority, "authority");
      validatePlan(msg.plan);
    },
    signers: (msg) => [msg.authority],
    // PERF: two reads and one write.
    handle(ctx, msg) {
      requireGovAuthority(msg.authority);
      k.scheduleUpgrade(ctx, validatePlan(msg.plan));
      return MsgSoftwareUpgradeResponse.encode({}).finish();
    },
  };
}

/** MsgCancelUpgrade: only through a passed gov proposal; drops the scheduled plan. */
export function msgCancelUpgradeHandler(k: UpgradeKeeper): MsgHandler<MsgCancelUpgrade> {
  return {
    typeUrl: "/cosmos.upgrade.v1beta1.MsgCancelUpgrade",
    responseTypeUrl: "/cosmos.upgrade.v1beta1.MsgCancelUpgradeResponse",
    module: UPGRADE_MODULE,
    decode: (b) => MsgCancelUpgrade.decode(b),
    validateBasic: (msg) => void addressBytes(msg.authority, "authority"),
    signers: (msg) => [msg.authority],
    // PERF: one read and one delete.
    handle(ctx, msg) {
      requireGovAuthority(msg.authority);
      k.cancelUpgrade(ctx);
      return MsgCancelUpgradeResponse.encode({}).finish();
    },
  };
}
