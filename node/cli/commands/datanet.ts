/**
 * `tributary datanet …`: node-side datanet maintenance. `tx datanet` and `query datanet` are
 * in datanetTx.ts and datanetQuery.ts.
 */
import { Command } from "commander";
import { ContentStore } from "../../content/store.ts";
import { addHomeOption, addNodeOption, addOutputOption, outputFormat, printJson, printLine } from "../common.ts";
import { withDatanetQueries } from "../datanet/connect.ts";
import { rebuildContent } from "../datanet/rebuild.ts";

function rebuildContentCmd(): Command {
  const cmd = new Command("rebuild-content").description(
    "refill this home's content store (<home>/data/content) with the record bodies it lacks, from the blocks that carried them (over --node's RPC)",
  );
  addNodeOption(cmd);
  addHomeOption(cmd);
  return addOutputOption(cmd).action(async (o: { node?: string; home: string; output: string }) => {
    const format = outputFormat(o.output);
    const store = ContentStore.forHome(o.home);
    const r = await withDatanetQueries(o, (q, comet) => rebuildContent(store, q, comet));
    if (format === "json") return printJson(r);
    printLine(`restored ${r.restored} of ${r.missing} missing record bodies from ${r.blocks} blocks (${r.contributions} contributions on chain)`);
    if (r.unrestored.length > 0) {
      process.stderr.write(`Error: ${r.unrestored.length} bodies could not be restored (their blocks may be pruned on this node), first: ${r.unrestored[0]}\n`);
      process.exitCode = 1;
    }
  });
}

export function datanetCommand(): Command {
  return new Command("datanet").description("datanet maintenance on this node").addCommand(rebuildContentCmd());
}
