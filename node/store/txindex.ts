/**
 * The tx and block index (<home>/data/tx_index.db), after CometBFT's kv indexer:
 *   t/ ‖ hash                          → TxResult proto (height, index, tx, ExecTxResult)
 *   x/ ‖ height ‖ index                → hash (height index, also the "all txs" order)
 *   e/ ‖ lp(tag) ‖ lp(value) ‖ h ‖ i   → hash (attributes with index=true; tag = "type.key")
 *   B/ ‖ height                        → finalize_block events (ResponseFinalizeBlock proto)
 *   E/ ‖ lp(tag) ‖ lp(value) ‖ height  → height
 * One batch per block, or per run of blocks when the indexer has fallen behind (node/solo/indexer.ts).
 * The entries are built by indexEntries.ts.
 */
import { ClassicLevel } from "classic-level";
import { fromHex, toHex } from "@cosmjs/encoding";
import { ExecTxResult, ResponseFinalizeBlock, TxResult, type Event } from "cosmjs-types/tendermint/abci/types";
import { RpcBackendError, type IndexedTx, type SearchPage, type SearchParams } from "../rpc/backend.ts";
import {
  BLOCK_HEIGHT_TAG,
  matchesBlockEvents,
  matchesTxEvents,
  parseQuery,
  TX_HASH_TAG,
  TX_HEIGHT_TAG,
  type Query,
} from "../query/index.ts";
import { concat, readU64, u64 } from "./keys.ts";
import { BLOCK_ATTR, BLOCK_EVENTS, indexEntries, TX, TX_ATTR, TX_BY_POSITION, type BlockToIndex } from "./indexEntries.ts";
import { attributePrefix, chooseRange, heightBounds, heightRange, pageOf, prefixRange, type IndexDb, type ScanRange } from "./indexSearch.ts";

export { indexEntries, txResultBytes, type BlockToIndex } from "./indexEntries.ts";

export class TxIndex {
  private constructor(private readonly db: IndexDb) {}

  static async open(path: string): Promise<TxIndex> {
    const db: IndexDb = new ClassicLevel<Uint8Array, Uint8Array>(path, { keyEncoding: "view", valueEncoding: "view" });
    await db.open();
    return new TxIndex(db);
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  /**
   * Indexes one block's txs and block events in one batch.
   * PERF: grows with txs × indexed attributes.
   */
  async indexBlock(height: bigint, txs: readonly Uint8Array[], results: readonly ExecTxResult[], blockEvents: readonly Event[]): Promise<void> {
    await this.indexBlocks([{ height, txs, results, blockEvents }]);
  }

  /**
   * Indexes several blocks (consecutive, ascending) in one batch: all of them or none, so the
   * highest indexed height says exactly which blocks are in (see `indexedHeight`).
   * PERF: grows with the blocks' txs × indexed attributes.
   */
  async indexBlocks(blocks: readonly BlockToIndex[]): Promise<void> {
    const batch = this.db.batch();
    for (const b of blocks) indexEntries(b, (key, value) => batch.put(key, value));
    await batch.write();
  }


  /**
   * The highest height indexed, 0 when none: every block writes its B/ entry in the batch that
   * indexes its txs, and blocks are indexed in height order, so the last B/ key is that height.
   */
  async indexedHeight(): Promise<bigint> {
    const keys = await this.db.keys({ ...prefixRange(concat(BLOCK_EVENTS)), reverse: true, limit: 1 }).all();
    return keys[0] ? readU64(keys[0], BLOCK_EVENTS.length) : 0n;
  }

  async get(hash: Uint8Array): Promise<IndexedTx | undefined> {
    const bytes = await this.db.get(concat(TX, hash));
    return bytes ? toIndexedTx(hash, TxResult.decode(bytes)) : undefined;
  }

  /**
   * tx_search. PERF: grows with the candidates of the most selective condition × their events.
   */
  async searchTxs(params: SearchParams): Promise<SearchPage<IndexedTx>> {
    const query = parseOrThrow(params.query);
    const hashCondition = query.conditions.find((c) => c.tag === TX_HASH_TAG && c.operand?.kind === "string");
    let matches: IndexedTx[];
    if (hashCondition?.operand?.kind === "string") {
      const found = await this.get(decodeHashOrThrow(hashCondition.operand.value));
      matches = found ? [found] : [];
    } else {
      matches = await this.matchingTxs(query);
    }
    matches.sort((a, b) => (a.height === b.height ? a.index - b.index : a.height < b.height ? -1 : 1));
    if (params.orderBy === "desc") matches.reverse();
    return { items: pageOf(matches, params.page, params.perPage), totalCount: matches.length };
  }

  private async matchingTxs(query: Query): Promise<IndexedTx[]> {
    const bounds = heightBounds(query.conditions, TX_HEIGHT_TAG);
    const ranges: ScanRange[] = [];
    if (bounds) {
      const range = heightRange(TX_BY_POSITION, bounds);
      if (range === "empty") return [];
      ranges.push(range);
    }
    ranges.push(...attributeRanges(query, TX_ATTR, [TX_HEIGHT_TAG, TX_HASH_TAG]));
    const range = await chooseRange(this.db, ranges, prefixRange(concat(TX_BY_POSITION)));
    const hashes = await this.db.values({ gte: range.gte, lt: range.lt }).all();
    const unique = new Map(hashes.map((h) => [toHex(h), h]));
    const records = await this.db.getMany([...unique.values()].map((h) => concat(TX, h)));
    const out: IndexedTx[] = [];
    [...unique.values()].forEach((hash, i) => {
      const bytes = records[i];
      if (!bytes) return;
      const tx = toIndexedTx(hash, TxResult.decode(bytes));
      if (matchesTxEvents(query, tx.height, tx.result.events)) out.push(tx);
    });
    return out;
  }

  /** block_search: matching heights, ordered and paged. */
  async searchBlockHeights(params: SearchParams): Promise<SearchPage<bigint>> {
    const query = parseOrThrow(params.query);
    const ranges: ScanRange[] = [];
    const bounds = heightBounds(query.conditions, BLOCK_HEIGHT_TAG);
    if (bounds) {
      const range = heightRange(BLOCK_EVENTS, bounds);
      if (range === "empty") return { items: [], totalCount: 0 };
      ranges.push(range);
    }
    ranges.push(...attributeRanges(query, BLOCK_ATTR, [BLOCK_HEIGHT_TAG]));
    const range = await chooseRange(this.db, ranges, prefixRange(concat(BLOCK_EVENTS)));
    const heights = range.gte[0] === BLOCK_EVENTS.charCodeAt(0)
      ? (await this.db.keys({ gte: range.gte, lt: range.lt }).all()).map((k) => readU64(k, BLOCK_EVENTS.length))
      : (await this.db.values({ gte: range.gte, lt: range.lt }).all()).map((v) => readU64(v));
    const unique = [...new Set(heights)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const events = await this.db.getMany(unique.map((h) => concat(BLOCK_EVENTS, u64(h))));
    const matches = unique.filter((h, i) => {
      const bytes = events[i];
      return bytes !== undefined && matchesBlockEvents(query, h, ResponseFinalizeBlock.decode(bytes).events);
    });
    if (params.orderBy === "desc") matches.reverse();
    return { items: pageOf(matches, params.page, params.perPage), totalCount: matches.length };
  }
}

function attributeRanges(query: Query, space: string, reserved: readonly string[]): ScanRange[] {
  const exact: ScanRange[] = [];
  const byTag: ScanRange[] = [];
  for (const c of query.conditions) {
    if (reserved.includes(c.tag)) continue;
    if (c.op === "=" && c.operand?.kind === "string") exact.push(prefixRange(attributePrefix(space, c.tag, c.operand.value)));
    else byTag.push(prefixRange(attributePrefix(space, c.tag)));
  }
  return [...exact, ...byTag];
}

function toIndexedTx(hash: Uint8Array, r: TxResult): IndexedTx {
  return { hash, height: r.height, index: r.index, tx: r.tx, result: r.result ?? ExecTxResult.fromPartial({}) };
}

function parseOrThrow(text: string): Query {
  try {
    return parseQuery(text);
  } catch (err) {
    throw new RpcBackendError(`failed to parse query: ${(err as Error).message}`);
  }
}

function decodeHashOrThrow(hex: string): Uint8Array {
  try {
    return fromHex(hex.toLowerCase());
  } catch (err) {
    throw new RpcBackendError(`error during searching for a hash in the query: ${(err as Error).message}`);
  }
}
