import { tributary } from "../../proto/gen/tributary/attribution/v1/types.js";
import { u64 } from "../datanet/codec.ts";
import {
  type AttributionModuleParams, type AttributionRecord, COMMITMENT_STATUS_NAMES, type CommitmentStatus, type IndexCommitment,
  type ManifestEntry,
} from "./types.ts";

/** Protobuf ⇄ keeper types; every u64 goes out as a decimal string (see datanet/codec.ts). */
export const pb = tributary.attribution.v1;
type P = typeof tributary.attribution.v1;
const s = (n: bigint) => n.toString() as never;

export { u64 };

export const paramsOut = (p: AttributionModuleParams) => ({ attributableDelayBlocks: s(p.attributableDelayBlocks), paramsVersion: p.paramsVersion });
export const paramsIn = (m: InstanceType<P["Params"]> | tributary.attribution.v1.IParams): AttributionModuleParams => ({
  attributableDelayBlocks: u64(m.attributableDelayBlocks),
  paramsVersion: m.paramsVersion ?? 0,
});

export const commitmentOut = (c: IndexCommitment) => ({
  datanetId: s(c.datanetId),
  version: s(c.version),
  publishedHeight: s(c.publishedHeight),
  readyHeight: s(c.readyHeight),
  status: COMMITMENT_STATUS_NAMES.indexOf(c.status),
  indexHash: c.indexHash,
  documents: s(c.documents),
  tokens: s(c.tokens),
});
export const commitmentIn = (m: tributary.attribution.v1.IIndexCommitment): IndexCommitment => ({
  datanetId: u64(m.datanetId),
  version: u64(m.version),
  publishedHeight: u64(m.publishedHeight),
  readyHeight: u64(m.readyHeight),
  status: COMMITMENT_STATUS_NAMES[m.status ?? 0] as CommitmentStatus,
  indexHash: m.indexHash ?? new Uint8Array(),
  documents: u64(m.documents),
  tokens: u64(m.tokens),
});

export const manifestOut = (m: readonly ManifestEntry[]) => m.map((e) => ({ datanetId: s(e.datanetId), version: s(e.version) }));
export const manifestIn = (m: readonly tributary.attribution.v1.IManifestEntry[] | null | undefined): ManifestEntry[] =>
  (m ?? []).map((e) => ({ datanetId: u64(e.datanetId), version: u64(e.version) }));

export function recordOut(r: AttributionRecord) {
  const p = r.residualParts;
  return {
    id: s(r.id),
    submitter: r.submitter,
    manifest: manifestOut(r.manifest),
    outputHash: r.outputHash,
    output: r.output,
    prompt: r.prompt,
    tokens: r.tokens,
    totalPoints: s(r.totalPoints),
    contributors: r.contributors.map((c) => ({ contributor: c.contributor, points: s(c.points), amount: c.amount.toString() })),
    contributions: r.contributions.map((c) => ({ contributionId: s(c.contributionId), contributor: c.contributor, points: s(c.points) })),
    residual: s(r.residual),
    residualParts: { unmatched: s(p.unmatched), echo: s(p.echo), generic: s(p.generic), deleted: s(p.deleted), specificity: s(p.specificity), unpaid: s(p.unpaid) },
    fee: r.fee ? { denom: r.fee.denom, amount: r.fee.amount.toString() } : null,
    remainder: r.remainder.toString(),
    paramsVersion: r.paramsVersion,
    height: s(r.height),
  };
}

export function recordIn(m: tributary.attribution.v1.IAttributionRecord): AttributionRecord {
  const p = m.residualParts ?? {};
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
    residualParts: { unmatched: u64(p.unmatched), echo: u64(p.echo), generic: u64(p.generic), deleted: u64(p.deleted), specificity: u64(p.specificity), unpaid: u64(p.unpaid) },
    fee: m.fee?.denom ? { denom: m.fee.denom, amount: BigInt(m.fee.amount || "0") } : undefined,
    remainder: BigInt(m.remainder || "0"),
    paramsVersion: m.paramsVersion ?? 0,
    height: u64(m.height),
  };
}

export const encodeRecord = (r: AttributionRecord) => pb.AttributionRecord.encode(recordOut(r)).finish();
export const decodeRecord = (b: Uint8Array) => recordIn(pb.AttributionRecord.decode(b));
export const encodeCommitment = (c: IndexCommitment) => pb.IndexCommitment.encode(commitmentOut(c)).finish();
export const decodeCommitment = (b: Uint8Array) => commitmentIn(pb.IndexCommitment.decode(b));
