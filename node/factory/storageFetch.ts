/**
 * Record bodies from the registered storage nodes (`model train --from-storage-nodes`, or for
 * the records the queried node's content store lacks): the nodes serving the datanet are read
 * from the chain (Query Nodes), each body is fetched over HTTP from
 * `<endpoint>/content/<datanet>/<contribution>` and checked against the chain's content hash
 * (and content root when the chain has one) before it is used; a node that fails (unreachable,
 * an error status, a body that does not check) is skipped for the next one and tried last
 * afterwards. Nothing a storage node says is trusted: only what hashes to the chain's values.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { allPages } from "../../client/datanetQueries.ts";
import type { RewardsQueries } from "../../client/rewardsQueries.ts";
import type { StorageNode } from "../../client/rewardsTypes.ts";
import { contentRoot } from "../../chain/contentRoot.ts";

export const STORAGE_FETCH_CONCURRENCY = 8;
const DEFAULT_TIMEOUT_MS = 20_000;

export class StorageFetchError extends Error {
  override readonly name = "StorageFetchError";
}

/** What the chain says about one record: where to ask and what the body must hash to. */
export interface RecordRef {
  id: bigint;
  datanetId: bigint;
  contentHash: Uint8Array;
  /** Empty for records ingested before the content-root rule (then only the hash is checked). */
  contentRoot: Uint8Array;
}

export interface StorageSource {
  operator: string;
  /** Base URL, no trailing slash. */
  endpoint: string;
}

export interface StorageFetchOptions {
  onProgress?: (done: number, total: number) => void;
  /** One line per failed attempt ("… trying the next node"). */
  onWarning?: (line: string) => void;
  timeoutMs?: number;
  concurrency?: number;
}

/**
 * The storage nodes to ask for a datanet's records: registered with the storage role and serving
 * the datanet; nodes not jailed in the current epoch first, then those that passed the most of
 * their challenges (ties by operator). Jailed nodes stay on the list, last: a node jailed for
 * missing proofs may still serve, and every body is checked against the chain anyway.
 * PERF: one Nodes query per 100 nodes plus one Epoch query.
 */
export async function storageSourcesFor(q: RewardsQueries, datanetId: bigint): Promise<StorageSource[]> {
  const [nodes, { epoch }] = await Promise.all([allPages((p) => q.nodes(p)), q.epoch()]);
  const jailed = (n: StorageNode) => (n.jailedUntilEpoch >= epoch.number ? 1 : 0);
  const score = (n: StorageNode) => n.stats.challengesPassed - n.stats.challengesMissed;
  const order = (a: StorageNode, b: StorageNode) =>
    jailed(a) - jailed(b) || (score(a) === score(b) ? (a.operator < b.operator ? -1 : 1) : score(b) > score(a) ? 1 : -1);
  return nodes
    .filter((n) => n.roles.includes("STORAGE") && n.datanetIds.includes(datanetId) && /^https?:\/\//.test(n.endpoint))
    .sort(order)
    .map((n) => ({ operator: n.operator, endpoint: n.endpoint.replace(/\/+$/, "") }));
}

/** Why `body` is not the record's stored body, or undefined when it checks. */
export function checkBody(ref: RecordRef, body: Uint8Array): string | undefined {
  const hash = bytesToHex(sha256(body));
  if (hash !== bytesToHex(ref.contentHash)) return `the body hashes to ${hash}, the chain's content hash is ${bytesToHex(ref.contentHash)}`;
  if (ref.contentRoot.length > 0 && bytesToHex(contentRoot(body)) !== bytesToHex(ref.contentRoot)) return `the body's content root differs from the chain's ${bytesToHex(ref.contentRoot)}`;
  return undefined;
}

async function fetchOne(source: StorageSource, ref: RecordRef, timeoutMs: number): Promise<Uint8Array> {
  const url = `${source.endpoint}/content/${ref.datanetId}/${ref.id}`;
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new StorageFetchError(`GET ${url}: ${cause?.code ?? cause?.message ?? (e as Error).message}`);
  }
  if (res.status !== 200) {
    const text = await res.text().catch(() => "");
    let detail = text.slice(0, 200);
    try {
      detail = (JSON.parse(text) as { error?: string }).error ?? detail;
    } catch {
      /* not JSON: keep the text */
    }
    throw new StorageFetchError(`GET ${url}: HTTP ${res.status}${detail ? ` (${detail})` : ""}`);
  }
  const body = new Uint8Array(await res.arrayBuffer());
  const wrong = checkBody(ref, body);
  if (wrong) throw new StorageFetchError(`GET ${url}: refused, ${wrong}`);
  return body;
}

/**
 * The checked bodies of `refs`, in order. Throws StorageFetchError naming the first record no
 * node could serve, with each node's reason. PERF: one HTTP GET per record (more on failures),
 * `concurrency` in flight; one SHA-256 and one content-root pass per body.
 */
export async function fetchFromStorageNodes(refs: readonly RecordRef[], sources: readonly StorageSource[], o: StorageFetchOptions = {}): Promise<Uint8Array[]> {
  if (refs.length === 0) return [];
  if (sources.length === 0) throw new StorageFetchError("no registered storage node serves this datanet (see `tributary query rewards nodes`)");
  const timeoutMs = o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Failures per node: a node that failed is asked after those that did not.
  const failures = new Map<string, number>(sources.map((s) => [s.operator, 0]));
  const out = new Array<Uint8Array>(refs.length);
  let done = 0;
  let next = 0;
  const one = async (i: number) => {
    const ref = refs[i]!;
    // Spread the load: record i starts at node i mod n among the healthiest.
    const order = [...sources].sort((a, b) => failures.get(a.operator)! - failures.get(b.operator)!);
    const healthy = order.filter((s) => failures.get(s.operator) === failures.get(order[0]!.operator)).length;
    const start = i % healthy;
    const tries = [...order.slice(start, healthy), ...order.slice(0, start), ...order.slice(healthy)];
    const reasons: string[] = [];
    for (const [k, s] of tries.entries()) {
      try {
        out[i] = await fetchOne(s, ref, timeoutMs);
        o.onProgress?.(++done, refs.length);
        return;
      } catch (e) {
        failures.set(s.operator, failures.get(s.operator)! + 1);
        reasons.push(`${s.operator}: ${(e as Error).message}`);
        o.onWarning?.(`storage node ${s.operator}: contribution ${ref.id}: ${(e as Error).message}${k + 1 < tries.length ? "; trying the next node" : ""}`);
      }
    }
    throw new StorageFetchError(`no storage node served a valid body of contribution ${ref.id} (datanet ${ref.datanetId}): ${reasons.join("; ")}`);
  };
  const worker = async () => {
    while (next < refs.length) await one(next++);
  };
  await Promise.all(Array.from({ length: Math.min(o.concurrency ?? STORAGE_FETCH_CONCURRENCY, refs.length) }, worker));
  return out;
}
