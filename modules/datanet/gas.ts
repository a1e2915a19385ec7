import type { Context } from "../../chain/context.ts";

/**
 * Gas for the work ingestion does outside the store (store reads and writes are metered by
 * the gas KV store as usual). Part of consensus: changing a number changes `gas_used`.
 * Sized against a plain `tokenize` + 112-hash MinHash + winnowing pass, so that the CPU cost
 * of a record stays in proportion to what a store write of the same size costs.
 */
export const DATANET_GAS = {
  /** Per body byte: strict UTF-8 check, PII redaction, SHA-256, normalisation and tokenising. */
  perByte: 5n,
  /** Per token: vocabulary mapping, sequence hash, MinHash (112 hashes per shingle), winnowing. */
  perToken: 60n,
  /** Per token of both sides of each near-duplicate confirmation (exact Jaccard of 5-gram sets). */
  perJaccardToken: 8n,
  /** Per token of both sides of each copied-run confirmation (sharedRuns). */
  perRunToken: 6n,
  /** Per version leaf: two SHA-256 of the Merkle frontier. */
  perMerkleLeaf: 200n,
} as const;

export function chargeIngest(ctx: Context, bytes: number, tokens: number): void {
  ctx.gasMeter.consume(DATANET_GAS.perByte * BigInt(bytes) + DATANET_GAS.perToken * BigInt(tokens), "datanet ingest");
}

export function chargeJaccard(ctx: Context, a: number, b: number): void {
  ctx.gasMeter.consume(DATANET_GAS.perJaccardToken * BigInt(a + b), "datanet near-duplicate check");
}

export function chargeRuns(ctx: Context, a: number, b: number): void {
  ctx.gasMeter.consume(DATANET_GAS.perRunToken * BigInt(a + b), "datanet copied-run check");
}

export function chargeMerkle(ctx: Context, leaves: number): void {
  ctx.gasMeter.consume(DATANET_GAS.perMerkleLeaf * BigInt(leaves), "datanet version merkle root");
}
