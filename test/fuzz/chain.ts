/**
 * The in-process chain the message and tx targets drive: the real App, modules and store
 * (test/appHarness.ts) with six funded accounts, a published datanet, a registered model and a
 * bonded validator, so mutated messages reach deep into their handlers.
 *
 * Every case is probed on a branch of the pending block state (`runTx` as FinalizeBlock runs
 * it) after going through the App's CheckTx: a refusal must leave exactly the ante's writes
 * (fee and sequence) or nothing at all. Txs that got through the ante are kept in the pending
 * state and delivered, in order, as a real block (FinalizeBlock + Commit) whose invariants are
 * checked (test/invariants.ts) every few cases.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { addressBytes, valoperString } from "../../chain/address.ts";
import { FIRST_RULES_VERSION, rulesOf } from "../../chain/rules.ts";
import type { Branch, KVChange } from "../../chain/store/types.ts";
import { type TxEnv, type TxOutcome, runTx } from "../../chain/tx/runTx.ts";
import { createModules } from "../../modules/index.ts";
import { defaultAttributionGenesis } from "../../modules/attribution/genesis.ts";
import { buildMlpFixture } from "../support/mlpFixture.ts";
import { encodeModel } from "../../modules/inference/onnx/codec.ts";
import type { ResponseCheckTx } from "cosmjs-types/tendermint/abci/types";
import { TEST_CHAIN_ID } from "../appHarness.ts";
import { FuzzApp } from "./fuzzApp.ts";
import { seedFor, type World } from "./seeds.ts";
import { type FuzzKey, authInfoBytes, bodyBytes, harnessKey, signBytes, signDirect, txRaw } from "./txBuild.ts";
import { aminoSignBytes } from "../../chain/tx/aminoJson.ts";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { at } from "../support/take.ts";

export const ACCOUNTS = 6;
export const VAL_INDEX = 5;
export const DEFAULT_GAS = 20_000_000n;
export const DEFAULT_FEE = [{ denom: "utrib", amount: "5000" }];
const FUNDS = "1000000000000000";

/** The fixture model every inference seed and the ONNX target start from (tiny: fast dry runs). */
export function fixtureArtifact(): Uint8Array {
  return encodeModel(buildMlpFixture({ vocab: 300, window: 4, embed: 8, hidden: 16, seed: 7 }));
}

export interface Probe {
  check: ResponseCheckTx;
  ante: TxOutcome;
  final: TxOutcome;
  /** Writes of the finalize run that differ from what the ante alone wrote (empty when as expected). */
  stray: string[];
}

export class FuzzChain {
  private pending: Branch;
  private queued: { tx: Uint8Array; code: number; label: string }[] = [];
  readonly auth = createModules().keepers.auth;
  readonly env: TxEnv;
  /** Deliveries where the block's code differed from the probe's (state moved by BeginBlock). */
  probeMismatches = 0;
  readonly mismatchNotes: string[] = [];
  blocks = 0;

  private constructor(
    readonly h: FuzzApp,
    readonly keys: FuzzKey[],
    readonly world: World,
  ) {
    this.pending = h.store.branch();
    this.env = { router: h.app.router, ante: createModules().ante, maxTxBytes: 1024 * 1024 };
  }

  static async create(): Promise<FuzzChain> {
    const keys = Array.from({ length: ACCOUNTS }, (_, i) => harnessKey(i));
    const h = await FuzzApp.create(keys, [{ denom: "utrib", amount: FUNDS }, { denom: "ufuzz", amount: FUNDS }], (s) => {
      s.attribution = { ...defaultAttributionGenesis(), params: { ...defaultAttributionGenesis().params, attributable_delay_blocks: "1" } };
    });
    const accounts = h.accounts.map((a) => a.address);
    const address = (i: number) => at(accounts, i, "fuzz account");
    const world: World = {
      accounts, signer: address(0), valIndex: VAL_INDEX, valoper: valoperString(addressBytes(address(VAL_INDEX))), valoper2: valoperString(addressBytes(address(VAL_INDEX - 1))),
      ids: { datanet_id: 1n, model_id: 1n, contribution_id: 1n, version: 1n, epoch: 1n, number: 1n },
      artifact: fixtureArtifact(),
    };
    const c = new FuzzChain(h, keys, world);
    await c.setup();
    return c;
  }

  /** Datanet 1 (4 records, version 1 published), models 1 and 2, two validators, a delegation; each step must succeed. */
  private async setup(): Promise<void> {
    const step = async (typeUrl: string, signer: number, ids: Record<string, bigint> = {}) => {
      const w = { ...this.world, signer: this.address(signer), ids: { ...this.world.ids, ...ids } };
      const tx = this.sign([{ typeUrl, value: seedFor(typeUrl, w).bytes }], [signer]);
      const res = await this.h.deliver([tx]);
      const r = res.txResults[0];
      if (r?.code !== 0) throw new Error(`fuzz setup: ${typeUrl} by account ${signer} failed: ${r?.codespace}/${r?.code} ${r?.log}`);
    };
    await step("/tributary.datanet.v1.MsgCreateDatanet", 0);
    for (let i = 0; i < 4; i++) await step("/tributary.datanet.v1.MsgContribute", 1 + (i % 2), { seed: BigInt(i) });
    await step("/tributary.datanet.v1.MsgPublishVersion", 0);
    await this.h.deliver([]);
    await step("/tributary.inference.v1.MsgRegisterModel", 0);
    await step("/tributary.inference.v1.MsgRegisterModel", 0);
    await step("/cosmos.staking.v1beta1.MsgCreateValidator", VAL_INDEX);
    await step("/cosmos.staking.v1beta1.MsgCreateValidator", VAL_INDEX - 1);
    await step("/cosmos.staking.v1beta1.MsgDelegate", 3);
    this.pending = this.h.store.branch();
  }

  /** Account i's address and key; a fuzz target naming an account outside the world is a bug in the target. */
  address(i: number): string {
    return at(this.world.accounts, i, "fuzz account");
  }

  key(i: number): FuzzKey {
    return at(this.keys, i, "fuzz account key");
  }

  accountIndex(address: string): number {
    return this.world.accounts.indexOf(address);
  }

  /** The sequence account `i` must sign with next (pending txs included). */
  sequence(i: number): bigint {
    return this.auth.getAccount(this.pending, addressBytes(this.address(i)))?.sequence ?? 0n;
  }

  accountNumber(i: number): bigint {
    return this.auth.getAccount(this.pending, addressBytes(this.address(i)))?.accountNumber ?? BigInt(i);
  }

  /** A correctly signed tx of `msgs` by accounts `signers` (in order), with their current sequences. */
  sign(msgs: { typeUrl: string; value: Uint8Array }[], signers: number[], o: { fee?: { denom: string; amount: string }[]; gas?: bigint; memo?: string } = {}): Uint8Array {
    const body = bodyBytes(msgs, { memo: o.memo });
    const auth = authInfoBytes(signers.map((i) => ({ key: this.key(i), sequence: this.sequence(i) })), o.fee ?? DEFAULT_FEE, o.gas ?? DEFAULT_GAS);
    return txRaw(body, auth, signers.map((i) => signDirect(this.key(i), body, auth, TEST_CHAIN_ID, this.accountNumber(i))));
  }

  /**
   * The same tx signed in SIGN_MODE_LEGACY_AMINO_JSON, the sign doc built from each message's
   * `amino.toAmino` as the ante builds it. When that throws here it would throw in the ante
   * too: the tx is then signed over nothing useful and still sent, to see what the chain says.
   */
  signAmino(msgs: { typeUrl: string; value: Uint8Array }[], signers: number[], toAmino: (m: { typeUrl: string; value: Uint8Array }) => { type: string; value: unknown }): Uint8Array {
    const fee = { amount: DEFAULT_FEE, gasLimit: DEFAULT_GAS, payer: "", granter: "" };
    const body = bodyBytes(msgs);
    const auth = authInfoBytes(signers.map((i) => ({ key: this.key(i), sequence: this.sequence(i) })), fee.amount, fee.gasLimit, "", SignMode.SIGN_MODE_LEGACY_AMINO_JSON);
    const sigs = signers.map((i) => {
      let doc: Uint8Array;
      try {
        doc = aminoSignBytes({ chainId: TEST_CHAIN_ID, accountNumber: this.accountNumber(i), sequence: this.sequence(i), fee, memo: "", timeoutHeight: 0n, msgs: msgs.map(toAmino) });
      } catch {
        doc = new Uint8Array(0);
      }
      return signBytes(this.key(i), doc);
    });
    return txRaw(body, auth, sigs);
  }

  /** CheckTx, then the tx as FinalizeBlock would run it on the pending state; kept for the next block unless the ante refused it. */
  async probe(tx: Uint8Array, label: string): Promise<Probe> {
    // FUZZ_DUMP=<dir>: keep each probed tx (with FUZZ_CASE, the one to turn into a regression test).
    if (process.env.FUZZ_DUMP) writeFileSync(join(process.env.FUZZ_DUMP, `${label.replace("#", "-")}.hex`), Buffer.from(tx).toString("hex"));
    const check = await this.h.checkTx(tx);
    const block = { chainId: TEST_CHAIN_ID, height: this.h.height + 1n, timeSeconds: this.h.nextBlockSeconds(), timeNanos: 0, proposerAddress: new Uint8Array(20), hash: new Uint8Array(32) };
    const params = (mode: "check" | "finalize") => ({ mode, block, rules: rulesOf(FIRST_RULES_VERSION), blockMaxGas: 100_000_000n, minGasPrices: [] });
    const anteBranch = this.pending.branch();
    const ante = await runTx(this.env, anteBranch, params("check"), tx);
    const finalBranch = this.pending.branch();
    const final = await runTx(this.env, finalBranch, params("finalize"), tx);
    const expected = ante.code === 0 ? anteBranch.changes() : [];
    const stray = final.code === 0 ? [] : diffChanges(expected, finalBranch.changes());
    if (ante.code === 0) {
      finalBranch.write();
      this.queued.push({ tx, code: final.code, label });
    }
    return { check, ante, final, stray };
  }

  get queuedCount(): number {
    return this.queued.length;
  }

  /** Delivers the kept txs as one block (invariants checked by the harness); returns their labels. */
  async flush(): Promise<string[]> {
    const queued = this.queued;
    this.queued = [];
    try {
      const res = await this.h.deliver(queued.map((q) => q.tx));
      res.txResults.forEach((r, i) => {
        const q = queued[i]!;
        if ((r.code === 0) === (q.code === 0)) return;
        this.probeMismatches++;
        if (this.mismatchNotes.length < 10) this.mismatchNotes.push(`${q.label}: probed ${q.code}, in block ${r.codespace}/${r.code} ${r.log.slice(0, 160)}`);
      });
    } finally {
      this.blocks++;
      this.pending = this.h.store.branch();
    }
    return queued.map((q) => q.label);
  }

  close(): Promise<void> {
    return this.h.close();
  }
}

const hex = (b: Uint8Array | undefined) => (b === undefined ? "<deleted>" : Buffer.from(b).toString("hex"));

/** Keys written differently from `expected` (added, missing or with another value). */
function diffChanges(expected: KVChange[], got: KVChange[]): string[] {
  const want = new Map(expected.map((c) => [hex(c.key), hex(c.value)]));
  const have = new Map(got.map((c) => [hex(c.key), hex(c.value)]));
  const out: string[] = [];
  for (const [k, v] of have) if (want.get(k) !== v) out.push(`wrote ${Buffer.from(k, "hex").toString("latin1").replace(/[^\x20-\x7e]/g, ".")}`);
  for (const k of want.keys()) if (!have.has(k)) out.push(`missing ante write ${k}`);
  return out;
}
