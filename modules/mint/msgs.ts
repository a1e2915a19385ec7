import { MsgUpdateParams, MsgUpdateParamsResponse } from "cosmjs-types/cosmos/mint/v1beta1/tx";
import { addressBytes } from "../../chain/address.ts";
import { GOV_AUTHORITY } from "../../chain/authority.ts";
import type { Context } from "../../chain/context.ts";
import { sdkErrors } from "../../chain/errors.ts";
import { GenesisError } from "../../chain/genesisError.ts";
import type { MsgHandler } from "../../chain/module.ts";
import { mintErrors } from "./errors.ts";
import { paramsFromJson, paramsToJson } from "./genesis.ts";
import { type MintKeeper, paramsFromProto } from "./keeper.ts";
import type { MintParams } from "./types.ts";

/** The account allowed to change mint params: the gov module (as the SDK's default authority). */
export const MINT_AUTHORITY = GOV_AUTHORITY;

/** Params.Validate on wire params: the same checks and messages as genesis, as an invalid request. */
function validParams(p: MsgUpdateParams["params"]): MintParams {
  try {
    return paramsFromJson(paramsToJson(paramsFromProto(p)), "params");
  } catch (e) {
    if (e instanceof GenesisError) throw sdkErrors.invalidRequest.wrap(`${e.field}: ${e.reason}`);
    throw e;
  }
}

/**
 * MsgUpdateParams (v0.50): replaces every mint param; only the authority (gov) may send it, so
 * until a gov module executes proposals no account can. All params must be supplied.
 */
export function msgUpdateParamsHandler(k: MintKeeper): MsgHandler<MsgUpdateParams> {
  return {
    typeUrl: "/cosmos.mint.v1beta1.MsgUpdateParams",
    responseTypeUrl: "/cosmos.mint.v1beta1.MsgUpdateParamsResponse",
    module: "mint",
    decode: (b) => MsgUpdateParams.decode(b),
    validateBasic: (msg) => void addressBytes(msg.authority, "authority"),
    signers: (msg) => [msg.authority],
    // PERF: one write.
    handle(ctx: Context, msg) {
      if (msg.authority !== MINT_AUTHORITY) throw mintErrors.invalidSigner.wrap(`invalid authority; expected ${MINT_AUTHORITY}, got ${msg.authority}`);
      k.setParams(ctx, validParams(msg.params));
      return MsgUpdateParamsResponse.encode({}).finish();
    },
  };
}
