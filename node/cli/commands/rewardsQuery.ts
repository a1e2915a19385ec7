/** `tributary query rewards …`: storage nodes, their work and rewards, the epoch clock, params. */
import { Command } from "commander";
import type { StorageNode } from "../../../client/rewardsTypes.ts";
import { checkAddressArg, outputFormat, type QueryOpts, withQueryOptions } from "../common.ts";
import { type PageOpts, parseId } from "../datanet/args.ts";
import { listed, withPageOptions } from "./pages.ts";
import { pageJson, printValue } from "../datanet/format.ts";
import { withRewardsQueries } from "../rewards/connect.ts";
import { challengeJson, epochJson, nodeDetailsJson, nodeJson, rewardsParamsJson } from "../rewards/format.ts";

function nodesCmd(): Command {
  const cmd = new Command("nodes").description("registered nodes with their datanets, endpoint, bond and work counters");
  return withPageOptions(cmd).action(async (o: QueryOpts & PageOpts) => {
    const format = outputFormat(o.output);
    const list = listed<StorageNode>(o);
    const nodes = await withRewardsQueries(o, (q) => list((p) => q.nodes(p)));
    printValue(pageJson("nodes", nodes, nodeJson), format);
  });
}

function nodeCmd(): Command {
  const cmd = new Command("node")
    .description("one node: datanets, endpoint, bond, epochs served, challenges passed and missed, bytes, rewards earned, slashes, current epoch")
    .argument("<operator>", "the node's operator trib1… address");
  return withQueryOptions(cmd).action(async (operator: string, o: QueryOpts) => {
    const format = outputFormat(o.output);
    checkAddressArg(operator, "operator address");
    printValue(nodeDetailsJson(await withRewardsQueries(o, (q) => q.node(operator))), format);
  });
}

function epochCmd(): Command {
  const cmd = new Command("epoch").description("the current epoch: its number, heights, proof window, seed, and the storage rewards pool");
  return withQueryOptions(cmd).action(async (o: QueryOpts) => {
    const format = outputFormat(o.output);
    printValue(epochJson(await withRewardsQueries(o, (q) => q.epoch())), format);
  });
}

function paramsCmd(): Command {
  const cmd = new Command("params").description("the rewards module's parameters");
  return withQueryOptions(cmd).action(async (o: QueryOpts) => {
    const format = outputFormat(o.output);
    printValue(rewardsParamsJson(await withRewardsQueries(o, (q) => q.params())), format);
  });
}

function challengesCmd(): Command {
  const cmd = new Command("challenges")
    .description("a node's storage challenges of the current epoch (the chain keeps only those): contribution, chunk, deadline, status")
    .argument("<operator>", "the node's operator trib1… address")
    .option("--epoch <n>", "epoch number (default: the current one)");
  return withQueryOptions(cmd).action(async (operator: string, o: QueryOpts & { epoch?: string }) => {
    const format = outputFormat(o.output);
    checkAddressArg(operator, "operator address");
    const epoch = o.epoch === undefined ? 0n : parseId(o.epoch, "--epoch");
    const r = await withRewardsQueries(o, (q) => q.challenges(operator, epoch));
    printValue({ epoch: r.epoch.toString(), challenges: r.challenges.map(challengeJson) }, format);
  });
}

export function rewardsQueryCommand(): Command {
  const cmd = new Command("rewards").description("node rewards queries (storage nodes)");
  for (const c of [nodesCmd(), nodeCmd(), epochCmd(), paramsCmd(), challengesCmd()]) cmd.addCommand(c);
  return cmd;
}
