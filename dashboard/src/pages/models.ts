/** Models: the list, and one model's manifest, pricing, revenue split and inferences. */
import type { Model } from "../../../client/rest.ts";
import type { PageContext } from "../context.ts";
import { addrLink, bps, card, coin, enumName, h, int, kv, link, replace, stat, table } from "../dom.ts";

export const ROLE_COLORS = {
  contributor: "#2f9e44",
  datanet_pool: "#94d82d",
  model_owner: "#3b5bdb",
  compute: "#f08c00",
  protocol: "#ae3ec9",
  refund: "#adb5bd",
} as const;

/** A payout role's colour; grey for a role this page does not know. */
export const roleColor = (role: string): string => (ROLE_COLORS as Readonly<Record<string, string>>)[role] ?? "#868e96";

const manifest = (m: Model) => m.training_manifest.map((e, i) => [i > 0 ? ", " : "", link(`#/datanet/${e.datanet_id}`, `datanet ${e.datanet_id} v${e.version}`)]).flat();

/** The split as one stacked bar (the four shares always sum to 100 %). */
export function splitBar(m: Model): HTMLElement {
  const parts: [string, number, string][] = [
    ["data", m.split.data_bps, ROLE_COLORS.contributor],
    ["owner", m.split.owner_bps, ROLE_COLORS.model_owner],
    ["compute", m.split.compute_bps, ROLE_COLORS.compute],
    ["protocol", m.split.protocol_bps, ROLE_COLORS.protocol],
  ];
  const shown = parts.filter(([, v]) => v > 0);
  return h(
    "div",
    { "data-testid": "split" },
    h("div", { class: "splitbar" }, ...shown.map(([label, v, color]) => h("div", { style: `flex:${v};background:${color}`, title: `${label} ${bps(v)}` }))),
    h("div", { class: "legend" }, ...shown.map(([label, v, color]) => h("span", { class: "role", style: `--c:${color}` }, `${label} ${bps(v)}`))),
  );
}

export function modelsPage(ctx: PageContext): void {
  const list = ctx.live(
    async (s) => (await ctx.api.models({ limit: 100 }, s)).models,
    (ms) =>
      table(
        ["id", "name", "owner", "status", "trained on", "base fee", "per token", "data share"],
        ms.map((m) => [link(`#/model/${m.id}`, m.id), link(`#/model/${m.id}`, m.name), addrLink(m.owner), enumName(m.status, "MODEL_STATUS_"), h("span", {}, ...manifest(m)), `${int(m.pricing.base_fee)} utrib`, `${int(m.pricing.fee_per_token)} utrib`, bps(m.split.data_bps)]),
        "no models yet",
      ),
  );
  // No route lists every inference: the latest of each model (the first 20 models), merged.
  const latest = ctx.live(
    async (s) => {
      const { models } = await ctx.api.models({ limit: 20 }, s);
      const each = await Promise.all(models.map((m) => ctx.api.modelInferences(m.id, { limit: 10, reverse: true }, s)));
      return each.flatMap((r) => r.inferences).sort((a, b) => Number(b.id) - Number(a.id)).slice(0, 20);
    },
    (xs) =>
      table(
        ["inference", "model", "requester", "height", "tokens", "fee", "output"],
        xs.map((x) => [link(`#/inference/${x.id}`, x.id), link(`#/model/${x.model_id}`, x.model_id), addrLink(x.requester), link(`#/block/${x.height}`, x.height), int(x.tokens_generated), coin(x.fee), h("span", { class: "clip" }, x.output)]),
        "no inferences yet",
      ),
  );
  replace(ctx.root, h("h1", {}, "Models"), card("All models", list), card("Latest inferences", latest));
}

export function modelPage(ctx: PageContext): void {
  const { api, arg: id } = ctx;
  const head = ctx.live(
    async (s) => (await api.model(id, s)).model,
    (m) => [
      h("h1", {}, `Model ${m.id}: ${m.name}`),
      h(
        "div",
        { class: "stats" },
        stat("status", enumName(m.status, "MODEL_STATUS_")),
        stat("base fee", `${int(m.pricing.base_fee)} utrib`),
        stat("fee per token", `${int(m.pricing.fee_per_token)} utrib`),
        stat("max output tokens", int(m.max_output_tokens)),
        stat("artifact", `${int(m.artifact_size)} bytes`),
      ),
      h(
        "div",
        { class: "grid2" },
        card(
          "Manifest",
          kv([
            ["trained on", h("span", {}, ...manifest(m))],
            ["owner", addrLink(m.owner)],
            ["description", m.description || "—"],
            ["format", `${m.format}, vocabulary ${int(m.vocab_size)}, window ${m.window}, context ${m.context_length}`],
            ["artifact hash", h("span", { class: "mono small" }, m.artifact_hash)],
            ["registered at", link(`#/block/${m.created_height}`, m.created_height)],
          ]),
        ),
        card("Revenue split of every fee", splitBar(m), h("p", { class: "muted" }, "The data share goes to the contributors the output is attributed to; what attribution leaves unassigned goes to the datanet's pool.")),
      ),
    ],
  );
  const inferences = ctx.live(
    async (s) => (await api.modelInferences(id, { limit: 50, reverse: true }, s)).inferences,
    (xs) =>
      table(
        ["inference", "requester", "height", "tokens", "fee", "output"],
        xs.map((x) => [link(`#/inference/${x.id}`, x.id), addrLink(x.requester), link(`#/block/${x.height}`, x.height), int(x.tokens_generated), coin(x.fee), h("span", { class: "clip" }, x.output)]),
        "no inferences yet",
      ),
  );
  replace(ctx.root, head, card("Inferences", inferences));
}
