import { sha256 } from "@noble/hashes/sha2.js";
import { addressBytes } from "../../chain/address.ts";
import { concatBytes, u32be, u64be, utf8 } from "../../chain/keys.ts";
import type { KVReader } from "../../chain/store/types.ts";
import { chunkCount } from "../../chain/contentRoot.ts";
import type { RewardsDatanetKeeper } from "./expected.ts";
import type { Challenge, Node } from "./types.ts";

/**
 * Challenges from block data. The epoch's seed hashes the chain id, the height and hash of the
 * block that starts the epoch and the epoch number; a node's i-th draw is the first 128 bits of
 * SHA-256(seed ‖ operator ‖ i) (counter mode) reduced modulo the number of chunks it serves, so
 * every chunk of every challengeable record of its datanets is equally likely (bias < 2^-64).
 * No floats, no unordered iteration: datanets in ascending id, records in the datanet's list
 * order (datanet/rootIndex.ts).
 */
const SEED_TAG = utf8("tributary/rewards/v1/epoch-seed");

export function epochSeed(chainId: string, height: bigint, epoch: bigint, blockHash: Uint8Array | undefined): Uint8Array {
  const id = utf8(chainId);
  return sha256(concatBytes(SEED_TAG, u64be(BigInt(id.length)), id, u64be(height), u64be(epoch), blockHash ?? new Uint8Array()));
}

/** The i-th draw of a node in [0, n). */
export function draw(seed: Uint8Array, operator: Uint8Array, i: number, n: bigint): bigint {
  const h = sha256(concatBytes(seed, operator, u32be(i)));
  let x = 0n;
  for (const b of h.subarray(0, 16)) x = (x << 8n) | BigInt(b);
  return x % n;
}

/** Challengeable chunks per served datanet (ascending id), and their sum. PERF: one read per datanet. */
export function servedChunks(kv: KVReader, datanet: RewardsDatanetKeeper, n: Node): { perDatanet: [bigint, bigint][]; total: bigint; bytes: bigint } {
  const perDatanet: [bigint, bigint][] = [];
  let total = 0n;
  let bytes = 0n;
  for (const id of n.datanetIds) {
    const t = datanet.rootedTotals(kv, id);
    if (t.chunks > 0n) perDatanet.push([id, t.chunks]);
    total += t.chunks;
    bytes += t.bytes;
  }
  return { perDatanet, total, bytes };
}

/**
 * A node's `k` challenges of the epoch; none when it serves no challengeable chunk.
 * PERF: k × (one hash + O(log records) reads + one contribution read).
 */
export function drawChallenges(
  kv: KVReader, datanet: RewardsDatanetKeeper, n: Node, seed: Uint8Array, k: number, epoch: bigint, deadline: bigint,
): Challenge[] {
  const served = servedChunks(kv, datanet, n);
  if (served.total === 0n) return [];
  const addr = addressBytes(n.operator);
  const out: Challenge[] = [];
  for (let i = 0; i < k; i++) {
    let r = draw(seed, addr, i, served.total);
    let dn = 0n;
    for (const [id, chunks] of served.perDatanet) {
      if (r < chunks) {
        dn = id;
        break;
      }
      r -= chunks;
    }
    const at = datanet.rootedChunkAt(kv, dn, r);
    const c = datanet.getContribution(kv, at.contributionId);
    // The list only names existing rooted records; anything else is a broken invariant.
    if (!c || c.contentRoot.length !== 32) throw new Error(`challengeable record ${at.contributionId} of datanet ${dn} has no content root`);
    out.push({
      operator: n.operator, epoch, index: i, datanetId: dn, contributionId: at.contributionId, contentHash: c.contentHash, contentRoot: c.contentRoot,
      bytes: c.bytes, chunkIndex: at.chunkIndex, chunkCount: chunkCount(c.bytes), deadlineHeight: deadline, status: "PENDING", provedHeight: 0n,
    });
  }
  return out;
}
