/**
 * Where the factory's documents come from: a datanet version's records (every contribution of
 * versions 1..N, in version order, their stored bodies) fetched from a node, or from the
 * registered storage nodes (all of them with `fromStorageNodes`, else those the node's content
 * store lacks; see storageFetch.ts), or local text (a directory: one document per file; a file:
 * documents of consecutive paragraphs).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { DatanetQueries } from "../../client/datanetQueries.ts";
import type { RewardsQueries } from "../../client/rewardsQueries.ts";
import { type RecordRef, StorageFetchError, fetchFromStorageNodes, storageSourcesFor } from "./storageFetch.ts";

/** Paragraphs of one file are grouped into documents of about this many bytes. */
export const FILE_DOCUMENT_BYTES = 4096;
const FETCH_CONCURRENCY = 8;

export class SourceError extends Error {
  override readonly name = "SourceError";
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) out.push(...filesUnder(p));
    else if (st.isFile()) out.push(p);
  }
  return out;
}

/** Splits one text into documents of whole paragraphs (blank-line separated), each ≥ ~`size` bytes. */
export function splitParagraphs(bytes: Uint8Array, size = FILE_DOCUMENT_BYTES): Uint8Array[] {
  const docs: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] === 0x0a && bytes[i + 1] === 0x0a && i + 2 - start >= size) {
      docs.push(bytes.subarray(start, i + 2));
      start = i + 2;
    }
  }
  if (start < bytes.length) docs.push(bytes.subarray(start));
  return docs;
}

/** Documents of a file or a directory tree (files in sorted path order; binary files, with a NUL byte, are skipped). */
export function readTextDocuments(path: string): { documents: Uint8Array[]; files: number; skipped: string[] } {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    throw new SourceError(`cannot read --text ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const files = st.isDirectory() ? filesUnder(path) : [path];
  const documents: Uint8Array[] = [];
  const skipped: string[] = [];
  for (const f of files) {
    const bytes = new Uint8Array(readFileSync(f));
    if (bytes.length === 0) continue;
    if (bytes.includes(0)) {
      skipped.push(f);
      continue;
    }
    if (st.isDirectory()) documents.push(bytes);
    else documents.push(...splitParagraphs(bytes));
  }
  if (documents.length < 2) throw new SourceError(`--text ${path} gives ${documents.length} document(s); the factory needs at least 2 (one is held out)`);
  return { documents, files: files.length, skipped };
}

/** Runs `fn` over the items with at most `limit` in flight; results in input order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (t: T, i: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Every contribution id of versions 1..`version` of the datanet, in version order. */
export async function versionContributionIds(q: DatanetQueries, datanetId: bigint, version: bigint): Promise<bigint[]> {
  const ids: bigint[] = [];
  let key: Uint8Array | undefined;
  do {
    const page = await q.versionContributions(datanetId, version, { key, limit: 1000 });
    ids.push(...page.items);
    key = page.nextKey;
  } while (key);
  return ids;
}

export interface VersionFetchOptions {
  /** Every body from the registered storage nodes rather than from the queried node. */
  fromStorageNodes?: boolean;
  /** The chain's storage node registry: needed for `fromStorageNodes`, and to fill in bodies the queried node lacks. */
  rewards?: RewardsQueries;
  /** A line about where bodies come from, and one per failed storage node attempt. */
  onNote?: (line: string) => void;
}

/** datanet/18 "content not found": the queried node's store lacks (or holds a damaged) body. */
const isMissingBody = (e: unknown) => e instanceof Error && /^Query failed with \(18\)/.test(e.message);

/** The chain's hash and root of each contribution. PERF: one query per record, 8 in flight. */
async function recordRefs(q: DatanetQueries, ids: readonly bigint[]): Promise<RecordRef[]> {
  return mapLimited(ids, FETCH_CONCURRENCY, async (id) => {
    const c = await q.contribution(id);
    return { id, datanetId: c.datanetId, contentHash: c.contentHash, contentRoot: c.contentRoot };
  });
}

async function fromStorage(q: DatanetQueries, o: VersionFetchOptions, datanetId: bigint, ids: readonly bigint[], onProgress: (done: number) => void): Promise<Uint8Array[]> {
  if (!o.rewards) throw new SourceError("no storage node registry to fetch from");
  const sources = await storageSourcesFor(o.rewards, datanetId);
  if (sources.length === 0) throw new SourceError(`no registered storage node serves datanet ${datanetId} (see \`tributary query rewards nodes\`)`);
  o.onNote?.(`fetching ${ids.length} record bodies of datanet ${datanetId} from ${sources.length} storage node(s): ${sources.map((s) => s.endpoint).join(", ")}`);
  const refs = await recordRefs(q, ids);
  try {
    return await fetchFromStorageNodes(refs, sources, { onProgress: (done) => onProgress(done), onWarning: o.onNote });
  } catch (e) {
    if (e instanceof StorageFetchError) throw new SourceError(e.message);
    throw e;
  }
}

/**
 * The record bodies of a datanet version, in version order: from the queried node (its content
 * store), the ones it lacks then from storage nodes when `o.rewards` is given; or all from
 * storage nodes with `o.fromStorageNodes`. PERF: one query per record, 8 in flight (and one GET
 * per record fetched from a storage node).
 */
export async function fetchVersionDocuments(
  q: DatanetQueries,
  datanetId: bigint,
  version: bigint,
  onProgress: (done: number, total: number) => void = () => {},
  o: VersionFetchOptions = {},
): Promise<Uint8Array[]> {
  if (version < 1n) throw new SourceError(`--version must be 1 or more (a published version number), got ${version}`);
  const v = await q.version(datanetId, version);
  const ids = await versionContributionIds(q, datanetId, version);
  if (BigInt(ids.length) !== v.recordCount) throw new SourceError(`datanet ${datanetId} version ${version} has ${v.recordCount} records, the node listed ${ids.length}`);
  if (o.fromStorageNodes) return fromStorage(q, o, datanetId, ids, (done) => onProgress(done, ids.length));
  let done = 0;
  const missing: number[] = [];
  const bodies = await mapLimited(ids, FETCH_CONCURRENCY, async (id, i) => {
    try {
      const { body } = await q.contributionContent(id);
      onProgress(++done, ids.length);
      return body;
    } catch (e) {
      if (!isMissingBody(e) || !o.rewards) throw e;
      missing.push(i);
      return new Uint8Array();
    }
  });
  if (missing.length === 0) return bodies;
  missing.sort((a, b) => a - b);
  o.onNote?.(`the node lacks ${missing.length} of the ${ids.length} record bodies; fetching those from storage nodes`);
  const fetched = await fromStorage(q, o, datanetId, missing.map((i) => ids[i]!), () => onProgress(++done, ids.length));
  missing.forEach((i, k) => (bodies[i] = fetched[k]!));
  return bodies;
}
