/**
 * An in-process chain for upgrade tests: the golden genesis (a v0.1.0 genesis: no upgrade
 * section, so rules version 1), the real App and modules on a CommitStore in a temp dir, txs
 * signed with the golden keys. The binary is the App's module set: `restart` builds a new App on
 * the same store with or without upgrade handlers, as an operator swaps binaries.
 *
 * Governance stand-in: `govAt` messages are executed at the end of the given block by a
 * test-only module, through the app's own router and handlers with the gov authority as the
 * signer, as gov's EndBlock executes a passed proposal's messages (on a branch kept only when
 * every message succeeds). It keeps the heights of this test exact and its refusals visible (a
 * real proposal takes a submit, votes and a voting period; gov.test.ts passes the plan through
 * real governance). It writes nothing itself and records each execution's error in memory;
 * every App of the test (old binary, new binary, replay) has it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bytesToHex } from "@noble/hashes/utils.js";
import type { EncodeObject } from "@cosmjs/proto-signing";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { RequestFinalizeBlock, RequestInitChain, ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { App } from "../../chain/app.ts";
import { ChainError } from "../../chain/errors.ts";
import type { Module } from "../../chain/module.ts";
import type { Router } from "../../chain/router.ts";
import { CommitStore } from "../../chain/store/commitStore.ts";
import type { Branch } from "../../chain/store/types.ts";
import { type TributaryKeepers, createModules } from "../../modules/index.ts";
import type { UpgradeHandlers } from "../../modules/upgrade/types.ts";
import { GoldenContent } from "../golden/chain.ts";
import { goldenAppState, goldenKeys } from "../golden/genesis.ts";
import { GOLDEN_CHAIN_ID, type PlannedTx, TxSigner } from "../golden/txs.ts";

export type Binary = "old" | "new";
export type HandlersOf = (keepers: TributaryKeepers) => UpgradeHandlers;

const GENESIS_SECONDS = 1_750_000_000n;

export class UpgradeChain {
  height = 0n;
  /** Every block as consensus sent it, for replays. */
  readonly requests: RequestFinalizeBlock[] = [];
  /** App hash (hex) per height, 0 = InitChain. */
  readonly appHashes: string[] = [];
  /** Errors of the gov stand-in's executions, by height (undefined = succeeded). */
  readonly govResults = new Map<bigint, (ChainError | undefined)[]>();
  readonly signer: TxSigner;
  app!: App;
  keepers!: TributaryKeepers;

  private constructor(
    readonly store: CommitStore,
    readonly content: GoldenContent,
    private readonly dir: string,
    private readonly govAt: ReadonlyMap<bigint, Any[][]>,
    readonly initRequest: RequestInitChain,
  ) {
    const keys = goldenKeys();
    this.signer = new TxSigner(keys, keys.map((_, i) => BigInt(i)));
  }

  /** A v0.1.0 chain at height 0 on `handlers`' binary; `govAt`: height → proposals (each a message list) passed at its end. */
  static async create(handlers: HandlersOf | undefined, govAt: ReadonlyMap<bigint, Any[][]>, appState = goldenAppState(goldenKeys())): Promise<UpgradeChain> {
    const dir = mkdtempSync(join(tmpdir(), "trib-upgrade-"));
    const store = await CommitStore.open(join(dir, "app.db"));
    const init: RequestInitChain = {
      time: { seconds: GENESIS_SECONDS, nanos: 0 },
      chainId: GOLDEN_CHAIN_ID,
      consensusParams: { block: { maxBytes: 22020096n, maxGas: 400_000_000n }, evidence: undefined, validator: undefined, version: undefined, abci: undefined },
      validators: [],
      appStateBytes: new TextEncoder().encode(JSON.stringify(appState)),
      initialHeight: 1n,
    };
    const chain = new UpgradeChain(store, new GoldenContent(), dir, govAt, init);
    chain.restart(handlers);
    try {
      const res = await chain.app.initChain(init);
      chain.appHashes.push(bytesToHex(res.appHash));
    } catch (e) {
      await chain.close();
      throw e;
    }
    return chain;
  }

  /** A new App (binary) on the same store: what a node restarted with another binary runs. */
  restart(handlers: HandlersOf | undefined): void {
    const built = buildApp(this.store, this.content, handlers, this.govAt, this.govResults);
    this.app = built.app;
    this.keepers = built.keepers;
  }

  /** Signs `msgs` as golden account `i` (sequence tracked). */
  tx(i: number, label: string, msgs: EncodeObject[], expect: PlannedTx["expect"] = "ok", gas?: bigint): PlannedTx {
    const t = this.signer.tx(i, label, msgs, expect, { gas });
    for (const bodies of t.bodies) for (const b of bodies) this.content.put(b, false);
    return t;
  }

  /** The next block's request: fixed time, hash and proposer, so a replay sends the same bytes. */
  nextRequest(txs: PlannedTx[] = []): RequestFinalizeBlock {
    const height = this.height + 1n;
    return {
      txs: txs.map((t) => t.bytes),
      decidedLastCommit: { round: 0, votes: [] },
      misbehavior: [],
      hash: new Uint8Array(32).fill(Number(height % 251n)),
      height,
      time: { seconds: GENESIS_SECONDS + 5n * height, nanos: 0 },
      nextValidatorsHash: new Uint8Array(32),
      proposerAddress: new Uint8Array(20),
    };
  }

  /** FinalizeBlock + Commit of `req`; throws (nothing committed) when the App refuses the block. */
  async run(req: RequestFinalizeBlock): Promise<ResponseFinalizeBlock> {
    const res = await this.app.finalizeBlock(req);
    await this.app.commit();
    this.height = req.height;
    this.requests.push(req);
    this.appHashes.push(bytesToHex(res.appHash));
    return res;
  }

  async block(txs: PlannedTx[] = []): Promise<ResponseFinalizeBlock> {
    return this.run(this.nextRequest(txs));
  }

  async query(path: string, data: Uint8Array): Promise<Uint8Array> {
    const res = await this.app.query({ path, data, height: 0n, prove: false });
    if (res.code !== 0) throw new Error(`${path}: ${res.log}`);
    return res.value;
  }

  async close(): Promise<void> {
    await this.store.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The app a binary runs: the real modules (with `handlers`) and the gov stand-in last. */
export function buildApp(
  store: CommitStore, content: GoldenContent, handlers: HandlersOf | undefined, govAt: ReadonlyMap<bigint, Any[][]>, govResults: Map<bigint, (ChainError | undefined)[]>,
): { app: App; keepers: TributaryKeepers } {
  const { modules, ante, keepers } = createModules(undefined, { content, upgradeHandlers: handlers });
  // The stand-in routes through the app it belongs to, which exists only once the module list does.
  const holder: { app?: App } = {};
  const app = new App({ store, modules: [...modules, govStandIn(govAt, govResults, () => holder.app!.router)], ante });
  holder.app = app;
  return { app, keepers };
}

function govStandIn(govAt: ReadonlyMap<bigint, Any[][]>, results: Map<bigint, (ChainError | undefined)[]>, router: () => Router): Module {
  return {
    name: "test_gov_stand_in",
    async endBlock(ctx) {
      const proposals = govAt.get(ctx.block.height);
      if (!proposals) return;
      const out: (ChainError | undefined)[] = [];
      for (const msgs of proposals) {
        // ctx.kv is the block state (a Branch) in FinalizeBlock's hooks.
        const branch = (ctx.kv as Branch).branch();
        try {
          for (const m of msgs) {
            const { handler, msg } = router().routeMsg(m);
            await handler.handle({ ...ctx, kv: branch }, msg);
          }
          branch.write();
          out.push(undefined);
        } catch (e) {
          if (!(e instanceof ChainError)) throw e;
          out.push(e);
        }
      }
      results.set(ctx.block.height, out);
    },
  };
}
