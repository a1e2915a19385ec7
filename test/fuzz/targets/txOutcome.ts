/** The properties every tx case must have, whatever was mutated. */
import type { Probe } from "../chain.ts";

/** A thrown JS error that escaped a handler: runTx reports it as codespace "undefined", code 1. */
export function isPanic(r: { code: number; codespace: string; log: string }): boolean {
  return r.code === 1 && r.codespace === "undefined";
}

export function outcomeOf(p: Probe): string {
  return p.final.code === 0 ? "accepted" : `${p.final.codespace}/${p.final.code}`;
}

/** The first broken property of a probed tx, or undefined. */
export function txFailure(p: Probe, o: { mustRefuse?: boolean } = {}): string | undefined {
  const { check, final } = p;
  if (isPanic(check)) return `CheckTx panic: ${check.log}`;
  if (isPanic(final)) return `FinalizeBlock panic: ${final.log}`;
  if (check.code !== 0 && (!check.log || !check.codespace)) return `CheckTx refusal without codespace/log (code ${check.code})`;
  if (final.code !== 0 && (!final.log || !final.codespace)) return `FinalizeBlock refusal without codespace/log (code ${final.code})`;
  if (p.stray.length > 0) return `refused tx changed state beyond fee and sequence: ${p.stray.slice(0, 3).join("; ")}`;
  if (o.mustRefuse && final.code === 0) return "accepted although it had to be refused";
  return undefined;
}
