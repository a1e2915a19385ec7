/**
 * `tributary tx rewards …`: register the --from key as a storage node, update it, leave the
 * registry. Then `tributary start --storage-node --from <key>` answers the node's challenges.
 */
import { Command } from "commander";
import type { DeliverTxResponse } from "@cosmjs/stargate";
import { TributaryClientError } from "../../../client/errors.ts";
import { msgRegisterNode, msgUnregisterNode, msgUpdateNode, registerNodeResponse, unregisterNodeResponse, updateNodeResponse } from "../../../client/rewardsMsgs.ts";
import { UserError } from "../errors.ts";
import { parseCoin, parseId, parseList } from "../datanet/args.ts";
import { addDatanetTxOptions, type FromOpts } from "../datanet/txFlags.ts";
import { coinText } from "../rewards/format.ts";
import { signAndBroadcast } from "./tx.ts";

/** Client-side input errors (bad URL, coin, …) as one-line user errors. */
function userInput<T>(build: () => T): T {
  try {
    return build();
  } catch (e) {
    if (e instanceof TributaryClientError) throw new UserError(e.shortMessage);
    throw e;
  }
}

function parseDatanets(v: string): bigint[] {
  const ids = parseList(v).map((x) => parseId(x, "datanet id in --datanets"));
  if (ids.length === 0) throw new UserError("--datanets needs at least one datanet id, e.g. --datanets 1,2");
  return ids;
}

function checkEndpoint(v: string): string {
  if (!/^https?:\/\/[^\s/]+(\/\S*)?$/.test(v)) throw new UserError(`--endpoint must be the node's public http(s):// URL (its content listener, storage.address), got ${JSON.stringify(v)}`);
  return v;
}

function registerCmd(): Command {
  const cmd = new Command("register-node")
    .description(
      "register --from as a storage node: it holds and serves the records of --datanets at --endpoint and bonds --bond " +
        "(at least the chain's min_bond + bond_per_byte × bytes served; see `query rewards params`); then run `tributary start --storage-node --from <key>`",
    )
    .requiredOption("--datanets <ids>", "datanets served, e.g. 1,2")
    .requiredOption("--endpoint <url>", "public base URL of this node's content listener, e.g. http://203.0.113.7:26670")
    .requiredOption("--bond <coin>", "bond, e.g. 1000000utrib");
  return addDatanetTxOptions(cmd).action(async (o: FromOpts & { datanets: string; endpoint: string; bond: string }) => {
    const datanetIds = parseDatanets(o.datanets);
    const endpoint = checkEndpoint(o.endpoint);
    const bond = parseCoin(o.bond, "--bond");
    const extra = (r: DeliverTxResponse) => {
      const res = registerNodeResponse(r);
      return { bytes_served: res.bytesServed.toString(), required_bond: `${res.requiredBond}${bond.denom}` };
    };
    await signAndBroadcast(
      o.from,
      (from) => [userInput(() => msgRegisterNode(from, { datanetIds, endpoint, bond }))],
      (from) => `register ${o.from} (${from}) as a storage node of datanets ${datanetIds.join(", ")} at ${endpoint}, bonding ${coinText(bond)}`,
      o,
      extra,
    );
  });
}

function updateCmd(): Command {
  const cmd = new Command("update-node")
    .description("change the datanets or endpoint of the --from storage node, or add to its bond; flags not given keep their value")
    .option("--datanets <ids>", "the datanets served from now on (replaces the list), e.g. 1,3")
    .option("--endpoint <url>", "new public base URL")
    .option("--add-bond <coin>", "added to the bond, e.g. 500000utrib");
  return addDatanetTxOptions(cmd).action(async (o: FromOpts & { datanets?: string; endpoint?: string; addBond?: string }) => {
    if (o.datanets === undefined && o.endpoint === undefined && o.addBond === undefined) throw new UserError("nothing to update: give at least one of --datanets, --endpoint, --add-bond");
    const input = {
      datanetIds: o.datanets === undefined ? undefined : parseDatanets(o.datanets),
      endpoint: o.endpoint === undefined ? undefined : checkEndpoint(o.endpoint),
      addBond: o.addBond === undefined ? undefined : parseCoin(o.addBond, "--add-bond"),
    };
    const extra = (r: DeliverTxResponse) => {
      const res = updateNodeResponse(r);
      return { bond: coinText(res.bond), bytes_served: res.bytesServed.toString() };
    };
    await signAndBroadcast(o.from, (from) => [userInput(() => msgUpdateNode(from, input))], (from) => `update storage node ${o.from} (${from})`, o, extra);
  });
}

function unregisterCmd(): Command {
  const cmd = new Command("unregister-node").description("leave the registry: the bond returns after the unbonding period (refused while challenges of the node are open)");
  return addDatanetTxOptions(cmd).action(async (o: FromOpts) => {
    const extra = (r: DeliverTxResponse) => {
      const res = unregisterNodeResponse(r);
      return { refund: coinText(res.refund), completion_height: res.completionHeight.toString() };
    };
    await signAndBroadcast(o.from, (from) => [msgUnregisterNode(from)], (from) => `unregister storage node ${o.from} (${from}); the bond returns after the unbonding period`, o, extra);
  });
}

export function rewardsTxCommand(): Command {
  const cmd = new Command("rewards").description("node rewards transactions (storage nodes)");
  for (const c of [registerCmd(), updateCmd(), unregisterCmd()]) cmd.addCommand(c);
  return cmd;
}
