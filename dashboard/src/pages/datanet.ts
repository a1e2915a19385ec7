/** One datanet: metadata and counters, versions with their index status, contributions, contributors, models. */
import type { Contribution } from "../../../client/rest.ts";
import type { PageContext } from "../context.ts";
import { addrLink, card, enumName, h, int, kv, link, replace, stat, table } from "../dom.ts";

/** Contributors of the listed contributions: records, tokens and earnings each. */
function contributors(cs: Contribution[]): { address: string; records: number; tokens: number; earned: bigint }[] {
  const by = new Map<string, { address: string; records: number; tokens: number; earned: bigint }>();
  for (const c of cs) {
    const e = by.get(c.contributor) ?? { address: c.contributor, records: 0, tokens: 0, earned: 0n };
    e.records += 1;
    e.tokens += c.tokens;
    e.earned += BigInt(c.total_earned);
    by.set(c.contributor, e);
  }
  return [...by.values()].sort((a, b) => (b.earned === a.earned ? b.tokens - a.tokens : b.earned > a.earned ? 1 : -1));
}

export function datanetPage(ctx: PageContext): void {
  const { api, arg: id } = ctx;
  const head = ctx.live(
    (s) => api.datanet(id, s),
    ({ datanet: d, counters: c }) => [
      h("h1", {}, `Datanet ${d.id}: `, h("span", { "data-testid": "datanet-title" }, d.metadata.name || "(unnamed)")),
      h(
        "div",
        { class: "stats" },
        stat("accepted contributions", int(c.accepted), { "data-testid": "accepted" }),
        stat("pending", int(c.pending)),
        stat("accepted tokens", int(c.accepted_tokens)),
        stat("vocabulary", `${int(Math.max(0, c.next_word_id - 3))} words`),
        stat("latest version", c.latest_version === "0" ? "—" : `v${c.latest_version}`),
      ),
      card(
        "About",
        kv([
          ["owner", addrLink(d.owner)],
          ["description", d.metadata.description || "—"],
          ["tags", d.metadata.tags.join(", ") || "—"],
          ["licence", d.metadata.licence || "—"],
          ["curation", `${enumName(d.policy.curation, "CURATION_POLICY_")}${d.policy.pii_redaction ? ", PII redacted" : ""}`],
          ["status", enumName(d.status, "DATANET_STATUS_")],
          ["created at", link(`#/block/${d.created_height}`, d.created_height)],
        ]),
      ),
    ],
  );
  const versions = ctx.live(
    async (s) => {
      const { versions } = await api.versions(id, s);
      const commitments = await Promise.all(versions.map((v) => api.commitment(id, v.number, s).then((r) => r.commitment)));
      return versions.map((v, i) => ({ v, c: commitments[i]! }));
    },
    (rows) =>
      table(
        ["version", "records", "tokens", "published", "index", "ready at", "merkle root"],
        rows.map(({ v, c }) => [
          `v${v.number}`,
          int(v.record_count),
          int(v.total_tokens),
          link(`#/block/${v.height}`, v.height),
          h("span", { class: `badge ${c.status.endsWith("READY") ? "ok" : "wait"}`, "data-testid": "index-status" }, enumName(c.status, "COMMITMENT_STATUS_")),
          c.status.endsWith("READY") ? link(`#/block/${c.ready_height}`, c.ready_height) : `due ${c.ready_height}`,
          h("span", { class: "mono small" }, v.merkle_root.slice(0, 16) + "…"),
        ]),
        "no published version yet",
      ),
  );
  const contributions = ctx.live(
    async (s) => (await api.datanetContributions(id, { limit: 200, reverse: true }, s)).contributions,
    (cs) => [
      h("h3", {}, "Contributors"),
      table(
        ["contributor", "records", "tokens", "earned"],
        contributors(cs).map((c) => [link(`#/contributor/${c.address}`, c.address, { class: "mono" }), int(c.records), int(c.tokens), `${int(c.earned)} utrib`]),
      ),
      h("h3", {}, "Latest contributions"),
      table(
        ["id", "contributor", "status", "tokens", "bytes", "attributed", "earned", "height"],
        cs.slice(0, 50).map((c) => [
          link(`#/contribution/${c.id}`, c.id),
          addrLink(c.contributor),
          enumName(c.status, "CONTRIBUTION_STATUS_"),
          int(c.tokens),
          int(c.bytes),
          int(c.times_attributed),
          `${int(c.total_earned)} utrib`,
          link(`#/block/${c.height}`, c.height),
        ]),
        "no contributions yet",
      ),
    ],
  );
  const models = ctx.live(
    async (s) => (await api.datanetModels(id, s)).models,
    (ms) => table(["model", "name", "owner", "status"], ms.map((m) => [link(`#/model/${m.id}`, m.id), m.name, addrLink(m.owner), enumName(m.status, "MODEL_STATUS_")]), "no model trained on it yet"),
  );
  replace(ctx.root, head, h("div", { class: "grid2" }, card("Versions and index status", versions), card("Models trained on it", models)), card("Contributions", contributions));
}
