/**
 * The golden chain's driver: the real App with the real modules on a fresh CommitStore, blocks
 * driven through FinalizeBlock and Commit as a consensus engine would, with no network and no
 * clock. Block h is at GOLDEN_GENESIS_SECONDS + 5·h, its hash is sha256("golden/block/<h>"),
 * and its last commit carries the votes of the validator set that signed block h − 1 (updates
 * returned at h take effect at h + 2, as in CometBFT), minus the validators told to be absent,
 * plus double-sign evidence when the script asks for it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { type ExecTxResult, type Misbehavior, MisbehaviorType, type ValidatorUpdate } from "cosmjs-types/tendermint/abci/types";
import { BlockIDFlag } from "cosmjs-types/tendermint/types/validator";
import { App } from "../../chain/app.ts";
import { CommitStore } from "../../chain/store/commitStore.ts";
import type { KVChange } from "../../chain/store/types.ts";
import { storedBody } from "../../modules/datanet/content.ts";
import { createModules } from "../../modules/index.ts";
import { GOLDEN_CHAIN_ID, type Expect, type PlannedTx } from "./txs.ts";

export const GOLDEN_GENESIS_SECONDS = 1_750_000_000n;
export const BLOCK_SECONDS = 5n;
/**
 * From this height on, blocks are six hours apart, so that governance's frozen two-day deposit
 * and voting periods (a v0.1.0 genesis has no gov section) pass in eight blocks. Earlier heights
 * keep their pinned times.
 */
export const SLOW_BLOCKS_FROM = 300n;
const SLOW_BLOCK_SECONDS = 6n * 3600n;

/** Header time of golden block `h`, in seconds since the Unix epoch. */
export function goldenBlockSeconds(h: bigint): bigint {
  if (h <= SLOW_BLOCKS_FROM) return GOLDEN_GENESIS_SECONDS + BLOCK_SECONDS * h;
  return GOLDEN_GENESIS_SECONDS + BLOCK_SECONDS * SLOW_BLOCKS_FROM + SLOW_BLOCK_SECONDS * (h - SLOW_BLOCKS_FROM);
}

export interface TxRecord {
  label: string;
  typeUrls: string[];
  code: number;
  codespace: string;
  gasUsed: bigint;
  log: string;
}

export interface BlockRecord {
  height: bigint;
  appHash: string;
  txs: TxRecord[];
  /** Per module (key prefix), a short digest of what this block wrote: names the module when a hash moves. */
  writes: Record<string, string>;
}

/** Node-local record bodies by content hash, filled from the contributions as a node does. */
export class GoldenContent {
  readonly bodies = new Map<string, Uint8Array>();
  get = (hash: Uint8Array) => this.bodies.get(bytesToHex(hash));
  put(body: Uint8Array, redact: boolean): void {
    const s = storedBody(body, redact);
    this.bodies.set(bytesToHex(s.hash), s.body);
  }
}

const consAddress = (pubkey: Uint8Array) => sha256(pubkey).slice(0, 20);

export class GoldenChain {
  height = 0n;
  readonly blocks: BlockRecord[] = [];
  /** Consensus pubkeys (hex) that do not sign blocks from now on (validator downtime). */
  readonly absent = new Set<string>();
  /** Consensus pubkeys (hex) whose double sign of the previous height the next block carries as evidence. */
  readonly doubleSigners = new Set<string>();
  /** Validator set (consensus pubkey hex → power) that signs each height. */
  private readonly sets = new Map<bigint, Map<string, bigint>>();

  private constructor(
    readonly app: App,
    private readonly store: CommitStore,
    readonly content: GoldenContent,
    private readonly dir: string,
    private readonly lastStaged: () => KVChange[],
  ) {}

  /** InitChain with `appState` (the genesis app hash is the chain's height-0 record). */
  static async start(appState: unknown): Promise<GoldenChain> {
    const dir = mkdtempSync(join(tmpdir(), "trib-golden-"));
    const store = await CommitStore.open(join(dir, "app.db"));
    // Observes (never alters) what the App stages, so each record can say which modules wrote what.
    let staged: KVChange[] = [];
    const stage = store.stage.bind(store);
    store.stage = (changes, version) => {
      staged = changes;
      return stage(changes, version);
    };
    const content = new GoldenContent();
    const { modules, ante } = createModules(undefined, { content });
    const app = new App({ store, modules, ante });
    const res = await app.initChain({
      time: { seconds: GOLDEN_GENESIS_SECONDS, nanos: 0 },
      chainId: GOLDEN_CHAIN_ID,
      consensusParams: { block: { maxBytes: 22020096n, maxGas: 200_000_000n }, evidence: undefined, validator: undefined, version: undefined, abci: undefined },
      validators: [],
      appStateBytes: new TextEncoder().encode(JSON.stringify(appState)),
      initialHeight: 1n,
    });
    const chain = new GoldenChain(app, store, content, dir, () => staged);
    const genesisSet = new Map(res.validators.map((v) => [bytesToHex(v.pubKey.ed25519!), v.power]));
    chain.sets.set(1n, genesisSet);
    chain.sets.set(2n, genesisSet);
    chain.blocks.push({ height: 0n, appHash: bytesToHex(res.appHash), txs: [], writes: writeDigests(staged) });
    return chain;
  }

  /** The validator set that signs `height` (consensus pubkey hex → power). */
  validatorSet(height: bigint): Map<string, bigint> {
    return this.sets.get(height) ?? new Map();
  }

  /**
   * Runs one block of `txs`; returns its record and the raw tx results (events for the script).
   * Throws when a tx does not end as planned, so the script cannot silently stop exercising
   * what it means to.
   */
  async block(txs: PlannedTx[] = []): Promise<{ record: BlockRecord; results: ExecTxResult[] }> {
    const h = this.height + 1n;
    const signers = h > 1n ? this.validatorSet(h - 1n) : new Map<string, bigint>();
    const votes = [...signers].map(([pk, power]) => ({
      validator: { address: consAddress(hexBytes(pk)), power },
      blockIdFlag: this.absent.has(pk) ? BlockIDFlag.BLOCK_ID_FLAG_ABSENT : BlockIDFlag.BLOCK_ID_FLAG_COMMIT,
    }));
    const proposer = [...this.validatorSet(h).keys()].sort()[0];
    const res = await this.app.finalizeBlock({
      txs: txs.map((t) => t.bytes),
      decidedLastCommit: { round: 0, votes },
      misbehavior: this.evidence(h),
      hash: sha256(new TextEncoder().encode(`golden/block/${h}`)),
      height: h,
      time: { seconds: goldenBlockSeconds(h), nanos: 0 },
      nextValidatorsHash: new Uint8Array(32),
      proposerAddress: proposer ? consAddress(hexBytes(proposer)) : new Uint8Array(20),
    });
    await this.app.commit();
    this.height = h;
    this.advanceValidatorSets(h, res.validatorUpdates);
    const records = txs.map((t, i) => this.settle(t, res.txResults[i]!));
    const record = { height: h, appHash: bytesToHex(res.appHash), txs: records, writes: writeDigests(this.lastStaged()) };
    this.blocks.push(record);
    return { record, results: res.txResults };
  }

  /** DUPLICATE_VOTE evidence, at h − 1, against the validators in `doubleSigners` (then cleared). */
  private evidence(h: bigint): Misbehavior[] {
    const set = this.validatorSet(h - 1n);
    const total = [...set.values()].reduce((a, b) => a + b, 0n);
    const out = [...this.doubleSigners].map((pk) => {
      const power = set.get(pk);
      if (power === undefined) throw new Error(`golden script: ${pk} did not sign height ${h - 1n}, so it cannot have double-signed it`);
      return {
        type: MisbehaviorType.DUPLICATE_VOTE,
        validator: { address: consAddress(hexBytes(pk)), power },
        height: h - 1n,
        time: { seconds: goldenBlockSeconds(h - 1n), nanos: 0 },
        totalVotingPower: total,
      };
    });
    this.doubleSigners.clear();
    return out;
  }

  /** Updates returned by EndBlock at `h` change the set that signs h + 2. */
  private advanceValidatorSets(h: bigint, updates: ValidatorUpdate[]): void {
    const next = new Map(this.validatorSet(h + 1n));
    for (const u of updates) {
      const pk = bytesToHex(u.pubKey.ed25519!);
      if (u.power === 0n) next.delete(pk);
      else next.set(pk, u.power);
    }
    this.sets.set(h + 2n, next);
    this.sets.delete(h - 2n);
  }

  private settle(t: PlannedTx, r: ExecTxResult): TxRecord {
    const ended: Expect = r.code === 0 ? "ok" : r.log.includes("fee and sequence kept") ? "fail" : "reject";
    if (ended !== t.expect) {
      throw new Error(`golden script: tx "${t.label}" at height ${this.height} was meant to end "${t.expect}" but ended "${ended}": ${r.codespace}/${r.code} ${r.log}`);
    }
    return { label: t.label, typeUrls: t.typeUrls, code: r.code, codespace: r.codespace, gasUsed: r.gasUsed, log: r.log };
  }

  async close(): Promise<void> {
    await this.store.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * The first 8 hex digits of sha256 over each module's writes (key, then value or a deletion
 * mark, length-prefixed, in key order), keyed by the key's prefix up to its first "/".
 */
export function writeDigests(changes: readonly KVChange[]): Record<string, string> {
  const byModule = new Map<string, KVChange[]>();
  for (const c of changes) {
    const slash = c.key.indexOf(0x2f);
    const module = Buffer.from(c.key.subarray(0, slash < 0 ? c.key.length : slash)).toString("latin1");
    byModule.set(module, [...(byModule.get(module) ?? []), c]);
  }
  const out: Record<string, string> = {};
  for (const module of [...byModule.keys()].sort()) {
    const h = sha256.create();
    const sorted = byModule.get(module)!.sort((a, b) => Buffer.compare(a.key, b.key));
    for (const c of sorted) {
      h.update(lengthPrefixed(c.key));
      h.update(c.value === undefined ? Uint8Array.of(0) : Uint8Array.of(1));
      if (c.value !== undefined) h.update(lengthPrefixed(c.value));
    }
    out[module] = bytesToHex(h.digest()).slice(0, 8);
  }
  return out;
}

function lengthPrefixed(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + b.length);
  new DataView(out.buffer).setUint32(0, b.length);
  out.set(b, 4);
  return out;
}

function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from(Buffer.from(hex, "hex"));
}
