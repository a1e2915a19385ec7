/**
 * The block store (<home>/data/blockstore.db): blocks, block ids, results, seen commits, the
 * hash → height index, validator sets and consensus params where they change, base/latest.
 * Everything written for one height goes in one batch.
 */
import { ClassicLevel } from "classic-level";
import { Block } from "cosmjs-types/tendermint/types/block";
import { BlockID, Commit } from "cosmjs-types/tendermint/types/types";
import { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import { ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { fromHex, toHex } from "@cosmjs/encoding";
import type { StoredBlock, StoredBlockResults, ValidatorInfo } from "../rpc/backend.ts";
import { concat, readU64, u64 } from "./keys.ts";
import { encodeResults } from "./resultsCodec.ts";

export { encodeResults };

const KEY = {
  block: (h: bigint) => concat("b/", u64(h)),
  blockId: (h: bigint) => concat("i/", u64(h)),
  results: (h: bigint) => concat("r/", u64(h)),
  commit: (h: bigint) => concat("c/", u64(h)),
  hash: (hash: Uint8Array) => concat("h/", hash),
  validators: (h: bigint) => concat("v/", u64(h)),
  params: (h: bigint) => concat("p/", u64(h)),
  base: concat("m/base"),
  latest: concat("m/latest"),
};

interface ValidatorJson {
  address: string;
  pubKey: string;
  votingPower: string;
  proposerPriority: string;
}

export class BlockStore {
  private baseHeight = 0n;
  private latestHeight = 0n;

  private constructor(private readonly db: ClassicLevel<Uint8Array, Uint8Array>) {}

  static async open(path: string): Promise<BlockStore> {
    const db = new ClassicLevel<Uint8Array, Uint8Array>(path, { keyEncoding: "view", valueEncoding: "view" });
    await db.open();
    const store = new BlockStore(db);
    const base = await db.get(KEY.base);
    const latest = await db.get(KEY.latest);
    store.baseHeight = base ? readU64(base) : 0n;
    store.latestHeight = latest ? readU64(latest) : 0n;
    return store;
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  /** Height of the lowest stored block, 0 when empty. */
  base(): bigint {
    return this.baseHeight;
  }

  /** Height of the highest stored block (committed by the app or not), 0 when empty. */
  height(): bigint {
    return this.latestHeight;
  }

  /**
   * Saves a block with the commit that makes it final (the "seen commit"), in one batch.
   * `encoded` is Block.encode(block) when the caller has it already (the block builder does).
   * Returns the block's encoded size.
   * PERF: grows with the block's encoded size.
   */
  async saveBlock(block: Block, blockId: BlockID, seenCommit: Commit, encoded: Uint8Array = Block.encode(block).finish()): Promise<number> {
    const height = block.header.height;
    if (this.latestHeight !== 0n && height !== this.latestHeight + 1n) {
      throw new Error(`block store: cannot save height ${height}, expected ${this.latestHeight + 1n}`);
    }
    const batch = this.db.batch();
    batch.put(KEY.block(height), encoded);
    batch.put(KEY.blockId(height), BlockID.encode(blockId).finish());
    batch.put(KEY.commit(height), Commit.encode(seenCommit).finish());
    batch.put(KEY.hash(blockId.hash), u64(height));
    batch.put(KEY.latest, u64(height));
    if (this.baseHeight === 0n) batch.put(KEY.base, u64(height));
    await batch.write();
    this.latestHeight = height;
    if (this.baseHeight === 0n) this.baseHeight = height;
    return encoded.length;
  }

  /**
   * Saves a block's FinalizeBlock results; returns their encoding and each tx result's (a view
   * into it), which the tx index stores inside its TxResult records without encoding the results
   * a second time.
   * PERF: grows with the number of txs and events of the block.
   */
  async saveResults(results: StoredBlockResults): Promise<{ encoded: Uint8Array; txResultBytes: Uint8Array[] }> {
    const encoding = encodeResults(results);
    await this.db.put(KEY.results(results.height), encoding.encoded);
    return encoding;
  }

  async block(height: bigint): Promise<StoredBlock | undefined> {
    if (height < this.baseHeight || height > this.latestHeight || height <= 0n) return undefined;
    const [blockBytes, idBytes] = await this.db.getMany([KEY.block(height), KEY.blockId(height)]);
    if (!blockBytes || !idBytes) return undefined;
    return { block: Block.decode(blockBytes), blockId: BlockID.decode(idBytes), size: blockBytes.length };
  }

  async blockByHash(hash: Uint8Array): Promise<StoredBlock | undefined> {
    const height = await this.db.get(KEY.hash(hash));
    return height ? this.block(readU64(height)) : undefined;
  }

  async results(height: bigint): Promise<StoredBlockResults | undefined> {
    if (height < this.baseHeight) return undefined;
    const bytes = await this.db.get(KEY.results(height));
    if (!bytes) return undefined;
    return toStoredResults(height, ResponseFinalizeBlock.decode(bytes));
  }

  async commit(height: bigint): Promise<Commit | undefined> {
    if (height < this.baseHeight) return undefined;
    const bytes = await this.db.get(KEY.commit(height));
    return bytes ? Commit.decode(bytes) : undefined;
  }

  /** Records the validator set in force from `height` on. */
  async saveValidators(height: bigint, validators: readonly ValidatorInfo[]): Promise<void> {
    const json: ValidatorJson[] = validators.map((v) => ({
      address: toHex(v.address),
      pubKey: toHex(v.pubKey),
      votingPower: v.votingPower.toString(),
      proposerPriority: v.proposerPriority.toString(),
    }));
    await this.db.put(KEY.validators(height), new TextEncoder().encode(JSON.stringify(json)));
  }

  /** The validator set in force at `height` (the latest change at or below it). */
  async validators(height: bigint): Promise<ValidatorInfo[] | undefined> {
    const bytes = await this.latestAtOrBelow("v/", height);
    if (!bytes) return undefined;
    const json = JSON.parse(new TextDecoder().decode(bytes)) as ValidatorJson[];
    return json.map((v) => ({
      address: fromHex(v.address),
      pubKey: fromHex(v.pubKey),
      votingPower: BigInt(v.votingPower),
      proposerPriority: BigInt(v.proposerPriority),
    }));
  }

  async saveConsensusParams(height: bigint, params: ConsensusParams): Promise<void> {
    await this.db.put(KEY.params(height), ConsensusParams.encode(params).finish());
  }

  async consensusParams(height: bigint): Promise<ConsensusParams | undefined> {
    const bytes = await this.latestAtOrBelow("p/", height);
    return bytes ? ConsensusParams.decode(bytes) : undefined;
  }

  private async latestAtOrBelow(prefix: "v/" | "p/", height: bigint): Promise<Uint8Array | undefined> {
    const entries = await this.db.values({ gte: concat(prefix, u64(0n)), lte: concat(prefix, u64(height)), reverse: true, limit: 1 }).all();
    return entries[0];
  }

  /**
   * Deletes blocks, results and commits below `height` (retain_height); never the latest block.
   * PERF: grows with the number of heights pruned.
   */
  async pruneBelow(height: bigint): Promise<number> {
    const target = height > this.latestHeight ? this.latestHeight : height;
    if (target <= this.baseHeight) return 0;
    let pruned = 0;
    const batch = this.db.batch();
    for (let h = this.baseHeight; h < target; h++) {
      const id = await this.db.get(KEY.blockId(h));
      if (id) batch.del(KEY.hash(BlockID.decode(id).hash));
      batch.del(KEY.block(h));
      batch.del(KEY.blockId(h));
      batch.del(KEY.results(h));
      batch.del(KEY.commit(h));
      pruned++;
    }
    batch.put(KEY.base, u64(target));
    await batch.write();
    this.baseHeight = target;
    return pruned;
  }
}

/** The RPC's view of a FinalizeBlock response (what `block_results` serves). */
export function toStoredResults(height: bigint, r: ResponseFinalizeBlock): StoredBlockResults {
  return {
    height,
    txResults: r.txResults,
    finalizeBlockEvents: r.events,
    validatorUpdates: r.validatorUpdates,
    consensusParamUpdates: r.consensusParamUpdates,
    appHash: r.appHash,
  };
}
