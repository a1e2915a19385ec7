/**
 * The in-process chain of the app-level send benchmarks (block-commit, checktx): a real App on
 * a fresh CommitStore in a temp dir, `accounts` funded at genesis and InitChain done, plus the
 * FinalizeBlock request a single validator would send for a height.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RequestFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { App } from "../../chain/app.ts";
import { CommitStore } from "../../chain/store/commitStore.ts";
import type { SigVerifyCache } from "../../chain/tx/sigCache.ts";
import { newGenesisDoc } from "../../genesis/create.ts";
import { createModules } from "../../modules/index.ts";
import { type BenchAccount, fundAccounts } from "../../test/support/accounts.ts";

export const GENESIS_SECONDS = 1_700_000_000n;

export interface SendApp {
  app: App;
  /** Genesis account number of each funded account, by address. */
  accountNumbers: Map<string, bigint>;
  /** Closes the store and removes its directory. */
  close(): Promise<void>;
}

export async function openSendApp(opts: { chainId: string; accounts: readonly BenchAccount[]; sigCache?: SigVerifyCache }): Promise<SendApp> {
  const dir = mkdtempSync(join(tmpdir(), "trib-bench-app-"));
  const store = await CommitStore.open(join(dir, "app.db"));
  const { modules, ante } = createModules(opts.sigCache);
  const app = new App({ store, modules, ante });
  const doc = newGenesisDoc({ chainId: opts.chainId });
  fundAccounts(doc, [...opts.accounts]);
  const auth = (doc.app_state as { auth: { accounts: { address: string; account_number: string }[] } }).auth;
  const accountNumbers = new Map(auth.accounts.map((a) => [a.address, BigInt(a.account_number)]));
  await app.initChain({
    time: { seconds: GENESIS_SECONDS, nanos: 0 },
    chainId: opts.chainId,
    consensusParams: { block: { maxBytes: 104_857_600n, maxGas: 10_000_000_000n }, evidence: undefined, validator: undefined, version: undefined, abci: undefined },
    validators: [],
    appStateBytes: new TextEncoder().encode(JSON.stringify(doc.app_state)),
    initialHeight: 1n,
  });
  return {
    app,
    accountNumbers,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The FinalizeBlock request for `height` (one second per height after genesis). */
export function finalizeRequest(height: bigint, txs: Uint8Array[]): RequestFinalizeBlock {
  return {
    txs,
    decidedLastCommit: { round: 0, votes: [] },
    misbehavior: [],
    hash: new Uint8Array(32),
    height,
    time: { seconds: GENESIS_SECONDS + height, nanos: 0 },
    nextValidatorsHash: new Uint8Array(32),
    proposerAddress: new Uint8Array(20),
  };
}
