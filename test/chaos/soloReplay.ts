/**
 * The end of a chaos run: every block in the node's block store replayed, from InitChain, into
 * a fresh app wired as the node wires it (openApp: content store, attribution index provider,
 * onnxruntime runner) on a scratch home. The app hash after each Commit and every tx result
 * (code, gas, events, data) must equal what the killed-and-restarted node stored, as in
 * test/determinism.e2e.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toHex } from "@cosmjs/encoding";
import { loadNodeConfig } from "../../node/config.ts";
import { homePaths } from "../../node/home.ts";
import { openApp } from "../../node/node.ts";
import { blockstoreDbPath } from "../../node/paths.ts";
import { readSoloGenesis } from "../../node/solo/genesis.ts";
import { BlockStore } from "../../node/store/blockstore.ts";

export interface ReplayReport {
  heights: number;
  txs: number;
  /** Empty when every height matched. */
  mismatches: string[];
}

export async function replayChain(home: string): Promise<ReplayReport> {
  const scratch = mkdtempSync(join(tmpdir(), "trib-chaos-replay-"));
  mkdirSync(join(scratch, "data"), { recursive: true });
  const blocks = await BlockStore.open(blockstoreDbPath(home));
  const config = loadNodeConfig(home);
  const { app, store, modelRunner, indexes } = await openApp(scratch, config);
  const mismatches: string[] = [];
  let txs = 0;
  let heights = 0;
  try {
    const genesis = readSoloGenesis(readFileSync(homePaths(home).genesis, "utf8"));
    await app.initChain(genesis.initChain);
    if (blocks.base() !== genesis.initialHeight) throw new Error(`the block store starts at ${blocks.base()}, not ${genesis.initialHeight}: nothing to replay from genesis`);
    for (let h = blocks.base(); h <= blocks.height() && mismatches.length < 5; h++) {
      const stored = (await blocks.block(h))!;
      const original = await blocks.results(h);
      // The block store may hold one block past the app's last Commit (killed in between): the
      // node replays it at start-up; a final clean stop leaves none.
      if (!original) break;
      const { header, data } = stored.block;
      const replayed = await app.finalizeBlock({
        txs: data.txs, decidedLastCommit: { round: 0, votes: [] }, misbehavior: [], hash: stored.blockId.hash, height: header.height,
        time: header.time, nextValidatorsHash: header.nextValidatorsHash, proposerAddress: header.proposerAddress,
      });
      await app.commit();
      heights++;
      txs += data.txs.length;
      if (toHex(replayed.appHash) !== toHex(original.appHash)) mismatches.push(`height ${h}: replayed app hash ${toHex(replayed.appHash)}, stored ${toHex(original.appHash)}`);
      const strip = (r: { code: number; gasUsed: bigint; events: unknown; data: Uint8Array }) => JSON.stringify({ code: r.code, gas: String(r.gasUsed), events: r.events, data: toHex(r.data) });
      replayed.txResults.forEach((r, i) => {
        if (strip(r) !== strip(original.txResults[i]!)) mismatches.push(`height ${h} tx ${i}: replayed result ${strip(r).slice(0, 200)} differs from the stored ${strip(original.txResults[i]!).slice(0, 200)}`);
      });
      const next = await blocks.block(h + 1n);
      if (next && toHex(next.block.header.appHash) !== toHex(replayed.appHash)) mismatches.push(`height ${h + 1n}: header app hash differs from the replayed state`);
    }
    return { heights, txs, mismatches };
  } finally {
    await store.close();
    await modelRunner.close();
    await indexes.close();
    await blocks.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
