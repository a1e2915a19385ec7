import { bytesToHex } from "@noble/hashes/utils.js";
import { consAddressBytes } from "../../chain/address.ts";
import type { Context } from "../../chain/context.ts";
import { ONE, formatDec, parseDec } from "../../chain/dec.ts";
import { GenesisError } from "../../chain/genesisError.ts";
import { expectArray, expectBool, expectObject, expectString, expectUint } from "../../chain/genesisJson.ts";
import { prefixEnd } from "../../chain/keys.ts";
import { formatDuration, formatRfc3339, fromTimestamp, parseDuration, parseRfc3339, toTimestamp } from "../../chain/timestamp.ts";
import { ValidatorSigningInfo } from "cosmjs-types/cosmos/slashing/v1beta1/slashing";
import type { SlashingKeeper } from "./keeper.ts";
import { slashingKeys } from "./keys.ts";
import { DEFAULT_SLASHING_PARAMS, type SlashingParams } from "./types.ts";

/** The slashing section of app_state, in the Cosmos SDK JSON shape. */
export interface SlashingGenesis {
  params: {
    signed_blocks_window: string;
    min_signed_per_window: string;
    downtime_jail_duration: string;
    slash_fraction_double_sign: string;
    slash_fraction_downtime: string;
  };
  signing_infos: { address: string; validator_signing_info: SigningInfoJson }[];
  missed_blocks: { address: string; missed_blocks: { index: string; missed: boolean }[] }[];
}

interface SigningInfoJson {
  address: string;
  start_height: string;
  index_offset: string;
  jailed_until: string;
  tombstoned: boolean;
  missed_blocks_counter: string;
}

function at<T>(field: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof GenesisError) throw e;
    throw new GenesisError(field, (e as Error).message.replace(/: invalid (request|address)$/, ""));
  }
}

export function paramsToJson(p: SlashingParams): SlashingGenesis["params"] {
  return {
    signed_blocks_window: p.signedBlocksWindow.toString(),
    min_signed_per_window: formatDec(p.minSignedPerWindow),
    downtime_jail_duration: formatDuration(p.downtimeJailDuration),
    slash_fraction_double_sign: formatDec(p.slashFractionDoubleSign),
    slash_fraction_downtime: formatDec(p.slashFractionDowntime),
  };
}

/** Parses and checks params (Params.Validate): window > 0, jail > 0, fractions within [0, 1]. */
export function paramsFromJson(v: unknown, f = "params"): SlashingParams {
  const o = expectObject(v, f);
  const fraction = (name: string) => {
    const d = at(`${f}.${name}`, () => parseDec(expectString(o[name], `${f}.${name}`), name));
    if (d < 0n || d > ONE) throw new GenesisError(`${f}.${name}`, `must be between 0 and 1, got ${o[name]}`);
    return d;
  };
  const p: SlashingParams = {
    signedBlocksWindow: expectUint(o.signed_blocks_window, `${f}.signed_blocks_window`),
    minSignedPerWindow: fraction("min_signed_per_window"),
    downtimeJailDuration: at(`${f}.downtime_jail_duration`, () => parseDuration(expectString(o.downtime_jail_duration, `${f}.downtime_jail_duration`))),
    slashFractionDoubleSign: fraction("slash_fraction_double_sign"),
    slashFractionDowntime: fraction("slash_fraction_downtime"),
  };
  if (p.signedBlocksWindow === 0n) throw new GenesisError(`${f}.signed_blocks_window`, "signed blocks window must be positive");
  if (p.downtimeJailDuration <= 0n) throw new GenesisError(`${f}.downtime_jail_duration`, "downtime jail duration must be positive");
  return p;
}

export function defaultSlashingGenesis(): SlashingGenesis {
  return { params: paramsToJson(DEFAULT_SLASHING_PARAMS), signing_infos: [], missed_blocks: [] };
}

function infoFromJson(raw: unknown, f: string): ValidatorSigningInfo {
  const o = expectObject(raw, f);
  return {
    address: expectString(o.address, `${f}.address`),
    startHeight: expectUint(o.start_height ?? "0", `${f}.start_height`),
    indexOffset: expectUint(o.index_offset ?? "0", `${f}.index_offset`),
    jailedUntil: toTimestamp(at(`${f}.jailed_until`, () => parseRfc3339(expectString(o.jailed_until ?? "1970-01-01T00:00:00Z", `${f}.jailed_until`)))),
    tombstoned: o.tombstoned === undefined ? false : expectBool(o.tombstoned, `${f}.tombstoned`),
    missedBlocksCounter: expectUint(o.missed_blocks_counter ?? "0", `${f}.missed_blocks_counter`),
  };
}

function infoToJson(i: ValidatorSigningInfo): SigningInfoJson {
  return {
    address: i.address,
    start_height: i.startHeight.toString(),
    index_offset: i.indexOffset.toString(),
    jailed_until: formatRfc3339(fromTimestamp(i.jailedUntil)),
    tombstoned: i.tombstoned,
    missed_blocks_counter: i.missedBlocksCounter.toString(),
  };
}

/** Params, addresses, no duplicate signing info, missed-block indexes inside the window. */
export function validateSlashingGenesis(g: SlashingGenesis): void {
  const root = expectObject(g, "slashing");
  const params = paramsFromJson(root.params);
  const seen = new Set<string>();
  expectArray(root.signing_infos, "signing_infos").forEach((raw, i) => {
    const f = `signing_infos[${i}]`;
    const o = expectObject(raw, f);
    const cons = bytesToHex(at(`${f}.address`, () => consAddressBytes(expectString(o.address, `${f}.address`))));
    if (seen.has(cons)) throw new GenesisError(`${f}.address`, `duplicate signing info for ${o.address}`);
    seen.add(cons);
    infoFromJson(o.validator_signing_info, `${f}.validator_signing_info`);
  });
  expectArray(root.missed_blocks, "missed_blocks").forEach((raw, i) => {
    const f = `missed_blocks[${i}]`;
    const o = expectObject(raw, f);
    at(`${f}.address`, () => consAddressBytes(expectString(o.address, `${f}.address`)));
    expectArray(o.missed_blocks, `${f}.missed_blocks`).forEach((m, j) => {
      const e = expectObject(m, `${f}.missed_blocks[${j}]`);
      const index = expectUint(e.index, `${f}.missed_blocks[${j}].index`);
      if (index >= params.signedBlocksWindow) throw new GenesisError(`${f}.missed_blocks[${j}].index`, `${index} is outside the window of ${params.signedBlocksWindow} blocks`);
      expectBool(e.missed, `${f}.missed_blocks[${j}].missed`);
    });
  });
}

/** Writes the section; bonded validators without a signing info get one starting now. */
export async function initSlashingGenesis(k: SlashingKeeper, ctx: Context, g: SlashingGenesis): Promise<void> {
  k.setParams(ctx, paramsFromJson(g.params));
  for (const [i, s] of (g.signing_infos ?? []).entries()) {
    k.setSigningInfo(ctx, consAddressBytes(s.address), infoFromJson(s.validator_signing_info, `signing_infos[${i}].validator_signing_info`));
  }
  for (const m of g.missed_blocks ?? []) {
    const cons = consAddressBytes(m.address);
    for (const b of m.missed_blocks ?? []) if (b.missed) k.setMissed(ctx, cons, BigInt(b.index), true);
  }
  for (const cons of await k.staking.bondedConsAddresses(ctx.kv)) {
    if (!k.getSigningInfo(ctx.kv, cons)) k.setSigningInfo(ctx, cons, k.newSigningInfo(cons, ctx.block.height));
  }
}

/** PERF: grows with the signing infos and their missed blocks. */
export async function exportSlashingGenesis(k: SlashingKeeper, ctx: Context): Promise<SlashingGenesis> {
  const p = slashingKeys.signingInfoPrefix;
  const signing_infos: SlashingGenesis["signing_infos"] = [];
  const missed_blocks: SlashingGenesis["missed_blocks"] = [];
  for await (const [key, v] of ctx.kv.iterate({ gte: p, lt: prefixEnd(p) })) {
    const info = ValidatorSigningInfo.decode(v);
    signing_infos.push({ address: info.address, validator_signing_info: infoToJson(info) });
    const missed = await k.missedIndexes(ctx, key.slice(p.length));
    missed_blocks.push({ address: info.address, missed_blocks: missed.map((index) => ({ index: index.toString(), missed: true })) });
  }
  return { params: paramsToJson(k.getParams(ctx.kv)), signing_infos, missed_blocks };
}
