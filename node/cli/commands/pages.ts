/** The list queries' paging (--limit, --page-key, --all), shared by the datanet, inference and rewards queries. */
import type { Command } from "commander";
import { allPages, type Page, type PageRequest } from "../../../client/datanetQueries.ts";
import { withQueryOptions } from "../common.ts";
import { type PageOpts, pageRequest } from "../datanet/args.ts";

export function withPageOptions(cmd: Command): Command {
  return withQueryOptions(
    cmd
      .option("--limit <n>", "items per page (the node's default when not given)")
      .option("--page-key <base64>", "next_key of the previous page")
      .option("--all", "fetch every page", false),
  );
}

/**
 * A first page asks the chain to count the matches, so `total` is the real total rather than 0
 * (the SDK counts only when asked); a page after --page-key is not counted, as in the SDK.
 */
export function counted(page: PageRequest): PageRequest {
  return page.key === undefined ? { ...page, countTotal: true } : page;
}

/**
 * One page as asked (its total counted by the chain), or every page with --all (next_key null,
 * total the number fetched). The flags are checked when this is called, before connecting.
 */
export function listed<T>(o: PageOpts): (fetch: (p: PageRequest) => Promise<Page<T>>) => Promise<Page<T>> {
  const page = pageRequest(o);
  return async (fetch) => {
    if (o.all !== true) return fetch(counted(page));
    const items = await allPages(fetch);
    return { items, nextKey: undefined, total: BigInt(items.length) };
  };
}
