/** Overview: chain state at a glance, block charts, validators, supply and inflation. */
import { onBlocks, rates, recent } from "../blocks.ts";
import { lineChart } from "../charts.ts";
import type { PageContext } from "../context.ts";
import { card, coin, coins, decPercent, enumName, h, int, link, replace, short, stat, table, utrib } from "../dom.ts";

/** A LegacyDec string ("123.450000000000000000") without its fraction, for display in whole utrib. */
const integerPart = (dec: string): string => dec.split(".", 1)[0] ?? dec;

export function overviewPage(ctx: PageContext): void {
  const { api } = ctx;
  const stats = ctx.live(
    async (s) => {
      const [info, supply, inflation, provisions, pool, community] = await Promise.all([
        api.nodeInfo(s),
        api.supplyOf("utrib", s),
        api.inflation(s),
        api.annualProvisions(s),
        api.stakingPool(s),
        api.communityPool(s),
      ]);
      return { info, supply, inflation, provisions, pool, community };
    },
    (d) =>
      h(
        "div",
        { class: "stats" },
        stat("chain id", d.info.default_node_info.network, { "data-testid": "chain-id" }),
        stat("node", `${d.info.default_node_info.moniker} · ${d.info.application_version.name} ${d.info.application_version.version}`),
        stat("total supply", coin(d.supply.amount), { "data-testid": "supply" }),
        stat("inflation", decPercent(d.inflation.inflation), { "data-testid": "inflation" }),
        stat("annual provisions", utrib(integerPart(d.provisions.annual_provisions))),
        stat("bonded", utrib(d.pool.pool.bonded_tokens)),
        stat("community pool", coins(d.community.pool.map((c) => ({ denom: c.denom, amount: integerPart(c.amount) })))),
      ),
  );

  const heightNow = h("span", { "data-testid": "overview-height" }, "…");
  const lastTime = h("span", {}, "…");
  const heightChart = lineChart("height", "#3b5bdb", "", 0);
  const blockTimeChart = lineChart("block time", "#0c8599", " s", 2, { fromZero: true });
  const tpsChart = lineChart("tx/s", "#e8590c", "", 2, { fromZero: true });
  const draw = () => {
    const ps = recent();
    if (ps.length === 0) return;
    const top = ps[ps.length - 1]!;
    replace(heightNow, link(`#/block/${top.height}`, int(top.height)));
    replace(lastTime, new Date(top.time).toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC"));
    const r = rates(ps);
    heightChart.set(
      ps.map((p) => p.height),
      ps.map((p) => p.height),
    );
    blockTimeChart.set(r.heights, r.blockTime);
    tpsChart.set(r.heights, r.tps);
  };
  ctx.onLeave(onBlocks(draw));

  const validators = ctx.live(
    (s) => api.validators(s),
    (d) =>
      table(
        ["moniker", "operator", "status", "tokens", "commission"],
        d.validators.map((v) => [v.description.moniker, h("span", { class: "mono", title: v.operator_address }, short(v.operator_address)), v.jailed ? "jailed" : enumName(v.status, "BOND_STATUS_"), utrib(v.tokens), decPercent(v.commission.commission_rates.rate, 0)]),
      ),
  );
  const pools = ctx.live(
    (s) => api.rewardPools(s),
    (p) =>
      h(
        "div",
        { class: "stats" },
        stat("inference compute (allocated)", coins(p.compute_total_allocated)),
        stat("datanet data pools", coins(p.data_pools)),
        stat("community (incl. protocol share)", coins(p.community)),
      ),
  );

  replace(
    ctx.root,
    h("h1", {}, "Overview"),
    stats,
    h("div", { class: "grid3" }, card("Height", h("p", { class: "big" }, heightNow, h("small", {}, " at ", lastTime)), heightChart.el), card("Block time", blockTimeChart.el), card("Transactions per second", tpsChart.el)),
    h("div", { class: "grid2" }, card("Validators", validators), card("Inference reward pools", pools, h("p", { class: "muted" }, "Storage node rewards: ", link("#/nodes", "nodes and rewards"), "."))),
  );
  draw();
}
