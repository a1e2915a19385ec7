import type { Coin } from "../../chain/coins.ts";

/** Module params (`attribution/p`). */
export interface AttributionModuleParams {
  /** D: blocks from a version's publication to the height its index hash is recorded (≥ 1). */
  attributableDelayBlocks: bigint;
  /** Engine parameter set (1 = PARAMS_V1, 2 = PARAMS_V2, the default). Records keep the version they were made with. */
  paramsVersion: number;
}

export const DEFAULT_ATTRIBUTION_PARAMS: AttributionModuleParams = { attributableDelayBlocks: 10n, paramsVersion: 2 };

export type CommitmentStatus = "PENDING" | "READY";
export const COMMITMENT_STATUS_NAMES = ["UNSPECIFIED", "PENDING", "READY"] as const;

export interface IndexCommitment {
  datanetId: bigint;
  version: bigint;
  publishedHeight: bigint;
  readyHeight: bigint;
  status: CommitmentStatus;
  /** SHA-256 of the canonical index bytes; empty while PENDING. */
  indexHash: Uint8Array;
  documents: bigint;
  tokens: bigint;
}

export interface ManifestEntry {
  datanetId: bigint;
  version: bigint;
}

export interface ContributorCredit {
  contributor: string;
  points: bigint;
  amount: bigint;
}

export interface ContributionCredit {
  contributionId: bigint;
  contributor: string;
  points: bigint;
}

export interface ResidualPartsRecord {
  unmatched: bigint;
  echo: bigint;
  generic: bigint;
  deleted: bigint;
  specificity: bigint;
  unpaid: bigint;
}

export interface AttributionRecord {
  id: bigint;
  submitter: string;
  manifest: ManifestEntry[];
  outputHash: Uint8Array;
  output: string;
  prompt: string;
  tokens: number;
  totalPoints: bigint;
  /** Paid contributors in ascending account-number order (the engine's order). */
  contributors: ContributorCredit[];
  /** Ascending contribution id. */
  contributions: ContributionCredit[];
  residual: bigint;
  residualParts: ResidualPartsRecord;
  /** The fee split; undefined (amounts 0) for MsgRecordAttribution. */
  fee: Coin | undefined;
  remainder: bigint;
  paramsVersion: number;
  height: bigint;
}

/** Bounds of what a record stores (the engine's own L_MAX bounds the output's tokens). */
export const MAX_MANIFEST_ENTRIES = 8;
export const MAX_OUTPUT_BYTES = 65_536;
export const MAX_PROMPT_BYTES = 65_536;

export const manifestText = (m: readonly ManifestEntry[]) => m.map((e) => `${e.datanetId}:${e.version}`).join(",");
