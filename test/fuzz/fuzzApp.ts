/**
 * The App the in-process targets drive, made as test/appHarness.ts makes it (real CommitStore on
 * classic-level in a temp dir, real modules, InitChain from a JSON app state, invariants after
 * every block) but with accounts from raw keys: the harness derives CosmJS wallets, whose
 * pure-JS PBKDF2 costs about a second per account, which the CI budget of the fuzz test cannot
 * spare.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CheckTxType, type ResponseCheckTx, type ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { addressString } from "../../chain/address.ts";
import { App } from "../../chain/app.ts";
import { pubkeyToAddress } from "../../chain/crypto/secp256k1.ts";
import { CommitStore } from "../../chain/store/commitStore.ts";
import { createModules } from "../../modules/index.ts";
import { GENESIS_SECONDS, TEST_CHAIN_ID, noInflationMintGenesis } from "../appHarness.ts";
import { InvariantChecker } from "../invariants.ts";
import type { FuzzKey } from "./txBuild.ts";

export class FuzzApp {
  height = 0n;
  private constructor(
    readonly app: App,
    readonly store: CommitStore,
    readonly accounts: { address: string }[],
    private readonly checker: InvariantChecker,
    private readonly dir: string,
  ) {}

  static async create(keys: FuzzKey[], balances: { denom: string; amount: string }[], appState: (s: any) => void): Promise<FuzzApp> {
    const dir = mkdtempSync(join(tmpdir(), "trib-fuzz-"));
    const store = await CommitStore.open(join(dir, "app.db"));
    const { modules, ante } = createModules();
    const app = new App({ store, modules, ante, minGasPrices: [] });
    const accounts = keys.map((k) => ({ address: addressString(pubkeyToAddress(k.pubkey)) }));
    const state: any = {
      auth: { accounts: accounts.map((a, i) => ({ "@type": "/cosmos.auth.v1beta1.BaseAccount", address: a.address, pub_key: null, account_number: String(i), sequence: "0" })) },
      bank: { balances: accounts.map((a) => ({ address: a.address, coins: balances })) },
      mint: noInflationMintGenesis(),
    };
    appState(state);
    await app.initChain({
      time: { seconds: GENESIS_SECONDS, nanos: 0 },
      chainId: TEST_CHAIN_ID,
      consensusParams: { block: { maxBytes: 22020096n, maxGas: 100_000_000n }, evidence: undefined, validator: undefined, version: undefined, abci: undefined },
      validators: [],
      appStateBytes: new TextEncoder().encode(JSON.stringify(state)),
      initialHeight: 1n,
    });
    const h = new FuzzApp(app, store, accounts, new InvariantChecker(modules), dir);
    await h.deliver([]);
    return h;
  }

  checkTx(tx: Uint8Array): Promise<ResponseCheckTx> {
    return this.app.checkTx({ tx, type: CheckTxType.NEW });
  }

  nextBlockSeconds(): bigint {
    return GENESIS_SECONDS + this.height + 1n;
  }

  /** One block of `txs` (FinalizeBlock + Commit); throws when an invariant breaks after it. */
  async deliver(txs: Uint8Array[]): Promise<ResponseFinalizeBlock> {
    const seconds = this.nextBlockSeconds();
    this.height++;
    const res = await this.app.finalizeBlock({
      txs, decidedLastCommit: { round: 0, votes: [] }, misbehavior: [], hash: new Uint8Array(32), height: this.height,
      time: { seconds, nanos: 0 }, nextValidatorsHash: new Uint8Array(32), proposerAddress: new Uint8Array(20),
    });
    await this.app.commit();
    await this.checker.afterBlock(this.store.committed(), this.height, res);
    return res;
  }

  async close(): Promise<void> {
    await this.store.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
