import {
  CheckTxType,
  type ExecTxResult,
  type RequestCheckTx,
  type RequestFinalizeBlock,
  type RequestInfo,
  type RequestInitChain,
  type RequestPrepareProposal,
  type RequestProcessProposal,
  type RequestQuery,
  type ResponseCheckTx,
  type ResponseCommit,
  type ResponseFinalizeBlock,
  type ResponseInfo,
  type ResponseInitChain,
  type ResponsePrepareProposal,
  type ResponseProcessProposal,
  type ResponseQuery,
  type ValidatorUpdate as AbciValidatorUpdate,
  MisbehaviorType,
  ResponseProcessProposal_ProposalStatus,
} from "cosmjs-types/tendermint/abci/types";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { bytesToHex } from "@noble/hashes/utils.js";
import type { AbciApp } from "./abci.ts";
import { AppListeners } from "./appListeners.ts";
import { blockMaxBytes, blockMaxGas, readChainId, readConsensusParams, writeChainParams } from "./appState.ts";
import { CommitGate } from "./commitGate.ts";
import type { BlockInfo, ConsensusInfo, Context, ExecMode, MinGasPrice } from "./context.ts";
import { type AbciEvent, EventManager } from "./events.ts";
import { GasMeter } from "./gas.ts";
import type { Module, ValidatorUpdate } from "./module.ts";
import { handleQuery } from "./query.ts";
import { Router } from "./router.ts";
import { type Rules, rulesAt } from "./rules.ts";
import type { CommitStore, StagedCommit } from "./store/commitStore.ts";
import { MemBranch } from "./store/memBranch.ts";
import { memoReads } from "./store/readMemo.ts";
import type { Branch, KVReader, KVStore } from "./store/types.ts";
import { DecodedTxCache } from "./tx/decodeCache.ts";
import { type TxEnv, type TxOutcome, type TxRunParams, runTx } from "./tx/runTx.ts";
import type { AnteHandler } from "./tx/txContext.ts";

/** Largest tx the app accepts (CometBFT's default mempool max_tx_bytes). */
export const MAX_TX_BYTES = 1024 * 1024;

export interface AppOptions {
  store: CommitStore;
  /** In a fixed order: genesis, begin-block and end-block hooks run in this order. */
  modules: Module[];
  ante: AnteHandler;
  /** Node-local, enforced in CheckTx only. */
  minGasPrices?: MinGasPrice[];
  name?: string;
  version?: string;
  appVersion?: bigint;
}

/**
 * The Tributary state machine behind ABCI 2.0. Three states, as the ABCI spec suggests:
 * the committed store (queries), a check state reset at every commit (CheckTx), and the block
 * state built by FinalizeBlock and persisted, in one batch, by Commit.
 */
export class App implements AbciApp {
  readonly router: Router;
  /** Node services told of each block (chain/appListeners.ts); they never change state. */
  readonly listeners = new AppListeners();
  private readonly env: TxEnv;
  /** Simulate's txs (often unsigned drafts) stay out of the decoded-tx cache. */
  private readonly simulateEnv: TxEnv;
  /** CheckTx decodes a tx once; Prepare/Process/FinalizeBlock find it here (node-local). */
  private readonly decoded = new DecodedTxCache();
  private checkState: Branch;
  /** The InitChain writes, committed together with the first block. */
  private genesisState?: Branch;
  private pending?: { staged: StagedCommit; height: bigint; time?: Timestamp };
  /**
   * Time of the last committed block, for check and simulate (as the SDK's check state uses
   * the last header): a simulated MsgEditValidator or unbonding then sees a real time. Not
   * consensus state; unknown (0) after a restart until the next block.
   */
  private lastBlockTime?: Timestamp;
  /** CheckTx's last TxRunParams and what they were read for (see txParams). */
  private checkParams?: { state: unknown; mode: ExecMode; version: bigint; time: Timestamp | undefined; params: TxRunParams };
  private readonly gate = new CommitGate();

  constructor(private readonly opts: AppOptions) {
    this.router = new Router(opts.modules);
    this.simulateEnv = { router: this.router, ante: opts.ante, maxTxBytes: MAX_TX_BYTES };
    this.env = { ...this.simulateEnv, decode: (raw, limits) => this.decoded.decode(raw, limits) };
    this.checkState = this.memoBranch();
  }

  async info(_req: RequestInfo): Promise<ResponseInfo> {
    const { store } = this.opts;
    return {
      data: this.opts.name ?? "tributary",
      version: this.opts.version ?? "0.1.0",
      appVersion: this.opts.appVersion ?? 1n,
      lastBlockHeight: store.version,
      lastBlockAppHash: store.version === 0n ? new Uint8Array() : store.rootHash,
    };
  }

  async initChain(req: RequestInitChain): Promise<ResponseInitChain> {
    const branch = this.opts.store.branch();
    const block = blockInfo(req.chainId, req.initialHeight, req.time, new Uint8Array());
    writeChainParams(branch, req.chainId, req.consensusParams);
    const appState = req.appStateBytes.length > 0 ? JSON.parse(new TextDecoder().decode(req.appStateBytes)) : {};
    const events = new EventManager();
    const validators: ValidatorUpdate[] = [];
    for (const m of this.opts.modules) {
      // Per module: a genesis' initial rules version (the upgrade section, first) applies to the sections after it.
      const ctx = this.systemContext("genesis", branch, block, events, rulesAt(branch, req.initialHeight));
      // A module added after launch (gov, upgrade) writes nothing for a genesis without its section,
      // so a chain started before it existed replays to the same app hashes.
      const section = appState[m.name] ?? (m.absentGenesisWritesNothing ? undefined : m.defaultGenesis?.());
      if (m.initGenesis && section !== undefined) validators.push(...((await m.initGenesis(ctx, section)) ?? []));
    }
    const updates = validators.map(toAbciUpdate);
    assertSameValidators(req.validators, updates);
    this.genesisState = branch;
    this.checkState = branch.branch();
    const appHash = this.opts.store.stage(branch.changes(), req.initialHeight).rootHash;
    await this.listeners.initChain(req);
    return { consensusParams: undefined, validators: updates, appHash };
  }

  /**
   * A key as CheckTx sees it, for node-local helpers that must agree with CheckTx and share its
   * read memo (node/sigverify reads signers' account numbers here). Read-only.
   */
  readCheckState(key: Uint8Array): Uint8Array | undefined {
    return this.checkState.get(key);
  }

  async checkTx(req: RequestCheckTx): Promise<ResponseCheckTx> {
    const mode: ExecMode = req.type === CheckTxType.RECHECK ? "recheck" : "check";
    const out = await runTx(this.env, this.checkState, this.txParams(mode, this.checkState), req.tx);
    return { ...toExecResult(out), data: new Uint8Array() };
  }

  /** Keeps mempool order, dropping what does not decode and stopping at the byte and gas caps. */
  async prepareProposal(req: RequestPrepareProposal): Promise<ResponsePrepareProposal> {
    const maxGas = blockMaxGas(readConsensusParams(this.committedOrGenesis()));
    const txs: Uint8Array[] = [];
    let bytes = 0n;
    let gas = 0n;
    for (const tx of req.txs) {
      let gasLimit: bigint;
      try {
        gasLimit = this.decoded.decode(tx, { maxTxBytes: MAX_TX_BYTES }).authInfo.fee?.gasLimit ?? 0n;
      } catch {
        continue;
      }
      if (bytes + BigInt(tx.length) > req.maxTxBytes) break;
      if (maxGas >= 0n && gas + gasLimit > maxGas) break;
      bytes += BigInt(tx.length);
      gas += gasLimit;
      txs.push(tx);
    }
    return { txs };
  }

  /** Deterministic and cheap: every tx decodes, and the block respects the byte cap. */
  async processProposal(req: RequestProcessProposal): Promise<ResponseProcessProposal> {
    const maxBytes = blockMaxBytes(readConsensusParams(this.committedOrGenesis()));
    let bytes = 0n;
    for (const tx of req.txs) {
      bytes += BigInt(tx.length);
      try {
        this.decoded.decode(tx, { maxTxBytes: MAX_TX_BYTES });
      } catch {
        return { status: ResponseProcessProposal_ProposalStatus.REJECT };
      }
    }
    const ok = bytes <= maxBytes;
    return { status: ok ? ResponseProcessProposal_ProposalStatus.ACCEPT : ResponseProcessProposal_ProposalStatus.REJECT };
  }

  /**
   * Executes the block on a fresh block state and returns the new app hash. Persists nothing:
   * Commit does. Running it again for the same height (a replay) recomputes the same result.
   * PERF: grows with the block's txs (each: decode + ante + messages) plus the tree update for
   * the keys the block changed.
   */
  async finalizeBlock(req: RequestFinalizeBlock): Promise<ResponseFinalizeBlock> {
    // Height 1 builds on the InitChain writes through a branch of its own: writing into the
    // genesis state itself would show the block being built to CheckTx (the check state is a
    // branch of it) and make a second FinalizeBlock of height 1 run on a modified genesis.
    const blockState = this.genesisState ? this.genesisState.branch() : this.memoBranch();
    const chainId = readChainId(blockState);
    const block = { ...blockInfo(chainId, req.height, req.time, req.proposerAddress), hash: req.hash };
    const blockEvents: AbciEvent[] = [];
    const consensus = consensusInfo(req);

    // PreBlock (the upgrade module) may halt the node or switch the rules from this very block.
    await this.runHooks("PreBlock", blockState, block, blockEvents, consensus, (m, ctx) => m.preBlock?.(ctx));
    await this.runHooks("BeginBlock", blockState, block, blockEvents, consensus, (m, ctx) => m.beginBlock?.(ctx));
    const params = this.txParams("finalize", blockState, block);
    const txResults: ExecTxResult[] = [];
    for (const tx of req.txs) txResults.push(toExecResult(await runTx(this.env, blockState, params, tx)));
    const validatorUpdates: ValidatorUpdate[] = [];
    await this.runHooks("EndBlock", blockState, block, blockEvents, consensus, async (m, ctx) => {
      const updates = await m.endBlock?.(ctx);
      if (updates) validatorUpdates.push(...updates);
    });

    const changes = this.genesisState ? [...this.genesisState.changes(), ...blockState.changes()] : blockState.changes();
    const staged = this.opts.store.stage(changes, req.height);
    this.pending = { staged, height: req.height, time: req.time };
    await this.listeners.finalizedBlock({ height: req.height, txs: Object.freeze([...req.txs]), txResults: Object.freeze([...txResults]), events: Object.freeze([...blockEvents]) });
    return {
      events: blockEvents,
      txResults,
      validatorUpdates: validatorUpdates.map(toAbciUpdate),
      consensusParamUpdates: undefined,
      appHash: staged.rootHash,
    };
  }

  /** Persists the finalized block in one atomic batch and resets the check state. */
  async commit(): Promise<ResponseCommit> {
    const pending = this.pending;
    if (!pending) throw new Error("Commit called without FinalizeBlock");
    await this.gate.commit(() => this.opts.store.commit(pending.staged));
    this.lastBlockTime = pending.time;
    this.pending = undefined;
    this.genesisState = undefined;
    this.checkState = this.memoBranch();
    await this.listeners.committed(pending.height);
    return { retainHeight: 0n };
  }

  /** Reads one committed height: a Commit never lands in the middle of a query (see CommitGate). */
  async query(req: RequestQuery): Promise<ResponseQuery> {
    return this.gate.read(() =>
      handleQuery(
        {
          store: this.opts.store,
          router: this.router,
          simulate: (tx) => {
            const state = this.opts.store.branch();
            return runTx(this.simulateEnv, state, this.txParams("simulate", state), tx);
          },
        },
        req,
      ),
    );
  }

  /** A branch of the committed state whose repeated reads skip LevelDB (see readMemo.ts). */
  private memoBranch(): Branch {
    const { store } = this.opts;
    return new MemBranch(memoReads(store.committed(), () => store.version));
  }

  private committedOrGenesis() {
    return this.genesisState ?? this.opts.store.committed();
  }

  /**
   * Check and simulate run "as of the next block": height = committed + 1, with that height's rules.
   * CheckTx reuses one result per check state, committed version and block time: the chain id,
   * consensus params and rules schedule it decodes change only in a block, never through the
   * ante writes a check state sees, and every Commit replaces the check state.
   * PERF: O(1) per CheckTx after the first of a check state (three decodes before).
   */
  private txParams(mode: ExecMode, state: Pick<KVReader, "get">, block?: BlockInfo): TxRunParams {
    const memo = this.checkParams;
    const reuse = block === undefined && state === this.checkState && (mode === "check" || mode === "recheck");
    if (reuse && memo?.state === state && memo.mode === mode && memo.version === this.opts.store.version && memo.time === this.lastBlockTime) return memo.params;
    const params = this.readTxParams(mode, state, block);
    if (reuse) this.checkParams = { state, mode, version: this.opts.store.version, time: this.lastBlockTime, params };
    return params;
  }

  private readTxParams(mode: ExecMode, state: Pick<KVReader, "get">, block?: BlockInfo): TxRunParams {
    const b = block ?? blockInfo(readChainId(state), this.opts.store.version + 1n, this.lastBlockTime, new Uint8Array());
    return {
      mode,
      block: b,
      rules: rulesAt(state, b.height),
      blockMaxGas: blockMaxGas(readConsensusParams(state)),
      minGasPrices: this.opts.minGasPrices ?? [],
    };
  }

  private systemContext(mode: ExecMode, kv: KVStore, block: BlockInfo, events: EventManager, rules: Rules, consensus?: ConsensusInfo): Context {
    return { mode, block, kv, rules, gasMeter: GasMeter.infinite(), events, blockMaxGas: -1n, minGasPrices: [], consensus };
  }

  /** Pre/begin/end-block hooks in module order; their events get a `mode` attribute (SDK 0.50). */
  private async runHooks(
    mode: "PreBlock" | "BeginBlock" | "EndBlock",
    state: Branch,
    block: BlockInfo,
    sink: AbciEvent[],
    consensus: ConsensusInfo,
    hook: (m: Module, ctx: Context) => unknown,
  ): Promise<void> {
    const events = new EventManager();
    const ctx = this.systemContext("finalize", state, block, events, rulesAt(state, block.height), consensus);
    for (const m of this.opts.modules) await hook(m, ctx);
    for (const e of events.events) {
      e.attributes.push({ key: "mode", value: mode, index: true });
      sink.push(e);
    }
  }
}

function blockInfo(chainId: string, height: bigint, time: Timestamp | undefined, proposer: Uint8Array): BlockInfo {
  return { chainId, height, timeSeconds: time?.seconds ?? 0n, timeNanos: time?.nanos ?? 0, proposerAddress: proposer };
}

function toAbciUpdate(u: ValidatorUpdate): AbciValidatorUpdate {
  return { pubKey: { ed25519: u.pubKey }, power: u.power };
}

const MISBEHAVIOR_TYPES: Record<number, "duplicate_vote" | "light_client_attack"> = {
  [MisbehaviorType.DUPLICATE_VOTE]: "duplicate_vote",
  [MisbehaviorType.LIGHT_CLIENT_ATTACK]: "light_client_attack",
};

/** The votes and evidence of a FinalizeBlock request, as hooks see them. */
function consensusInfo(req: RequestFinalizeBlock): ConsensusInfo {
  return {
    votes: (req.decidedLastCommit?.votes ?? []).map((v) => ({
      address: v.validator?.address ?? new Uint8Array(),
      power: v.validator?.power ?? 0n,
      blockIdFlag: v.blockIdFlag,
    })),
    misbehavior: (req.misbehavior ?? []).map((m) => ({
      type: MISBEHAVIOR_TYPES[m.type] ?? "unknown",
      address: m.validator?.address ?? new Uint8Array(),
      power: m.validator?.power ?? 0n,
      height: m.height,
      timeSeconds: m.time?.seconds ?? 0n,
      timeNanos: m.time?.nanos ?? 0,
      totalVotingPower: m.totalVotingPower,
    })),
  };
}

/**
 * As the SDK's InitChain: when genesis.json lists validators and the app computes a set too,
 * they must be the same set (CometBFT would otherwise start from one the app does not know).
 */
function assertSameValidators(requested: readonly AbciValidatorUpdate[], computed: readonly AbciValidatorUpdate[]): void {
  if (requested.length === 0 || computed.length === 0) return;
  const key = (u: AbciValidatorUpdate) => `${bytesToHex(u.pubKey.ed25519 ?? new Uint8Array())}:${u.power}`;
  const want = requested.map(key).sort();
  const got = computed.map(key).sort();
  if (want.length !== got.length || want.some((k, i) => k !== got[i])) {
    throw new Error(
      `genesis validators mismatch: genesis.json lists ${want.length} validator(s) [${want.join(", ")}] but the staking state yields ` +
        `${got.length} [${got.join(", ")}] (pubkey hex:power); fix genesis.json's validators or leave them empty`,
    );
  }
}

function toExecResult(o: TxOutcome): ExecTxResult {
  return { code: o.code, data: o.data, log: o.log, info: "", gasWanted: o.gasWanted, gasUsed: o.gasUsed, events: o.events, codespace: o.codespace };
}
