import { Params } from "cosmjs-types/cosmos/slashing/v1beta1/slashing";
import { MsgUnjail, MsgUnjailResponse, MsgUpdateParams, MsgUpdateParamsResponse } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import { addressBytes, addressString, valoperBytes } from "../../chain/address.ts";
import { paramsAsGenesis, requireGovAuthority } from "../../chain/authority.ts";
import type { Context } from "../../chain/context.ts";
import { formatDec } from "../../chain/dec.ts";
import { sdkErrors } from "../../chain/errors.ts";
import type { MsgHandler } from "../../chain/module.ts";
import { blockTime, durationNanos, formatDuration, formatRfc3339, fromTimestamp } from "../../chain/timestamp.ts";
import { paramsFromJson } from "./genesis.ts";
import { slashingErrors } from "./errors.ts";
import type { SlashingKeeper } from "./keeper.ts";

export const AMINO_UNJAIL = "cosmos-sdk/MsgUnjail";

/**
 * MsgUnjail (Keeper.Unjail): the operator brings a jailed validator back once its jail time
 * has passed, if its self-delegation still covers min_self_delegation; never when tombstoned.
 */
export function msgUnjailHandler(k: SlashingKeeper): MsgHandler<MsgUnjail> {
  return {
    typeUrl: "/cosmos.slashing.v1beta1.MsgUnjail",
    responseTypeUrl: "/cosmos.slashing.v1beta1.MsgUnjailResponse",
    module: "slashing",
    decode: (b) => MsgUnjail.decode(b),
    validateBasic: (msg) => void valoperBytes(msg.validatorAddr),
    signers: (msg) => [addressString(valoperBytes(msg.validatorAddr))],
    // PERF: a few reads (validator, delegation, signing info) and the power index write.
    handle(ctx: Context, msg) {
      const op = valoperBytes(msg.validatorAddr);
      const v = k.staking.validatorByOperator(ctx.kv, op);
      if (!v) throw slashingErrors.noValidatorForAddress.wrap(`no validator ${msg.validatorAddr}`);
      const self = k.staking.selfDelegationTokens(ctx.kv, op);
      if (self === undefined) throw slashingErrors.missingSelfDelegation.wrap(`${msg.validatorAddr} has no self-delegation`);
      if (self < v.minSelfDelegation) throw slashingErrors.selfDelegationTooLowToUnjail.wrap(`${self} less than ${v.minSelfDelegation}`);
      if (!v.jailed) throw slashingErrors.validatorNotJailed.wrap(`${msg.validatorAddr} is not jailed`);
      const info = k.getSigningInfo(ctx.kv, v.consAddress);
      if (info?.tombstoned) throw slashingErrors.validatorJailed.wrap(`${msg.validatorAddr} is tombstoned for double signing and can never be unjailed`);
      if (info && blockTime(ctx.block) < fromTimestamp(info.jailedUntil)) {
        throw slashingErrors.validatorJailed.wrap(`${msg.validatorAddr} is jailed until ${formatRfc3339(fromTimestamp(info.jailedUntil))}`);
      }
      k.staking.unjail(ctx, v.consAddress);
      return MsgUnjailResponse.encode({}).finish();
    },
    amino: { name: AMINO_UNJAIL, toAmino: (msg) => ({ address: msg.validatorAddr }) },
  };
}

const DEC_TEXT = /^-?[0-9]+$/;

/** Wire params to genesis JSON, so genesis's checks run on them; a LegacyDec that is no integer text is named. */
function paramsJsonFromWire(p: Params | undefined): unknown {
  const w = p ?? Params.fromPartial({});
  const dec = (b: Uint8Array, name: string) => {
    const text = new TextDecoder().decode(b);
    if (!DEC_TEXT.test(text)) throw sdkErrors.invalidRequest.wrap(`params.${name}: ${JSON.stringify(text)} is not a LegacyDec`);
    return formatDec(BigInt(text));
  };
  return {
    signed_blocks_window: w.signedBlocksWindow.toString(),
    min_signed_per_window: dec(w.minSignedPerWindow, "min_signed_per_window"),
    downtime_jail_duration: formatDuration(durationNanos(w.downtimeJailDuration ?? { seconds: 0n, nanos: 0 })),
    slash_fraction_double_sign: dec(w.slashFractionDoubleSign, "slash_fraction_double_sign"),
    slash_fraction_downtime: dec(w.slashFractionDowntime, "slash_fraction_downtime"),
  };
}

/**
 * MsgUpdateParams (v0.47+): replaces every slashing param; only the gov module account may send
 * it, and the params pass genesis's checks (Params.Validate). A new signed_blocks_window starts
 * every validator's window afresh (missed bitmap cleared, counter and offset 0): the old bitmap's
 * indexes mean nothing in a window of another size.
 */
export function msgUpdateParamsHandler(k: SlashingKeeper): MsgHandler<MsgUpdateParams> {
  return {
    typeUrl: "/cosmos.slashing.v1beta1.MsgUpdateParams",
    responseTypeUrl: "/cosmos.slashing.v1beta1.MsgUpdateParamsResponse",
    module: "slashing",
    decode: (b) => MsgUpdateParams.decode(b),
    validateBasic: (msg) => void addressBytes(msg.authority, "authority"),
    signers: (msg) => [msg.authority],
    // PERF: one write; O(signing infos + missed bits) when the window changes.
    async handle(ctx: Context, msg) {
      requireGovAuthority(msg.authority);
      const p = paramsAsGenesis(() => paramsFromJson(paramsJsonFromWire(msg.params)));
      if (p.signedBlocksWindow !== k.getParams(ctx.kv).signedBlocksWindow) await k.resetWindows(ctx);
      k.setParams(ctx, p);
      return MsgUpdateParamsResponse.encode({}).finish();
    },
  };
}
