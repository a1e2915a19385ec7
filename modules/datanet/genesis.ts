import { bytesToHex } from "@noble/hashes/utils.js";
import { addressBytes, moduleAddress } from "../../chain/address.ts";
import type { Context } from "../../chain/context.ts";
import { GenesisError } from "../../chain/genesisError.ts";
import { prefixEnd, readU64be } from "../../chain/keys.ts";
import { decodeContribution, decodeDatanet, decodeSequence, decodeVersion } from "./codec.ts";
import { dedupKeys, indexRecord } from "./dedup.ts";
import {
  type DatanetGenesis, contributionToJson, datanetToJson, paramsToJson, versionToJson,
} from "./genesisJson.ts";
import { type ParsedGenesis, parseDatanetGenesis } from "./genesisValidate.ts";
import type { DatanetKeeper } from "./keeper.ts";
import { datanetKeys } from "./keys.ts";
import { appendLeaf, type Frontier } from "./merkle.ts";
import { rebuildRooted } from "./rootIndex.ts";
import { countContribution } from "./stats.ts";
import { sequenceOut } from "./codec.ts";
import { DEFAULT_DATANET_PARAMS, type DatanetCounters, ESCROW_ACCOUNT, zeroContributorCounters } from "./types.ts";

export type { DatanetGenesis } from "./genesisJson.ts";

export function defaultDatanetGenesis(): DatanetGenesis {
  return { params: paramsToJson(DEFAULT_DATANET_PARAMS), datanets: [], contributions: [], versions: [], vocabularies: [], token_sequences: [], contents: [] };
}

export function validateDatanetGenesis(g: DatanetGenesis): void {
  parseDatanetGenesis(g);
}

/**
 * Writes the section, then rebuilds the derived state from it: owner/tag/status/contributor
 * indexes, counters, the dedup indexes (live records in id order, so the earliest fill the
 * capped buckets), version positions, Merkle frontiers, the unpublished queue and the list of
 * challengeable records (rootIndex.ts). Contents are
 * the node's (its content store), not state. Pending deposits must be backed by the escrow
 * account's balance (bank's genesis runs first).
 * PERF: O(total tokens) hashing for the dedup keys, O(records + fingerprints) writes.
 */
export function initDatanetGenesis(keeper: DatanetKeeper, ctx: Context, g: DatanetGenesis): void {
  const p = parseDatanetGenesis(g);
  keeper.setParams(ctx, p.params);
  const counters = new Map<bigint, DatanetCounters>();
  for (const d of p.datanets) {
    keeper.setDatanet(ctx, d);
    counters.set(d.id, { pending: 0n, accepted: 0n, acceptedTokens: 0n, nextWordId: 3, latestVersion: 0n });
  }
  for (const v of p.vocabularies) {
    v.words.forEach((w, i) => keeper.setWordId(ctx, v.datanetId, w, 3 + i));
    counters.get(v.datanetId)!.nextWordId = 3 + v.words.length;
  }
  writeContributions(keeper, ctx, p, counters);
  rebuildRooted(ctx.kv, p.contributions);
  const frozen = writeVersions(keeper, ctx, p, counters);
  for (const c of p.contributions) {
    if (c.status === "ACCEPTED" && !frozen.has(c.id)) keeper.setUnpublished(ctx, c.datanetId, c.id);
  }
  for (const [id, c] of counters) keeper.setCounters(ctx, id, c);
  const lastD = p.datanets[p.datanets.length - 1]?.id ?? 0n;
  const lastC = p.contributions[p.contributions.length - 1]?.id ?? 0n;
  keeper.setNextIds(ctx, lastD + 1n, lastC + 1n);
  checkEscrow(keeper, ctx, p);
}

function writeContributions(keeper: DatanetKeeper, ctx: Context, p: ParsedGenesis, counters: Map<bigint, DatanetCounters>): void {
  const perContributor = new Map<string, ReturnType<typeof zeroContributorCounters>>();
  for (const c of p.contributions) {
    keeper.setContribution(ctx, c);
    const seq = p.sequences.get(c.id)!;
    keeper.setSequence(ctx, c.id, seq);
    const dc = counters.get(c.datanetId)!;
    if (c.status === "PENDING" || c.status === "ACCEPTED") indexRecord(ctx.kv, c.datanetId, c.id, dedupKeys(seq.unmasked), p.params);
    if (c.status === "PENDING") dc.pending += 1n;
    if (c.status === "ACCEPTED") {
      dc.accepted += 1n;
      dc.acceptedTokens += BigInt(c.tokens);
    }
    let s = perContributor.get(c.contributor);
    if (!s) perContributor.set(c.contributor, (s = zeroContributorCounters()));
    countContribution(s, c);
  }
  for (const [who, s] of perContributor) keeper.setContributorCounters(ctx, addressBytes(who), s);
}

function writeVersions(keeper: DatanetKeeper, ctx: Context, p: ParsedGenesis, counters: Map<bigint, DatanetCounters>): Set<bigint> {
  const frozen = new Set<bigint>();
  const hashOf = new Map(p.contributions.map((c) => [c.id, c.contentHash]));
  let frontier: Frontier = { leafCount: 0n, peaks: [] };
  p.versions.forEach((v, i) => {
    if (p.versions[i - 1]?.datanetId !== v.datanetId) frontier = { leafCount: 0n, peaks: [] };
    for (const id of v.addedContributionIds) {
      frontier = appendLeaf(frontier, hashOf.get(id)!);
      frozen.add(id);
    }
    keeper.setVersion(ctx, v);
    keeper.setFrontier(ctx, v.datanetId, frontier);
    counters.get(v.datanetId)!.latestVersion = v.number;
  });
  return frozen;
}

function checkEscrow(keeper: DatanetKeeper, ctx: Context, p: ParsedGenesis): void {
  const owed = new Map<string, bigint>();
  for (const c of p.contributions) {
    if (c.status === "PENDING" && c.deposit) owed.set(c.deposit.denom, (owed.get(c.deposit.denom) ?? 0n) + c.deposit.amount);
  }
  const escrow = moduleAddress(ESCROW_ACCOUNT);
  for (const [denom, amount] of [...owed].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const held = keeper.bank.getBalance(ctx.kv, escrow, denom);
    if (held < amount) {
      throw new GenesisError("contributions", `pending deposits total ${amount}${denom}, but the datanet escrow account holds ${held}${denom} in bank balances`);
    }
  }
  if (owed.size > 0) keeper.accounts.ensureModuleAccount(ctx, ESCROW_ACCOUNT);
}

/**
 * The section as JSON, from state; `contents` holds every stored body this node's content
 * store has (none without a store), sorted by hash.
 * PERF: one pass over the module's state, plus one content read per contribution.
 */
export async function exportDatanetGenesis(keeper: DatanetKeeper, ctx: Context): Promise<DatanetGenesis> {
  const all = async <T>(prefix: Uint8Array, f: (k: Uint8Array, v: Uint8Array) => T): Promise<T[]> => {
    const out: T[] = [];
    for await (const [k, v] of ctx.kv.iterate({ gte: prefix, lt: prefixEnd(prefix) })) out.push(f(k.subarray(prefix.length), v));
    return out;
  };
  const datanets = await all(datanetKeys.datanetPrefix, (_k, v) => decodeDatanet(v));
  const contributions = await all(datanetKeys.contributionPrefix, (_k, v) => decodeContribution(v));
  const contents = new Map<string, string>();
  for (const c of contributions) {
    const body = keeper.content?.get(c.contentHash);
    if (body) contents.set(bytesToHex(c.contentHash), Buffer.from(body).toString("base64"));
  }
  const vocabularies = [];
  for (const d of datanets) {
    const words = await keeper.getVocabulary(ctx.kv, d.id);
    if (words.length > 0) vocabularies.push({ datanet_id: d.id.toString(), words });
  }
  return {
    params: paramsToJson(keeper.getParams(ctx.kv)),
    datanets: datanets.map(datanetToJson),
    contributions: contributions.map(contributionToJson),
    versions: (await all(datanetKeys.versionPrefix, (_k, v) => decodeVersion(v))).map(versionToJson),
    vocabularies,
    token_sequences: await all(datanetKeys.sequencePrefix, (k, v) => {
      const s = sequenceOut(decodeSequence(v));
      return {
        contribution_id: readU64be(k).toString(),
        sequence: { ids: s.ids as number[], masks: (s.masks ?? []).map((r) => ({ start: r.start ?? 0, end: r.end ?? 0 })), masked_ids: s.maskedIds as number[] },
      };
    }),
    contents: [...contents].sort(([a], [b]) => (a < b ? -1 : 1)).map(([hash, body]) => ({ hash, body })),
  };
}
