/**
 * `tributary query gov proposals|proposal|votes|vote|deposits|deposit|tally|params` (cosmos.gov.v1),
 * printed as the REST gateway prints them (govRouteQuery.ts).
 */
import { Command } from "commander";
import { checkAddressArg, outputFormat, type QueryOpts, withQueryOptions } from "../common.ts";
import type { PageOpts } from "../datanet/args.ts";
import { UserError } from "../errors.ts";
import { printValue } from "../output.ts";
import { withPageOptions } from "./pages.ts";
import { proposalId, routeQuery } from "./govRouteQuery.ts";

const Q = (m: string) => `/cosmos.gov.v1.Query/${m}`;

export const PROPOSAL_STATUSES = ["deposit_period", "voting_period", "passed", "rejected", "failed"] as const;

/** "voting_period", "VOTING_PERIOD" or "PROPOSAL_STATUS_VOTING_PERIOD" → the enum name. */
export function proposalStatus(text: string): string {
  const s = text.toLowerCase().replace(/^proposal_status_/, "");
  if (!(PROPOSAL_STATUSES as readonly string[]).includes(s)) throw new UserError(`--status must be one of ${PROPOSAL_STATUSES.join(", ")}, got ${JSON.stringify(text)}`);
  return `PROPOSAL_STATUS_${s.toUpperCase()}`;
}

/** The request's pagination: first page counted, as the other list queries (commands/pages.ts). */
function pagination(o: PageOpts): Record<string, unknown> {
  if (o.all && (o.pageKey !== undefined || o.limit !== undefined)) throw new UserError("--all fetches every page: leave out --limit and --page-key");
  if (o.limit !== undefined && (!/^[0-9]+$/.test(o.limit) || Number(o.limit) < 1)) throw new UserError(`--limit must be a positive integer, got ${JSON.stringify(o.limit)}`);
  if (o.pageKey !== undefined && !/^[A-Za-z0-9+/]+=*$/.test(o.pageKey)) throw new UserError(`invalid --page-key ${JSON.stringify(o.pageKey)}: use the base64 next_key of the previous page`);
  return { ...(o.limit !== undefined ? { limit: o.limit } : {}), ...(o.pageKey !== undefined ? { key: o.pageKey } : { countTotal: true }) };
}

/** One page, or with --all every page of `listField` (next_key null, total the number fetched). */
async function listQuery(o: QueryOpts & PageOpts, method: string, fields: Record<string, unknown>, listField: string): Promise<Record<string, unknown>> {
  const first = pagination(o);
  if (!o.all) return routeQuery(o, method, { ...fields, pagination: first });
  const items: unknown[] = [];
  let key: string | undefined;
  do {
    const page = await routeQuery(o, method, { ...fields, pagination: key === undefined ? {} : { key } });
    items.push(...((page[listField] as unknown[] | undefined) ?? []));
    key = ((page.pagination as { next_key?: string | null } | null)?.next_key ?? undefined) || undefined;
  } while (key);
  return { [listField]: items, pagination: { next_key: null, total: String(items.length) } };
}

function proposalsCmd(): Command {
  const cmd = new Command("proposals")
    .description("proposals, optionally by status, voter or depositor")
    .option("--status <status>", `only proposals in this status: ${PROPOSAL_STATUSES.join("|")}`)
    .option("--voter <address>", "only proposals this address voted on")
    .option("--depositor <address>", "only proposals this address deposited on");
  return withPageOptions(cmd).action(async (o: QueryOpts & PageOpts & { status?: string; voter?: string; depositor?: string }) => {
    const format = outputFormat(o.output);
    const fields = {
      ...(o.status !== undefined ? { proposalStatus: proposalStatus(o.status) } : {}),
      ...(o.voter !== undefined ? { voter: checkAddressArg(o.voter, "--voter") } : {}),
      ...(o.depositor !== undefined ? { depositor: checkAddressArg(o.depositor, "--depositor") } : {}),
    };
    printValue(await listQuery(o, Q("Proposals"), fields, "proposals"), format);
  });
}

/** `<name> <proposal-id>`: one request with the id. */
function byIdCmd(name: string, description: string, method: string): Command {
  const cmd = new Command(name).description(description).argument("<proposal-id>");
  return withQueryOptions(cmd).action(async (id: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    printValue(await routeQuery(o, Q(method), { proposalId: proposalId(id) }), format);
  });
}

function listByIdCmd(name: string, description: string, method: string, listField: string): Command {
  const cmd = new Command(name).description(description).argument("<proposal-id>");
  return withPageOptions(cmd).action(async (id: string, o: QueryOpts & PageOpts) => {
    const format = outputFormat(o.output);
    printValue(await listQuery(o, Q(method), { proposalId: proposalId(id) }, listField), format);
  });
}

function byIdAndAddressCmd(name: string, description: string, method: string, who: "voter" | "depositor"): Command {
  const cmd = new Command(name).description(description).argument("<proposal-id>").argument(`<${who}>`, "trib1… address");
  return withQueryOptions(cmd).action(async (id: string, address: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    printValue(await routeQuery(o, Q(method), { proposalId: proposalId(id), [who]: checkAddressArg(address, who) }), format);
  });
}

function paramsCmd(): Command {
  const cmd = new Command("params").description("gov parameters: deposits, periods, quorum, thresholds");
  return withQueryOptions(cmd).action(async (o: QueryOpts) => {
    const format = outputFormat(o.output);
    // v0.50 returns every param in `params`; the deprecated per-type parts are left out.
    const r = await routeQuery(o, Q("Params"), { paramsType: "" });
    printValue({ params: r.params }, format);
  });
}

export function govQueryCommand(): Command {
  return new Command("gov")
    .description("governance queries (cosmos.gov.v1)")
    .addCommand(proposalsCmd())
    .addCommand(byIdCmd("proposal", "one proposal: messages, status, deposits, tally once final, periods", "Proposal"))
    .addCommand(listByIdCmd("votes", "the votes on a proposal (while it is in its voting period; counted votes are deleted, as the SDK)", "Votes", "votes"))
    .addCommand(byIdAndAddressCmd("vote", "one voter's vote on a proposal", "Vote", "voter"))
    .addCommand(listByIdCmd("deposits", "the deposits on a proposal", "Deposits", "deposits"))
    .addCommand(byIdAndAddressCmd("deposit", "one depositor's deposit on a proposal", "Deposit", "depositor"))
    .addCommand(byIdCmd("tally", "a proposal's tally: live while voting, final after", "TallyResult"))
    .addCommand(paramsCmd());
}
