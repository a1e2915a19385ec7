/**
 * An in-process chain for the datanet benchmark, wired as the node wires it: the App with the
 * datanet keeper reading a content store, and after each FinalizeBlock the record bodies
 * written to that store with the node's own helpers (what the content index listener does, done here
 * so its time is reported apart). Blocks are driven the way the solo driver drives them:
 * CheckTx first (which verifies and caches signatures), then FinalizeBlock and Commit.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encodeSecp256k1Pubkey } from "@cosmjs/amino";
import { encodePubkey, makeAuthInfoBytes, makeSignBytes, makeSignDoc } from "@cosmjs/proto-signing";
import { sha256 } from "@noble/hashes/sha2.js";
import { TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { CheckTxType, type ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { App } from "../../chain/app.ts";
import { CommitStore } from "../../chain/store/commitStore.ts";
import { SigVerifyCache } from "../../chain/tx/sigCache.ts";
import { newGenesisDoc } from "../../genesis/create.ts";
import { createModules } from "../../modules/index.ts";
import { contributedRecords, storeRecords } from "../../node/content/indexer.ts";
import { ContentStore } from "../../node/content/store.ts";
import * as pb from "../../proto/gen/tributary/datanet/v1/index.ts";
import { type BenchAccount, fundAccounts, signDigest } from "../../test/support/accounts.ts";
import { nowMs } from "./stats.ts";
import { encode } from "../../proto/codec.ts";

const TX_GAS_LIMIT = 2_000_000_000n;
const BLOCK_MAX_GAS = 1_000_000_000_000n;

export interface BlockTiming {
  checkMs: number;
  /** The App's FinalizeBlock. */
  finalizeMs: number;
  /** Writing the block's record bodies to the content store (0 when `indexContent` is off). */
  contentMs: number;
  commitMs: number;
  res: ResponseFinalizeBlock;
}

export class DatanetBenchChain {
  height = 0n;
  /** Write record bodies to the content store after each block, as the node does. */
  indexContent = true;
  private readonly sequences = new Map<string, bigint>();

  private constructor(
    readonly app: App,
    private readonly content: ContentStore,
    private readonly store: CommitStore,
    readonly dir: string,
    readonly chainId: string,
    private readonly accountNumbers: Map<string, bigint>,
  ) {}

  /** Funds `accounts`; quotas are lifted so one contributor can send 100,000 records. `configure` may change the app state further. */
  static async create(accounts: BenchAccount[], chainId = "bench-datanet-1", configure?: (appState: Record<string, any>) => void): Promise<DatanetBenchChain> {
    const dir = mkdtempSync(join(tmpdir(), "trib-bench-datanet-"));
    const store = await CommitStore.open(join(dir, "app.db"));
    const content = new ContentStore(join(dir, "content"));
    const { modules, ante } = createModules(new SigVerifyCache(), { content });
    const app = new App({ store, modules, ante });
    const doc = newGenesisDoc({ chainId });
    fundAccounts(doc, accounts);
    const appState = doc.app_state as { auth: { accounts: { address: string; account_number: string }[] }; datanet: { params: Record<string, unknown> } };
    Object.assign(appState.datanet.params, { quota_records_per_window: "1000000000", quota_bytes_per_window: "1000000000000" });
    configure?.(appState);
    const numbers = new Map(appState.auth.accounts.map((a) => [a.address, BigInt(a.account_number)]));
    await app.initChain({
      time: { seconds: 1_700_000_000n, nanos: 0 },
      chainId,
      consensusParams: { block: { maxBytes: 104_857_600n, maxGas: BLOCK_MAX_GAS }, evidence: undefined, validator: undefined, version: undefined, abci: undefined },
      validators: [],
      appStateBytes: new TextEncoder().encode(JSON.stringify(doc.app_state)),
      initialHeight: 1n,
    });
    return new DatanetBenchChain(app, content, store, dir, chainId, numbers);
  }

  /** Signs one tx of `msgs` (type URL, encoded value) from `from` at its next sequence. PERF: one signature. */
  sign(from: BenchAccount, msgs: { typeUrl: string; value: Uint8Array }[]): Uint8Array {
    const sequence = this.sequences.get(from.address) ?? 0n;
    this.sequences.set(from.address, sequence + 1n);
    const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: msgs })).finish();
    const authInfoBytes = makeAuthInfoBytes([{ pubkey: encodePubkey(encodeSecp256k1Pubkey(from.pubkey)), sequence }], [{ denom: "utrib", amount: "1000" }], Number(TX_GAS_LIMIT), undefined, undefined);
    const signDoc = makeSignDoc(bodyBytes, authInfoBytes, this.chainId, Number(this.accountNumbers.get(from.address)!));
    return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signDigest(sha256(makeSignBytes(signDoc)), from.privkey)] }).finish();
  }

  createDatanetTx(owner: BenchAccount): Uint8Array {
    const value = encode(pb.MsgCreateDatanetSchema, {
      owner: owner.address,
      metadata: { name: "SpamAssassin mail", tags: ["mail"], description: "bench", licence: "Apache-2.0" },
      policy: { curation: pb.CurationPolicy.OPEN, limits: {} },
      curators: [],
    });
    return this.sign(owner, [{ typeUrl: "/tributary.datanet.v1.MsgCreateDatanet", value }]);
  }

  contributeTx(from: BenchAccount, datanetId: bigint, bodies: string[]): Uint8Array {
    const enc = new TextEncoder();
    const value = encode(pb.MsgContributeSchema, { contributor: from.address, datanetId: datanetId, records: bodies.map((b) => ({ body: enc.encode(b) })) });
    return this.sign(from, [{ typeUrl: "/tributary.datanet.v1.MsgContribute", value }]);
  }

  /** CheckTx every tx (as the mempool does), then FinalizeBlock, the content store and Commit, each timed. */
  async block(txs: Uint8Array[]): Promise<BlockTiming> {
    const t0 = nowMs();
    for (const tx of txs) {
      const r = await this.app.checkTx({ tx, type: CheckTxType.NEW });
      if (r.code !== 0) throw new Error(`CheckTx refused a bench tx at height ${this.height + 1n} (code ${r.code}): ${r.log}`);
    }
    const t1 = nowMs();
    this.height++;
    const res = await this.app.finalizeBlock({
      txs,
      decidedLastCommit: { round: 0, votes: [] },
      misbehavior: [],
      hash: new Uint8Array(32),
      height: this.height,
      time: { seconds: 1_700_000_000n + this.height, nanos: 0 },
      nextValidatorsHash: new Uint8Array(32),
      proposerAddress: new Uint8Array(20),
    });
    const t2 = nowMs();
    if (this.indexContent) storeRecords(this.content, txs, contributedRecords(res));
    const t3 = nowMs();
    await this.app.commit();
    const t4 = nowMs();
    return { checkMs: t1 - t0, finalizeMs: t2 - t1, contentMs: t3 - t2, commitMs: t4 - t3, res };
  }

  async close(): Promise<void> {
    await this.store.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
