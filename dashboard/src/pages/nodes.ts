/** Storage nodes (modules/rewards) and the reward pools: the epoch, each node's work and earnings. */
import type { PageContext } from "../context.ts";
import { addrLink, card, coin, coins, h, int, kv, replace, stat, table } from "../dom.ts";

export function nodesPage(ctx: PageContext): void {
  const { api } = ctx;
  const epoch = ctx.live(
    async (s) => {
      const [e, params] = await Promise.all([api.epoch(s), api.rewardsParams(s)]);
      return { e, params: params.params };
    },
    ({ e, params }) => [
      h(
        "div",
        { class: "stats" },
        stat("epoch", int(e.epoch.number)),
        stat("epoch started at", int(e.epoch.start_height)),
        stat("proof window", e.epoch.window_closed ? `closed at ${int(e.epoch.window_end_height)}` : `open until ${int(e.epoch.window_end_height)}`),
        stat("next epoch at", int(e.epoch.next_start_height)),
        stat("storage rewards pool", coins(e.pool), { "data-testid": "storage-pool" }),
      ),
      kv([
        ["epoch length", `${int(String(params.epoch_blocks))} blocks`],
        ["challenges per epoch", String(params.challenges_per_epoch)],
        ["minimum bond", coin(params.min_bond as { denom: string; amount: string })],
        ["inflation share", `${Number(params.inflation_share_bps) / 100}%`],
        ["datanet fee share", `${Number(params.datanet_fee_share_bps) / 100}%`],
      ]),
    ],
  );
  const nodes = ctx.live(
    async (s) => (await api.storageNodes({ limit: 200 }, s)).nodes,
    (ns) =>
      table(
        ["operator", "roles", "datanets", "endpoint", "bond", "challenges passed / missed", "bytes served", "earned", "jailed until epoch"],
        ns.map((n) => [
          h("span", { "data-testid": "storage-node", "data-operator": n.operator, "data-bond": n.bond?.amount ?? "0" }, addrLink(n.operator)),
          n.roles.map((r) => r.replace("NODE_ROLE_", "").toLowerCase()).join(", "),
          n.datanet_ids.join(", ") || "—",
          h("span", { class: "mono small" }, n.endpoint),
          coin(n.bond),
          n.stats ? `${int(n.stats.challenges_passed)} / ${int(n.stats.challenges_missed)}` : "—",
          n.stats ? int(n.stats.bytes_served) : "—",
          n.stats ? coins(n.stats.rewards_earned) : "—",
          n.jailed_until_epoch === "0" ? "—" : n.jailed_until_epoch,
        ]),
        "no storage node registered",
      ),
  );
  replace(ctx.root, h("h1", {}, "Nodes and rewards"), card("Storage rewards epoch", epoch), card("Storage nodes", nodes));
}
