/** One inference: prompt and output with the attributed spans per contributor, and where the fee went. */
import type { AttributionRecord, Inference, RestClient } from "../../../client/rest.ts";
import { barChart } from "../charts.ts";
import type { PageContext } from "../context.ts";
import { addrLink, card, coin, h, int, kv, link, replace, stat, table } from "../dom.ts";
import { type Highlight, type Source, type Word, highlights, words } from "../spans.ts";
import { roleColor } from "./models.ts";

const PALETTE = ["#e03131", "#1971c2", "#2f9e44", "#f08c00", "#9c36b5", "#0c8599", "#c2255c", "#5c940d"];
/** Token ids below 3 are reserved (2 = VOID, a masked position). */
const FIRST_WORD_ID = 3;

interface Loaded {
  x: Inference;
  record: AttributionRecord | null;
  spans: Highlight[];
}

/** The credited contributions' words, through their datanets' vocabularies. */
async function sources(api: RestClient, record: AttributionRecord, s: AbortSignal): Promise<Source[]> {
  const contributions = await Promise.all(record.contributions.map(async (c) => ({ c, meta: (await api.contribution(c.contribution_id, s)).contribution, ids: (await api.contributionTokens(c.contribution_id, s)).sequence.ids })));
  const vocab = new Map<string, Map<number, string>>();
  for (const dn of new Set(contributions.map((x) => x.meta.datanet_id))) {
    const ws = await api.allPages((p) => api.vocabulary(dn, p, s), (r) => r.words);
    vocab.set(dn, new Map(ws.map((w) => [w.id, w.word])));
  }
  return contributions.map(({ c, meta, ids }) => ({
    contribution: c.contribution_id,
    contributor: c.contributor,
    words: ids.map((id) => (id < FIRST_WORD_ID ? null : (vocab.get(meta.datanet_id)?.get(id) ?? null))),
  }));
}

async function load(api: RestClient, id: string, s: AbortSignal): Promise<Loaded> {
  const { inference: x } = await api.inference(id, s);
  if (x.attribution_record_id === "0") return { x, record: null, spans: [] };
  const { record } = await api.record(x.attribution_record_id, s);
  return { x, record, spans: highlights(words(x.output), await sources(api, record, s)) };
}

/** The output text with each highlight marked in its contributor's colour. */
function markedOutput(text: string, ws: Word[], spans: Highlight[], color: (a: string) => string): HTMLElement {
  const box = h("div", { class: "textbox output", "data-testid": "output" });
  let at = 0;
  for (const sp of spans) {
    const start = ws[sp.from]!.start;
    const end = ws[sp.to - 1]!.end;
    box.append(text.slice(at, start));
    const colors = sp.contributors.map(color);
    // A run several contributors hold: light stripes of their colours, the underline split between them.
    const stripes = `repeating-linear-gradient(135deg, ${colors.map((c, i) => `${c}40 ${i * 8}px ${(i + 1) * 8}px`).join(", ")})`;
    const underline = `linear-gradient(90deg, ${colors.map((c, i) => `${c} ${(i * 100) / colors.length}% ${((i + 1) * 100) / colors.length}%`).join(", ")}) 0 0 3 0 / 0 0 3px 0`;
    box.append(
      h(
        "mark",
        { class: "span", "data-contributors": sp.contributors.join(" "), "data-color": colors.join(" "), style: `--c:${colors[0]};${colors.length > 1 ? `background:${stripes};border-image:${underline}` : ""}`, title: `${sp.contributors.join(", ")} (contribution ${sp.contributions.join(", ")})` },
        text.slice(start, end),
      ),
    );
    at = end;
  }
  box.append(text.slice(at));
  if (text === "") box.append(h("span", { class: "muted" }, "(no output)"));
  return box;
}

function payouts(x: Inference, record: AttributionRecord | null, color: (a: string) => string): HTMLElement[] {
  const sum = (role: string) => x.payouts.filter((p) => p.role === role).reduce((a, p) => a + BigInt(p.amount), 0n);
  const parts = [
    { label: "contributors", role: "contributor" },
    { label: "datanet pool", role: "datanet_pool" },
    { label: "model owner", role: "model_owner" },
    { label: "compute", role: "compute" },
    { label: "protocol", role: "protocol" },
  ].map((p) => ({ label: p.label, value: Number(sum(p.role)), color: roleColor(p.role) }));
  const legend = record
    ? table(
        ["", "contributor", "points", "paid"],
        record.contributors.map((c) => [
          h("span", { class: "swatch", style: `background:${color(c.contributor)}`, "data-contributor": c.contributor, "data-color": color(c.contributor) }),
          link(`#/contributor/${c.contributor}`, c.contributor, { class: "mono" }),
          int(c.points),
          h("span", { "data-testid": "contributor-amount", "data-contributor": c.contributor }, `${int(c.amount)} utrib`),
        ]),
        "no contributor credited",
      )
    : h("p", { class: "muted" }, "no attribution record");
  return [
    h("div", { class: "grid2" }, card("Fee split", barChart("payouts", parts)), card("Contributors credited", legend)),
    card(
      "Payouts",
      table(
        ["role", "recipient", "amount"],
        x.payouts.map((p) => [
          h("span", { class: "role", style: `--c:${roleColor(p.role)}` }, p.role.replace("_", " ")),
          p.role === "datanet_pool" ? link(`#/datanet/${p.datanet_id}`, `datanet ${p.datanet_id} v${p.version} pool`) : addrLink(p.recipient),
          h("span", { class: "num", "data-testid": "payout", "data-role": p.role, "data-recipient": p.recipient, "data-amount": p.amount }, `${int(p.amount)} utrib`),
        ]),
      ),
    ),
  ];
}

export function inferencePage(ctx: PageContext): void {
  const { api, arg: id } = ctx;
  let cached: Loaded | undefined;
  const body = ctx.live(
    async (s) => (cached ??= await load(api, id, s)),
    ({ x, record, spans }) => {
      const order = record?.contributors.map((c) => c.contributor) ?? [];
      const color = (a: string) => PALETTE[(order.indexOf(a) >>> 0) % PALETTE.length]!;
      const covered = spans.reduce((n, sp) => n + sp.to - sp.from, 0);
      return [
        h("h1", {}, `Inference ${x.id}`),
        h(
          "div",
          { class: "stats" },
          stat("model", link(`#/model/${x.model_id}`, `model ${x.model_id}`)),
          stat("fee", coin(x.fee), { "data-testid": "fee" }),
          stat("tokens", `${x.prompt_tokens} in · ${x.tokens_generated} out`),
          stat("stop", x.stop_reason.replace(/_/g, " ")),
          stat("attributed", record ? `${((Number(record.total_points) - Number(record.residual)) / Math.max(1, Number(record.total_points)) * 100).toFixed(1)}% of points` : "—"),
        ),
        h(
          "div",
          { class: "grid2" },
          card("Prompt", h("div", { class: "textbox", "data-testid": "prompt" }, x.prompt)),
          card(
            "Output",
            markedOutput(x.output, words(x.output), spans, color),
            h("p", { class: "muted small" }, spans.length === 0 ? "No span of the output repeats a credited contribution." : `${spans.length} highlighted span(s), ${covered} word(s): runs of ≥ 5 words found in the contributions the record credits, one colour per contributor (striped: several hold it).`),
          ),
        ),
        ...payouts(x, record, color),
        card(
          "Details",
          kv([
            ["requester", addrLink(x.requester)],
            ["included at", link(`#/block/${x.height}`, x.height)],
            ["max fee", coin(x.max_fee)],
            ["sampling", `${x.sampling.mode.replace("SAMPLING_MODE_", "").toLowerCase()}${x.sampling.mode.endsWith("TOP_K") ? ` (k ${x.sampling.top_k}, seed ${x.sampling.seed})` : ""}`],
            ["attribution record", record ? `${record.id}: ${int(record.tokens)} words, residual ${int(record.residual)} of ${int(record.total_points)} points (params v${record.params_version})` : "—"],
          ]),
        ),
      ];
    },
  );
  replace(ctx.root, body);
}
