/**
 * The hashes a CometBFT v0.38 header carries, computed as types/block.go and friends do, so that
 * block ids and headers look and verify like CometBFT's.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { BinaryWriter } from "cosmjs-types/binary";
import { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import type { ExecTxResult } from "cosmjs-types/tendermint/abci/types";
import type { Header } from "cosmjs-types/tendermint/types/types";
import { BlockID, CommitSig } from "cosmjs-types/tendermint/types/types";
import { HashedParams, type ConsensusParams } from "cosmjs-types/tendermint/types/params";
import { SimpleValidator } from "cosmjs-types/tendermint/types/validator";
import { Consensus } from "cosmjs-types/tendermint/version/types";
import type { ValidatorInfo } from "../rpc/backend.ts";
import { deterministicResultBytes } from "../store/resultsCodec.ts";
import { merkleRoot, sha256Each } from "./merkle.ts";

/** cdcEncode(string): gogotypes.StringValue. */
function stringValue(s: string): Uint8Array {
  const w = BinaryWriter.create();
  if (s !== "") w.uint32(10).string(s);
  return w.finish();
}

/** cdcEncode(int64): gogotypes.Int64Value. */
function int64Value(n: bigint): Uint8Array {
  const w = BinaryWriter.create();
  if (n !== 0n) w.uint32(8).int64(n);
  return w.finish();
}

/** cdcEncode([]byte): gogotypes.BytesValue. */
function bytesValue(b: Uint8Array): Uint8Array {
  const w = BinaryWriter.create();
  if (b.length > 0) w.uint32(10).bytes(b);
  return w.finish();
}

/** Header.Hash(): Merkle root of the 14 encoded header fields. */
export function headerHash(h: Header): Uint8Array {
  return merkleRoot([
    Consensus.encode(h.version).finish(),
    stringValue(h.chainId),
    int64Value(h.height),
    Timestamp.encode(h.time).finish(),
    BlockID.encode(h.lastBlockId).finish(),
    bytesValue(h.lastCommitHash),
    bytesValue(h.dataHash),
    bytesValue(h.validatorsHash),
    bytesValue(h.nextValidatorsHash),
    bytesValue(h.consensusHash),
    bytesValue(h.appHash),
    bytesValue(h.lastResultsHash),
    bytesValue(h.evidenceHash),
    bytesValue(h.proposerAddress),
  ]);
}

/** Data.Hash(): Merkle root of the tx hashes. PERF: grows with the block's tx bytes. */
export function dataHash(txs: readonly Uint8Array[]): Uint8Array {
  return merkleRoot(sha256Each(txs));
}

/** Commit.Hash(): Merkle root of the encoded CommitSigs. */
export function commitHash(signatures: readonly CommitSig[]): Uint8Array {
  return merkleRoot(signatures.map((s) => CommitSig.encode(s).finish()));
}

/** ValidatorSet.Hash(): Merkle root of SimpleValidator{pub_key, voting_power}. */
export function validatorsHash(validators: readonly ValidatorInfo[]): Uint8Array {
  return merkleRoot(
    validators.map((v) => SimpleValidator.encode({ pubKey: { ed25519: v.pubKey }, votingPower: v.votingPower }).finish()),
  );
}

/** ConsensusParams.Hash(): sha256 of HashedParams{block max bytes, block max gas}. */
export function consensusParamsHash(params: ConsensusParams): Uint8Array {
  return sha256(HashedParams.encode({ blockMaxBytes: params.block?.maxBytes ?? 0n, blockMaxGas: params.block?.maxGas ?? 0n }).finish());
}

/**
 * ABCIResults.Hash(): Merkle root of the deterministic part of each ExecTxResult.
 * PERF: grows with the number of results (a small hand encoding and two digests each).
 */
export function lastResultsHash(results: readonly ExecTxResult[]): Uint8Array {
  const leaves = new Array<Uint8Array>(results.length);
  for (let i = 0; i < results.length; i++) leaves[i] = deterministicResultBytes(results[i]!);
  return merkleRoot(leaves);
}

/** Hash of an empty evidence list. */
export const EMPTY_EVIDENCE_HASH = merkleRoot([]);
