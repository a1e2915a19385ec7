import type { Params } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { MsgUpdateParams, MsgUpdateParamsResponse } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { addressBytes } from "../../../chain/address.ts";
import { paramsAsGenesis, requireGovAuthority } from "../../../chain/authority.ts";
import type { Context } from "../../../chain/context.ts";
import { decFromWire, formatDec } from "../../../chain/dec.ts";
import { sdkErrors } from "../../../chain/errors.ts";
import type { MsgHandler } from "../../../chain/module.ts";
import { durationNanos, formatDuration } from "../../../chain/timestamp.ts";
import { validateParams } from "../genesis.ts";
import { paramsFromJson } from "../genesisJson.ts";
import type { StakingKeeper } from "../keeper.ts";
import type { StakingParams } from "../types.ts";

/** Wire params to genesis JSON, so genesis's parser and Params.Validate run on them unchanged. */
function paramsJsonFromWire(p: Params | undefined): unknown {
  if (!p) throw sdkErrors.invalidRequest.wrap("params: must be set (all parameters are replaced)");
  return {
    unbonding_time: formatDuration(durationNanos(p.unbondingTime)),
    max_validators: p.maxValidators,
    max_entries: p.maxEntries,
    historical_entries: p.historicalEntries,
    bond_denom: p.bondDenom,
    min_commission_rate: formatDec(decFromWire(p.minCommissionRate || "0", "params.min_commission_rate")),
  };
}

/**
 * MsgUpdateParams (v0.47+): replaces every staking param; only the gov module account may send
 * it, and the params pass genesis's checks (Params.Validate). Unlike the SDK, bond_denom cannot
 * change: the bonded and not-bonded pools, every validator's tokens and the supply checks are in
 * the old denom, so a new one would leave them unbacked.
 */
export function msgUpdateParamsHandler(k: StakingKeeper): MsgHandler<MsgUpdateParams> {
  return {
    typeUrl: "/cosmos.staking.v1beta1.MsgUpdateParams",
    responseTypeUrl: "/cosmos.staking.v1beta1.MsgUpdateParamsResponse",
    module: "staking",
    decode: (b) => MsgUpdateParams.decode(b),
    validateBasic: (msg) => void addressBytes(msg.authority, "authority"),
    signers: (msg) => [msg.authority],
    // PERF: one write.
    handle(ctx: Context, msg) {
      requireGovAuthority(msg.authority);
      const p: StakingParams = paramsAsGenesis(() => {
        const parsed = paramsFromJson(paramsJsonFromWire(msg.params));
        validateParams(parsed);
        return parsed;
      });
      const current = k.getParams(ctx.kv).bondDenom;
      if (p.bondDenom !== current) throw sdkErrors.invalidRequest.wrap(`params.bond_denom: cannot change from ${current} to ${p.bondDenom}: the staking pools hold ${current}`);
      k.setParams(ctx, p);
      return MsgUpdateParamsResponse.encode({}).finish();
    },
  };
}
