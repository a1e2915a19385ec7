/**
 * The checks AppHarness runs after every block: every module's invariants on the committed
 * state, and the supply of each denom moving only by what the block minted (`coinbase` events)
 * and burnt (`burn` events): total supply = genesis + minted − burned.
 */
import type { ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { parseCoins } from "../chain/coins.ts";
import { brokenInvariants } from "../chain/invariants.ts";
import { prefixEnd } from "../chain/keys.ts";
import type { Module } from "../chain/module.ts";
import type { KVReader } from "../chain/store/types.ts";
import { bankKeys } from "../modules/bank/keys.ts";
import { readOnlyContext } from "../node/export.ts";

type Events = ResponseFinalizeBlock["events"];

/** Net supply change per denom of a block's events (its own and its txs'). */
function supplyDelta(res: ResponseFinalizeBlock): Map<string, bigint> {
  const delta = new Map<string, bigint>();
  const add = (events: Events, type: string, sign: bigint) => {
    for (const e of events) {
      if (e.type !== type) continue;
      const amount = e.attributes.find((a) => a.key === "amount")?.value ?? "";
      for (const c of amount === "" ? [] : parseCoins(amount)) delta.set(c.denom, (delta.get(c.denom) ?? 0n) + sign * c.amount);
    }
  };
  for (const events of [res.events, ...res.txResults.filter((r) => r.code === 0).map((r) => r.events)]) {
    add(events, "coinbase", 1n);
    add(events, "burn", -1n);
  }
  return delta;
}

async function supplies(reader: KVReader): Promise<Map<string, bigint>> {
  const out = new Map<string, bigint>();
  const p = bankKeys.supplyPrefix;
  for await (const [k, v] of reader.iterate({ gte: p, lt: prefixEnd(p) })) out.set(new TextDecoder().decode(k.subarray(p.length)), BigInt(new TextDecoder().decode(v)));
  return out;
}

export class InvariantChecker {
  private supply?: Map<string, bigint>;

  constructor(private readonly modules: readonly Module[]) {}

  async afterBlock(reader: KVReader, height: bigint, res: ResponseFinalizeBlock): Promise<void> {
    const broken = await brokenInvariants(this.modules, readOnlyContext(reader, height, "invariants"));
    if (broken.length > 0) throw new Error(`invariants broken after block ${height}:\n${broken.map((b) => `  ${b.name}: ${b.message}`).join("\n")}`);
    const now = await supplies(reader);
    if (this.supply) {
      const expected = new Map(this.supply);
      for (const [denom, d] of supplyDelta(res)) expected.set(denom, (expected.get(denom) ?? 0n) + d);
      for (const denom of new Set([...expected.keys(), ...now.keys()])) {
        const [want, got] = [expected.get(denom) ?? 0n, now.get(denom) ?? 0n];
        if (want !== got) throw new Error(`supply of ${denom} after block ${height} is ${got}, but the previous supply plus minted minus burnt is ${want}`);
      }
    }
    this.supply = now;
  }
}
