/** Datanets: the list, with each one's counters. */
import type { PageContext } from "../context.ts";
import { addrLink, card, enumName, h, int, link, replace, table } from "../dom.ts";

export function datanetsPage(ctx: PageContext): void {
  const { api } = ctx;
  const list = ctx.live(
    async (s) => {
      const { datanets } = await api.datanets({ limit: 100 }, s);
      return Promise.all(datanets.map((d) => api.datanet(d.id, s)));
    },
    (rows) =>
      table(
        ["id", "name", "owner", "curation", "status", "accepted", "pending", "tokens", "latest version"],
        rows.map(({ datanet: d, counters: c }) => [
          link(`#/datanet/${d.id}`, d.id),
          link(`#/datanet/${d.id}`, d.metadata.name || "(unnamed)", { "data-testid": "datanet-name" }),
          addrLink(d.owner),
          enumName(d.policy.curation, "CURATION_POLICY_"),
          enumName(d.status, "DATANET_STATUS_"),
          int(c.accepted),
          int(c.pending),
          int(c.accepted_tokens),
          c.latest_version === "0" ? "—" : `v${c.latest_version}`,
        ]),
        "no datanets yet",
      ),
  );
  replace(ctx.root, h("h1", {}, "Datanets"), card("All datanets", list));
}
