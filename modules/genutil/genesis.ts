import type { Context } from "../../chain/context.ts";
import { expectArray, expectObject } from "../../chain/genesisJson.ts";
import type { ValidatorUpdate } from "../../chain/module.ts";
import type { GenutilKeeper } from "./keeper.ts";
import { type GenTx, genTxFromJson } from "./txJson.ts";
import type { GenutilGenesis } from "./types.ts";
import { checkGenTxShape, checkNoDuplicates } from "./validate.ts";

export type { GenutilGenesis } from "./types.ts";

export function defaultGenutilGenesis(): GenutilGenesis {
  return { gen_txs: [] };
}

/** Each gentx decoded and checked without state (see validate.ts); errors name `gen_txs[i]…`. */
export function decodeGenTxs(g: GenutilGenesis): GenTx[] {
  const root = expectObject(g, "genutil");
  const raw = expectArray(root.gen_txs, "gen_txs");
  const fields = raw.map((_, i) => `gen_txs[${i}]`);
  const txs = raw.map((r, i) => genTxFromJson(r, fields[i]!));
  checkNoDuplicates(txs.map((tx, i) => checkGenTxShape(tx, fields[i]!)), fields);
  return txs;
}

/**
 * Stateless: every gentx decodes and has a gentx's shape, no operator or consensus key twice.
 * The signature needs the chain id and the funds need the bank section: `genesis validate`
 * (genesis/gentx.ts) checks those with the whole document, and InitChain's ante does again.
 */
export function validateGenutilGenesis(g: GenutilGenesis): void {
  decodeGenTxs(g);
}

/** Delivers the gen_txs (nothing at all when there are none) and returns the validator set they make. */
export async function initGenutilGenesis(k: GenutilKeeper, ctx: Context, g: GenutilGenesis): Promise<ValidatorUpdate[]> {
  const txs = decodeGenTxs(g);
  if (txs.length === 0) return [];
  return k.deliverGenTxs(ctx, txs);
}
