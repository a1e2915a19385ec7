/**
 * An independent check of a chain CometBFT has made: re-executes its blocks, read back from
 * CometBFT's RPC, on a fresh in-process App and compares each resulting app hash with the one
 * the next block's header committed to. A node that crashed and was replayed, or one validator
 * out of four, must agree with this clean run at every height.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fromBase64, fromHex, toHex } from "@cosmjs/encoding";
import type { RequestFinalizeBlock, VoteInfo } from "cosmjs-types/tendermint/abci/types";
import { App } from "../../chain/app.ts";
import { CommitStore } from "../../chain/store/commitStore.ts";
import { type ModuleOptions, createModules } from "../../modules/index.ts";
import { parseRfc3339, readSoloGenesis } from "../../node/solo/genesis.ts";

interface BlockJson {
  block_id: { hash: string };
  block: {
    header: { height: string; time: string; app_hash: string; proposer_address: string; next_validators_hash: string };
    data: { txs: string[] | null };
    last_commit: { round: number; signatures: { block_id_flag: number }[] } | null;
  };
}

async function rpcResult<T>(rpcUrl: string, path: string): Promise<T> {
  const res = await fetch(`${rpcUrl}/${path}`, { signal: AbortSignal.timeout(10_000) });
  const body = (await res.json()) as { result?: T; error?: unknown };
  if (!body.result) throw new Error(`${path}: ${JSON.stringify(body.error)}`);
  return body.result;
}

/** The header app hash of `height` (upper-case hex): the state after height − 1. */
export async function headerAppHash(rpcUrl: string, height: number): Promise<string> {
  return (await rpcResult<BlockJson>(rpcUrl, `block?height=${height}`)).block.header.app_hash;
}

/**
 * The FinalizeBlock request CometBFT sent for `height`, rebuilt from the block and the
 * previous validator set (the decided last commit lists that set in order, with each flag).
 */
export async function finalizeRequestAt(rpcUrl: string, height: number, initialHeight: number): Promise<RequestFinalizeBlock> {
  const b = await rpcResult<BlockJson>(rpcUrl, `block?height=${height}`);
  const votes: VoteInfo[] = [];
  const sigs = b.block.last_commit?.signatures ?? [];
  if (height > initialHeight && sigs.length > 0) {
    const set = await rpcResult<{ validators: { address: string; voting_power: string }[] }>(rpcUrl, `validators?height=${height - 1}&per_page=100`);
    sigs.forEach((s, i) => votes.push({ validator: { address: fromHex(set.validators[i]!.address), power: BigInt(set.validators[i]!.voting_power) }, blockIdFlag: s.block_id_flag }));
  }
  const h = b.block.header;
  return {
    txs: (b.block.data.txs ?? []).map((t) => fromBase64(t)),
    decidedLastCommit: { round: b.block.last_commit?.round ?? 0, votes },
    misbehavior: [],
    hash: fromHex(b.block_id.hash),
    height: BigInt(h.height),
    time: parseRfc3339(h.time),
    nextValidatorsHash: fromHex(h.next_validators_hash),
    proposerAddress: fromHex(h.proposer_address),
  };
}

export interface ReplayMismatch {
  height: number;
  /** From the header of height + 1. */
  chain: string;
  replayed: string;
}

/**
 * Replays heights initial…upTo (each needs block upTo + 1 to exist) from `genesisPath` on a
 * fresh App (built with `moduleOptions`: e.g. the upgrade handlers of a chain that upgraded);
 * returns the heights whose app hash differs (empty = the chain is reproducible).
 * PERF: two or three RPC calls and one FinalizeBlock per height.
 */
export async function replayChain(rpcUrl: string, genesisPath: string, upTo: number, moduleOptions: ModuleOptions = {}): Promise<ReplayMismatch[]> {
  const genesis = readSoloGenesis(readFileSync(genesisPath, "utf8"));
  const dir = mkdtempSync(join(tmpdir(), "trib-replay-"));
  const store = await CommitStore.open(join(dir, "app.db"));
  try {
    const { modules, ante } = createModules(undefined, moduleOptions);
    const app = new App({ store, modules, ante });
    await app.initChain(genesis.initChain);
    const mismatches: ReplayMismatch[] = [];
    const initial = Number(genesis.initialHeight);
    for (let height = initial; height <= upTo; height++) {
      const res = await app.finalizeBlock(await finalizeRequestAt(rpcUrl, height, initial));
      await app.commit();
      const chain = await headerAppHash(rpcUrl, height + 1);
      const replayed = toHex(res.appHash).toUpperCase();
      if (chain !== replayed) mismatches.push({ height, chain, replayed });
    }
    return mismatches;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
