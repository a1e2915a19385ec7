import { BlockIDFlag } from "cosmjs-types/tendermint/types/validator";
import { consAddressString } from "../../chain/address.ts";
import type { CommitVote, Context } from "../../chain/context.ts";
import { mulInt, roundInt } from "../../chain/dec.ts";
import { blockTime, toTimestamp } from "../../chain/timestamp.ts";
import { emitDowntimeSlash, emitLiveness } from "./events.ts";
import type { SlashingKeeper } from "./keeper.ts";
import { VALIDATOR_UPDATE_DELAY } from "./types.ts";

/**
 * HandleValidatorSignature (x/slashing/keeper/infractions.go) for one vote of
 * decided_last_commit: records signed/missed in the validator's window and, past its first
 * window, slashes and jails a validator that missed more than window − round(min_signed ×
 * window) blocks. Votes of keys staking does not know (genesis.json validators outside staking,
 * such as the solo node's) and of jailed validators are ignored.
 * PERF: a few reads and at most three writes per vote.
 */
export async function handleValidatorSignature(k: SlashingKeeper, ctx: Context, vote: CommitVote): Promise<void> {
  const cons = vote.address;
  const validator = k.staking.validatorByConsAddr(ctx.kv, cons);
  if (!validator || validator.jailed) return;
  const height = ctx.block.height;
  const params = k.getParams(ctx.kv);
  const info = k.getSigningInfo(ctx.kv, cons) ?? k.newSigningInfo(cons, height);
  const window = params.signedBlocksWindow;
  const index = info.indexOffset % window;
  info.indexOffset++;
  const previous = k.getMissed(ctx.kv, cons, index);
  const missed = vote.blockIdFlag === BlockIDFlag.BLOCK_ID_FLAG_ABSENT;
  if (!previous && missed) {
    k.setMissed(ctx, cons, index, true);
    info.missedBlocksCounter++;
  } else if (previous && !missed) {
    k.setMissed(ctx, cons, index, false);
    info.missedBlocksCounter--;
  }
  const address = consAddressString(cons);
  if (missed) {
    emitLiveness(ctx, address, info.missedBlocksCounter, height);
  }
  // MinSignedPerWindowInt rounds half to even, as LegacyDec.RoundInt64.
  const maxMissed = window - roundInt(mulInt(params.minSignedPerWindow, window));
  if (height > info.startHeight + window && info.missedBlocksCounter > maxMissed) {
    // The stake that signed the block was set two blocks before the commit's height.
    const distributionHeight = height - VALIDATOR_UPDATE_DELAY - 1n;
    const burned = await k.staking.slash(ctx, cons, distributionHeight, vote.power, params.slashFractionDowntime);
    emitDowntimeSlash(ctx, address, vote.power, burned);
    k.staking.jail(ctx, cons);
    info.jailedUntil = toTimestamp(blockTime(ctx.block) + params.downtimeJailDuration);
    // A fresh window once it is bonded again (AfterValidatorBonded resets the start height).
    info.missedBlocksCounter = 0n;
    info.indexOffset = 0n;
    await k.clearMissed(ctx, cons);
  }
  k.setSigningInfo(ctx, cons, info);
}
