/**
 * Gas of one attribution: a + b·L·S + c·Σocc + d·spans·S + e·prompt, from the
 * MatchStats the engine returns. Every term counts work fixed by the definitions (not by the
 * engine's shortcuts), so all nodes charge the same. The constants price the measured CPU cost
 * (bench/attribution-engine.ts) at no less than 20 gas per microsecond, about what a secp256k1
 * check costs (1,000 gas, ~50 µs), with room for adversarial outputs and 100 M-token segments:
 * one longest-match search costs ~1 µs at 10 M tokens and at most ~3 µs when every probe
 * compares NMAX tokens.
 */
import type { MatchStats } from "./attribute.ts";

export interface AttributionGasParams {
  /** Fixed cost: validation, tables, sorting the result. */
  readonly base: number;
  /** Per output token and segment: one longest-match search. */
  readonly perTokenSegment: number;
  /** Per crediting span and segment: the two interval searches. */
  readonly perSpanSegment: number;
  /** Per occurrence mapped to its document. */
  readonly perOccurrence: number;
  /** Per prompt token: its suffix array and the echo searches. */
  readonly perPromptToken: number;
}

export const ATTRIBUTION_GAS_V1: AttributionGasParams = Object.freeze({
  base: 2_000,
  perTokenSegment: 60,
  perSpanSegment: 120,
  perOccurrence: 20,
  perPromptToken: 30,
});

/** PERF: O(1). The result stays a safe integer for any stats the engine can produce. */
export function attributionGas(stats: MatchStats, g: AttributionGasParams = ATTRIBUTION_GAS_V1): number {
  return g.base + g.perTokenSegment * stats.tokens * stats.segments + g.perSpanSegment * stats.spans * stats.segments + g.perOccurrence * stats.occurrences + g.perPromptToken * stats.promptTokens;
}
