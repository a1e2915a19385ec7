/** The explorer: latest blocks, a block, a tx, an account (search by hash, height or address in the header). */
import { sha256 } from "@noble/hashes/sha2.js";
import type { TxResponse } from "../../../client/rest.ts";
import { onBlocks, recent } from "../blocks.ts";
import type { PageContext } from "../context.ts";
import { base64ToBytes, card, coins, h, hex, int, kv, link, replace, short, table } from "../dom.ts";

/** A tx's hash as the chain names it: SHA-256 of its bytes, upper-case hex. */
export const txHash = (b64: string) => hex(sha256(base64ToBytes(b64)));

/** Event attributes that name an object a page shows. */
const RELATED: Record<string, string> = { inference_id: "inference", model_id: "model", datanet_id: "datanet", contribution_id: "contribution" };

/** Links to what a tx touched, from its tributary events ("inference 1", "model 1", …). */
function related(t: TxResponse): HTMLElement[] {
  const seen = new Set<string>();
  for (const e of t.events ?? []) {
    if (!e.type.startsWith("tributary.")) continue;
    for (const a of e.attributes) if (RELATED[a.key] && /^[1-9][0-9]*$/.test(a.value)) seen.add(`${RELATED[a.key]}/${a.value}`);
  }
  return [...seen].map((r, i) => h("span", {}, i > 0 ? ", " : "", link(`#/${r}`, r.replace("/", " "))));
}

const msgTypes = (t: TxResponse) => t.tx.body.messages.map((m) => m["@type"].split(".").pop()).join(", ");

const txRows = (txs: TxResponse[]) =>
  txs.map((t) => [link(`#/tx/${t.txhash}`, short(t.txhash, 8), { class: "mono", title: t.txhash }), link(`#/block/${t.height}`, t.height), msgTypes(t), t.code === 0 ? h("span", { class: "badge ok" }, "ok") : h("span", { class: "badge bad" }, `code ${t.code}`)]);

export function explorerPage(ctx: PageContext): void {
  const list = h("div", {});
  const draw = () =>
    replace(
      list,
      table(
        ["height", "time", "txs"],
        recent()
          .reverse()
          .slice(0, 25)
          .map((b) => [link(`#/block/${b.height}`, int(b.height)), new Date(b.time).toISOString().replace("T", " ").replace(/\.\d+Z$/, ""), String(b.txs)]),
        "waiting for the first block",
      ),
    );
  ctx.onLeave(onBlocks(draw));
  draw();
  replace(ctx.root, h("h1", {}, "Explorer"), h("p", { class: "muted" }, "Search a tx hash, a block height or an address with the box at the top."), card("Latest blocks", list));
}

export function blockPage(ctx: PageContext): void {
  const { api, arg } = ctx;
  const body = ctx.live(
    async (s) => (await api.block(arg, s)),
    (b) => {
      const hd = b.block.header;
      const hashes = b.block.data.txs.map(txHash);
      const height = Number(hd.height);
      return [
        h("h1", {}, "Block ", h("span", { "data-testid": "block-height" }, int(hd.height))),
        h("p", { class: "pager" }, height > 1 ? link(`#/block/${height - 1}`, "← previous") : "", height < (recent().at(-1)?.height ?? 0) ? link(`#/block/${height + 1}`, "next →") : ""),
        card(
          "Header",
          kv([
            ["chain id", hd.chain_id],
            ["time", hd.time],
            ["block hash", h("span", { class: "mono small" }, hex(base64ToBytes(b.block_id.hash)))],
            ["app hash", h("span", { class: "mono small" }, hex(base64ToBytes(hd.app_hash)))],
            ["proposer", h("span", { class: "mono small" }, hex(base64ToBytes(hd.proposer_address)))],
            ["signatures", String(b.block.last_commit.signatures.length)],
          ]),
        ),
        card("Transactions", table(["hash"], hashes.map((x) => [link(`#/tx/${x}`, x, { class: "mono small", "data-testid": "block-tx" })]), "no transactions")),
      ];
    },
  );
  replace(ctx.root, body);
}

export function txPage(ctx: PageContext): void {
  const { api, arg } = ctx;
  const body = ctx.live(
    async (s) => (await api.tx(arg, s)).tx_response,
    (t) => [
      h("h1", {}, "Transaction"),
      card(
        "Result",
        kv([
          ["hash", h("span", { class: "mono small", "data-testid": "tx-hash" }, t.txhash)],
          ["block", link(`#/block/${t.height}`, t.height, { "data-testid": "tx-height" })],
          ["result", t.code === 0 ? h("span", { class: "badge ok" }, "ok") : h("span", { class: "badge bad" }, `code ${t.code} (${t.codespace}): ${t.raw_log}`)],
          ["gas used / wanted", `${int(t.gas_used)} / ${int(t.gas_wanted)}`],
          ["fee", coins(t.tx.auth_info.fee.amount)],
          ["memo", t.tx.body.memo || "—"],
          ["related", related(t).length > 0 ? h("span", {}, ...related(t)) : "—"],
        ]),
      ),
      ...t.tx.body.messages.map((m, i) =>
        card(`Message ${i + 1}`, h("p", { class: "mono" }, m["@type"].replace(/^\//, "")), h("pre", { class: "json" }, JSON.stringify(m, (k, v) => (k === "@type" ? undefined : v), 2))),
      ),
    ],
  );
  replace(ctx.root, body);
}

export function addressPage(ctx: PageContext): void {
  const { api, arg: address } = ctx;
  const body = ctx.live(
    async (s) => {
      const [balances, sent, inferences] = await Promise.all([api.balances(address, s), api.txsByEvents([`message.sender='${address}'`], 20, s), api.requesterInferences(address, { limit: 20, reverse: true }, s)]);
      return { balances: balances.balances, txs: sent.tx_responses, total: sent.total, inferences: inferences.inferences };
    },
    (d) => [
      card("Balances", kv(d.balances.length === 0 ? [["utrib", "0"]] : d.balances.map((c) => [c.denom, int(c.amount)]))),
      card(`Transactions sent (${int(d.total || "0")})`, table(["hash", "height", "messages", "result"], txRows(d.txs), "no transactions")),
      card("Inferences requested", table(["inference", "model", "height", "fee"], d.inferences.map((x) => [link(`#/inference/${x.id}`, x.id), link(`#/model/${x.model_id}`, x.model_id), link(`#/block/${x.height}`, x.height), x.fee ? `${int(x.fee.amount)} ${x.fee.denom}` : "—"]), "none")),
    ],
  );
  replace(ctx.root, h("h1", {}, "Account ", h("span", { class: "mono" }, address)), h("p", {}, link(`#/contributor/${address}`, "contributor earnings")), body);
}
