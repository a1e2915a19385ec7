/**
 * `tributary tx gov submit-proposal <file>|deposit|vote|weighted-vote` with cosmos.gov.v1 messages,
 * as SDK v0.50's CLI. Each goes through signAndBroadcast, so --generate-only, --dry-run and the
 * offline signing flow (node/cli/tx) work as for every tx.
 */
import { Command } from "commander";
import { VoteOption } from "cosmjs-types/cosmos/gov/v1/gov";
import { formatDec, parseDec } from "../../../chain/dec.ts";
import { addDatanetTxOptions, type FromOpts } from "../datanet/txFlags.ts";
import { UserError } from "../errors.ts";
import { draftProposalCmd } from "./govDraft.ts";
import { msgSubmitProposal, parseCoinList, readProposalFile } from "./govProposal.ts";
import { proposalId } from "./govRouteQuery.ts";
import { signAndBroadcast } from "./tx.ts";

const OPTIONS: Record<string, VoteOption> = {
  yes: VoteOption.VOTE_OPTION_YES,
  abstain: VoteOption.VOTE_OPTION_ABSTAIN,
  no: VoteOption.VOTE_OPTION_NO,
  no_with_veto: VoteOption.VOTE_OPTION_NO_WITH_VETO,
};

/** yes|no|abstain|no_with_veto (also "no-with-veto", any case) → the v1 enum. */
export function voteOption(text: string): VoteOption {
  const o = OPTIONS[text.trim().toLowerCase().replace(/-/g, "_").replace(/^vote_option_/, "")];
  if (o === undefined) throw new UserError(`unknown vote option ${JSON.stringify(text)}: expected yes, no, abstain or no_with_veto`);
  return o;
}

const ONE = 10n ** 18n;

/**
 * "yes=0.6,no=0.4" → v1 WeightedVoteOptions (dotted weights). Checked as the chain does: each
 * weight in (0, 1], no option twice, summing to exactly 1.
 */
export function weightedOptions(text: string): { option: VoteOption; weight: string }[] {
  const seen = new Set<VoteOption>();
  let total = 0n;
  const out = text.split(",").map((part) => {
    const m = /^\s*([A-Za-z_-]+)\s*=\s*([0-9.]+)\s*$/.exec(part);
    if (!m) throw new UserError(`invalid weighted option ${JSON.stringify(part)}: expected option=weight, e.g. yes=0.6,no=0.4`);
    const option = voteOption(m[1]!);
    if (seen.has(option)) throw new UserError(`option ${m[1]} is given twice`);
    seen.add(option);
    let weight: bigint;
    try {
      weight = parseDec(m[2]!, "weight");
    } catch (e) {
      throw new UserError(`invalid weight ${JSON.stringify(m[2])} for ${m[1]}: ${(e as Error).message}`);
    }
    if (weight <= 0n || weight > ONE) throw new UserError(`weight of ${m[1]} must be in (0, 1], got ${m[2]}`);
    total += weight;
    return { option, weight: formatDec(weight) };
  });
  if (total !== ONE) throw new UserError(`weights must sum to exactly 1, got ${formatDec(total)}`);
  return out;
}

function submitProposalCmd(): Command {
  const cmd = new Command("submit-proposal")
    .description("submit a proposal from a JSON file: {messages: [{\"@type\", …}], metadata, deposit, title, summary} (SDK v0.47+)")
    .argument("<proposal-file>", "the proposal JSON");
  return addDatanetTxOptions(cmd).action(async (file: string, o: FromOpts) => {
    const proposal = readProposalFile(file);
    await signAndBroadcast(
      o.from,
      (from) => [msgSubmitProposal(from, proposal)],
      (from) => `submit proposal ${JSON.stringify(proposal.title)} (${proposal.messages.length} message(s): ${proposal.messages.map((m) => m.typeUrl).join(", ") || "none"}) as ${o.from} (${from})`,
      o,
      proposalIdOf,
    );
  });
}

/** The new proposal's id, from the submit_proposal event. */
export function proposalIdOf(r: { events: readonly { type: string; attributes: readonly { key: string; value: string }[] }[] }): Record<string, string> {
  const id = r.events.find((e) => e.type === "submit_proposal")?.attributes.find((a) => a.key === "proposal_id")?.value;
  return id === undefined ? {} : { proposal_id: id };
}

function depositCmd(): Command {
  const cmd = new Command("deposit").description("deposit coins on a proposal in its deposit or voting period").argument("<proposal-id>").argument("<coins>", "e.g. 10000000utrib");
  return addDatanetTxOptions(cmd).action(async (id: string, coins: string, o: FromOpts) => {
    const pid = proposalId(id);
    const amount = parseCoinList(coins, "deposit");
    if (amount.length === 0) throw new UserError("no coins to deposit");
    await signAndBroadcast(o.from, (from) => [{ typeUrl: "/cosmos.gov.v1.MsgDeposit", value: { proposalId: BigInt(pid), depositor: from, amount } }], (from) => `deposit ${coins} on proposal ${pid} as ${o.from} (${from})`, o);
  });
}

function voteCmd(): Command {
  const cmd = new Command("vote")
    .description("vote on a proposal in its voting period: yes, no, abstain or no_with_veto")
    .argument("<proposal-id>")
    .argument("<option>", "yes|no|abstain|no_with_veto")
    .option("--metadata <text>", "the vote's metadata", "");
  return addDatanetTxOptions(cmd).action(async (id: string, optionText: string, o: FromOpts & { metadata: string }) => {
    const pid = proposalId(id);
    const option = voteOption(optionText);
    await signAndBroadcast(o.from, (from) => [{ typeUrl: "/cosmos.gov.v1.MsgVote", value: { proposalId: BigInt(pid), voter: from, option, metadata: o.metadata } }], (from) => `vote ${optionText} on proposal ${pid} as ${o.from} (${from})`, o);
  });
}

function weightedVoteCmd(): Command {
  const cmd = new Command("weighted-vote")
    .description("split a vote between options, e.g. yes=0.6,no=0.4 (weights sum to 1)")
    .argument("<proposal-id>")
    .argument("<weighted-options>", "option=weight,…")
    .option("--metadata <text>", "the vote's metadata", "");
  return addDatanetTxOptions(cmd).action(async (id: string, text: string, o: FromOpts & { metadata: string }) => {
    const pid = proposalId(id);
    const options = weightedOptions(text);
    await signAndBroadcast(o.from, (from) => [{ typeUrl: "/cosmos.gov.v1.MsgVoteWeighted", value: { proposalId: BigInt(pid), voter: from, options, metadata: o.metadata } }], (from) => `vote ${text} on proposal ${pid} as ${o.from} (${from})`, o);
  });
}

export function govTxCommand(): Command {
  return new Command("gov").description("governance transactions (cosmos.gov.v1)").addCommand(submitProposalCmd()).addCommand(depositCmd()).addCommand(voteCmd()).addCommand(weightedVoteCmd()).addCommand(draftProposalCmd());
}
