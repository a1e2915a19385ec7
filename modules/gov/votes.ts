import type { WeightedVoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { type Dec, ONE, decFromWire, formatDec, parseDec } from "../../chain/dec.ts";
import { govErrors } from "./errors.ts";
import type { VoteOptionNumber, WeightedOption } from "./types.ts";

const NAMES: Record<number, string> = { 1: "VOTE_OPTION_YES", 2: "VOTE_OPTION_ABSTAIN", 3: "VOTE_OPTION_NO", 4: "VOTE_OPTION_NO_WITH_VETO" };

export function optionName(o: number): string {
  return NAMES[o] ?? `unknown option ${o}`;
}

function parseWeight(w: string, wire: "dotted" | "atomics"): Dec {
  try {
    return wire === "dotted" ? parseDec(w, "weight") : decFromWire(w, "weight");
  } catch {
    throw govErrors.invalidVote.wrap(`invalid weight: ${JSON.stringify(w)}`);
  }
}

/**
 * The SDK's checks of a weighted vote (MsgVoteWeighted.ValidateBasic): at least one option,
 * each a known option with a weight in (0, 1], no option twice, weights summing to exactly 1.
 * v1 carries weights as dotted decimals, v1beta1 as LegacyDec's scaled integer.
 */
export function validOptions(options: readonly { option: number; weight: string }[], wire: "dotted" | "atomics"): WeightedOption[] {
  if (options.length === 0) throw govErrors.invalidVote.wrap("no vote options");
  const used = new Set<number>();
  let total = 0n;
  const out: WeightedOption[] = [];
  for (const o of options) {
    if (!(o.option in NAMES)) throw govErrors.invalidVote.wrap(`option ${o.option} is none of yes (1), abstain (2), no (3), no_with_veto (4)`);
    const weight = parseWeight(o.weight, wire);
    if (weight <= 0n || weight > ONE) throw govErrors.invalidVote.wrap(`weight of ${optionName(o.option)} must be in (0, 1], got ${formatDec(weight)}`);
    if (used.has(o.option)) throw govErrors.invalidVote.wrap(`duplicated vote option ${optionName(o.option)}`);
    used.add(o.option);
    total += weight;
    out.push({ option: o.option as VoteOptionNumber, weight });
  }
  if (total > ONE) throw govErrors.invalidVote.wrap(`total weight overflow 1.00: ${formatDec(total)}`);
  if (total < ONE) throw govErrors.invalidVote.wrap(`total weight lower than 1.00: ${formatDec(total)}`);
  return out;
}

/** Stored (v1) options back: written by optionsToProto after validation. */
export function optionsFromProto(options: readonly WeightedVoteOption[]): WeightedOption[] {
  return options.map((o) => ({ option: o.option as VoteOptionNumber, weight: parseDec(o.weight, "weight") }));
}

/** v1's WeightedVoteOption: weight as LegacyDec.String ("1.000000000000000000"). */
export function optionsToProto(options: readonly WeightedOption[]): WeightedVoteOption[] {
  return options.map((o) => ({ option: o.option, weight: formatDec(o.weight) }));
}

/** v1beta1's: weight as the scaled integer. */
export function optionsToLegacyProto(options: readonly WeightedOption[]): { option: number; weight: string }[] {
  return options.map((o) => ({ option: o.option, weight: o.weight.toString() }));
}
