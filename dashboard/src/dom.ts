/** DOM building and number formatting shared by the pages (no framework: plain elements). */

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | ((e: Event) => void)>;

/** `h("a", { href: "#/x", class: "y" }, "text")`: attributes, `on*` listeners, then children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === "function") el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === "object" ? c : String(c));
  }
}

export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

export const link = (href: string, text: Child, attrs: Attrs = {}) => h("a", { href, ...attrs }, text);

/** A titled panel. */
export const card = (title: string, ...children: Child[]) => h("section", { class: "card" }, h("h2", {}, title), ...children);

/** Label/value pairs as a definition list. */
export function kv(pairs: [string, Child][]): HTMLElement {
  const dl = h("dl", { class: "kv" });
  for (const [k, v] of pairs) dl.append(h("dt", {}, k), h("dd", {}, v ?? "—"));
  return dl;
}

/** A table; `empty` is shown as one row when there are none. */
export function table(headers: string[], rows: Child[][], empty = "none yet"): HTMLElement {
  const body = rows.length === 0 ? [h("tr", {}, h("td", { colspan: headers.length, class: "muted" }, empty))] : rows.map((r) => h("tr", {}, ...r.map((c) => h("td", {}, c))));
  return h("div", { class: "table-wrap" }, h("table", {}, h("thead", {}, h("tr", {}, ...headers.map((x) => h("th", {}, x)))), h("tbody", {}, ...body)));
}

export const stat = (label: string, value: Child, attrs: Attrs = {}) => h("div", { class: "stat", ...attrs }, h("div", { class: "stat-label" }, label), h("div", { class: "stat-value" }, value));

/** 1234567 → "1,234,567" (bigint-exact for uint64 strings). */
export function int(v: string | number | bigint): string {
  const s = BigInt(v).toString();
  const neg = s.startsWith("-");
  const digits = neg ? s.slice(1) : s;
  return (neg ? "-" : "") + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** An amount of utrib as exact utrib, with TRIB beside when it is large enough to matter. */
export function utrib(amount: string | bigint): string {
  const a = BigInt(amount);
  if (a < 1_000_000n) return `${int(a)} utrib`;
  const whole = a / 1_000_000n;
  const frac = ((a % 1_000_000n) / 10_000n).toString().padStart(2, "0");
  return `${int(whole)}.${frac} TRIB`;
}

export function coin(c: { denom: string; amount: string } | null | undefined): string {
  if (!c) return "—";
  return c.denom === "utrib" ? utrib(c.amount) : `${int(c.amount)} ${c.denom}`;
}

export const coins = (cs: { denom: string; amount: string }[] | undefined) => (cs && cs.length > 0 ? cs.map(coin).join(", ") : "0 utrib");

/** "trib1abc…wxyz" for tables; the full address is in the title. */
export function short(addr: string, keep = 10): string {
  return addr.length <= keep * 2 + 1 ? addr : `${addr.slice(0, keep)}…${addr.slice(-6)}`;
}

export const addrLink = (addr: string) => link(`#/address/${addr}`, short(addr), { title: addr, class: "mono" });

/** "MODEL_STATUS_ACTIVE" → "active". */
export const enumName = (v: string, prefix: string) => v.replace(prefix, "").toLowerCase().replace(/_/g, " ");

/** Basis points as a percentage: 2500 → "25%". */
export const bps = (v: number) => `${(v / 100).toFixed(v % 100 === 0 ? 0 : 2)}%`;

/** A LegacyDec fraction ("0.130000…") as a percentage. */
export const decPercent = (v: string, digits = 2) => `${(Number(v) * 100).toFixed(digits)}%`;

export function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("").toUpperCase();
