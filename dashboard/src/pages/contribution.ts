/** One contribution: its record, what it earned, the attribution records that credited it. */
import type { PageContext } from "../context.ts";
import { card, enumName, h, int, kv, link, replace, stat, table } from "../dom.ts";

export function contributionPage(ctx: PageContext): void {
  const { api, arg: id } = ctx;
  const head = ctx.live(
    async (s) => {
      const [{ contribution: c }, claim] = await Promise.all([api.contribution(id, s), api.claimableRewards(id, s)]);
      return { c, claim };
    },
    ({ c, claim }) => [
      h("h1", {}, `Contribution ${c.id}`),
      h(
        "div",
        { class: "stats" },
        stat("status", enumName(c.status, "CONTRIBUTION_STATUS_")),
        stat("tokens", int(c.tokens)),
        stat("times attributed", int(c.times_attributed)),
        stat("earned", `${int(c.total_earned)} utrib`, { "data-testid": "contribution-earned" }),
        stat("claimable from data pools", `${int(claim.amount.amount)} utrib`),
      ),
      card(
        "Record",
        kv([
          ["datanet", link(`#/datanet/${c.datanet_id}`, `datanet ${c.datanet_id}`)],
          ["contributor", link(`#/contributor/${c.contributor}`, c.contributor, { class: "mono" })],
          ["title", c.metadata.title || "—"],
          ["source", c.metadata.source || "—"],
          ["bytes", int(c.bytes)],
          ["masked tokens", int(c.masked_tokens)],
          ["PII redacted", c.redacted ? "yes" : "no"],
          ["content hash", h("span", { class: "mono small" }, c.content_hash)],
          ["included at", link(`#/block/${c.height}`, c.height)],
          ["rejection reason", c.rejection_reason || "—"],
        ]),
      ),
    ],
  );
  const records = ctx.live(
    async (s) => (await api.contributionRecords(id, { limit: 50, reverse: true }, s)).records,
    (rs) =>
      table(
        ["record", "height", "output", "points for this contribution", "of total"],
        rs.map((r) => {
          const mine = r.contributions.find((c) => c.contribution_id === id);
          return [r.id, link(`#/block/${r.height}`, r.height), h("span", { class: "clip" }, r.output), int(mine?.points ?? "0"), int(r.total_points)];
        }),
        "not attributed yet",
      ),
  );
  replace(ctx.root, head, card("Attribution records crediting it", records));
}
