/**
 * The validator's signature over a precommit, with CometBFT's canonical vote sign bytes
 * (types/vote.go VoteSignBytes: length-delimited CanonicalVote).
 */
import { ed25519 } from "@noble/curves/ed25519.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { BinaryWriter } from "cosmjs-types/binary";
import { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import type { BlockID } from "cosmjs-types/tendermint/types/types";

/** SignedMsgType PRECOMMIT. */
const PRECOMMIT = 2;

export interface ValidatorSigner {
  seed: Uint8Array;
  pubkey: Uint8Array;
}

/** sha256(pubkey)[0:20]. */
export function validatorAddressBytes(pubkey: Uint8Array): Uint8Array {
  return sha256(pubkey).slice(0, 20);
}

export function precommitSignBytes(chainId: string, height: bigint, round: number, blockId: BlockID, time: Timestamp): Uint8Array {
  const w = BinaryWriter.create();
  w.uint32(8).int32(PRECOMMIT);
  if (height !== 0n) w.uint32(17).sfixed64(height);
  if (round !== 0) w.uint32(25).sfixed64(BigInt(round));
  const psh = blockId.partSetHeader;
  // A zero BlockID (a nil vote) is canonicalised to an absent field.
  if (blockId.hash.length > 0 || psh.total !== 0 || psh.hash.length > 0) {
    w.uint32(34).fork();
    if (blockId.hash.length > 0) w.uint32(10).bytes(blockId.hash);
    w.uint32(18).fork();
    if (psh.total !== 0) w.uint32(8).uint32(psh.total);
    if (psh.hash.length > 0) w.uint32(18).bytes(psh.hash);
    w.ldelim();
    w.ldelim();
  }
  w.uint32(42).fork();
  Timestamp.encode(time, w);
  w.ldelim();
  if (chainId !== "") w.uint32(50).string(chainId);
  const body = w.finish();
  return BinaryWriter.create().bytes(body).finish();
}

export function signPrecommit(signer: ValidatorSigner, signBytes: Uint8Array): Uint8Array {
  return ed25519.sign(signBytes, signer.seed);
}

export function verifyPrecommit(pubkey: Uint8Array, signBytes: Uint8Array, signature: Uint8Array): boolean {
  return ed25519.verify(signature, signBytes, pubkey);
}
