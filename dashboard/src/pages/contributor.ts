/** A contributor's earnings: contribution stats, the records that paid them, earnings over height. */
import { lineChart } from "../charts.ts";
import type { PageContext } from "../context.ts";
import { card, h, int, link, replace, stat, table, utrib } from "../dom.ts";

export function contributorPage(ctx: PageContext): void {
  const { api, arg: address } = ctx;
  const chart = lineChart("earned", "#2f9e44", "", 0, { points: true, stepped: true, fromZero: true });
  const body = ctx.live(
    async (s) => {
      const [stats, records, balances] = await Promise.all([api.contributorStats(address, s), api.contributorRecords(address, { limit: 200 }, s), api.balances(address, s)]);
      return { stats, records: records.records, balances: balances.balances };
    },
    ({ stats, records, balances }) => {
      const paid = records
        .map((r) => ({ r, amount: BigInt(r.contributors.find((c) => c.contributor === address)?.amount ?? "0") }))
        .sort((a, b) => Number(a.r.height) - Number(b.r.height));
      let total = 0n;
      // From zero just before the first payment, so one payment already draws a step.
      const xs: number[] = paid.length > 0 ? [Number(paid[0]!.r.height) - 1] : [];
      const ys: number[] = paid.length > 0 ? [0] : [];
      for (const p of paid) {
        total += p.amount;
        xs.push(Number(p.r.height));
        ys.push(Number(total));
      }
      chart.set(xs, ys);
      return [
        h(
          "div",
          { class: "stats" },
          stat("earned from inferences", `${int(total)} utrib`, { "data-testid": "contributor-earned" }),
          stat("attribution records", int(paid.length)),
          stat("accepted contributions", `${int(stats.stats.accepted)} of ${int(stats.stats.records)}`),
          stat("accepted tokens", int(stats.stats.accepted_tokens)),
          stat("balance", utrib(balances.find((b) => b.denom === "utrib")?.amount ?? "0")),
        ),
        table(
          ["record", "height", "points", "of total", "paid", "output"],
          [...paid].reverse().map(({ r, amount }) => [
            r.id,
            link(`#/block/${r.height}`, r.height),
            int(r.contributors.find((c) => c.contributor === address)?.points ?? "0"),
            int(r.total_points),
            `${int(amount)} utrib`,
            h("span", { class: "clip" }, r.output),
          ]),
          "not credited by any record yet",
        ),
      ];
    },
  );
  replace(ctx.root, h("h1", {}, "Contributor ", h("span", { class: "mono" }, address)), h("p", {}, link(`#/address/${address}`, "account and transactions")), card("Earnings", body), card("Cumulative earnings by height", chart.el));
}
