import { sha256 } from "@noble/hashes/sha2.js";
import { addressBytes } from "../../chain/address.ts";
import { isValidDenom } from "../../chain/coins.ts";
import { ChainError } from "../../chain/errors.ts";
import { GenesisError } from "../../chain/genesisError.ts";
import { expectArray, expectObject, expectString } from "../../chain/genesisJson.ts";
import { equalBytes } from "../../chain/keys.ts";
import {
  type DatanetGenesis, type SequenceJson, contributionFromJson, datanetFromJson, paramsFromJson, readHash, readU64,
  sequenceFromJson, versionFromJson,
} from "./genesisJson.ts";
import { contentRoot } from "../../chain/contentRoot.ts";
import { appendLeaf, type Frontier, frontierRoot } from "./merkle.ts";
import { VOID, sequenceHash, tokenize } from "./text/index.ts";
import type { Contribution, Datanet, DatanetParams, DatanetVersion, TokenSequence } from "./types.ts";
import { validateCurators, validateLimitsWithin, validateMetadata, validatePolicy, validateRecordMetadata } from "./validate.ts";

const FIRST_WORD_ID = 3;

/** The section parsed and checked, in id order, ready for initGenesis. */
export interface ParsedGenesis {
  params: DatanetParams;
  datanets: Datanet[];
  contributions: Contribution[];
  /** By datanet id (ascending): words in id order. */
  vocabularies: { datanetId: bigint; words: string[] }[];
  sequences: Map<bigint, TokenSequence>;
  /** Sorted by (datanet, number). */
  versions: DatanetVersion[];
  contents: { hash: Uint8Array; body: Uint8Array }[];
}

/** Runs a datanet-error check and reports it as a GenesisError on `field`. */
function asGenesis(field: string, check: () => void): void {
  try {
    check();
  } catch (e) {
    if (e instanceof ChainError) throw new GenesisError(field, e.message);
    throw e;
  }
}

function unique<T>(items: T[], key: (t: T) => string, field: (i: number) => string, what: string): void {
  const seen = new Set<string>();
  items.forEach((t, i) => {
    const k = key(t);
    if (seen.has(k)) throw new GenesisError(field(i), `duplicate ${what} ${k}`);
    seen.add(k);
  });
}

export function validateParams(p: DatanetParams, f = "params"): void {
  const positive: [keyof DatanetParams, number | bigint][] = [
    ["minTokensPerRecord", p.minTokensPerRecord], ["maxRecordBytes", p.maxRecordBytes], ["maxRecordsPerMsg", p.maxRecordsPerMsg],
    ["quotaWindowBlocks", p.quotaWindowBlocks], ["quotaRecordsPerWindow", p.quotaRecordsPerWindow], ["quotaBytesPerWindow", p.quotaBytesPerWindow],
    ["bandBucketCap", p.bandBucketCap], ["fingerprintBucketCap", p.fingerprintBucketCap], ["maxCopySources", p.maxCopySources],
  ];
  for (const [name, v] of positive) {
    // camelCase → snake_case; [A-Z] → [a-z] by code point (no Unicode case table: the consensus lint bans toLowerCase)
    if (BigInt(v) <= 0n) throw new GenesisError(`${f}.${name.replace(/[A-Z]/g, (c) => `_${String.fromCharCode(c.charCodeAt(0) + 32)}`)}`, "must be positive");
  }
  if (p.maxTokensPerRecord < p.minTokensPerRecord) throw new GenesisError(`${f}.max_tokens_per_record`, `below min_tokens_per_record ${p.minTokensPerRecord}`);
  p.creationFee.forEach((c, i) => {
    if (!isValidDenom(c.denom)) throw new GenesisError(`${f}.creation_fee[${i}].denom`, `invalid denom ${JSON.stringify(c.denom)}`);
  });
}

function parseDatanets(raw: unknown, params: DatanetParams): Datanet[] {
  const list = expectArray(raw, "datanets").map((v, i) => {
    const f = `datanets[${i}]`;
    const d = datanetFromJson(v, f);
    if (d.id === 0n) throw new GenesisError(`${f}.id`, "ids start at 1");
    asGenesis(`${f}.owner`, () => addressBytes(d.owner, "owner"));
    asGenesis(`${f}.metadata`, () => validateMetadata(d.metadata));
    asGenesis(`${f}.policy`, () => validatePolicy(d.policy, d.policy.curation === "OPEN" ? 1 : 2));
    asGenesis(`${f}.policy.limits`, () => validateLimitsWithin(d.policy, params));
    asGenesis(`${f}.curators`, () => validateCurators(d.curators));
    if (d.curators.length > params.maxCurators) throw new GenesisError(`${f}.curators`, `${d.curators.length} curators, at most ${params.maxCurators}`);
    return { ...d, metadata: { ...d.metadata, tags: [...d.metadata.tags].sort() } };
  });
  unique(list, (d) => d.id.toString(), (i) => `datanets[${i}].id`, "datanet id");
  return list.sort((a, b) => (a.id < b.id ? -1 : 1));
}

function parseVocabularies(raw: unknown, datanets: Set<string>): ParsedGenesis["vocabularies"] {
  const list = expectArray(raw, "vocabularies").map((v, i) => {
    const f = `vocabularies[${i}]`;
    const o = expectObject(v, f);
    const datanetId = readU64(o.datanet_id, `${f}.datanet_id`);
    if (!datanets.has(datanetId.toString())) throw new GenesisError(`${f}.datanet_id`, `unknown datanet ${datanetId}`);
    const words = expectArray(o.words, `${f}.words`).map((w, j) => {
      const s = expectString(w, `${f}.words[${j}]`);
      const t = tokenize(s);
      if (t.length !== 1 || t[0] !== s) throw new GenesisError(`${f}.words[${j}]`, `${JSON.stringify(s)} is not one normalised token`);
      return s;
    });
    unique(words, (w) => w, (j) => `${f}.words[${j}]`, "word");
    return { datanetId, words };
  });
  unique(list, (v) => v.datanetId.toString(), (i) => `vocabularies[${i}].datanet_id`, "vocabulary for datanet");
  return list.sort((a, b) => (a.datanetId < b.datanetId ? -1 : 1));
}

function parseContributions(raw: unknown, datanets: Set<string>): Contribution[] {
  const list = expectArray(raw, "contributions").map((v, i) => {
    const f = `contributions[${i}]`;
    const c = contributionFromJson(v, f);
    if (c.id === 0n) throw new GenesisError(`${f}.id`, "ids start at 1");
    if (!datanets.has(c.datanetId.toString())) throw new GenesisError(`${f}.datanet_id`, `unknown datanet ${c.datanetId}`);
    asGenesis(`${f}.contributor`, () => addressBytes(c.contributor, "contributor"));
    asGenesis(`${f}.metadata`, () => validateRecordMetadata(c.metadata, "metadata"));
    if (c.tokens === 0) throw new GenesisError(`${f}.tokens`, "a record has at least one token");
    if (c.maskedTokens * 2 > c.tokens) throw new GenesisError(`${f}.masked_tokens`, `${c.maskedTokens} of ${c.tokens} tokens masked; at most half may be`);
    if (c.deposit && !isValidDenom(c.deposit.denom)) throw new GenesisError(`${f}.deposit.denom`, `invalid denom ${JSON.stringify(c.deposit.denom)}`);
    return c;
  });
  unique(list, (c) => c.id.toString(), (i) => `contributions[${i}].id`, "contribution id");
  return list.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Checks one sequence against its contribution and vocabulary; returns both views. */
function checkSequence(s: SequenceJson, c: Contribution, vocabSize: number, f: string): TokenSequence {
  if (s.ids.length !== c.tokens) throw new GenesisError(`${f}.sequence.ids`, `${s.ids.length} ids, contribution ${c.id} has ${c.tokens} tokens`);
  const ids = Int32Array.from(s.ids);
  const unmasked = ids.slice();
  const inMask = new Uint8Array(ids.length);
  let prevEnd = 0;
  let k = 0;
  s.masks.forEach(([a, b], i) => {
    if (a < prevEnd || b <= a || b > ids.length) throw new GenesisError(`${f}.sequence.masks[${i}]`, `[${a}, ${b}) is empty, out of order or past the end`);
    prevEnd = b;
    for (let j = a; j < b; j++, k++) {
      inMask[j] = 1;
      const id = s.maskedIds[k];
      if (id === undefined) throw new GenesisError(`${f}.sequence.masked_ids`, "fewer ids than masked positions");
      unmasked[j] = id;
    }
  });
  if (k !== s.maskedIds.length) throw new GenesisError(`${f}.sequence.masked_ids`, `${s.maskedIds.length} ids for ${k} masked positions`);
  if (k !== c.maskedTokens) throw new GenesisError(`${f}.sequence.masks`, `${k} masked positions, contribution ${c.id} says ${c.maskedTokens}`);
  const top = FIRST_WORD_ID + vocabSize;
  for (const [j, id] of unmasked.entries()) {
    if (inMask[j] === 1 && ids[j] !== VOID) throw new GenesisError(`${f}.sequence.ids[${j}]`, `masked position holds ${ids[j]}, not VOID (${VOID})`);
    if (id < FIRST_WORD_ID || id >= top) throw new GenesisError(`${f}.sequence`, `token ${j} has id ${id}, outside the vocabulary ${FIRST_WORD_ID}..${top - 1}`);
  }
  if (!equalBytes(sequenceHash(unmasked), c.sequenceHash)) {
    throw new GenesisError(`${f}.sequence`, `hashes to another value than contribution ${c.id}'s sequence_hash`);
  }
  return { ids, unmasked, masks: s.masks };
}

function parseSequences(raw: unknown, byId: Map<string, Contribution>, vocabSize: Map<string, number>): Map<bigint, TokenSequence> {
  const out = new Map<bigint, TokenSequence>();
  expectArray(raw, "token_sequences").forEach((v, i) => {
    const f = `token_sequences[${i}]`;
    const s = sequenceFromJson(v, f);
    const c = byId.get(s.contributionId.toString());
    if (!c) throw new GenesisError(`${f}.contribution_id`, `unknown contribution ${s.contributionId}`);
    if (out.has(c.id)) throw new GenesisError(`${f}.contribution_id`, `duplicate sequence for contribution ${c.id}`);
    out.set(c.id, checkSequence(s, c, vocabSize.get(c.datanetId.toString()) ?? 0, f));
  });
  for (const c of byId.values()) {
    if (!out.has(c.id)) throw new GenesisError("token_sequences", `no sequence for contribution ${c.id}`);
  }
  return out;
}

/** Two live records of a datanet with one token sequence would break the exact-duplicate index. */
function checkLiveDuplicates(contributions: Contribution[]): void {
  const first = new Map<string, bigint>();
  for (const c of contributions) {
    if (c.status !== "PENDING" && c.status !== "ACCEPTED") continue;
    const k = `${c.datanetId}/${Buffer.from(c.sequenceHash).toString("hex")}`;
    const earlier = first.get(k);
    if (earlier !== undefined) throw new GenesisError("contributions", `contributions ${earlier} and ${c.id} of datanet ${c.datanetId} are live exact duplicates`);
    first.set(k, c.id);
  }
}

function parseVersions(raw: unknown, byId: Map<string, Contribution>): DatanetVersion[] {
  const list = expectArray(raw, "versions").map((v, i) => ({ v: versionFromJson(v, `versions[${i}]`), f: `versions[${i}]` }));
  list.sort((a, b) => (a.v.datanetId !== b.v.datanetId ? (a.v.datanetId < b.v.datanetId ? -1 : 1) : a.v.number < b.v.number ? -1 : a.v.number > b.v.number ? 1 : 0));
  const frozen = new Set<string>();
  let frontier: Frontier = { leafCount: 0n, peaks: [] };
  let tokens = 0n;
  list.forEach(({ v, f }, i) => {
    const prev = list[i - 1]?.v;
    const first = !prev || prev.datanetId !== v.datanetId;
    if (first) {
      frontier = { leafCount: 0n, peaks: [] };
      tokens = 0n;
    }
    const expected = first ? 1n : prev.number + 1n;
    if (v.number !== expected) throw new GenesisError(`${f}.number`, `datanet ${v.datanetId} versions must run 1, 2, 3…; expected ${expected}, got ${v.number}`);
    if (v.addedContributionIds.length === 0) throw new GenesisError(`${f}.added_contribution_ids`, "a version adds at least one record");
    v.addedContributionIds.forEach((id, j) => {
      const g = `${f}.added_contribution_ids[${j}]`;
      const c = byId.get(id.toString());
      if (!c || c.datanetId !== v.datanetId || c.status !== "ACCEPTED") throw new GenesisError(g, `${id} is not an accepted contribution of datanet ${v.datanetId}`);
      if (frozen.has(id.toString())) throw new GenesisError(g, `contribution ${id} is already in an earlier version`);
      const prev = v.addedContributionIds[j - 1];
      if (prev !== undefined && id <= prev) throw new GenesisError(g, "ids must ascend within a version");
      frozen.add(id.toString());
      frontier = appendLeaf(frontier, c.contentHash);
      tokens += BigInt(c.tokens);
    });
    if (v.recordCount !== frontier.leafCount) throw new GenesisError(`${f}.record_count`, `is ${v.recordCount}, the versions so far hold ${frontier.leafCount} records`);
    if (v.totalTokens !== tokens) throw new GenesisError(`${f}.total_tokens`, `is ${v.totalTokens}, the records hold ${tokens}`);
    if (!equalBytes(v.merkleRoot, frontierRoot(frontier))) throw new GenesisError(`${f}.merkle_root`, "does not match the records' content hashes");
  });
  return list.map(({ v }) => v);
}

function parseContents(raw: unknown): ParsedGenesis["contents"] {
  const list = expectArray(raw, "contents").map((v, i) => {
    const f = `contents[${i}]`;
    const o = expectObject(v, f);
    const hash = readHash(o.hash, `${f}.hash`);
    const b64 = expectString(o.body, `${f}.body`);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) throw new GenesisError(`${f}.body`, "must be standard base64");
    const body = new Uint8Array(Buffer.from(b64, "base64"));
    if (!equalBytes(sha256(body), hash)) throw new GenesisError(`${f}.body`, `does not hash to ${o.hash}`);
    return { hash, body };
  });
  unique(list, (c) => Buffer.from(c.hash).toString("hex"), (i) => `contents[${i}].hash`, "content");
  return list;
}

/** A content root the section's own bodies contradict is refused (roots of absent bodies cannot be checked). */
function checkContentRoots(raw: unknown[], contributions: Contribution[], contents: ParsedGenesis["contents"]): void {
  const bodies = new Map(contents.map((c) => [Buffer.from(c.hash).toString("hex"), c.body]));
  for (const c of contributions) {
    const body = c.contentRoot.length > 0 ? bodies.get(Buffer.from(c.contentHash).toString("hex")) : undefined;
    if (body && !equalBytes(contentRoot(body), c.contentRoot)) {
      const i = raw.findIndex((r) => String((r as { id?: unknown }).id) === c.id.toString());
      throw new GenesisError(`contributions[${i}].content_root`, `does not match the content root of contribution ${c.id}'s body in contents`);
    }
  }
}

/** Parses and checks the whole section; throws GenesisError naming the field. */
export function parseDatanetGenesis(g: DatanetGenesis): ParsedGenesis {
  const root = expectObject(g, "datanet");
  const params = paramsFromJson(root.params);
  validateParams(params);
  const datanets = parseDatanets(root.datanets, params);
  const dnIds = new Set(datanets.map((d) => d.id.toString()));
  const vocabularies = parseVocabularies(root.vocabularies, dnIds);
  const contributions = parseContributions(root.contributions, dnIds);
  const byId = new Map(contributions.map((c) => [c.id.toString(), c]));
  const vocabSize = new Map(vocabularies.map((v) => [v.datanetId.toString(), v.words.length]));
  const sequences = parseSequences(root.token_sequences, byId, vocabSize);
  checkLiveDuplicates(contributions);
  const versions = parseVersions(root.versions, byId);
  const contents = parseContents(root.contents);
  checkContentRoots(root.contributions as unknown[], contributions, contents);
  return { params, datanets, contributions, vocabularies, sequences, versions, contents };
}
