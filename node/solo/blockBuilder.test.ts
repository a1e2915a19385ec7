import { ed25519 } from "@noble/curves/ed25519.js";
import { describe, expect, it } from "vitest";
import type { ValidatorInfo } from "../rpc/backend.ts";
import { commitInfo, commitTimeOf, signCommit } from "./blockBuilder.ts";
import { precommitSignBytes, validatorAddressBytes, verifyPrecommit } from "./signing.ts";

const key = (i: number) => {
  const seed = new Uint8Array(32).fill(i);
  return { seed, pubkey: ed25519.getPublicKey(seed) };
};
const info = (i: number, power: bigint): ValidatorInfo => ({ address: validatorAddressBytes(key(i).pubkey), pubKey: key(i).pubkey, votingPower: power, proposerPriority: 0n });
const blockId = { hash: new Uint8Array(32).fill(7), partSetHeader: { total: 1, hash: new Uint8Array(32).fill(8) } };
const time = { seconds: 1_700_000_000n, nanos: 5 };

describe("the solo validator's commit", () => {
  const self = key(2);
  const selfAddress = validatorAddressBytes(self.pubkey);

  it("has an entry per validator of the set, in set order: its own precommit signed, the others absent", () => {
    const set = [info(1, 30n), info(2, 20n), info(3, 10n)];
    const commit = signCommit("c-1", 9n, blockId, time, self, selfAddress, set);
    expect(commit.signatures.map((s) => s.blockIdFlag)).toEqual([1, 2, 1]);
    expect(commit.signatures[0]!.validatorAddress).toEqual(new Uint8Array());
    expect(verifyPrecommit(self.pubkey, precommitSignBytes("c-1", 9n, 0, blockId, time), commit.signatures[1]!.signature)).toBe(true);
    expect(commitTimeOf(commit)).toEqual(time);
    // FinalizeBlock sees every validator of the set, with its power and how it voted.
    expect(commitInfo(commit, set).votes.map((v) => [v.validator!.power, v.blockIdFlag])).toEqual([[30n, 1], [20n, 2], [10n, 1]]);
    expect(commitInfo(commit, set).votes[2]!.validator!.address).toEqual(set[2]!.address);
  });

  it("of a node outside the set is its own signature alone, matched by address (power 0)", () => {
    const set = [info(1, 30n)];
    const commit = signCommit("c-1", 9n, blockId, time, self, selfAddress, set);
    expect(commit.signatures.map((s) => s.blockIdFlag)).toEqual([2]);
    expect(commitInfo(commit, set).votes.map((v) => v.validator!.power)).toEqual([0n]);
    expect(commitInfo(commit, [info(2, 20n)]).votes.map((v) => v.validator!.power)).toEqual([20n]);
  });
});
