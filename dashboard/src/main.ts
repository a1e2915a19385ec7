/**
 * The dashboard's entry: the header (chain id, height, navigation, search), the router and the
 * live block feed. Reads the REST API only, through client/rest.ts.
 */
import "uplot/dist/uPlot.min.css";
import "./style.css";
import { RestClient } from "../../client/rest.ts";
import { apiOrigin } from "./apiOrigin.ts";
import { track } from "./blocks.ts";
import { type Page, REFRESH_MS, makeContext } from "./context.ts";
import { h, int, link, replace } from "./dom.ts";
import { contributionPage } from "./pages/contribution.ts";
import { contributorPage } from "./pages/contributor.ts";
import { datanetPage } from "./pages/datanet.ts";
import { datanetsPage } from "./pages/datanets.ts";
import { addressPage, blockPage, explorerPage, txPage } from "./pages/explorer.ts";
import { inferencePage } from "./pages/inference.ts";
import { modelPage, modelsPage } from "./pages/models.ts";
import { nodesPage } from "./pages/nodes.ts";
import { overviewPage } from "./pages/overview.ts";
import { poll } from "./poll.ts";
import { parseRoute, searchTarget } from "./router.ts";

const PAGES: Record<string, Page> = {
  overview: overviewPage,
  datanets: datanetsPage,
  datanet: datanetPage,
  contribution: contributionPage,
  models: modelsPage,
  model: modelPage,
  inference: inferencePage,
  contributor: contributorPage,
  nodes: nodesPage,
  explorer: explorerPage,
  block: blockPage,
  tx: txPage,
  address: addressPage,
};

/** Which navigation entry a page belongs to. */
const SECTION: Record<string, string> = { datanet: "datanets", contribution: "datanets", model: "models", inference: "models", block: "explorer", tx: "explorer", address: "explorer", contributor: "explorer" };
const NAV: [string, string][] = [["overview", "Overview"], ["datanets", "Datanets"], ["models", "Models"], ["nodes", "Nodes & rewards"], ["explorer", "Explorer"]];

function header(api: RestClient, onSearch: (q: string) => void) {
  const chain = h("span", { class: "chain", "data-testid": "chain" }, "…");
  const height = h("span", { class: "height", "data-testid": "height" }, "…");
  const nav = h("nav", {}, ...NAV.map(([id, label]) => link(`#/${id}`, label, { "data-nav": id })));
  const input = h("input", { type: "search", placeholder: "tx hash, block height or address", "aria-label": "search", "data-testid": "search" });
  const form = h("form", { class: "search", onsubmit: (e: Event) => (e.preventDefault(), onSearch(input.value)) }, input);
  const el = h("header", {}, h("div", { class: "brand" }, link("#/", "Tributary"), chain, height), nav, form);
  return { el, chain, height, nav, input, api };
}

function start(): void {
  const banner = h("div", { class: "banner", hidden: true, role: "alert" });
  const main = h("main", {});
  let api: RestClient;
  try {
    api = new RestClient(apiOrigin(window.location));
  } catch (e) {
    document.body.replaceChildren(h("main", {}, h("div", { class: "banner" }, (e as Error).message)));
    return;
  }
  const hd = header(api, (q) => {
    const target = searchTarget(q);
    if (target === "") {
      replace(banner, `"${q}" is not a tx hash (64 hex digits), a block height or an address (trib1…)`);
      banner.hidden = false;
      return;
    }
    hd.input.value = "";
    window.location.hash = target;
  });
  document.body.replaceChildren(hd.el, h("div", { class: "wrap" }, banner, main), h("footer", {}, `REST API: ${api.base}`));

  // The header's feed: chain id once, the latest block every round (it also feeds the charts).
  let chainShown = false;
  poll(
    async (s) => {
      const latest = await api.latestBlock(s);
      if (!chainShown) {
        replace(hd.chain, latest.block.header.chain_id);
        chainShown = true;
      }
      replace(hd.height, `height ${int(latest.block.header.height)}`);
      await track(api, latest, s);
    },
    REFRESH_MS,
    (e) => replace(hd.height, `offline: ${e instanceof Error ? e.message : String(e)}`),
  );

  let leave = () => {};
  const route = () => {
    leave();
    banner.hidden = true;
    const { page, arg } = parseRoute(window.location.hash);
    const section = SECTION[page] ?? page;
    for (const a of hd.nav.querySelectorAll("a")) a.classList.toggle("active", a.dataset.nav === section);
    const root = h("div", { class: "page", "data-page": page });
    replace(main, root);
    const render = PAGES[page];
    const { ctx, stop } = makeContext(api, root, arg, banner);
    leave = stop;
    if (!render) {
      replace(root, h("h1", {}, "Not found"), h("p", {}, `No page "${page}". `, link("#/", "Back to the overview")));
      return;
    }
    render(ctx);
    window.scrollTo(0, 0);
  };
  window.addEventListener("hashchange", route);
  route();
}

start();
