import type { BlockInfo, Context, ExecMode, MinGasPrice } from "../context.ts";
import { toAbciError } from "../errors.ts";
import { type AbciEvent, EventManager } from "../events.ts";
import { GAS_SCHEDULES, GasMeter, OutOfGasError, outOfGasToChainError } from "../gas.ts";
import type { RoutedMsg, Router } from "../router.ts";
import { type Rules, assertMsgAvailable } from "../rules.ts";
import { GasKVStore } from "../store/gasKv.ts";
import type { Branch } from "../store/types.ts";
import { type DecodeLimits, type DecodedTx, decodeTx } from "./decode.ts";
import { encodeTxMsgData } from "./msgData.ts";
import type { AnteHandler, TxContext } from "./txContext.ts";

/** The outcome of one tx, whatever the mode; maps 1:1 onto ExecTxResult / ResponseCheckTx. */
export interface TxOutcome {
  code: number;
  codespace: string;
  log: string;
  gasWanted: bigint;
  gasUsed: bigint;
  events: AbciEvent[];
  /** Encoded TxMsgData (msg responses), empty unless messages ran. */
  data: Uint8Array;
}

export interface TxEnv {
  router: Router;
  ante: AnteHandler;
  maxTxBytes: number;
  /** decodeTx, or a cache of it (the App's DecodedTxCache); must give decodeTx's result. */
  decode?: (raw: Uint8Array, limits: DecodeLimits) => DecodedTx;
}

export interface TxRunParams {
  mode: ExecMode;
  block: BlockInfo;
  blockMaxGas: bigint;
  minGasPrices: readonly MinGasPrice[];
  /** The rules version the tx runs under (the block's; the next block's for check and simulate). */
  rules: Rules;
}

/**
 * Runs one tx on `parent`: decode, route, ante (fee, signatures, sequence) on a branch that is
 * kept once it passes, then the messages on a second branch that is kept only if all succeed.
 * So a failed message reverts every message write but keeps the fee and the sequence
 * increment; a failed ante leaves nothing. CheckTx stops after the ante, as the SDK does.
 * PERF: decode O(tx bytes) + ante (one signature check unless cached) + the messages' own cost.
 */
export async function runTx(env: TxEnv, parent: Branch, p: TxRunParams, raw: Uint8Array, preDecoded?: DecodedTx): Promise<TxOutcome> {
  let gasWanted = 0n;
  const meter = { current: GasMeter.infinite() };
  const events = new EventManager();
  try {
    const tx = preDecoded ?? (env.decode ?? decodeTx)(raw, { maxTxBytes: env.maxTxBytes });
    const simulate = p.mode === "simulate";
    gasWanted = tx.authInfo.fee?.gasLimit ?? 0n;
    const { msgs, signers } = routeTx(env.router, tx, p.mode);
    for (const m of msgs) assertMsgAvailable(m.typeUrl, m.handler.sinceRules, p.rules);
    const txc: TxContext = { tx, msgs, signers, simulate };
    meter.current = simulate ? GasMeter.infinite() : new GasMeter(gasWanted);

    const anteBranch = parent.branch();
    env.ante(makeContext(p, anteBranch, meter.current, events, tx.hash), txc);
    anteBranch.write();
    if (p.mode === "check" || p.mode === "recheck") return ok(gasWanted, meter.current.consumed, events.events, new Uint8Array());

    const msgBranch = parent.branch();
    const msgEvents = new EventManager();
    const ctx = makeContext(p, msgBranch, meter.current, msgEvents, tx.hash);
    const responses = [];
    try {
      for (const [i, { handler, msg, typeUrl }] of msgs.entries()) {
        const from = msgEvents.events.length;
        msgEvents.emit("message", [["action", typeUrl], ["sender", handler.signers(msg)[0] ?? ""], ["module", handler.module]]);
        const value = await handler.handle(ctx, msg);
        msgEvents.tagMsgIndex(from, i);
        responses.push({ typeUrl: handler.responseTypeUrl, value });
      }
    } catch (e) {
      // Messages revert; the ante's fee and sequence stay (they were written above).
      const err = e instanceof OutOfGasError ? outOfGasToChainError(e) : e;
      const { code, codespace, log } = toAbciError(err);
      // A simulation broadcasts and charges nothing, so the suffix would mislead. Only the
      // simulate query reads its log (no state, no hash); FinalizeBlock's log is unchanged.
      const told = simulate ? log : `${log} (messages reverted; fee and sequence kept)`;
      return { code, codespace, log: told, gasWanted, gasUsed: meter.current.consumed, events: events.events, data: new Uint8Array() };
    }
    msgBranch.write();
    const data = encodeTxMsgData(responses);
    return ok(gasWanted, meter.current.consumed, [...events.events, ...msgEvents.events], data);
  } catch (e) {
    const err = e instanceof OutOfGasError ? outOfGasToChainError(e) : e;
    const { code, codespace, log } = toAbciError(err);
    return { code, codespace, log, gasWanted, gasUsed: meter.current.consumed, events: [], data: new Uint8Array() };
  }
}

interface RoutedTx {
  router: Router;
  msgs: RoutedMsg[];
  signers: string[];
}

/**
 * A tx's messages as CheckTx routed them (decoded and checked by validateBasic, both pure
 * functions of the message bytes), kept for its ReChecks and its FinalizeBlock: the App's
 * decode cache hands all of them the same DecodedTx. Only check and recheck store an entry, and
 * they run no message handler, so the messages are exactly as routed; FinalizeBlock takes the
 * entry out before its handlers run, so nothing later sees messages a handler was given.
 * Routing that throws is not stored (it throws again). Kept in the tx's `derived` slot.
 * PERF: a property read, or one decode + validateBasic per message.
 */
function routeTx(router: Router, tx: DecodedTx, mode: ExecMode): RoutedTx {
  const reusable = mode === "check" || mode === "recheck";
  if (reusable || mode === "finalize") {
    const hit = tx.derived.routed as RoutedTx | undefined;
    if (hit !== undefined && hit.router === router) {
      if (!reusable) tx.derived.routed = undefined;
      return hit;
    }
  }
  const msgs = tx.messages.map((m) => router.routeMsg(m));
  const routed = { router, msgs, signers: collectSigners(msgs) };
  if (reusable) tx.derived.routed = routed;
  return routed;
}

function ok(gasWanted: bigint, gasUsed: bigint, events: AbciEvent[], data: Uint8Array): TxOutcome {
  return { code: 0, codespace: "", log: "", gasWanted, gasUsed, events, data };
}

function makeContext(p: TxRunParams, branch: Branch, meter: GasMeter, events: EventManager, txHash: Uint8Array): Context {
  return {
    mode: p.mode,
    block: p.block,
    kv: new GasKVStore(branch, meter, GAS_SCHEDULES.at(p.rules)),
    gasMeter: meter,
    events,
    rules: p.rules,
    blockMaxGas: p.blockMaxGas,
    minGasPrices: p.minGasPrices,
    txHash,
  };
}

/** Signers in order of first appearance across messages (the SDK's GetSigners order). */
export function collectSigners(msgs: TxContext["msgs"]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { handler, msg } of msgs) {
    for (const s of handler.signers(msg)) {
      if (!seen.has(s)) {
        seen.add(s);
        out.push(s);
      }
    }
  }
  return out;
}
