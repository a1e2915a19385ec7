/**
 * Attribution values as the CLI prints them (the datanet CLI's conventions): proto field names,
 * 64-bit integers as decimal strings, hashes as lowercase hex.
 */
import { bytesToHex } from "@noble/hashes/utils.js";
import type { AttributionModuleParams, AttributionRecord, IndexCommitment } from "../../../modules/attribution/types.ts";

export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

const s = (v: bigint | number) => v.toString();

export function recordJson(r: AttributionRecord): { [k: string]: Json } {
  const p = r.residualParts;
  return {
    id: s(r.id),
    submitter: r.submitter,
    manifest: r.manifest.map((e) => `${e.datanetId}:${e.version}`),
    output_hash: bytesToHex(r.outputHash),
    output: r.output,
    prompt: r.prompt,
    tokens: r.tokens,
    total_points: s(r.totalPoints),
    contributors: r.contributors.map((c) => ({ contributor: c.contributor, points: s(c.points), amount: s(c.amount) })),
    contributions: r.contributions.map((c) => ({ contribution_id: s(c.contributionId), contributor: c.contributor, points: s(c.points) })),
    residual: s(r.residual),
    residual_parts: { unmatched: s(p.unmatched), echo: s(p.echo), generic: s(p.generic), deleted: s(p.deleted), specificity: s(p.specificity), unpaid: s(p.unpaid) },
    fee: r.fee ? `${r.fee.amount}${r.fee.denom}` : "",
    remainder: s(r.remainder),
    params_version: r.paramsVersion,
    height: s(r.height),
  };
}

/**
 * The record as text shows it: its JSON with each contributor's amount in its denom (the
 * record's fee denom; a record stored by MsgRecordAttribution has no fee, so `feeDenom`).
 */
export function recordText(r: AttributionRecord, feeDenom: string): { [k: string]: Json } {
  const denom = r.fee?.denom ?? feeDenom;
  return { ...recordJson(r), contributors: r.contributors.map((c) => ({ contributor: c.contributor, points: s(c.points), amount: `${c.amount}${denom}` })) };
}

export function commitmentJson(c: IndexCommitment): { [k: string]: Json } {
  return {
    datanet_id: s(c.datanetId),
    version: s(c.version),
    status: c.status,
    published_height: s(c.publishedHeight),
    ready_height: s(c.readyHeight),
    index_hash: bytesToHex(c.indexHash),
    documents: s(c.documents),
    tokens: s(c.tokens),
  };
}

export function attributionParamsJson(p: AttributionModuleParams): { [k: string]: Json } {
  return { attributable_delay_blocks: s(p.attributableDelayBlocks), params_version: p.paramsVersion };
}
