import { Params } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { MsgUpdateParams, MsgUpdateParamsResponse } from "cosmjs-types/cosmos/auth/v1beta1/tx";
import { addressBytes } from "../../chain/address.ts";
import { paramsAsGenesis, requireGovAuthority } from "../../chain/authority.ts";
import type { Context } from "../../chain/context.ts";
import type { MsgHandler } from "../../chain/module.ts";
import { paramsFromJson, paramsToJson } from "./genesis.ts";
import type { AuthKeeper } from "./keeper.ts";

/**
 * MsgUpdateParams (v0.47+): replaces every auth param; only the gov module account may send it
 * (a passed proposal). All params must be supplied: a zero (absent) one is refused, as the
 * SDK's Params.Validate does, with the same checks and field names as genesis.
 */
export function msgUpdateParamsHandler(k: AuthKeeper): MsgHandler<MsgUpdateParams> {
  return {
    typeUrl: "/cosmos.auth.v1beta1.MsgUpdateParams",
    responseTypeUrl: "/cosmos.auth.v1beta1.MsgUpdateParamsResponse",
    module: "auth",
    decode: (b) => MsgUpdateParams.decode(b),
    validateBasic: (msg) => void addressBytes(msg.authority, "authority"),
    signers: (msg) => [msg.authority],
    // PERF: one write.
    handle(ctx: Context, msg) {
      requireGovAuthority(msg.authority);
      const wire = msg.params ?? Params.fromPartial({});
      k.setParams(ctx, paramsAsGenesis(() => paramsFromJson(paramsToJson(wire))));
      return MsgUpdateParamsResponse.encode({}).finish();
    },
  };
}
