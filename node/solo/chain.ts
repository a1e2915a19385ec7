/**
 * The solo validator's consensus steps: the start-up handshake (InitChain, replay of stored
 * blocks the app has not committed) and the production of one block.
 * Order per block: save block + seen commit → FinalizeBlock → save results → Commit → index
 * (queued: BlockIndexer writes it in the background; the handshake indexes what a crash left out).
 * Test-only crash points (node/crashPoints.ts) sit between those writes.
 */
import { toHex } from "@cosmjs/encoding";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { ResponseProcessProposal_ProposalStatus, type ResponseFinalizeBlock, type ResponseInfo } from "cosmjs-types/tendermint/abci/types";
import type { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import type { BlockID, Commit } from "cosmjs-types/tendermint/types/types";
import type { AbciApp } from "../../chain/abci.ts";
import type { StoredBlock, StoredBlockResults, ValidatorInfo } from "../rpc/backend.ts";
import type { EncodedBlock } from "../rpc/newBlockJson.ts";
import type { BlockStore } from "../store/blockstore.ts";
import type { TxIndex } from "../store/txindex.ts";
import { toStoredResults } from "../store/blockstore.ts";
import { buildBlock, commitInfo, commitTimeOf, EMPTY_BLOCK_ID, emptyCommit, nextTime, signCommit } from "./blockBuilder.ts";
import type { SoloGenesis } from "./genesis.ts";
import { consensusParamsHash, lastResultsHash, validatorsHash } from "./hashes.ts";
import { validatorAddressBytes, type ValidatorSigner } from "./signing.ts";
import { applyValidatorUpdates } from "./validatorSet.ts";
import { crashPoint } from "../crashPoints.ts";
import { BlockIndexer } from "./indexer.ts";

/** CometBFT types.MaxDataBytes overheads (block 11, header 626, commit 94 + 109 per signature). */
const MAX_OVERHEAD_FOR_BLOCK = 11n;
const MAX_HEADER_BYTES = 626n;
const MAX_COMMIT_OVERHEAD = 94n;
const MAX_COMMIT_SIG_BYTES = 109n;
const MAX_BLOCK_SIZE = 104_857_600n;

export class HandshakeError extends Error {
  override readonly name = "HandshakeError";
}

/** What the next block builds on. */
interface Tip {
  height: bigint;
  blockId: BlockID;
  commit: Commit;
  /** The time of the last precommit: the next block's time. */
  commitTime: Timestamp;
  appHash: Uint8Array;
  lastResultsHash: Uint8Array;
}

export interface ProducedBlock {
  stored: StoredBlock;
  results: StoredBlockResults;
  retainHeight: bigint;
  /** sha256 of each tx of the block, in order. */
  txHashes: Uint8Array[];
  /** The block's and its results' encodings, as the block store saved them. */
  encoded: EncodedBlock;
}

export class SoloChain {
  private tip: Tip | undefined;
  private appVersion = 0n;
  private readonly address: Uint8Array;
  private readonly indexer: BlockIndexer;

  constructor(
    private readonly app: AbciApp,
    private readonly blocks: BlockStore,
    private readonly index: TxIndex,
    private readonly genesis: SoloGenesis,
    private readonly signer: ValidatorSigner,
  ) {
    this.address = validatorAddressBytes(signer.pubkey);
    this.indexer = new BlockIndexer(index, () => crashPoint("commit", "indexed"));
  }

  /** Waits for the index writes still queued. */
  close(): Promise<void> {
    return this.indexer.close();
  }

  /** Resolves once every committed block is in the tx index; rejects if an index write failed. */
  indexed(): Promise<void> {
    return this.indexer.settled();
  }

  /** Last height the app has committed (0 before the first block). */
  height(): bigint {
    return this.tip?.height ?? 0n;
  }

  /**
   * Brings the app level with the block store: InitChain on a fresh app, replay of stored
   * blocks it has not committed, and app hash checks against the stored results.
   * PERF: grows with the number of blocks replayed.
   */
  async handshake(info: ResponseInfo): Promise<{ replayed: number }> {
    this.appVersion = info.appVersion;
    const storeHeight = this.blocks.height();
    const appHeight = info.lastBlockHeight;
    if (appHeight > storeHeight) {
      throw new HandshakeError(`app height ${appHeight} is ahead of the block store height ${storeHeight}; the block store is missing or stale`);
    }
    let appHash = info.lastBlockAppHash;
    if (appHeight === 0n) appHash = await this.initChain();
    // Before the replay, so the index stays contiguous: replayed blocks are indexed after these.
    await this.indexer.catchUp(this.blocks, appHeight);
    const first = appHeight === 0n ? this.genesis.initialHeight : appHeight + 1n;
    if (storeHeight >= first && this.blocks.base() > first) {
      throw new HandshakeError(`cannot replay from height ${first}: the block store starts at ${this.blocks.base()}`);
    }
    let replayed = 0;
    for (let h = first; h <= storeHeight; h++) {
      appHash = await this.replay(h, appHash);
      replayed++;
    }
    if (storeHeight > 0n) await this.loadTip(storeHeight, appHash);
    else this.tip = undefined;
    this.pendingAppHash = appHash;
    return { replayed };
  }

  /** The app hash the next header carries when no block exists yet (InitChain's). */
  private pendingAppHash: Uint8Array = new Uint8Array();

  private async initChain(): Promise<Uint8Array> {
    const response = await this.app.initChain(this.genesis.initChain);
    const validators = response.validators.length > 0 ? applyValidatorUpdates([], response.validators) : this.genesis.validators;
    const params = response.consensusParams ?? this.genesis.consensusParams;
    const h = this.genesis.initialHeight;
    if ((await this.blocks.validators(h)) === undefined) {
      await this.blocks.saveValidators(h, validators);
      await this.blocks.saveConsensusParams(h, params);
    }
    return response.appHash;
  }

  private async replay(height: bigint, appHashBefore: Uint8Array): Promise<Uint8Array> {
    const stored = await this.blocks.block(height);
    if (!stored) throw new HandshakeError(`block ${height} is missing from the block store`);
    if (toHex(stored.block.header.appHash) !== toHex(appHashBefore)) {
      throw new HandshakeError(
        `app hash mismatch before block ${height}: the block header has ${toHex(stored.block.header.appHash)}, the app has ${toHex(appHashBefore)}`,
      );
    }
    const response = await this.finalize(stored);
    const saved = await this.blocks.results(height);
    if (saved && toHex(saved.appHash) !== toHex(response.appHash)) {
      throw new HandshakeError(`app hash mismatch replaying block ${height}: stored results have ${toHex(saved.appHash)}, the app computed ${toHex(response.appHash)}`);
    }
    const results = toStoredResults(height, response);
    if (!saved) await this.blocks.saveResults(results);
    await this.app.commit();
    await this.index.indexBlocks([{ height, txs: stored.block.data.txs, results: results.txResults, blockEvents: results.finalizeBlockEvents }]);
    await this.afterCommit(stored, results);
    return response.appHash;
  }

  private async loadTip(height: bigint, appHash: Uint8Array): Promise<void> {
    const stored = await this.blocks.block(height);
    const commit = await this.blocks.commit(height);
    const results = await this.blocks.results(height);
    if (!stored || !commit || !results) throw new HandshakeError(`block store is missing block, commit or results at height ${height}`);
    if (toHex(results.appHash) !== toHex(appHash)) {
      throw new HandshakeError(`app hash mismatch at height ${height}: stored results have ${toHex(results.appHash)}, the app reports ${toHex(appHash)}`);
    }
    const commitTime = commitTimeOf(commit) ?? stored.block.header.time;
    this.tip = { height, blockId: stored.blockId, commit, commitTime, appHash, lastResultsHash: lastResultsHash(results.txResults) };
  }

  async validatorsAt(height: bigint): Promise<ValidatorInfo[]> {
    return (await this.blocks.validators(height)) ?? this.genesis.validators;
  }

  async consensusParamsAt(height: bigint): Promise<ConsensusParams> {
    return (await this.blocks.consensusParams(height)) ?? this.genesis.consensusParams;
  }

  /**
   * Proposes, decides and commits one block with `candidates` (highest priority first).
   * PERF: grows with the block's txs (app execution, hashing, indexing).
   */
  /**
   * `beforeCommit` runs right before the app's Commit: the driver locks the mempool there, as
   * CometBFT does, so no CheckTx sees the fresh check state before the recheck has run.
   */
  async produceBlock(reap: (maxBytes: number, maxGas: bigint) => Uint8Array[], nowMillis: number, beforeCommit?: () => void): Promise<ProducedBlock> {
    const tip = this.tip;
    const height = tip ? tip.height + 1n : this.genesis.initialHeight;
    const time = tip ? tip.commitTime : this.genesis.genesisTime;
    const [validators, nextValidators, params] = await Promise.all([this.validatorsAt(height), this.validatorsAt(height + 1n), this.consensusParamsAt(height)]);
    const lastCommit = tip?.commit ?? emptyCommit();
    const lastValidators = tip ? await this.validatorsAt(tip.height) : [];
    const maxDataBytes = maxDataBytesFor(params, validators.length);
    const maxGas = params.block?.maxGas ?? -1n;
    const candidates = reap(Number(maxDataBytes), maxGas);
    const nextValidatorsHash = validatorsHash(nextValidators);
    const common = { height, time, nextValidatorsHash, proposerAddress: this.address, misbehavior: [] };
    const prepared = await this.app.prepareProposal({
      ...common,
      maxTxBytes: maxDataBytes,
      txs: candidates,
      localLastCommit: { round: lastCommit.round, votes: [] },
    });
    const txBytes = prepared.txs.reduce((n, tx) => n + BigInt(tx.length), 0n);
    if (txBytes > maxDataBytes) throw new Error(`PrepareProposal returned ${txBytes} tx bytes, more than max_tx_bytes ${maxDataBytes}`);
    const { block, blockId, txHashes, encoded } = buildBlock({
      chainId: this.genesis.chainId,
      appVersion: this.appVersion,
      height,
      time,
      lastBlockId: tip?.blockId ?? EMPTY_BLOCK_ID,
      lastCommit,
      txs: prepared.txs,
      validatorsHash: validatorsHash(validators),
      nextValidatorsHash,
      consensusHash: consensusParamsHash(params),
      appHash: tip?.appHash ?? this.pendingAppHash,
      lastResultsHash: tip?.lastResultsHash ?? lastResultsHash([]),
      proposerAddress: this.address,
    });
    const processed = await this.app.processProposal({ ...common, txs: prepared.txs, hash: blockId.hash, proposedLastCommit: commitInfo(lastCommit, lastValidators) });
    if (processed.status !== ResponseProcessProposal_ProposalStatus.ACCEPT) {
      throw new Error(`the app rejected its own proposal at height ${height} (ProcessProposal status ${processed.status})`);
    }
    const commitTime = nextTime(time, nowMillis);
    const seenCommit = signCommit(this.genesis.chainId, height, blockId, commitTime, this.signer, this.address, validators);
    const size = await this.blocks.saveBlock(block, blockId, seenCommit, encoded);
    const stored: StoredBlock = { block, blockId, size };
    crashPoint("commit", "block-saved");
    const response = await this.finalize(stored);
    const results = toStoredResults(height, response);
    const { encoded: resultsEncoded, txResultBytes: resultBytes } = await this.blocks.saveResults(results);
    crashPoint("commit", "results-saved");
    beforeCommit?.();
    const { retainHeight } = await this.app.commit();
    crashPoint("commit", "state-committed");
    // The "indexed" crash point follows the background write (BlockIndexer).
    this.indexer.enqueue({ height, txs: block.data.txs, results: results.txResults, blockEvents: results.finalizeBlockEvents, hashes: txHashes, resultBytes });
    await this.afterCommit(stored, results);
    this.tip = { height, blockId, commit: seenCommit, commitTime, appHash: response.appHash, lastResultsHash: lastResultsHash(response.txResults) };
    return { stored, results, retainHeight, txHashes, encoded: { block: encoded, results: resultsEncoded } };
  }

  private async finalize(stored: StoredBlock): Promise<ResponseFinalizeBlock> {
    const { header, data, lastCommit } = stored.block;
    const lastValidators = header.height > this.genesis.initialHeight ? await this.validatorsAt(header.height - 1n) : [];
    const response = await this.app.finalizeBlock({
      txs: data.txs,
      decidedLastCommit: commitInfo(lastCommit ?? emptyCommit(), lastValidators),
      misbehavior: [],
      hash: stored.blockId.hash,
      height: header.height,
      time: header.time,
      nextValidatorsHash: header.nextValidatorsHash,
      proposerAddress: header.proposerAddress,
    });
    if (response.txResults.length !== data.txs.length) {
      throw new Error(`FinalizeBlock at height ${header.height} returned ${response.txResults.length} tx results for ${data.txs.length} txs`);
    }
    return response;
  }

  /** Validator updates take effect at H+2, param updates at H+1 (CometBFT rules). */
  private async afterCommit(stored: StoredBlock, results: StoredBlockResults): Promise<void> {
    const height = stored.block.header.height;
    if (results.validatorUpdates.length > 0) {
      const next = applyValidatorUpdates(await this.validatorsAt(height + 1n), results.validatorUpdates);
      await this.blocks.saveValidators(height + 2n, next);
    }
    if (results.consensusParamUpdates) await this.blocks.saveConsensusParams(height + 1n, results.consensusParamUpdates);
  }
}

function maxDataBytesFor(params: ConsensusParams, validatorCount: number): bigint {
  const maxBytes = params.block?.maxBytes ?? -1n;
  const limit = maxBytes === -1n ? MAX_BLOCK_SIZE : maxBytes;
  const data = limit - MAX_OVERHEAD_FOR_BLOCK - MAX_HEADER_BYTES - MAX_COMMIT_OVERHEAD - MAX_COMMIT_SIG_BYTES * BigInt(validatorCount);
  return data > 0n ? data : 0n;
}
