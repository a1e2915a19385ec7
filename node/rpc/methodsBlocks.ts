/**
 * Block endpoints: block, block_by_hash, header, header_by_hash, block_results, blockchain,
 * block_search, commit, validators.
 */
import type { RpcBackend, StoredBlock } from "./backend.ts";
import { encodeBlockMeta, encodeCommit, encodeHeader, encodeResultBlock } from "./encodeBlock.ts";
import { encodeBlockResults } from "./encodeTx.ts";
import { int64String } from "./encodePrimitives.ts";
import { methodError } from "./jsonrpc.ts";
import { encodeValidatorInfo } from "./methodsInfo.ts";
import type { RpcMethod } from "./methodTypes.ts";
import { blockchainRange, pagedSearch, resolveHeight, resolvePage, resolvePerPage } from "./paging.ts";

const HEIGHT = [{ name: "height", kind: "int64" }] as const;

function heightArg(args: Record<string, unknown>, backend: RpcBackend): bigint {
  return resolveHeight(args.height as bigint | undefined, backend.latestHeight(), backend.earliestHeight());
}

/** CometBFT answers a height it has no block for with an empty result rather than an error. */
function resultBlockOrEmpty(stored: StoredBlock | undefined): Record<string, unknown> {
  if (stored === undefined) return { block_id: { hash: "", parts: { total: 0, hash: "" } }, block: null };
  return encodeResultBlock(stored);
}

const block: RpcMethod = {
  params: HEIGHT,
  async handler(args, { backend }) {
    return resultBlockOrEmpty(await backend.block(heightArg(args, backend)));
  },
};

const blockByHash: RpcMethod = {
  params: [{ name: "hash", kind: "bytes" }],
  async handler(args, { backend }) {
    return resultBlockOrEmpty(await backend.blockByHash((args.hash as Uint8Array | undefined) ?? new Uint8Array()));
  },
};

const header: RpcMethod = {
  params: HEIGHT,
  async handler(args, { backend }) {
    const stored = await backend.block(heightArg(args, backend));
    return { header: stored === undefined ? null : encodeHeader(stored.block.header) };
  },
};

const headerByHash: RpcMethod = {
  params: [{ name: "hash", kind: "hexbytes" }],
  async handler(args, { backend }) {
    const stored = await backend.blockByHash((args.hash as Uint8Array | undefined) ?? new Uint8Array());
    return { header: stored === undefined ? null : encodeHeader(stored.block.header) };
  },
};

const blockResults: RpcMethod = {
  params: HEIGHT,
  async handler(args, { backend }) {
    const height = heightArg(args, backend);
    const results = await backend.blockResults(height);
    if (results === undefined) throw methodError(`could not find results for height #${height}`);
    return encodeBlockResults(results);
  },
};

const blockchain: RpcMethod = {
  params: [
    { name: "minHeight", kind: "int64" },
    { name: "maxHeight", kind: "int64" },
  ],
  // PERF: at most 20 block loads.
  async handler(args, { backend }) {
    const latest = backend.latestHeight();
    const { min, max } = blockchainRange(
      backend.earliestHeight(),
      latest,
      (args.minHeight as bigint | undefined) ?? 0n,
      (args.maxHeight as bigint | undefined) ?? 0n,
    );
    const metas: Record<string, unknown>[] = [];
    for (let height = max; height >= min; height--) {
      const stored = await backend.block(height);
      if (stored !== undefined) metas.push(encodeBlockMeta(stored));
    }
    return { last_height: int64String(latest), block_metas: metas };
  },
};

const blockSearch: RpcMethod = {
  params: [
    { name: "query", kind: "string" },
    { name: "page", kind: "int64" },
    { name: "per_page", kind: "int64" },
    { name: "order_by", kind: "string" },
  ],
  async handler(args, { backend }) {
    const found = await pagedSearch(args, "desc", (p) => backend.searchBlocks(p));
    return { blocks: found.items.map(encodeResultBlock), total_count: int64String(found.totalCount) };
  },
};

const commit: RpcMethod = {
  params: HEIGHT,
  async handler(args, { backend }) {
    const height = heightArg(args, backend);
    const stored = await backend.block(height);
    const seen = await backend.commit(height);
    if (stored === undefined || seen === undefined) return null;
    return {
      signed_header: { header: encodeHeader(stored.block.header), commit: encodeCommit(seen) },
      // The latest height only has the node's seen commit, not yet the canonical one.
      canonical: height !== backend.latestHeight(),
    };
  },
};

const validators: RpcMethod = {
  params: [
    { name: "height", kind: "int64" },
    { name: "page", kind: "int64" },
    { name: "per_page", kind: "int64" },
  ],
  async handler(args, { backend }) {
    // Without a height CometBFT answers for the next block (latestUncommittedHeight).
    const height = resolveHeight(args.height as bigint | undefined, backend.latestHeight() + 1n, backend.earliestHeight());
    const all = await backend.validators(height);
    const perPage = resolvePerPage(args.per_page as bigint | undefined);
    const page = resolvePage(args.page as bigint | undefined, perPage, all.length);
    const slice = all.slice((page - 1) * perPage, page * perPage);
    return {
      block_height: int64String(height),
      validators: slice.map(encodeValidatorInfo),
      count: int64String(slice.length),
      total: int64String(all.length),
    };
  },
};

export const blockMethods: Record<string, RpcMethod> = {
  block,
  block_by_hash: blockByHash,
  header,
  header_by_hash: headerByHash,
  block_results: blockResults,
  blockchain,
  block_search: blockSearch,
  commit,
  validators,
};
