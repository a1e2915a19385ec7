/**
 * `tributary tx upgrade software-upgrade|cancel-software-upgrade` (a gov proposal carrying
 * MsgSoftwareUpgrade/MsgCancelUpgrade signed by the gov account, as SDK v0.50's CLI builds it) and
 * `tributary query upgrade plan|applied|module-versions|authority` (cosmos.upgrade.v1beta1).
 */
import { Command } from "commander";
import { MsgCancelUpgrade, MsgSoftwareUpgrade } from "cosmjs-types/cosmos/upgrade/v1beta1/tx";
import { GOV_AUTHORITY } from "../../../chain/authority.ts";
import { outputFormat, type QueryOpts, withQueryOptions } from "../common.ts";
import { addDatanetTxOptions, type FromOpts } from "../datanet/txFlags.ts";
import { UserError } from "../errors.ts";
import { printValue } from "../output.ts";
import { msgSubmitProposal, parseCoinList, type ProposalFile } from "./govProposal.ts";
import { routeQuery } from "./govRouteQuery.ts";
import { proposalIdOf } from "./govTx.ts";
import { signAndBroadcast } from "./tx.ts";

const Q = (m: string) => `/cosmos.upgrade.v1beta1.Query/${m}`;

interface ProposalOpts extends FromOpts {
  title: string;
  summary: string;
  deposit?: string;
  metadata: string;
}

function withProposalOptions(cmd: Command): Command {
  return addDatanetTxOptions(
    cmd
      .requiredOption("--title <text>", "the proposal's title")
      .requiredOption("--summary <text>", "the proposal's summary")
      .option("--deposit <coins>", "initial deposit, e.g. 10000000utrib (the rest can follow with `tx gov deposit`)")
      .option("--metadata <text>", "the proposal's metadata (e.g. an ipfs:// link)", ""),
  );
}

function proposalOf(o: ProposalOpts, message: { typeUrl: string; value: Uint8Array }): ProposalFile {
  if (o.title.trim() === "") throw new UserError("--title must not be empty");
  if (o.summary.trim() === "") throw new UserError("--summary must not be empty");
  return { messages: [message], metadata: o.metadata, deposit: o.deposit ? parseCoinList(o.deposit, "--deposit") : [], title: o.title, summary: o.summary, expedited: false };
}

async function submit(o: ProposalOpts, proposal: ProposalFile, what: string): Promise<void> {
  await signAndBroadcast(o.from, (from) => [msgSubmitProposal(from, proposal)], (from) => `submit proposal ${JSON.stringify(proposal.title)}: ${what}, as ${o.from} (${from})`, o, proposalIdOf);
}

function softwareUpgradeCmd(): Command {
  const cmd = new Command("software-upgrade")
    .description("propose an upgrade: the chain halts at --upgrade-height until a binary that knows <name> runs")
    .argument("<name>", "the upgrade's name, which the new binary's handler is registered under")
    .requiredOption("--upgrade-height <h>", "the height at which the chain halts for the upgrade")
    .option("--upgrade-info <text>", "plan info (e.g. binaries' download links)", "");
  return withProposalOptions(cmd).action(async (name: string, o: ProposalOpts & { upgradeHeight: string; upgradeInfo: string }) => {
    if (name.trim() === "") throw new UserError("the upgrade name must not be empty");
    if (!/^[0-9]+$/.test(o.upgradeHeight) || BigInt(o.upgradeHeight) === 0n) throw new UserError(`--upgrade-height must be a positive integer, got ${JSON.stringify(o.upgradeHeight)}`);
    const msg = MsgSoftwareUpgrade.fromPartial({ authority: GOV_AUTHORITY, plan: { name, height: BigInt(o.upgradeHeight), info: o.upgradeInfo } });
    const proposal = proposalOf(o, { typeUrl: "/cosmos.upgrade.v1beta1.MsgSoftwareUpgrade", value: MsgSoftwareUpgrade.encode(msg).finish() });
    await submit(o, proposal, `upgrade ${JSON.stringify(name)} at height ${o.upgradeHeight}`);
  });
}

function cancelUpgradeCmd(): Command {
  const cmd = new Command("cancel-software-upgrade").description("propose to cancel the scheduled upgrade plan");
  return withProposalOptions(cmd).action(async (o: ProposalOpts) => {
    const msg = MsgCancelUpgrade.fromPartial({ authority: GOV_AUTHORITY });
    await submit(o, proposalOf(o, { typeUrl: "/cosmos.upgrade.v1beta1.MsgCancelUpgrade", value: MsgCancelUpgrade.encode(msg).finish() }), "cancel the scheduled upgrade");
  });
}

export function upgradeTxCommand(): Command {
  return new Command("upgrade").description("software upgrade proposals (cosmos.upgrade.v1beta1 through gov)").addCommand(softwareUpgradeCmd()).addCommand(cancelUpgradeCmd());
}

function simpleQuery(name: string, description: string, method: string): Command {
  return withQueryOptions(new Command(name).description(description)).action(async (o: QueryOpts) => {
    const format = outputFormat(o.output);
    printValue(await routeQuery(o, Q(method), {}), format);
  });
}

function appliedCmd(): Command {
  const cmd = new Command("applied").description("the height at which a named upgrade was applied (0: never)").argument("<name>");
  return withQueryOptions(cmd).action(async (name: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    printValue(await routeQuery(o, Q("AppliedPlan"), { name }), format);
  });
}

function moduleVersionsCmd(): Command {
  const cmd = new Command("module-versions").description("every module's consensus version, or one module's").argument("[module]");
  return withQueryOptions(cmd).action(async (module: string | undefined, o: QueryOpts) => {
    const format = outputFormat(o.output);
    printValue(await routeQuery(o, Q("ModuleVersions"), module ? { moduleName: module } : {}), format);
  });
}

export function upgradeQueryCommand(): Command {
  return new Command("upgrade")
    .description("upgrade queries (cosmos.upgrade.v1beta1)")
    .addCommand(simpleQuery("plan", "the scheduled upgrade plan (null when none)", "CurrentPlan"))
    .addCommand(appliedCmd())
    .addCommand(moduleVersionsCmd())
    .addCommand(simpleQuery("authority", "the account that may schedule upgrades (the gov module account)", "Authority"));
}
