/**
 * Blocks, headers, block ids and commits in CometBFT v0.38 cmtjson form.
 */
import type { Block } from "cosmjs-types/tendermint/types/block";
import type { BlockID, Commit, CommitSig, Header } from "cosmjs-types/tendermint/types/types";
import type { StoredBlock } from "./backend.ts";
import { base64, base64OrNull, hexUpper, int64String, rfc3339Nano, GO_ZERO_TIME } from "./encodePrimitives.ts";

export interface BlockIdJson {
  hash: string;
  parts: { total: number; hash: string };
}

export function encodeBlockId(id: BlockID | undefined): BlockIdJson {
  return {
    hash: hexUpper(id?.hash),
    parts: { total: id?.partSetHeader?.total ?? 0, hash: hexUpper(id?.partSetHeader?.hash) },
  };
}

export function encodeHeader(header: Header): Record<string, unknown> {
  const version: Record<string, string> = { block: int64String(header.version?.block ?? 0n) };
  // cmtjson omitempty: Consensus.App is left out when 0.
  if ((header.version?.app ?? 0n) !== 0n) version.app = int64String(header.version.app);
  return {
    version,
    chain_id: header.chainId,
    height: int64String(header.height),
    time: rfc3339Nano(header.time),
    last_block_id: encodeBlockId(header.lastBlockId),
    last_commit_hash: hexUpper(header.lastCommitHash),
    data_hash: hexUpper(header.dataHash),
    validators_hash: hexUpper(header.validatorsHash),
    next_validators_hash: hexUpper(header.nextValidatorsHash),
    consensus_hash: hexUpper(header.consensusHash),
    app_hash: hexUpper(header.appHash),
    last_results_hash: hexUpper(header.lastResultsHash),
    evidence_hash: hexUpper(header.evidenceHash),
    proposer_address: hexUpper(header.proposerAddress),
  };
}

function encodeCommitSig(sig: CommitSig): Record<string, unknown> {
  return {
    block_id_flag: sig.blockIdFlag,
    validator_address: hexUpper(sig.validatorAddress),
    timestamp: rfc3339Nano(sig.timestamp ?? GO_ZERO_TIME),
    signature: base64OrNull(sig.signature),
  };
}

/** The empty commit CometBFT shows as `last_commit` of the first block. */
const EMPTY_COMMIT_JSON = () => ({ height: "0", round: 0, block_id: encodeBlockId(undefined), signatures: [] });

export function encodeCommit(commit: Commit | undefined): Record<string, unknown> {
  if (commit === undefined) return EMPTY_COMMIT_JSON();
  return {
    height: int64String(commit.height),
    round: commit.round,
    block_id: encodeBlockId(commit.blockId),
    signatures: commit.signatures.map(encodeCommitSig),
  };
}

export function encodeBlock(block: Block): Record<string, unknown> {
  return {
    header: encodeHeader(block.header),
    // DataFromProto always makes a non-nil slice, so an empty block shows `[]`.
    data: { txs: (block.data?.txs ?? []).map(base64) },
    // Evidence is a registered interface list; the solo driver never has evidence.
    evidence: { evidence: [] },
    last_commit: encodeCommit(block.lastCommit),
  };
}

/** `{block_id, block}`: the result of `block`, `block_by_hash`, and one `block_search` item. */
export function encodeResultBlock(stored: StoredBlock): Record<string, unknown> {
  return { block_id: encodeBlockId(stored.blockId), block: encodeBlock(stored.block) };
}

/** One `blockchain` block meta. */
export function encodeBlockMeta(stored: StoredBlock): Record<string, unknown> {
  return {
    block_id: encodeBlockId(stored.blockId),
    block_size: int64String(stored.size),
    header: encodeHeader(stored.block.header),
    num_txs: int64String(stored.block.data?.txs?.length ?? 0),
  };
}
