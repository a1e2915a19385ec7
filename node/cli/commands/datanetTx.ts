/** `tributary tx datanet …`: the datanet module's messages, signed with a keyring key (--from). */
import { Command } from "commander";
import { bytesToHex } from "@noble/hashes/utils.js";
import type { DeliverTxResponse } from "@cosmjs/stargate";
import {
  type DatanetPolicyInput, createDatanetResponse, msgCreateDatanet, msgPublishVersion, msgReviewContribution,
  msgUpdateDatanet, msgWithdrawContribution, publishVersionResponse, type UpdateDatanetInput,
} from "../../../client/datanetMsgs.ts";
import type { Datanet } from "../../../client/datanetTypes.ts";
import { TributaryClientError } from "../../../client/errors.ts";
import { UserError } from "../errors.ts";
import { parseAddresses, parseCoin, parseCount, parseId, parseList, parsePolicy } from "../datanet/args.ts";
import { withDatanetQueries } from "../datanet/connect.ts";
import { contributeCmd } from "./datanetContribute.ts";
import { addDatanetTxOptions, type FromOpts } from "../datanet/txFlags.ts";
import { signAndBroadcast } from "./tx.ts";


interface PolicyFlags {
  policy?: string;
  piiRedaction?: boolean;
  deposit?: string;
  minTokens?: string;
  maxTokens?: string;
  maxBytes?: string;
}

function addPolicyFlags(cmd: Command, negatable: boolean): Command {
  cmd
    .option("--policy <open|curated>", "OPEN: accepted on ingestion; CURATED: waits for a curator")
    .option("--pii-redaction", "replace e-mail addresses, phone numbers and IP addresses by placeholders before storing");
  if (negatable) cmd.option("--no-pii-redaction", "stop redacting PII in later contributions");
  return cmd
    .option("--deposit <coin>", "deposit per record of a CURATED datanet, e.g. 1000utrib (refunded on acceptance)")
    .option("--min-tokens <n>", "fewest tokens per record (0: the chain's bound)")
    .option("--max-tokens <n>", "most tokens per record (0: the chain's bound)")
    .option("--max-bytes <n>", "most bytes per record (0: the chain's bound)");
}

const hasPolicyFlag = (f: PolicyFlags) =>
  [f.policy, f.piiRedaction, f.deposit, f.minTokens, f.maxTokens, f.maxBytes].some((v) => v !== undefined);

/** The policy the flags give, over `base` (the current policy for an update). */
function policyFrom(f: PolicyFlags, base?: Datanet["policy"]): DatanetPolicyInput {
  const curation = f.policy !== undefined ? parsePolicy(f.policy) : base && base.curation !== "UNSPECIFIED" ? base.curation : "OPEN";
  const deposit = f.deposit !== undefined ? parseCoin(f.deposit, "--deposit") : (base?.contributionDeposit ?? undefined);
  return {
    curation,
    piiRedaction: f.piiRedaction ?? base?.piiRedaction ?? false,
    contributionDeposit: deposit,
    limits: {
      minTokens: f.minTokens !== undefined ? parseCount(f.minTokens, "--min-tokens") : (base?.limits.minTokens ?? 0),
      maxTokens: f.maxTokens !== undefined ? parseCount(f.maxTokens, "--max-tokens") : (base?.limits.maxTokens ?? 0),
      maxBytes: f.maxBytes !== undefined ? parseCount(f.maxBytes, "--max-bytes") : (base?.limits.maxBytes ?? 0),
    },
  };
}

/** Client-side input errors (bad address, coin, …) as one-line user errors. */
function userInput<T>(build: () => T): T {
  try {
    return build();
  } catch (e) {
    if (e instanceof TributaryClientError) throw new UserError(e.shortMessage);
    throw e;
  }
}

function createCmd(): Command {
  const cmd = new Command("create")
    .description("create a datanet owned by --from (pays the chain's creation fee)")
    .argument("<name>", "datanet name")
    .option("--tags <a,b>", "domain tags: a-z, 0-9 and '-'", "")
    .option("--description <text>", "what the data is", "")
    .option("--licence <id>", "licence of the data, e.g. CC-BY-4.0", "")
    .option("--curators <addr,…>", "addresses that may review contributions", "");
  addPolicyFlags(cmd, false);
  return addDatanetTxOptions(cmd).action(async (name: string, o: FromOpts & PolicyFlags & { tags: string; description: string; licence: string; curators: string }) => {
    const curators = parseAddresses(o.curators, "curator address");
    const policy = policyFrom(o);
    await signAndBroadcast(
      o.from,
      (from) => [userInput(() => msgCreateDatanet(from, { metadata: { name, tags: parseList(o.tags), description: o.description, licence: o.licence }, policy, curators }))],
      (from) => `create ${policy.curation} datanet ${JSON.stringify(name)} owned by ${o.from} (${from})`,
      o,
      (r) => ({ datanet_id: createDatanetResponse(r).toString() }),
    );
  });
}

function updateCmd(): Command {
  const cmd = new Command("update")
    .description("change a datanet's metadata, policy, curators or status (owner only); flags not given keep their value")
    .argument("<datanet-id>", "datanet id")
    .option("--name <name>", "new name")
    .option("--tags <a,b>", "new tags (replace the old ones)")
    .option("--description <text>", "new description")
    .option("--licence <id>", "new licence")
    .option("--curators <addr,…>", 'new curator list ("" for none)')
    .option("--status <active|closed>", "closed: no new contributions");
  addPolicyFlags(cmd, true);
  type UpdateFlags = FromOpts & PolicyFlags & { name?: string; tags?: string; description?: string; licence?: string; curators?: string; status?: string };
  return addDatanetTxOptions(cmd).action(async (idArg: string, o: UpdateFlags) => {
    const id = parseId(idArg, "datanet id");
    const metaChanged = [o.name, o.tags, o.description, o.licence].some((v) => v !== undefined);
    if (!metaChanged && !hasPolicyFlag(o) && o.curators === undefined && o.status === undefined) {
      throw new UserError("nothing to update: give at least one of --name, --tags, --description, --licence, --policy, --pii-redaction, --deposit, --min-tokens, --max-tokens, --max-bytes, --curators, --status");
    }
    if (o.status !== undefined && !/^(active|closed)$/i.test(o.status)) throw new UserError(`--status must be active or closed, got ${JSON.stringify(o.status)}`);
    const curators = o.curators === undefined ? undefined : parseAddresses(o.curators, "curator address");
    await signAndBroadcast(
      o.from,
      async (from) => {
        // Metadata and policy are replaced as a whole on chain: start from the current ones.
        const { datanet } = await withDatanetQueries(o, (q) => q.datanet(id));
        const m = datanet.metadata;
        const input: UpdateDatanetInput = {
          metadata: metaChanged ? { name: o.name ?? m.name, tags: o.tags === undefined ? m.tags : parseList(o.tags), description: o.description ?? m.description, licence: o.licence ?? m.licence } : undefined,
          policy: hasPolicyFlag(o) ? policyFrom(o, datanet.policy) : undefined,
          curators,
          status: o.status === undefined ? undefined : (o.status.toUpperCase() as "ACTIVE" | "CLOSED"),
        };
        return [userInput(() => msgUpdateDatanet(from, id, input))];
      },
      (from) => `update datanet ${id} as ${o.from} (${from})`,
      o,
    );
  });
}

function reviewCmd(): Command {
  const cmd = new Command("review")
    .description("accept or reject a PENDING contribution (curators and the owner); a rejection forfeits the deposit to the owner")
    .argument("<contribution-id>", "contribution id")
    .argument("<decision>", "accept or reject")
    .option("--reason <text>", "why (required to reject)", "");
  return addDatanetTxOptions(cmd).action(async (idArg: string, decision: string, o: FromOpts & { reason: string }) => {
    const id = parseId(idArg, "contribution id");
    if (decision !== "accept" && decision !== "reject") throw new UserError(`decision must be accept or reject, got ${JSON.stringify(decision)}`);
    if (decision === "reject" && o.reason.trim() === "") throw new UserError("a rejection needs --reason (the contributor sees it)");
    await signAndBroadcast(
      o.from,
      (from) => [userInput(() => msgReviewContribution(from, id, decision === "accept", o.reason))],
      (from) => `${decision} contribution ${id} as ${o.from} (${from})${o.reason ? `: ${o.reason}` : ""}`,
      o,
    );
  });
}

function withdrawCmd(): Command {
  const cmd = new Command("withdraw").description("take back a PENDING contribution of yours (deposit refunded)").argument("<contribution-id>", "contribution id");
  return addDatanetTxOptions(cmd).action(async (idArg: string, o: FromOpts) => {
    const id = parseId(idArg, "contribution id");
    await signAndBroadcast(o.from, (from) => [msgWithdrawContribution(from, id)], (from) => `withdraw contribution ${id} as ${o.from} (${from})`, o);
  });
}

function publishCmd(): Command {
  const cmd = new Command("publish-version").description("freeze the accepted records into the next version (owner only)").argument("<datanet-id>", "datanet id");
  return addDatanetTxOptions(cmd).action(async (idArg: string, o: FromOpts) => {
    const id = parseId(idArg, "datanet id");
    const extra = (r: DeliverTxResponse) => {
      const v = publishVersionResponse(r);
      return { version: v.number.toString(), record_count: v.recordCount.toString(), merkle_root: bytesToHex(v.merkleRoot) };
    };
    await signAndBroadcast(o.from, (from) => [msgPublishVersion(from, id)], (from) => `publish the next version of datanet ${id} as ${o.from} (${from})`, o, extra);
  });
}

export function datanetTxCommand(): Command {
  const cmd = new Command("datanet").description("datanet transactions");
  for (const c of [createCmd(), updateCmd(), contributeCmd(), reviewCmd(), withdrawCmd(), publishCmd()]) cmd.addCommand(c);
  return cmd;
}
