/**
 * The SDK messages a gov proposal carries (signed by the gov module account) that CosmJS's default
 * registry leaves out, and v1beta1's TextProposal content: so a proposal's messages print as JSON
 * (REST, `tx decode`, `query gov proposal`) and a proposal file's `{"@type", …}` messages encode.
 */
import { MsgUpdateParams as AuthUpdateParams } from "cosmjs-types/cosmos/auth/v1beta1/tx";
import { MsgSetSendEnabled, MsgUpdateParams as BankUpdateParams } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { MsgExecLegacyContent } from "cosmjs-types/cosmos/gov/v1/tx";
import { MsgCommunityPoolSpend, MsgUpdateParams as DistributionUpdateParams } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { TextProposal } from "cosmjs-types/cosmos/gov/v1beta1/gov";
import { MsgUpdateParams as MintUpdateParams } from "cosmjs-types/cosmos/mint/v1beta1/tx";
import { MsgUnjail, MsgUpdateParams as SlashingUpdateParams } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import { MsgUpdateParams as StakingUpdateParams } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { MsgCancelUpgrade, MsgSoftwareUpgrade } from "cosmjs-types/cosmos/upgrade/v1beta1/tx";

export const GOVERNANCE_TYPES = [
  ["/cosmos.auth.v1beta1.MsgUpdateParams", AuthUpdateParams],
  ["/cosmos.bank.v1beta1.MsgUpdateParams", BankUpdateParams],
  ["/cosmos.bank.v1beta1.MsgSetSendEnabled", MsgSetSendEnabled],
  ["/cosmos.gov.v1.MsgExecLegacyContent", MsgExecLegacyContent],
  ["/cosmos.staking.v1beta1.MsgUpdateParams", StakingUpdateParams],
  ["/cosmos.slashing.v1beta1.MsgUpdateParams", SlashingUpdateParams],
  ["/cosmos.slashing.v1beta1.MsgUnjail", MsgUnjail],
  ["/cosmos.distribution.v1beta1.MsgUpdateParams", DistributionUpdateParams],
  ["/cosmos.distribution.v1beta1.MsgCommunityPoolSpend", MsgCommunityPoolSpend],
  ["/cosmos.mint.v1beta1.MsgUpdateParams", MintUpdateParams],
  ["/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade", MsgSoftwareUpgrade],
  ["/cosmos.upgrade.v1beta1.MsgCancelUpgrade", MsgCancelUpgrade],
  ["/cosmos.gov.v1beta1.TextProposal", TextProposal],
] as const;

/**
 * LegacyDec fields of the governed messages: the SDK's JSON writes them dotted
 * ("0.200000000000000000"); the wire carries the 18-decimal integer as a string (`decs`), or
 * (slashing) that string's bytes (`decBytes`). json.ts prints them dotted (applyDecs); a tx or
 * proposal file is scaled back by `wireDecs` before encoding.
 */
export const GOVERNANCE_DECS: ReadonlyMap<string, { decs?: readonly string[]; decBytes?: readonly string[] }> = new Map([
  ["/cosmos.mint.v1beta1.MsgUpdateParams", { decs: ["inflation_rate_change", "inflation_max", "inflation_min", "goal_bonded"] }],
  ["/cosmos.staking.v1beta1.MsgUpdateParams", { decs: ["min_commission_rate"] }],
  ["/cosmos.distribution.v1beta1.MsgUpdateParams", { decs: ["community_tax", "base_proposer_reward", "bonus_proposer_reward"] }],
  ["/cosmos.slashing.v1beta1.MsgUpdateParams", { decBytes: ["min_signed_per_window", "slash_fraction_double_sign", "slash_fraction_downtime"] }],
]);

const DOTTED = /^([0-9]+)(?:\.([0-9]{1,18}))?$/;

/** "0.25" → "250000000000000000"; refuses anything else naming the field. */
function atto(v: unknown, at: string): string {
  const m = typeof v === "string" ? DOTTED.exec(v) : null;
  if (!m) throw new Error(`${at}: ${JSON.stringify(v)} is not a decimal number such as "0.020000000000000000"`);
  return (BigInt(m[1]!) * 10n ** 18n + BigInt((m[2] ?? "").padEnd(18, "0"))).toString();
}

/** The message JSON (snake_case) of `typeUrl` with its LegacyDec fields as the wire carries them. */
export function wireDecs(typeUrl: string, json: Record<string, unknown>): Record<string, unknown> {
  const f = GOVERNANCE_DECS.get(typeUrl);
  if (!f) return json;
  const walk = (v: unknown, at: string): unknown => {
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${at}[${i}]`));
    if (v === null || typeof v !== "object") return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => {
      const where = at ? `${at}.${k}` : k;
      if (f.decs?.includes(k)) return [k, atto(x, where)];
      if (f.decBytes?.includes(k)) return [k, Buffer.from(atto(x, where), "latin1").toString("base64")];
      return [k, walk(x, where)];
    }));
  };
  return walk(json, "") as Record<string, unknown>;
}
