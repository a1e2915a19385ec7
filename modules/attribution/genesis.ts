import { bytesToHex, hexToBytes } from "@noble/hashes/utils.js";
import { fromBase64, toBase64 } from "@cosmjs/encoding";
import type { Context } from "../../chain/context.ts";
import { GenesisError } from "../../chain/genesisError.ts";
import { expectArray, expectObject } from "../../chain/genesisJson.ts";
import { prefixEnd } from "../../chain/keys.ts";
import { decodeCommitment, decodeRecord, encodeRecord } from "./codec.ts";
import { RELEASED_PARAMS, releasedParamsVersions } from "./engine/index.ts";
import type { AttributionKeeper } from "./keeper.ts";
import { attributionKeys } from "./keys.ts";
import { attributionParamsFor } from "./rules.ts";
import { DEFAULT_ATTRIBUTION_PARAMS, type IndexCommitment } from "./types.ts";

/**
 * The attribution section of app_state. Records travel as base64 protobuf (`AttributionRecord`
 * of types.proto): they are long and only ever machine-read, and this keeps one codec for them.
 */
export interface AttributionGenesis {
  params: { attributable_delay_blocks: string; params_version: number };
  commitments: { datanet_id: string; version: string; published_height: string; ready_height: string; status: "PENDING" | "READY"; index_hash: string; documents: string; tokens: string }[];
  records: string[];
  next_record_id: string;
}

export function defaultAttributionGenesis(): AttributionGenesis {
  const p = DEFAULT_ATTRIBUTION_PARAMS;
  return { params: { attributable_delay_blocks: p.attributableDelayBlocks.toString(), params_version: p.paramsVersion }, commitments: [], records: [], next_record_id: "1" };
}

const uint = (v: unknown, field: string): bigint => {
  if (typeof v !== "string" || !/^(0|[1-9][0-9]{0,19})$/.test(v)) throw new GenesisError(field, `must be a decimal uint64 string, got ${JSON.stringify(v)}`);
  return BigInt(v);
};

/** Params.Validate of the genesis section (also MsgUpdateParams's check); errors name the field. */
export function validateParams(p: AttributionGenesis["params"] | undefined): void {
  if (uint(p?.attributable_delay_blocks, "params.attributable_delay_blocks") < 1n) {
    throw new GenesisError("params.attributable_delay_blocks", "must be ≥ 1: an index is built from committed state after its version's block");
  }
  if (!RELEASED_PARAMS.has(p!.params_version)) {
    throw new GenesisError("params.params_version", `${JSON.stringify(p!.params_version)} is not a released engine parameter set (released: ${releasedParamsVersions().join(", ")})`);
  }
}

export function validateAttributionGenesis(g: AttributionGenesis): void {
  if (typeof g !== "object" || g === null) throw new GenesisError("attribution", "must be an object");
  validateParams(g.params);
  const seen = new Set<string>();
  expectArray(g.commitments, "commitments").forEach((raw, i) => {
    const f = `commitments[${i}]`;
    const c = expectObject(raw, f) as AttributionGenesis["commitments"][number];
    const key = `${uint(c.datanet_id, `${f}.datanet_id`)}/${uint(c.version, `${f}.version`)}`;
    if (seen.has(key)) throw new GenesisError(f, `duplicate commitment ${key}`);
    seen.add(key);
    if (c.status !== "PENDING" && c.status !== "READY") throw new GenesisError(`${f}.status`, "must be PENDING or READY");
    if (c.status === "READY" && !/^[0-9a-f]{64}$/.test(c.index_hash)) throw new GenesisError(`${f}.index_hash`, "a READY commitment needs a 64-hex-digit hash");
  });
  const next = uint(g.next_record_id, "next_record_id");
  expectArray(g.records, "records").forEach((b, i) => {
    let id: bigint;
    try {
      id = decodeRecord(fromBase64(b as string)).id;
    } catch (e) {
      throw new GenesisError(`records[${i}]`, `not a base64 AttributionRecord: ${(e as Error).message}`);
    }
    if (id === 0n || id >= next) throw new GenesisError(`records[${i}]`, `record id ${id} must be in [1, next_record_id ${next})`);
  });
}

const commitmentIn = (c: AttributionGenesis["commitments"][number]): IndexCommitment => ({
  datanetId: BigInt(c.datanet_id), version: BigInt(c.version), publishedHeight: BigInt(c.published_height), readyHeight: BigInt(c.ready_height),
  status: c.status, indexHash: c.index_hash ? hexToBytes(c.index_hash) : new Uint8Array(), documents: BigInt(c.documents || "0"), tokens: BigInt(c.tokens || "0"),
});

export async function initAttributionGenesis(keeper: AttributionKeeper, ctx: Context, g: AttributionGenesis): Promise<void> {
  // The genesis' rules version (the upgrade section, read first) must have the named set.
  attributionParamsFor(ctx.rules, g.params.params_version);
  keeper.setParams(ctx, { attributableDelayBlocks: BigInt(g.params.attributable_delay_blocks), paramsVersion: g.params.params_version });
  for (const c of g.commitments ?? []) keeper.setCommitment(ctx, commitmentIn(c));
  for (const b of g.records ?? []) keeper.setRecord(ctx, decodeRecord(fromBase64(b)));
  keeper.setNextRecordId(ctx, BigInt(g.next_record_id));
  await commitGenesisVersions(keeper, ctx);
}

/**
 * Versions the datanet genesis brought (the datanet module is initialised first) without a
 * commitment in this section get a PENDING one, as if published in the first block: the
 * InitChain writes are committed together with block `initial_height`, so that is the first
 * state a node can build from, and like a version published in block h (ready at h + D) the
 * node then has D ≥ 1 blocks to build before EndBlock of `initial_height + D` needs the index.
 * PERF: O(versions) (genesis only).
 */
async function commitGenesisVersions(keeper: AttributionKeeper, ctx: Context): Promise<void> {
  const d = keeper.getParams(ctx.kv).attributableDelayBlocks;
  const h = ctx.block.height;
  for (const v of await keeper.datanet.listVersions(ctx.kv)) {
    if (keeper.getCommitment(ctx.kv, v.datanetId, v.number)) continue;
    keeper.setCommitment(ctx, {
      datanetId: v.datanetId, version: v.number, publishedHeight: h, readyHeight: h + d,
      status: "PENDING", indexHash: new Uint8Array(), documents: 0n, tokens: 0n,
    });
  }
}

/** PERF: O(commitments + records) (genesis export only). */
export async function exportAttributionGenesis(keeper: AttributionKeeper, ctx: Context): Promise<AttributionGenesis> {
  const p = keeper.getParams(ctx.kv);
  const commitments: AttributionGenesis["commitments"] = [];
  for await (const [, v] of ctx.kv.iterate({ gte: attributionKeys.commitmentPrefix, lt: prefixEnd(attributionKeys.commitmentPrefix) })) {
    const c = decodeCommitment(v);
    commitments.push({
      datanet_id: c.datanetId.toString(), version: c.version.toString(), published_height: c.publishedHeight.toString(), ready_height: c.readyHeight.toString(),
      status: c.status, index_hash: bytesToHex(c.indexHash), documents: c.documents.toString(), tokens: c.tokens.toString(),
    });
  }
  const records: string[] = [];
  for await (const [, v] of ctx.kv.iterate({ gte: attributionKeys.recordPrefix, lt: prefixEnd(attributionKeys.recordPrefix) })) records.push(toBase64(encodeRecord(decodeRecord(v))));
  return {
    params: { attributable_delay_blocks: p.attributableDelayBlocks.toString(), params_version: p.paramsVersion },
    commitments, records, next_record_id: keeper.nextRecordId(ctx.kv).toString(),
  };
}
