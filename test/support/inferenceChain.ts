/**
 * An in-process chain for the inference benchmarks and the replay test, wired as the node wires
 * it: the App with a content store filled from each block's MsgContribute records (what
 * content index listener does) and the model runner of the caller's choice. Every InitChain and
 * FinalizeBlock request is kept with its response, so a run can be replayed into a fresh App
 * (another runner) and compared block by block.
 *
 * Blocks go as the solo driver drives them: CheckTx first (verifies and caches signatures),
 * then FinalizeBlock and Commit, each timed. Attribution calls are timed by wrapping the
 * attribution keeper the inference keeper calls (bench instrumentation, one clock read per
 * inference); model calls are timed by `TimedRunner`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encodeSecp256k1Pubkey } from "@cosmjs/amino";
import { encodePubkey, makeAuthInfoBytes, makeSignBytes, makeSignDoc } from "@cosmjs/proto-signing";
import { sha256 } from "@noble/hashes/sha2.js";
import { TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { CheckTxType, type RequestFinalizeBlock, type RequestInitChain, type ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { App } from "../../chain/app.ts";
import { CommitStore } from "../../chain/store/commitStore.ts";
import { SigVerifyCache } from "../../chain/tx/sigCache.ts";
import { newGenesisDoc } from "../../genesis/create.ts";
import type { ArtifactSource, LoadedModel, ModelRunner } from "../../modules/inference/expected.ts";
import { createModules, type TributaryModules } from "../../modules/index.ts";
import { contributedRecords, storeRecords } from "../../node/content/indexer.ts";
import { ContentStore } from "../../node/content/store.ts";
import { type BenchAccount, fundAccounts, signDigest } from "./accounts.ts";

const TX_GAS_LIMIT = 2_000_000_000n;
const BLOCK_MAX_GAS = 1_000_000_000_000n;
const GENESIS_SECONDS = 1_700_000_000n;

/** Milliseconds since an arbitrary origin, monotonic (the timings bench/ reports). */
const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

/**
 * Time spent in model calls (load and logits), accumulated until reset. `inner` may be swapped
 * between blocks (a bench compares runners on one chain: every runner gives the same bits).
 */
export class TimedRunner implements ModelRunner {
  ms = 0;
  calls = 0;
  loads = 0;
  /** Loads that read the artifact (the inner runner's cache misses, when the caller passed a reader). */
  reads = 0;
  constructor(public inner: ModelRunner) {}

  async load(hash: Uint8Array, artifact: ArtifactSource): Promise<LoadedModel> {
    const t0 = nowMs();
    const source = typeof artifact === "function" ? () => (this.reads++, artifact()) : artifact;
    const m = await this.inner.load(hash, source);
    this.loads++;
    this.ms += nowMs() - t0;
    return {
      logits: async (window) => {
        const t = nowMs();
        const out = await m.logits(window);
        this.ms += nowMs() - t;
        this.calls++;
        return out;
      },
    };
  }

  reset(): void {
    this.ms = 0;
    this.calls = 0;
    this.loads = 0;
    this.reads = 0;
  }
}

export interface InferenceChainOptions {
  modelRunner?: ModelRunner;
  chainId?: string;
  /** Edits the genesis app_state (JSON, snake_case) before InitChain. */
  appState?: (s: Record<string, any>) => void;
}

export interface BlockTiming {
  checkMs: number;
  finalizeMs: number;
  /** Inside FinalizeBlock: attribution (engine + record writes), summed over the block's inferences. */
  attributionMs: number;
  contentMs: number;
  commitMs: number;
  res: ResponseFinalizeBlock;
}

export interface RecordedBlock {
  request: RequestFinalizeBlock;
  response: ResponseFinalizeBlock;
}

/** Genesis of `accounts` (bench funds), quotas lifted, attribution ready one block after publication. */
export function inferenceGenesis(accounts: BenchAccount[], chainId: string, edit?: (s: Record<string, any>) => void): RequestInitChain {
  const doc = newGenesisDoc({ chainId, genesisTime: "2023-11-14T22:13:20Z" });
  fundAccounts(doc, accounts);
  const s = doc.app_state as Record<string, any>;
  Object.assign(s.datanet.params, { quota_records_per_window: "1000000000", quota_bytes_per_window: "1000000000000" });
  s.attribution.params.attributable_delay_blocks = "1";
  edit?.(s);
  return {
    time: { seconds: GENESIS_SECONDS, nanos: 0 },
    chainId,
    consensusParams: { block: { maxBytes: 104_857_600n, maxGas: BLOCK_MAX_GAS }, evidence: undefined, validator: undefined, version: undefined, abci: undefined },
    validators: [],
    appStateBytes: new TextEncoder().encode(JSON.stringify(s)),
    initialHeight: 1n,
  };
}

export class InferenceChain {
  height = 0n;
  readonly blocks: RecordedBlock[] = [];
  private readonly sequences = new Map<string, bigint>();
  private attributionMs = 0;

  private constructor(
    readonly app: App,
    readonly modules: TributaryModules,
    private readonly content: ContentStore,
    private readonly store: CommitStore,
    private readonly dir: string,
    readonly init: RequestInitChain,
    private readonly accountNumbers: Map<string, bigint>,
  ) {
    const attribution = modules.keepers.attribution;
    const attributeAndRecord = attribution.attributeAndRecord.bind(attribution);
    attribution.attributeAndRecord = async (...args) => {
      const t0 = nowMs();
      try {
        return await attributeAndRecord(...args);
      } finally {
        this.attributionMs += nowMs() - t0;
      }
    };
  }

  /** A fresh chain from `init` (a new genesis, or a recorded run's InitChain to replay it). */
  static async open(init: RequestInitChain, opts: InferenceChainOptions = {}): Promise<InferenceChain> {
    const dir = mkdtempSync(join(tmpdir(), "trib-inference-chain-"));
    const store = await CommitStore.open(join(dir, "app.db"));
    const content = new ContentStore(join(dir, "content"));
    const modules = createModules(new SigVerifyCache(), { content, modelRunner: opts.modelRunner });
    const app = new App({ store, modules: modules.modules, ante: modules.ante });
    await app.initChain(init);
    const state = JSON.parse(new TextDecoder().decode(init.appStateBytes)) as { auth: { accounts: { address: string; account_number: string }[] } };
    const numbers = new Map(state.auth.accounts.map((a) => [a.address, BigInt(a.account_number)]));
    return new InferenceChain(app, modules, content, store, dir, init, numbers);
  }

  static create(accounts: BenchAccount[], opts: InferenceChainOptions = {}): Promise<InferenceChain> {
    return InferenceChain.open(inferenceGenesis(accounts, opts.chainId ?? "bench-inference-1", opts.appState), opts);
  }

  /** Signs one tx of `msgs` (type URL, encoded value) from `from` at its next sequence. PERF: one signature. */
  sign(from: BenchAccount, msgs: { typeUrl: string; value: Uint8Array }[]): Uint8Array {
    const sequence = this.sequences.get(from.address) ?? 0n;
    this.sequences.set(from.address, sequence + 1n);
    const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: msgs })).finish();
    const authInfoBytes = makeAuthInfoBytes([{ pubkey: encodePubkey(encodeSecp256k1Pubkey(from.pubkey)), sequence }], [{ denom: "utrib", amount: "1000" }], Number(TX_GAS_LIMIT), undefined, undefined);
    const doc = makeSignDoc(bodyBytes, authInfoBytes, this.init.chainId, Number(this.accountNumbers.get(from.address)!));
    return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signDigest(sha256(makeSignBytes(doc)), from.privkey)] }).finish();
  }

  /** CheckTx every tx (as the mempool does), then FinalizeBlock, the content store and Commit, each timed. */
  async block(txs: Uint8Array[]): Promise<BlockTiming> {
    const t0 = nowMs();
    for (const tx of txs) {
      const r = await this.app.checkTx({ tx, type: CheckTxType.NEW });
      if (r.code !== 0) throw new Error(`CheckTx refused a tx at height ${this.height + 1n} (${r.codespace}/${r.code}): ${r.log}`);
    }
    const checkMs = nowMs() - t0;
    const request: RequestFinalizeBlock = {
      txs,
      decidedLastCommit: { round: 0, votes: [] },
      misbehavior: [],
      hash: sha256(new TextEncoder().encode(`block ${this.height + 1n}`)),
      height: this.height + 1n,
      time: { seconds: GENESIS_SECONDS + this.height + 1n, nanos: 0 },
      nextValidatorsHash: new Uint8Array(32),
      proposerAddress: new Uint8Array(20),
    };
    return { checkMs, ...(await this.finalize(request)) };
  }

  /** Runs one FinalizeBlock request (a new block or a recorded one), the content store and Commit. */
  async finalize(request: RequestFinalizeBlock): Promise<Omit<BlockTiming, "checkMs">> {
    if (request.height !== this.height + 1n) throw new Error(`block ${request.height} does not follow height ${this.height}`);
    this.attributionMs = 0;
    const t1 = nowMs();
    const res = await this.app.finalizeBlock(request);
    const t2 = nowMs();
    storeRecords(this.content, request.txs, contributedRecords(res));
    const t3 = nowMs();
    await this.app.commit();
    const t4 = nowMs();
    this.height = request.height;
    this.blocks.push({ request, response: res });
    return { finalizeMs: t2 - t1, attributionMs: this.attributionMs, contentMs: t3 - t2, commitMs: t4 - t3, res };
  }

  async query(path: string, data: Uint8Array): Promise<Uint8Array> {
    const res = await this.app.query({ path, data, height: 0n, prove: false });
    if (res.code !== 0) throw new Error(`${path}: ${res.codespace}/${res.code}: ${res.log}`);
    return res.value;
  }

  async close(): Promise<void> {
    await this.store.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
