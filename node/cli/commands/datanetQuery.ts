/** `tributary query datanet …`: the datanet module's queries over RPC. */
import { Command } from "commander";
import { bytesToHex } from "@noble/hashes/utils.js";
import type { Contribution, Datanet, DatanetVersion } from "../../../client/datanetTypes.ts";
import { QueryClient } from "@cosmjs/stargate";
import type { Comet38Client } from "@cosmjs/tendermint-rpc";
import { setupInferenceExtension } from "../../../client/inferenceQueries.ts";
import { checkAddressArg, outputFormat, type OutputFormat, printJson, type QueryOpts, withQueryOptions } from "../common.ts";
import type { Json } from "../output.ts";
import { type PageOpts, parseId, parseStatus } from "../datanet/args.ts";
import { withDatanetQueries } from "../datanet/connect.ts";
import { listed, withPageOptions } from "./pages.ts";
import { contributionJson, datanetJson, pageJson, paramsJson, printValue, statsJson, versionJson } from "../datanet/format.ts";

function datanetCmd(): Command {
  const cmd = new Command("datanet").description("a datanet and its counters").argument("<id>", "datanet id");
  return withQueryOptions(cmd).action(async (id: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    const r = await withDatanetQueries(o, (q) => q.datanet(parseId(id, "datanet id")));
    printValue(datanetJson(r.datanet, r.counters), format);
  });
}

function datanetsCmd(): Command {
  const cmd = new Command("datanets").description("datanets, optionally by tag and/or owner").option("--tag <tag>", "domain tag").option("--owner <address>", "owner trib1… address");
  return withPageOptions(cmd).action(async (o: QueryOpts & PageOpts & { tag?: string; owner?: string }) => {
    const format = outputFormat(o.output);
    if (o.owner) checkAddressArg(o.owner, "--owner");
    const list = listed<Datanet>(o);
    const page = await withDatanetQueries(o, (q) => list((p) => q.datanets({ tag: o.tag, owner: o.owner }, p)));
    printValue(pageJson("datanets", page, (d) => datanetJson(d)), format);
  });
}

/** The denom of inference fees, which contributions earn (`total_earned` in text names it). */
async function feeDenom(comet: Comet38Client): Promise<string> {
  return (await QueryClient.withExtensions(comet, setupInferenceExtension).inference.params()).feeDenom;
}

/** JSON as is; text with `total_earned` in its denom. */
function contributionView(format: OutputFormat, denom: string): (c: Contribution) => Record<string, Json> {
  return (c) => (format === "json" ? contributionJson(c) : { ...contributionJson(c), total_earned: `${c.totalEarned || "0"}${denom}` });
}

function contributionCmd(): Command {
  const cmd = new Command("contribution").description("a contribution (metadata, status, hashes)").argument("<id>", "contribution id");
  return withQueryOptions(cmd).action(async (id: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    const [c, denom] = await withDatanetQueries(o, (q, comet) => Promise.all([q.contribution(parseId(id, "contribution id")), format === "json" ? "" : feeDenom(comet)]));
    printValue(contributionView(format, denom)(c), format);
  });
}

function contributionsCmd(): Command {
  const cmd = new Command("contributions")
    .description("contributions in id order, optionally by datanet, status and contributor")
    .option("--datanet <id>", "datanet id")
    .option("--status <status>", "pending, accepted, rejected or withdrawn")
    .option("--contributor <address>", "contributor trib1… address");
  return withPageOptions(cmd).action(async (o: QueryOpts & PageOpts & { datanet?: string; status?: string; contributor?: string }) => {
    const format = outputFormat(o.output);
    const filter = {
      datanetId: o.datanet === undefined ? undefined : parseId(o.datanet, "--datanet id"),
      status: o.status === undefined ? undefined : parseStatus(o.status),
      contributor: o.contributor === undefined ? undefined : checkAddressArg(o.contributor, "--contributor"),
    };
    const list = listed<Contribution>(o);
    const [page, denom] = await withDatanetQueries(o, (q, comet) => Promise.all([list((p) => q.contributions(filter, p)), format === "json" ? "" : feeDenom(comet)]));
    printValue(pageJson("contributions", page, contributionView(format, denom)), format);
  });
}

function contentCmd(): Command {
  const cmd = new Command("content").description("the stored body of a contribution (from the queried node's content store)").argument("<contribution-id>", "contribution id");
  return withQueryOptions(cmd).action(async (id: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    const r = await withDatanetQueries(o, (q) => q.contributionContent(parseId(id, "contribution id")));
    if (format === "json") return printJson({ content_hash: bytesToHex(r.contentHash), body: new TextDecoder().decode(r.body) });
    process.stdout.write(Buffer.from(r.body.buffer, r.body.byteOffset, r.body.byteLength));
  });
}

function versionCmd(): Command {
  const cmd = new Command("version").description("a published version of a datanet (n = 0: the latest)").argument("<datanet-id>", "datanet id").argument("[n]", "version number", "0");
  return withQueryOptions(cmd).action(async (dn: string, n: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    const number = n === "0" ? 0n : parseId(n, "version number");
    const v = await withDatanetQueries(o, (q) => q.version(parseId(dn, "datanet id"), number));
    printValue(versionJson(v), format);
  });
}

function versionsCmd(): Command {
  const cmd = new Command("versions").description("the published versions of a datanet").argument("<datanet-id>", "datanet id");
  return withPageOptions(cmd).action(async (dn: string, o: QueryOpts & PageOpts) => {
    const format = outputFormat(o.output);
    const id = parseId(dn, "datanet id");
    const list = listed<DatanetVersion>(o);
    const page = await withDatanetQueries(o, (q) => list((p) => q.versions(id, p)));
    printValue(pageJson("versions", page, versionJson), format);
  });
}

function statsCmd(): Command {
  const cmd = new Command("stats").description("a contributor's records, tokens and acceptance rate").argument("<address>", "contributor trib1… address").option("--datanet <id>", "only this datanet");
  return withQueryOptions(cmd).action(async (address: string, o: QueryOpts & { datanet?: string }) => {
    const format = outputFormat(o.output);
    checkAddressArg(address, "address");
    const dn = o.datanet === undefined ? 0n : parseId(o.datanet, "--datanet id");
    const r = await withDatanetQueries(o, (q) => q.contributorStats(address, dn));
    printValue(statsJson(address, r.stats, r.acceptanceRateBps), format);
  });
}

function paramsCmd(): Command {
  return withQueryOptions(new Command("params").description("the datanet module's parameters")).action(async (o: QueryOpts) => {
    const format = outputFormat(o.output);
    printValue(paramsJson(await withDatanetQueries(o, (q) => q.params())), format);
  });
}

export function datanetQueryCommand(): Command {
  const cmd = new Command("datanet").description("datanet queries");
  for (const c of [datanetCmd(), datanetsCmd(), contributionCmd(), contributionsCmd(), contentCmd(), versionCmd(), versionsCmd(), statsCmd(), paramsCmd()]) cmd.addCommand(c);
  return cmd;
}
