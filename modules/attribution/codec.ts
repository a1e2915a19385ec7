import * as pb from "../../proto/gen/tributary/attribution/v1/index.ts";
import {
  type AttributionModuleParams, type AttributionRecord, COMMITMENT_STATUS_NAMES, type CommitmentStatus, type IndexCommitment,
  type ManifestEntry,
} from "./types.ts";
import { coinFromMsg, coinMsg, decode, encode, u64 } from "../../proto/codec.ts";

/** Protobuf ⇄ keeper types. */
export { pb };

export { u64 };

export const paramsOut = (p: AttributionModuleParams) => ({ attributableDelayBlocks: p.attributableDelayBlocks, paramsVersion: p.paramsVersion });
export const paramsIn = (m: pb.Params): AttributionModuleParams => ({
  attributableDelayBlocks: u64(m.attributableDelayBlocks),
  paramsVersion: m.paramsVersion ?? 0,
});

export const commitmentOut = (c: IndexCommitment) => ({
  datanetId: c.datanetId,
  version: c.version,
  publishedHeight: c.publishedHeight,
  readyHeight: c.readyHeight,
  status: COMMITMENT_STATUS_NAMES.indexOf(c.status),
  indexHash: c.indexHash,
  documents: c.documents,
  tokens: c.tokens,
});
export const commitmentIn = (m: pb.IndexCommitment): IndexCommitment => ({
  datanetId: u64(m.datanetId),
  version: u64(m.version),
  publishedHeight: u64(m.publishedHeight),
  readyHeight: u64(m.readyHeight),
  status: COMMITMENT_STATUS_NAMES[m.status ?? 0] as CommitmentStatus,
  indexHash: m.indexHash ?? new Uint8Array(),
  documents: u64(m.documents),
  tokens: u64(m.tokens),
});

export const manifestOut = (m: readonly ManifestEntry[]) => m.map((e) => ({ datanetId: e.datanetId, version: e.version }));
export const manifestIn = (m: readonly pb.ManifestEntry[] | null | undefined): ManifestEntry[] =>
  (m ?? []).map((e) => ({ datanetId: u64(e.datanetId), version: u64(e.version) }));

export function recordOut(r: AttributionRecord) {
  const p = r.residualParts;
  return {
    id: r.id,
    submitter: r.submitter,
    manifest: manifestOut(r.manifest),
    outputHash: r.outputHash,
    output: r.output,
    prompt: r.prompt,
    tokens: r.tokens,
    totalPoints: r.totalPoints,
    contributors: r.contributors.map((c) => ({ contributor: c.contributor, points: c.points, amount: c.amount.toString() })),
    contributions: r.contributions.map((c) => ({ contributionId: c.contributionId, contributor: c.contributor, points: c.points })),
    residual: r.residual,
    residualParts: { unmatched: p.unmatched, echo: p.echo, generic: p.generic, deleted: p.deleted, specificity: p.specificity, unpaid: p.unpaid },
    fee: r.fee ? coinMsg(r.fee) : undefined,
    remainder: r.remainder.toString(),
    paramsVersion: r.paramsVersion,
    height: r.height,
  };
}

export function recordIn(m: pb.AttributionRecord): AttributionRecord {
  const p = m.residualParts;
  return {
    id: u64(m.id),
    submitter: m.submitter ?? "",
    manifest: manifestIn(m.manifest),
    outputHash: m.outputHash ?? new Uint8Array(),
    output: m.output ?? "",
    prompt: m.prompt ?? "",
    tokens: m.tokens ?? 0,
    totalPoints: u64(m.totalPoints),
    contributors: (m.contributors ?? []).map((c) => ({ contributor: c.contributor ?? "", points: u64(c.points), amount: BigInt(c.amount || "0") })),
    contributions: (m.contributions ?? []).map((c) => ({ contributionId: u64(c.contributionId), contributor: c.contributor ?? "", points: u64(c.points) })),
    residual: u64(m.residual),
    residualParts: { unmatched: u64(p?.unmatched), echo: u64(p?.echo), generic: u64(p?.generic), deleted: u64(p?.deleted), specificity: u64(p?.specificity), unpaid: u64(p?.unpaid) },
    fee: m.fee?.denom ? coinFromMsg(m.fee) : undefined,
    remainder: BigInt(m.remainder || "0"),
    paramsVersion: m.paramsVersion ?? 0,
    height: u64(m.height),
  };
}

export const encodeRecord = (r: AttributionRecord) => encode(pb.AttributionRecordSchema, recordOut(r));
export const decodeRecord = (b: Uint8Array) => recordIn(decode(pb.AttributionRecordSchema, b));
export const encodeCommitment = (c: IndexCommitment) => encode(pb.IndexCommitmentSchema, commitmentOut(c));
export const decodeCommitment = (b: Uint8Array) => commitmentIn(decode(pb.IndexCommitmentSchema, b));
