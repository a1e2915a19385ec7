/**
 * Every message type the router registers (enumerated from the modules, so a new module is
 * fuzzed as soon as it is wired in), seeded from its .proto and mutated field by field, signed
 * by the funded accounts its decoded signers name (so it reaches the handler), sometimes with a
 * broken signature, sometimes next to a second message.
 */
import type { MsgHandler } from "../../../chain/module.ts";
import { createModules } from "../../../modules/index.ts";
import { type FuzzChain, ACCOUNTS } from "../chain.ts";
import { mutateMessage } from "../mutate.ts";
import type { CaseResult } from "../report.ts";
import type { Rng } from "../../support/rng.ts";
import { seedFor } from "../seeds.ts";
import { flushBlock } from "./flush.ts";
import { outcomeOf, txFailure } from "./txOutcome.ts";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";

/** Every routed message handler, by type URL, in module order. */
export function routedHandlers(): Map<string, MsgHandler<unknown>> {
  const out = new Map<string, MsgHandler<unknown>>();
  for (const m of createModules().modules) for (const h of m.msgs ?? []) out.set(h.typeUrl, h);
  return out;
}

const HANDLERS = routedHandlers();
export const MSG_TYPES = [...HANDLERS.keys()];

/** The accounts that must sign `bytes` as `typeUrl`, or undefined when it does not decode or names unknown signers. */
export function signersOf(chain: FuzzChain, typeUrl: string, bytes: Uint8Array): number[] | undefined {
  const h = HANDLERS.get(typeUrl);
  if (!h) return undefined;
  try {
    const idx = h.signers(h.decode(bytes)).map((a) => chain.accountIndex(a));
    return idx.length > 0 && idx.every((i) => i >= 0) ? [...new Set(idx)] : undefined;
  } catch {
    return undefined;
  }
}

/** The amino JSON of a message as the ante builds it; throws as the handler's toAmino does. */
function toAmino(m: { typeUrl: string; value: Uint8Array }): { type: string; value: unknown } {
  const h = HANDLERS.get(m.typeUrl);
  if (!h?.amino) throw new Error(`no amino for ${m.typeUrl}`);
  return { type: h.amino.name, value: h.amino.toAmino(h.decode(m.value)) };
}

export interface BuiltMsg {
  typeUrl: string;
  value: Uint8Array;
  ops: string[];
}

/** A seed of a random (or given) type, mutated unless `pristine`. */
export function fuzzMsg(chain: FuzzChain, rng: Rng, typeUrl = rng.pick(MSG_TYPES), pristine = rng.chance(10, 100)): BuiltMsg {
  const signer = rng.int(ACCOUNTS);
  // `seed`: a fresh text per case, so a pristine MsgContribute is not a duplicate record.
  const seed = seedFor(typeUrl, { ...chain.world, signer: chain.address(signer), ids: { ...chain.world.ids, seed: BigInt(rng.u32()) } }).bytes;
  if (pristine) return { typeUrl, value: seed, ops: ["pristine"] };
  const m = mutateMessage(seed, rng, { addresses: [...chain.world.accounts, chain.world.valoper] });
  return { typeUrl, value: m.bytes, ops: m.ops };
}

export async function msgCase(chain: FuzzChain, rng: Rng, index: number): Promise<CaseResult> {
  const msgs = [fuzzMsg(chain, rng)];
  if (rng.chance(5, 100)) msgs.push(fuzzMsg(chain, rng));
  const signers = [...new Set(msgs.flatMap((m) => signersOf(chain, m.typeUrl, m.value) ?? [rng.int(ACCOUNTS)]))];
  // 15 %: SIGN_MODE_LEGACY_AMINO_JSON, whose sign doc runs each handler's toAmino on the mutated message.
  const amino = rng.chance(15, 100);
  let tx = amino ? chain.signAmino(msgs, signers, toAmino) : chain.sign(msgs, signers);
  const broken = rng.chance(8, 100);
  if (broken) {
    const raw = TxRaw.decode(tx);
    raw.signatures[0] = raw.signatures[0]!.slice();
    raw.signatures[0][rng.int(64)]! ^= 1 << rng.int(8);
    tx = TxRaw.encode(raw).finish();
  }
  const label = `${msgs.map((m) => `${m.typeUrl} ${m.ops.join(",")}`).join(" + ")}${amino ? " [amino]" : ""}${broken ? " [bad signature]" : ""}`;
  const p = await chain.probe(tx, `msgs#${index}`);
  const result: CaseResult = { target: "msgs", index, label, outcome: outcomeOf(p), failure: txFailure(p, { mustRefuse: broken }) };
  return flushBlock(chain, result);
}
