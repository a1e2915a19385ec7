/**
 * The checks between and after the node's lives:
 * - online (node up): each confirmed tx is returned by hash with exactly the result the client
 *   saw (height, code, gas used, events);
 * - offline (node down, on a copy of its databases so the node itself still recovers the raw
 *   files the kill left): every module invariant on the committed state, the utrib supply equal
 *   to the sum of all utrib balances, and the state's root equal to the app hash the block store
 *   recorded for that height.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toHex } from "@cosmjs/encoding";
import { StargateClient } from "@cosmjs/stargate";
import { brokenInvariants } from "../../chain/invariants.ts";
import { prefixEnd } from "../../chain/keys.ts";
import { CommitStore } from "../../chain/store/commitStore.ts";
import { bankKeys } from "../../modules/bank/keys.ts";
import { createModules } from "../../modules/index.ts";
import { readOnlyContext } from "../../node/export.ts";
import { appDbPath, blockstoreDbPath } from "../../node/paths.ts";
import { BlockStore } from "../../node/store/blockstore.ts";
import { type ConfirmedTx, fingerprint } from "./soloLoad.ts";

/** Problems found (empty = all there, all equal). */
export async function missingOrChanged(url: string, txs: readonly ConfirmedTx[]): Promise<string[]> {
  const client = await StargateClient.connect(url);
  const problems: string[] = [];
  try {
    for (const t of txs) {
      const got = await client.getTx(t.hash);
      if (!got) problems.push(`${t.kind} tx ${t.hash} (height ${t.height}) confirmed before a kill is missing`);
      else if (fingerprint(got) !== t.fingerprint) problems.push(`${t.kind} tx ${t.hash}: result changed: was ${t.fingerprint.slice(0, 300)}, now ${fingerprint(got).slice(0, 300)}`);
    }
  } finally {
    client.disconnect();
  }
  return problems;
}

export interface OfflineState {
  version: bigint;
  blockHeight: bigint;
  supply: bigint;
  balances: bigint;
  problems: string[];
}

const UTRIB = new TextEncoder().encode("utrib");
const endsWith = (k: Uint8Array, tail: Uint8Array) => k.length >= tail.length && tail.every((b, i) => k[k.length - tail.length + i] === b);

/** Opens copies of the stopped node's state DB and block store and checks them. */
export async function checkOffline(home: string): Promise<OfflineState> {
  const scratch = mkdtempSync(join(tmpdir(), "trib-chaos-check-"));
  try {
    cpSync(appDbPath(home), join(scratch, "app.db"), { recursive: true });
    cpSync(blockstoreDbPath(home), join(scratch, "blocks.db"), { recursive: true });
    const store = await CommitStore.open(join(scratch, "app.db"), { keepRecent: 0 });
    const blocks = await BlockStore.open(join(scratch, "blocks.db"));
    try {
      const problems: string[] = [];
      const version = store.version;
      const reader = store.committed();
      const broken = await brokenInvariants(createModules().modules, readOnlyContext(reader, version, "chaos-invariants"));
      problems.push(...broken.map((b) => `invariant ${b.name} broken at version ${version}: ${b.message}`));
      const supplyBytes = reader.get(bankKeys.supply("utrib"));
      const supply = supplyBytes ? BigInt(new TextDecoder().decode(supplyBytes)) : 0n;
      let balances = 0n;
      const p = bankKeys.balancePrefix;
      for await (const [k, v] of reader.iterate({ gte: p, lt: prefixEnd(p) })) if (endsWith(k, UTRIB)) balances += BigInt(new TextDecoder().decode(v));
      if (supply !== balances) problems.push(`at version ${version} the utrib supply is ${supply} but the balances add up to ${balances}`);
      const blockHeight = blocks.height();
      if (version > blockHeight) problems.push(`state version ${version} is ahead of the block store (${blockHeight})`);
      const results = version > 0n ? await blocks.results(version) : undefined;
      if (version > 0n && !results) problems.push(`no stored results for the state's version ${version}`);
      if (results && toHex(results.appHash) !== toHex(store.rootHash)) {
        problems.push(`state root at version ${version} is ${toHex(store.rootHash)}, the block store recorded ${toHex(results.appHash)}`);
      }
      return { version, blockHeight, supply, balances, problems };
    } finally {
      await store.close();
      await blocks.close();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
