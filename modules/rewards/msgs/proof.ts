import * as pb from "../../../proto/gen/tributary/rewards/v1/index.ts";
import { addressBytes } from "../../../chain/address.ts";
import type { MsgImplOf } from "../../../chain/msgService.ts";
import { CHUNK_SIZE, verifyChunkProof } from "../../../chain/contentRoot.ts";
import { u64 } from "../codec.ts";
import { rewardsErrors } from "../errors.ts";
import { currentEpoch } from "../epoch.ts";
import { emitProof } from "../events.ts";
import type { RewardsKeeper } from "../keeper.ts";
import { LIMITS } from "../types.ts";

/**
 * Gas for the verification outside the store: one SHA-256 of the chunk and one per path hash.
 * Sized like the datanet's per-leaf Merkle charge (200 gas for two hashes).
 */
export const PROOF_GAS = { perHash: 100n, perChunkByte: 1n } as const;

export function msgSubmitStorageProofHandler(keeper: RewardsKeeper): MsgImplOf<typeof pb.Msg.method.submitStorageProof> {
  return {
    validateBasic(msg) {
      addressBytes(msg.operator, "operator");
      if (u64(msg.epoch) === 0n) throw rewardsErrors.malformedProof.wrap("epoch must be set (epochs start at 1)");
      const chunk = msg.chunk ?? new Uint8Array();
      if (chunk.length > CHUNK_SIZE) throw rewardsErrors.malformedProof.wrap(`chunk is ${chunk.length} bytes; chunks are at most ${CHUNK_SIZE}`);
      const path = msg.path ?? [];
      if (path.length > LIMITS.maxPathHashes) throw rewardsErrors.malformedProof.wrap(`path has ${path.length} hashes, at most ${LIMITS.maxPathHashes}`);
      path.forEach((h, i) => {
        if (h.length !== 32) throw rewardsErrors.malformedProof.wrap(`path[${i}] is ${h.length} bytes; sibling hashes are 32 bytes`);
      });
    },
    signers: (msg) => [msg.operator],
    // PERF: three point reads, two writes, 1 + path.length SHA-256 of ≤ 1 KiB (charged as gas).
    handle(ctx, msg) {
      const addr = addressBytes(msg.operator);
      const epochNo = u64(msg.epoch);
      const index = msg.challengeIndex ?? 0;
      const at = `challenge ${index} of epoch ${epochNo} for ${msg.operator}`;
      const current = currentEpoch(keeper.getEpoch(ctx.kv), keeper.getParams(ctx.kv), ctx.block.height).number;
      if (epochNo !== current) throw rewardsErrors.wrongEpoch.wrap(`${at}: the current epoch is ${current}`);
      const c = keeper.getChallenge(ctx.kv, addr, index);
      if (!c) throw rewardsErrors.challengeNotFound.wrap(`${at} does not exist`);
      if (c.status === "PASSED") throw rewardsErrors.alreadyAnswered.wrap(`${at} was already proved at height ${c.provedHeight}`);
      if (c.status === "MISSED" || ctx.block.height > c.deadlineHeight) {
        throw rewardsErrors.proofTooLate.wrap(`${at}: the deadline was height ${c.deadlineHeight}, this is height ${ctx.block.height}`);
      }
      const path = msg.path ?? [];
      ctx.gasMeter.consume(PROOF_GAS.perHash * BigInt(path.length + 1) + PROOF_GAS.perChunkByte * BigInt(msg.chunk.length), "storage proof verification");
      if (!verifyChunkProof(c.contentRoot, c.chunkIndex, c.chunkCount, msg.chunk, path)) {
        throw rewardsErrors.invalidProof.wrap(
          `${at}: the ${msg.chunk.length}-byte chunk and ${path.length}-hash path do not prove chunk ${c.chunkIndex} of ${c.chunkCount} of contribution ${c.contributionId} against its content root`,
        );
      }
      keeper.setChallenge(ctx, { ...c, status: "PASSED", provedHeight: ctx.block.height });
      const w = keeper.getWork(ctx.kv, addr);
      // A challenge without its work record is a broken invariant, not bad input.
      if (!w) throw new Error(`${at} exists but the node has no work record`);
      const work = { ...w, passed: w.passed + 1 };
      keeper.setWork(ctx, work);
      emitProof(ctx, c);
      return { passed: work.passed, pending: work.challenges - work.passed };
    },
  };
}
