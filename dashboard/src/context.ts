/** What a page gets: the REST client, its root element, the route argument and live sections. */
import type { RestClient } from "../../client/rest.ts";
import { h, replace } from "./dom.ts";
import { type Poller, poll } from "./poll.ts";

export const REFRESH_MS = 2000;

export interface PageContext {
  api: RestClient;
  root: HTMLElement;
  /** The route's argument: "#/inference/3" → "3" ("" when none). */
  arg: string;
  /** A section refreshed every REFRESH_MS while the page is shown; re-rendered only when the data changed. */
  live<T>(load: (signal: AbortSignal) => Promise<T>, render: (data: T) => Node | Node[]): HTMLElement;
  /** A poller stopped when the page is left. */
  every(round: (signal: AbortSignal) => Promise<void>, ms?: number): void;
  /** Runs when the page is left. */
  onLeave(f: () => void): void;
  /** Shown in the page's error banner (a failed refresh keeps the last data on screen). */
  fail(e: unknown): void;
}

export type Page = (ctx: PageContext) => void;

export function makeContext(api: RestClient, root: HTMLElement, arg: string, banner: HTMLElement): { ctx: PageContext; stop(): void } {
  const pollers: Poller[] = [];
  const leave: (() => void)[] = [];
  const fail = (e: unknown) => {
    replace(banner, e instanceof Error ? e.message : String(e));
    banner.hidden = false;
  };
  const ok = () => {
    banner.hidden = true;
  };
  const every = (round: (signal: AbortSignal) => Promise<void>, ms = REFRESH_MS) => {
    pollers.push(
      poll(
        async (signal) => {
          await round(signal);
          ok();
        },
        ms,
        fail,
      ),
    );
  };
  const live = <T>(load: (signal: AbortSignal) => Promise<T>, render: (data: T) => Node | Node[]) => {
    const box = h("div", { class: "live" }, h("p", { class: "muted" }, "loading…"));
    let last = "";
    every(async (signal) => {
      const data = await load(signal);
      const json = JSON.stringify(data);
      if (json === last) return;
      last = json;
      const out = render(data);
      replace(box, ...(Array.isArray(out) ? out : [out]));
    });
    return box;
  };
  return {
    ctx: { api, root, arg, live, every, fail, onLeave: (f) => leave.push(f) },
    stop: () => {
      pollers.forEach((p) => p.stop());
      leave.forEach((f) => f());
    },
  };
}
