/**
 * An in-process chain for tests: a real CommitStore on classic-level in a temp dir, the real
 * App with the real modules, and txs signed by real CosmJS wallets. Blocks are driven by
 * calling the ABCI methods directly, the way a consensus driver would.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Bip39, EnglishMnemonic } from "@cosmjs/crypto";
import { fromBase64 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet, type EncodeObject, Registry, encodePubkey, makeAuthInfoBytes, makeSignDoc } from "@cosmjs/proto-signing";
import { encodeSecp256k1Pubkey } from "@cosmjs/amino";
import { defaultRegistryTypes } from "@cosmjs/stargate";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { CheckTxType, type CommitInfo, type Misbehavior, type ResponseCheckTx, type ResponseFinalizeBlock, type ResponseInitChain, type ValidatorUpdate } from "cosmjs-types/tendermint/abci/types";
import { QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { App } from "../chain/app.ts";
import { CommitStore } from "../chain/store/commitStore.ts";
import type { SigVerifyCache } from "../chain/tx/sigCache.ts";
import { type ModuleOptions, createModules } from "../modules/index.ts";
import { defaultMintGenesis } from "../modules/mint/genesis.ts";
import { InvariantChecker } from "./invariants.ts";
import { take } from "./support/take.ts";

export const TEST_CHAIN_ID = "tributary-test-1";

/** The SDK's mint genesis with inflation pinned at 0: BeginBlock mints nothing. */
export function noInflationMintGenesis() {
  return { minter: { inflation: "0", annual_provisions: "0" }, params: { ...defaultMintGenesis().params, inflation_max: "0", inflation_min: "0" } };
}
export const registry = new Registry(defaultRegistryTypes);

/** A deterministic, valid test mnemonic per index (never use outside tests). */
export function testMnemonic(i: number): string {
  return Bip39.encode(new Uint8Array(32).fill(i + 1)).toString();
}

export interface TestAccount {
  address: string;
  pubkey: Uint8Array;
  wallet: DirectSecp256k1HdWallet;
  accountNumber: bigint;
  sequence: bigint;
}

export interface SignOptions {
  msgs: EncodeObject[];
  fee?: { denom: string; amount: string }[];
  gas?: number;
  memo?: string;
  timeoutHeight?: bigint;
  /** Overrides, to build deliberately bad txs. */
  sequence?: bigint;
  accountNumber?: bigint;
  chainId?: string;
  signMode?: number;
}

/** What consensus reports with a block (defaults: no votes, no evidence). */
export interface BlockOptions {
  decidedLastCommit?: CommitInfo;
  misbehavior?: Misbehavior[];
  /** RequestFinalizeBlock.hash (default 32 zero bytes). */
  hash?: Uint8Array;
}

/** Genesis time of every harness chain (Unix seconds); block h is at GENESIS_SECONDS + h + skipped. */
export const GENESIS_SECONDS = 1_700_000_000n;

export class AppHarness {
  height = 0n;
  private checker?: InvariantChecker;
  /** Seconds added to every later block's time by skipTime(). */
  skippedSeconds = 0n;
  /** InitChain's response (its `validators` come from staking genesis). */
  initChainResponse!: ResponseInitChain;
  private constructor(
    readonly app: App,
    readonly store: CommitStore,
    readonly accounts: TestAccount[],
    private readonly dir: string,
  ) {}

  /**
   * `invariants: false` skips the checks after every block (default on: every module's
   * invariants, and the supply moving only by minted and burnt coins). `initialHeight` (default 1)
   * starts the chain there, as a chain started from an export continues the exported numbering.
   */
  static async create(
    opts: {
      accounts?: number; balances?: { denom: string; amount: string }[]; appState?: (s: any) => void; minGasPrice?: bigint;
      validators?: ValidatorUpdate[]; modules?: ModuleOptions; invariants?: boolean; initialHeight?: bigint;
      /** The ante's signature cache (node/sigverify tests fill it from worker threads). */
      sigCache?: SigVerifyCache;
    } = {},
  ): Promise<AppHarness> {
    const dir = mkdtempSync(join(tmpdir(), "trib-app-"));
    const store = await CommitStore.open(join(dir, "app.db"));
    const { modules, ante } = createModules(opts.sigCache, opts.modules);
    const app = new App({ store, modules, ante, minGasPrices: opts.minGasPrice ? [{ denom: "utrib", num: opts.minGasPrice, den: 1000n }] : [] });
    const accounts: TestAccount[] = [];
    for (let i = 0; i < (opts.accounts ?? 3); i++) {
      const wallet = await DirectSecp256k1HdWallet.fromMnemonic(new EnglishMnemonic(testMnemonic(i)).toString(), { prefix: "trib" });
      const [a] = take(await wallet.getAccounts(), 1);
      accounts.push({ address: a.address, pubkey: a.pubkey, wallet, accountNumber: BigInt(i), sequence: 0n });
    }
    const balances = opts.balances ?? [{ denom: "utrib", amount: "1000000000" }];
    const appState: any = {
      auth: {
        accounts: accounts.map((a, i) => ({ "@type": "/cosmos.auth.v1beta1.BaseAccount", address: a.address, pub_key: null, account_number: String(i), sequence: "0" })),
      },
      bank: { balances: accounts.map((a) => ({ address: a.address, coins: balances })) },
      // Harness chains mint nothing unless a test sets `mint` (e.g. to defaultMintGenesis()):
      // most tests count the supply and the state a block changes exactly.
      mint: noInflationMintGenesis(),
    };
    opts.appState?.(appState);
    const initChainResponse = await app.initChain({
      time: { seconds: GENESIS_SECONDS, nanos: 0 },
      chainId: TEST_CHAIN_ID,
      consensusParams: { block: { maxBytes: 22020096n, maxGas: 100_000_000n }, evidence: undefined, validator: undefined, version: undefined, abci: undefined },
      validators: opts.validators ?? [],
      appStateBytes: new TextEncoder().encode(JSON.stringify(appState)),
      initialHeight: opts.initialHeight ?? 1n,
    });
    const h = new AppHarness(app, store, accounts, dir);
    h.height = (opts.initialHeight ?? 1n) - 1n;
    h.initChainResponse = initChainResponse;
    if (opts.invariants !== false) h.checker = new InvariantChecker(modules);
    await h.deliver([]);
    return h;
  }

  /** Signs a tx with SIGN_MODE_DIRECT for account `i` (sequence tracked unless overridden). */
  async signTx(i: number, o: SignOptions): Promise<Uint8Array> {
    const acc = this.accounts[i]!;
    const bodyBytes = registry.encode({ typeUrl: "/cosmos.tx.v1beta1.TxBody", value: { messages: o.msgs, memo: o.memo ?? "", timeoutHeight: o.timeoutHeight } });
    const sequence = o.sequence ?? acc.sequence;
    const authInfoBytes = makeAuthInfoBytes(
      [{ pubkey: encodePubkey(encodeSecp256k1Pubkey(acc.pubkey)), sequence }],
      o.fee ?? [{ denom: "utrib", amount: "5000" }],
      o.gas ?? 200_000,
      undefined,
      undefined,
      o.signMode,
    );
    const doc = makeSignDoc(bodyBytes, authInfoBytes, o.chainId ?? TEST_CHAIN_ID, Number(o.accountNumber ?? acc.accountNumber));
    const { signed, signature } = await acc.wallet.signDirect(acc.address, doc);
    return TxRaw.encode({ bodyBytes: signed.bodyBytes, authInfoBytes: signed.authInfoBytes, signatures: [fromBase64(signature.signature)] }).finish();
  }

  send(from: number, to: string, amount: string, denom = "utrib"): EncodeObject {
    return { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: this.accounts[from]!.address, toAddress: to, amount: [{ denom, amount }] } };
  }

  checkTx(tx: Uint8Array): Promise<ResponseCheckTx> {
    return this.app.checkTx({ tx, type: CheckTxType.NEW });
  }

  /** Block time of the next block, as Unix seconds. */
  nextBlockSeconds(): bigint {
    return GENESIS_SECONDS + this.height + 1n + this.skippedSeconds;
  }

  /** Moves the clock: every later block is `seconds` later than it would have been. */
  skipTime(seconds: bigint): void {
    this.skippedSeconds += seconds;
  }

  /** Runs one block with `txs` through FinalizeBlock and Commit. */
  async deliver(txs: Uint8Array[], block: BlockOptions = {}): Promise<ResponseFinalizeBlock> {
    const seconds = this.nextBlockSeconds();
    this.height++;
    const res = await this.app.finalizeBlock({
      txs,
      decidedLastCommit: block.decidedLastCommit ?? { round: 0, votes: [] },
      misbehavior: block.misbehavior ?? [],
      hash: block.hash ?? new Uint8Array(32),
      height: this.height,
      time: { seconds, nanos: 0 },
      nextValidatorsHash: new Uint8Array(32),
      proposerAddress: new Uint8Array(20),
    });
    await this.app.commit();
    await this.checker?.afterBlock(this.store.committed(), this.height, res);
    return res;
  }

  async balance(address: string, denom = "utrib"): Promise<bigint> {
    const res = await this.app.query({ path: "/cosmos.bank.v1beta1.Query/Balance", data: QueryBalanceRequest.encode({ address, denom }).finish(), height: 0n, prove: false });
    if (res.code !== 0) throw new Error(res.log);
    return BigInt(QueryBalanceResponse.decode(res.value).balance!.amount);
  }

  async close(): Promise<void> {
    await this.store.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
