/**
 * Distribution cost per block at 100 validators with 1,000 and with 10,000 delegators (each
 * delegating to one validator), in the App driven in-process as the solo driver does. F1 must
 * keep both flat in the number of delegators:
 * - BeginBlock allocation (distribution's BeginBlock alone, timed inside FinalizeBlock) of a
 *   block all 100 validators signed, with the previous block's fees and the minted provision;
 * - a block of delegation changes: BENCH_DIST_BLOCK_TXS txs, half MsgDelegate to an existing
 *   delegation and half MsgWithdrawDelegatorReward, each from a different delegator (each runs
 *   the staking hooks: withdraw, new period, new starting info), FinalizeBlock + Commit.
 * Every tx goes through CheckTx first, as on the node, so signatures are checked there. An
 * unrecorded run at the smallest size first warms the JIT.
 * Env: BENCH_DIST_VALIDATORS (100), BENCH_DIST_DELEGATORS ("1000,10000"), BENCH_DIST_BLOCK_TXS (200), BENCH_DIST_BLOCKS (5),
 * BENCH_DIST_EMPTY_BLOCKS (30).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ed25519 } from "@noble/curves/ed25519.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { encodeSecp256k1Pubkey } from "@cosmjs/amino";
import { encodePubkey, makeAuthInfoBytes, makeSignBytes, makeSignDoc } from "@cosmjs/proto-signing";
import { MsgWithdrawDelegatorReward } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { MsgDelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { CheckTxType } from "cosmjs-types/tendermint/abci/types";
import { BlockIDFlag } from "cosmjs-types/tendermint/types/validator";
import { addressString, moduleAddress, valoperString, addressBytes } from "../chain/address.ts";
import { App } from "../chain/app.ts";
import type { Module } from "../chain/module.ts";
import { CommitStore } from "../chain/store/commitStore.ts";
import { newGenesisDoc } from "../genesis/create.ts";
import { addGenesisValidator } from "../genesis/staking.ts";
import { createModules } from "../modules/index.ts";
import { type BenchAccount, deriveAccounts, fundAccounts, signDigest } from "../test/support/accounts.ts";
import { emit, note } from "./lib/emit.ts";
import { procStatusKiB } from "./lib/nodeProcess.ts";
import { median, nowMs, percentileSorted } from "./lib/stats.ts";

const percentile = (xs: number[], p: number) => percentileSorted([...xs].sort((a, b) => a - b), p);

const VALIDATORS = Number(process.env.BENCH_DIST_VALIDATORS ?? 100);
const SIZES = (process.env.BENCH_DIST_DELEGATORS ?? "1000,10000").split(",").map(Number);
const BLOCK_TXS = Number(process.env.BENCH_DIST_BLOCK_TXS ?? 200);
const BLOCKS = Number(process.env.BENCH_DIST_BLOCKS ?? 5);
/** Allocation is a few ms on a loaded 2-core machine: more samples of it than of the tx blocks. */
const EMPTY_BLOCKS = Number(process.env.BENCH_DIST_EMPTY_BLOCKS ?? 30);
const CHAIN_ID = "bench-dist-1";
const TRIB = 1_000_000n;
const SELF_BOND = 1_000n * TRIB;
const STAKE = 10n * TRIB;
/** Flat: 10× the delegators may cost at most this much more per block. */
const FLAT_RATIO = 1.5;

const consKey = (i: number) => ed25519.getPublicKey(sha256(new TextEncoder().encode(`bench-cons-${i}`)));

interface Setup {
  app: App;
  store: CommitStore;
  dir: string;
  validators: BenchAccount[];
  delegators: BenchAccount[];
  numbers: Map<string, bigint>;
  votes: { validator: { address: Uint8Array; power: bigint }; blockIdFlag: BlockIDFlag }[];
  distributionMs: number[];
}

/** Genesis: V validators (self-bond 1,000 TRIB) and D delegators of 10 TRIB each, delegator j to validator j mod V. */
function genesis(validators: BenchAccount[], delegators: BenchAccount[]): { appState: unknown; numbers: Map<string, bigint> } {
  const doc = newGenesisDoc({ chainId: CHAIN_ID });
  fundAccounts(doc, [...validators, ...delegators]);
  validators.forEach((v, i) => addGenesisValidator(doc, { operator: v.address, consensusPubkey: consKey(i), selfBond: SELF_BOND, moniker: `v${i}` }));
  const s = doc.app_state as any;
  const balances = new Map<string, { coins: { denom: string; amount: string }[] }>(s.bank.balances.map((b: any) => [b.address, b]));
  const vals = s.staking.validators as any[];
  for (const [j, d] of delegators.entries()) {
    const v = vals[j % vals.length]!;
    v.tokens = (BigInt(v.tokens) + STAKE).toString();
    v.delegator_shares = `${BigInt(v.delegator_shares.split(".")[0]) + STAKE}.000000000000000000`;
    s.staking.delegations.push({ delegator_address: d.address, validator_address: v.operator_address, shares: `${STAKE}.000000000000000000` });
    const coin = balances.get(d.address)!.coins[0]!;
    coin.amount = (BigInt(coin.amount) - STAKE).toString();
  }
  const pool = balances.get(addressString(moduleAddress("bonded_tokens_pool")))!.coins[0]!;
  pool.amount = (BigInt(pool.amount) + STAKE * BigInt(delegators.length)).toString();
  let total = 0n;
  s.staking.last_validator_powers = vals.map((v) => {
    const power = BigInt(v.tokens) / TRIB;
    total += power;
    return { address: v.operator_address, power: power.toString() };
  });
  s.staking.last_total_power = total.toString();
  s.staking.params.max_validators = Math.max(100, VALIDATORS);
  const numbers = new Map<string, bigint>(s.auth.accounts.map((a: any) => [a.address, BigInt(a.account_number)]));
  return { appState: s, numbers };
}

function signMsg(from: BenchAccount, accountNumber: bigint, sequence: bigint, msg: { typeUrl: string; value: Uint8Array }): Uint8Array {
  const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: [msg] })).finish();
  const authInfoBytes = makeAuthInfoBytes([{ pubkey: encodePubkey(encodeSecp256k1Pubkey(from.pubkey)), sequence }], [{ denom: "utrib", amount: "2500" }], 400_000, undefined, undefined);
  const signature = signDigest(sha256(makeSignBytes(makeSignDoc(bodyBytes, authInfoBytes, CHAIN_ID, Number(accountNumber)))), from.privkey);
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish();
}

/** Times distribution's BeginBlock inside FinalizeBlock. */
function timed(modules: Module[], out: number[]): Module[] {
  return modules.map((m) => {
    if (m.name !== "distribution" || !m.beginBlock) return m;
    const inner = m.beginBlock.bind(m);
    return {
      ...m,
      async beginBlock(ctx) {
        const t0 = nowMs();
        await inner(ctx);
        out.push(nowMs() - t0);
      },
    };
  });
}

async function setup(delegatorCount: number): Promise<Setup> {
  const accounts = deriveAccounts(VALIDATORS + delegatorCount);
  const validators = accounts.slice(0, VALIDATORS);
  const delegators = accounts.slice(VALIDATORS);
  const { appState, numbers } = genesis(validators, delegators);
  const dir = mkdtempSync(join(tmpdir(), "trib-bench-dist-"));
  const store = await CommitStore.open(join(dir, "app.db"));
  const distributionMs: number[] = [];
  const { modules, ante } = createModules();
  const app = new App({ store, modules: timed(modules, distributionMs), ante });
  const t0 = nowMs();
  await app.initChain({
    time: { seconds: 1_700_000_000n, nanos: 0 },
    chainId: CHAIN_ID,
    consensusParams: { block: { maxBytes: 104_857_600n, maxGas: 10_000_000_000n }, evidence: undefined, validator: undefined, version: undefined, abci: undefined },
    validators: [],
    appStateBytes: new TextEncoder().encode(JSON.stringify(appState)),
    initialHeight: 1n,
  });
  note(`${delegatorCount} delegators: InitChain ${((nowMs() - t0) / 1000).toFixed(1)} s`);
  const power = (SELF_BOND + STAKE * BigInt(Math.ceil(delegatorCount / VALIDATORS))) / TRIB;
  const votes = validators.map((_, i) => ({ validator: { address: sha256(consKey(i)).slice(0, 20), power }, blockIdFlag: BlockIDFlag.BLOCK_ID_FLAG_COMMIT }));
  return { app, store, dir, validators, delegators, numbers, votes, distributionMs };
}

let height = 0n;
async function block(s: Setup, txs: Uint8Array[]): Promise<{ finalizeMs: number; commitMs: number; distributionMs: number }> {
  for (const tx of txs) {
    const r = await s.app.checkTx({ tx, type: CheckTxType.NEW });
    if (r.code !== 0) throw new Error(`CheckTx refused a bench tx (code ${r.code}): ${r.log}`);
  }
  height++;
  const t0 = nowMs();
  const res = await s.app.finalizeBlock({
    txs,
    decidedLastCommit: { round: 0, votes: height > 1n ? s.votes : [] },
    misbehavior: [],
    hash: new Uint8Array(32),
    height,
    time: { seconds: 1_700_000_000n + height * 5n, nanos: 0 },
    nextValidatorsHash: new Uint8Array(32),
    proposerAddress: new Uint8Array(20),
  });
  const t1 = nowMs();
  await s.app.commit();
  const t2 = nowMs();
  const failed = res.txResults.findIndex((r) => r.code !== 0);
  if (failed >= 0) throw new Error(`tx ${failed} of block ${height} failed: ${res.txResults[failed]?.log}`);
  return { finalizeMs: t1 - t0, commitMs: t2 - t1, distributionMs: s.distributionMs[s.distributionMs.length - 1] ?? 0 };
}

async function run(delegatorCount: number, record = true): Promise<{ allocation: number; changes: number }> {
  height = 0n;
  const s = await setup(delegatorCount);
  try {
    for (let i = 0; i < 5; i++) await block(s, []); // warm-up (JIT, caches)
    const empty = [];
    for (let i = 0; i < EMPTY_BLOCKS; i++) empty.push(await block(s, []));
    const changes = [];
    const sequences = new Map<string, bigint>();
    for (let b = 0; b < BLOCKS; b++) {
      const txs: Uint8Array[] = [];
      for (let t = 0; t < BLOCK_TXS; t++) {
        const d = s.delegators[(b * BLOCK_TXS + t) % s.delegators.length]!;
        const valoper = valoperString(addressBytes(s.validators[((b * BLOCK_TXS + t) % s.delegators.length) % VALIDATORS]!.address));
        const msg = t % 2 === 0
          ? { typeUrl: "/cosmos.staking.v1beta1.MsgDelegate", value: MsgDelegate.encode({ delegatorAddress: d.address, validatorAddress: valoper, amount: { denom: "utrib", amount: "1000" } }).finish() }
          : { typeUrl: "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward", value: MsgWithdrawDelegatorReward.encode({ delegatorAddress: d.address, validatorAddress: valoper }).finish() };
        const seq = sequences.get(d.address) ?? 0n;
        sequences.set(d.address, seq + 1n);
        txs.push(signMsg(d, s.numbers.get(d.address)!, seq, msg));
      }
      changes.push(await block(s, txs));
    }
    const allocation = median(empty.map((e) => e.distributionMs));
    const changeTotal = median(changes.map((c) => c.finalizeMs + c.commitMs));
    if (record) emit("distribution", {
      validators: VALIDATORS,
      delegators: delegatorCount,
      allocation_p50_ms: allocation,
      allocation_p90_ms: percentile(empty.map((e) => e.distributionMs), 90),
      allocation_per_validator_us: (allocation * 1000) / VALIDATORS,
      empty_block_finalize_commit_p50_ms: median(empty.map((e) => e.finalizeMs + e.commitMs)),
      change_block_txs: BLOCK_TXS,
      change_block_finalize_commit_p50_ms: changeTotal,
      change_block_per_tx_ms: changeTotal / BLOCK_TXS,
      change_block_allocation_p50_ms: median(changes.map((c) => c.distributionMs)),
      empty_blocks: EMPTY_BLOCKS,
      change_blocks: BLOCKS,
      peak_rss_mib: procStatusKiB("self", "VmHWM") / 1024,
    });
    return { allocation, changes: changeTotal };
  } finally {
    await s.store.close();
    rmSync(s.dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  // A first, unrecorded run at the smallest size warms the JIT, so the sizes compare like for like.
  note("warm-up run");
  await run(Math.min(...SIZES), false);
  const results = [];
  for (const d of SIZES) results.push({ d, ...(await run(d)) });
  if (results.length >= 2) {
    const [small, large] = [results[0]!, results[results.length - 1]!];
    const allocationRatio = large.allocation / small.allocation;
    const changeRatio = large.changes / small.changes;
    emit("distribution_flatness", {
      delegators: `${small.d} → ${large.d}`,
      allocation_ratio: allocationRatio,
      change_block_ratio: changeRatio,
      target: `≤ ${FLAT_RATIO}× for ${large.d / small.d}× the delegators`,
      meets_target: allocationRatio <= FLAT_RATIO && changeRatio <= FLAT_RATIO,
    });
  }
}

await main();
