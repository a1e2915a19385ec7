import { Params, ValidatorSigningInfo } from "cosmjs-types/cosmos/slashing/v1beta1/slashing";
import { consAddressString } from "../../chain/address.ts";
import type { Context } from "../../chain/context.ts";
import type { KVReader } from "../../chain/store/types.ts";
import { prefixEnd, readU64be } from "../../chain/keys.ts";
import { durationNanos, toDuration, toTimestamp } from "../../chain/timestamp.ts";
import type { SlashingStakingKeeper } from "./expected.ts";
import { MISSED_CHUNK_BITS, slashingKeys } from "./keys.ts";
import { DEFAULT_SLASHING_PARAMS, type SlashingParams } from "./types.ts";

const enc = new TextEncoder();
const dec = new TextDecoder();
/** LegacyDec in a `bytes` field: the scaled integer's decimal text (LegacyDec.Marshal). */
const decBytes = (d: bigint) => enc.encode(d.toString());
const bytesDec = (b: Uint8Array) => (b.length === 0 ? 0n : BigInt(dec.decode(b)));

/**
 * Signing infos, the missed-blocks bitmaps and params. Liveness (liveness.ts), evidence
 * (evidence.ts) and MsgUnjail (msgs.ts) are built on these accessors and on staking.
 */
export class SlashingKeeper {
  constructor(readonly staking: SlashingStakingKeeper) {}

  getParams(kv: KVReader): SlashingParams {
    const raw = kv.get(slashingKeys.params);
    if (!raw) return DEFAULT_SLASHING_PARAMS;
    const p = Params.decode(raw);
    return {
      signedBlocksWindow: p.signedBlocksWindow,
      minSignedPerWindow: bytesDec(p.minSignedPerWindow),
      downtimeJailDuration: durationNanos(p.downtimeJailDuration),
      slashFractionDoubleSign: bytesDec(p.slashFractionDoubleSign),
      slashFractionDowntime: bytesDec(p.slashFractionDowntime),
    };
  }

  setParams(ctx: Context, p: SlashingParams): void {
    ctx.kv.set(slashingKeys.params, Params.encode(paramsToProto(p)).finish());
  }

  getSigningInfo(kv: KVReader, cons: Uint8Array): ValidatorSigningInfo | undefined {
    const raw = kv.get(slashingKeys.signingInfo(cons));
    return raw ? ValidatorSigningInfo.decode(raw) : undefined;
  }

  setSigningInfo(ctx: Context, cons: Uint8Array, info: ValidatorSigningInfo): void {
    ctx.kv.set(slashingKeys.signingInfo(cons), ValidatorSigningInfo.encode(info).finish());
  }

  /** A fresh signing info starting at `height` (NewValidatorSigningInfo). */
  newSigningInfo(cons: Uint8Array, height: bigint): ValidatorSigningInfo {
    return {
      address: consAddressString(cons),
      startHeight: height,
      indexOffset: 0n,
      jailedUntil: toTimestamp(0n),
      tombstoned: false,
      missedBlocksCounter: 0n,
    };
  }

  // PERF: one read.
  getMissed(kv: KVReader, cons: Uint8Array, index: bigint): boolean {
    const chunk = kv.get(slashingKeys.missedChunk(cons, index / MISSED_CHUNK_BITS));
    const bit = index % MISSED_CHUNK_BITS;
    // A chunk is stored whole (MISSED_CHUNK_BITS / 8 bytes), so the byte is there.
    return chunk !== undefined && (chunk[Number(bit / 8n)]! & (1 << Number(bit % 8n))) !== 0;
  }

  // PERF: one read and one write (or delete when the chunk becomes all zero).
  setMissed(ctx: Context, cons: Uint8Array, index: bigint, missed: boolean): void {
    const key = slashingKeys.missedChunk(cons, index / MISSED_CHUNK_BITS);
    const chunk = ctx.kv.get(key)?.slice() ?? new Uint8Array(Number(MISSED_CHUNK_BITS / 8n));
    const bit = index % MISSED_CHUNK_BITS;
    const mask = 1 << Number(bit % 8n);
    chunk[Number(bit / 8n)] = missed ? chunk[Number(bit / 8n)]! | mask : chunk[Number(bit / 8n)]! & ~mask;
    if (chunk.every((b) => b === 0)) ctx.kv.delete(key);
    else ctx.kv.set(key, chunk);
  }

  /** Indexes of the missed blocks recorded for `cons`, ascending. */
  async missedIndexes(ctx: Context, cons: Uint8Array): Promise<bigint[]> {
    const p = slashingKeys.missedOf(cons);
    const out: bigint[] = [];
    for await (const [key, chunk] of ctx.kv.iterate({ gte: p, lt: prefixEnd(p) })) {
      const base = readU64be(key.slice(p.length)) * MISSED_CHUNK_BITS;
      chunk.forEach((byte, i) => {
        for (let b = 0; b < 8; b++) if (byte & (1 << b)) out.push(base + BigInt(i * 8 + b));
      });
    }
    return out;
  }

  /** Every validator's window starts afresh (a new signed_blocks_window): no missed bits, counter and offset 0. */
  async resetWindows(ctx: Context): Promise<void> {
    const p = slashingKeys.signingInfoPrefix;
    const infos: [Uint8Array, ValidatorSigningInfo][] = [];
    for await (const [key, v] of ctx.kv.iterate({ gte: p, lt: prefixEnd(p) })) infos.push([key.slice(p.length), ValidatorSigningInfo.decode(v)]);
    for (const [cons, info] of infos) {
      await this.clearMissed(ctx, cons);
      this.setSigningInfo(ctx, cons, { ...info, indexOffset: 0n, missedBlocksCounter: 0n });
    }
  }

  async clearMissed(ctx: Context, cons: Uint8Array): Promise<void> {
    const p = slashingKeys.missedOf(cons);
    const keys: Uint8Array[] = [];
    for await (const [key] of ctx.kv.iterate({ gte: p, lt: prefixEnd(p) })) keys.push(key);
    for (const key of keys) ctx.kv.delete(key);
  }
}

export function paramsToProto(p: SlashingParams): Params {
  return {
    signedBlocksWindow: p.signedBlocksWindow,
    minSignedPerWindow: decBytes(p.minSignedPerWindow),
    downtimeJailDuration: toDuration(p.downtimeJailDuration),
    slashFractionDoubleSign: decBytes(p.slashFractionDoubleSign),
    slashFractionDowntime: decBytes(p.slashFractionDowntime),
  };
}
