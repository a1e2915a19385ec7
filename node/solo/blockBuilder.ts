/**
 * Building a block, its id and the commit that makes it final, for the solo validator.
 */
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { Block } from "cosmjs-types/tendermint/types/block";
import { BlockIDFlag } from "cosmjs-types/tendermint/types/validator";
import { Commit, type BlockID, type Header } from "cosmjs-types/tendermint/types/types";
import type { CommitInfo } from "cosmjs-types/tendermint/abci/types";
import type { ValidatorInfo } from "../rpc/backend.ts";
import { commitHash, EMPTY_EVIDENCE_HASH, headerHash } from "./hashes.ts";
import { merkleRoot, partSetHeader, sha256Each } from "./merkle.ts";
import { precommitSignBytes, signPrecommit, type ValidatorSigner } from "./signing.ts";
import { GO_ZERO_TIME } from "../rpc/encodePrimitives.ts";

/** CometBFT's block version. */
export const BLOCK_PROTOCOL = 11n;

export const EMPTY_BLOCK_ID: BlockID = { hash: new Uint8Array(), partSetHeader: { total: 0, hash: new Uint8Array() } };

export interface HeaderInputs {
  chainId: string;
  appVersion: bigint;
  height: bigint;
  time: Timestamp;
  lastBlockId: BlockID;
  lastCommit: Commit;
  txs: readonly Uint8Array[];
  validatorsHash: Uint8Array;
  nextValidatorsHash: Uint8Array;
  consensusHash: Uint8Array;
  appHash: Uint8Array;
  lastResultsHash: Uint8Array;
  proposerAddress: Uint8Array;
}

/**
 * The block, its id, its txs' hashes (the leaves of data_hash, returned so the index and the
 * Tx events do not hash every tx again) and its encoding (the part set's, which the block store
 * saves as is).
 * PERF: grows with the block's tx bytes (hashing, encoding for the part set).
 */
export function buildBlock(inputs: HeaderInputs): { block: Block; blockId: BlockID; txHashes: Uint8Array[]; encoded: Uint8Array } {
  const txHashes = sha256Each(inputs.txs);
  const header: Header = {
    version: { block: BLOCK_PROTOCOL, app: inputs.appVersion },
    chainId: inputs.chainId,
    height: inputs.height,
    time: inputs.time,
    lastBlockId: inputs.lastBlockId,
    lastCommitHash: commitHash(inputs.lastCommit.signatures),
    dataHash: merkleRoot(txHashes),
    validatorsHash: inputs.validatorsHash,
    nextValidatorsHash: inputs.nextValidatorsHash,
    consensusHash: inputs.consensusHash,
    appHash: inputs.appHash,
    lastResultsHash: inputs.lastResultsHash,
    evidenceHash: EMPTY_EVIDENCE_HASH,
    proposerAddress: inputs.proposerAddress,
  };
  const block: Block = { header, data: { txs: [...inputs.txs] }, evidence: { evidence: [] }, lastCommit: inputs.lastCommit };
  const encoded = Block.encode(block).finish();
  const blockId: BlockID = { hash: headerHash(header), partSetHeader: partSetHeader(encoded) };
  return { block, blockId, txHashes, encoded };
}

/** The commit of the genesis height's predecessor: empty. */
export function emptyCommit(): Commit {
  return { height: 0n, round: 0, blockId: EMPTY_BLOCK_ID, signatures: [] };
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** What CometBFT records for a validator whose precommit did not arrive (CommitSig absent). */
const ABSENT_SIG = () => ({ blockIdFlag: BlockIDFlag.BLOCK_ID_FLAG_ABSENT, validatorAddress: new Uint8Array(), timestamp: GO_ZERO_TIME, signature: new Uint8Array() });

/**
 * The commit of a block: one entry per validator of the set that decided it, in the set's order,
 * as CometBFT's. The solo validator's precommit is signed; every other validator of the set
 * (one created with MsgCreateValidator, whose node this process is not) is absent, so slashing
 * counts its missed blocks and distribution pays it nothing, as on a network where its node
 * is down. A node outside the set still commits with its own signature alone.
 */
export function signCommit(
  chainId: string,
  height: bigint,
  blockId: BlockID,
  time: Timestamp,
  signer: ValidatorSigner,
  address: Uint8Array,
  validators: readonly ValidatorInfo[] = [],
): Commit {
  const signature = signPrecommit(signer, precommitSignBytes(chainId, height, 0, blockId, time));
  const own = { blockIdFlag: BlockIDFlag.BLOCK_ID_FLAG_COMMIT, validatorAddress: address, timestamp: time, signature };
  const inSet = validators.some((v) => sameBytes(v.address, address));
  const signatures = inSet ? validators.map((v) => (sameBytes(v.address, address) ? own : ABSENT_SIG())) : [own];
  return Commit.fromPartial({ height, round: 0, blockId, signatures });
}

/** The time of the solo validator's precommit (the next block's time); absent entries have none. */
export function commitTimeOf(commit: Commit): Timestamp | undefined {
  return commit.signatures.find((s) => s.blockIdFlag === BlockIDFlag.BLOCK_ID_FLAG_COMMIT)?.timestamp;
}

/**
 * decided_last_commit / proposed_last_commit: a vote per entry of `commit` with its validator's
 * power. As CometBFT, entries line up with the set that decided the block (an absent entry names
 * no address); a commit of another shape (the node outside the set) is matched by address.
 */
export function commitInfo(commit: Commit, validators: readonly ValidatorInfo[]): CommitInfo {
  const aligned = commit.signatures.length === validators.length && commit.signatures.length > 1;
  const validatorOf = (s: Commit["signatures"][number], i: number) =>
    aligned ? validators[i] : validators.find((v) => sameBytes(v.address, s.validatorAddress));
  return {
    round: commit.round,
    votes: commit.signatures.map((s, i) => {
      const v = validatorOf(s, i);
      return { validator: { address: v?.address ?? s.validatorAddress, power: v?.votingPower ?? 0n }, blockIdFlag: s.blockIdFlag };
    }),
  };
}

/** Strictly after `after`, at least now: the vote time, which becomes the next block's time (BFT time). */
export function nextTime(after: Timestamp, nowMillis: number): Timestamp {
  const nowTs: Timestamp = { seconds: BigInt(Math.floor(nowMillis / 1000)), nanos: (nowMillis % 1000) * 1_000_000 };
  const afterNs = after.seconds * 1_000_000_000n + BigInt(after.nanos);
  const nowNs = nowTs.seconds * 1_000_000_000n + BigInt(nowTs.nanos);
  if (nowNs > afterNs) return nowTs;
  const next = afterNs + 1_000_000n;
  return { seconds: next / 1_000_000_000n, nanos: Number(next % 1_000_000_000n) };
}
