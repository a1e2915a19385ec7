import { Command } from "commander";
import { toHex } from "@cosmjs/encoding";
import { addHomeOption, addNodeOption, addOutputOption, outputFormat, printJson, printLine, resolveNode } from "../common.ts";
import { connectComet, onNode } from "../rpcClients.ts";

export function statusCommand(): Command {
  const cmd = new Command("status").description("the node's status over RPC: chain, latest block, validator");
  addNodeOption(cmd);
  addHomeOption(cmd);
  addOutputOption(cmd, "json");
  return cmd.action(async (o: { home: string; node?: string; output: string }) => {
    const format = outputFormat(o.output);
    const url = resolveNode(o);
    const client = await connectComet(url);
    try {
      const s = await onNode(url, () => client.status());
      const out = {
        node_info: { id: toHex(s.nodeInfo.id), network: s.nodeInfo.network, version: s.nodeInfo.version, moniker: s.nodeInfo.moniker },
        sync_info: {
          latest_block_hash: toHex(s.syncInfo.latestBlockHash).toUpperCase(),
          latest_app_hash: toHex(s.syncInfo.latestAppHash).toUpperCase(),
          latest_block_height: String(s.syncInfo.latestBlockHeight),
          latest_block_time: s.syncInfo.latestBlockTime.toISOString(),
          catching_up: s.syncInfo.catchingUp,
        },
        validator_info: { address: toHex(s.validatorInfo.address).toUpperCase(), voting_power: String(s.validatorInfo.votingPower) },
      };
      if (format === "json") return printJson(out);
      printLine(`chain: ${out.node_info.network}  moniker: ${out.node_info.moniker}  node: ${out.node_info.id}  cometbft: ${out.node_info.version}`);
      printLine(`height: ${out.sync_info.latest_block_height}  time: ${out.sync_info.latest_block_time}  catching up: ${out.sync_info.catching_up}`);
      printLine(`validator: ${out.validator_info.address} (power ${out.validator_info.voting_power})`);
    } finally {
      client.disconnect();
    }
  });
}
