/**
 * Recomputes an attribution record from public chain data alone (`attribution verify` and
 * `explain`): each manifest version's documents (Version + TokenSequence for versions 1..N,
 * contributors numbered by their account numbers, segments grouped by the versions' token
 * counts, as the chain defines them), the index built locally by the chain's own code and
 * checked against the on-chain commitment, the datanet vocabulary, then the same
 * `attributeText` / `buildRecord` the chain ran, cutting the output with the text rules of the
 * rules version the record's block ran (the chain's rules schedule).
 */
import { bytesToHex } from "@noble/hashes/utils.js";
import { type DocumentSource, buildVersionIndex } from "../../../modules/attribution/documents.ts";
import { attributeText, buildRecord, type ManifestCorpus } from "../../../modules/attribution/compute.ts";
import { type Attribution, indexHash, paramsForVersion } from "../../../modules/attribution/engine/index.ts";
import type { TextRulesOf } from "../../../modules/attribution/expected.ts";
import { textRules } from "../../../modules/datanet/rules.ts";
import type { Rules } from "../../../chain/rules.ts";
import type { AttributionRecord, ManifestEntry } from "../../../modules/attribution/types.ts";
import { addressString } from "../../../chain/address.ts";
import type { KVReader } from "../../../chain/store/types.ts";
import { UserError } from "../errors.ts";
import type { AttributionChain } from "./chainQueries.ts";

/** What the chain data says about a manifest's versions, fetched once (then read synchronously). */
interface Fetched {
  versions: Map<string, { addedContributionIds: bigint[]; totalTokens: bigint }>;
  contributors: Map<bigint, string>;
  sequences: Map<bigint, Int32Array>;
  accountNumbers: Map<string, bigint>;
}

export interface Recomputed {
  record: AttributionRecord;
  attribution: Attribution;
  /** The rebuilt index hash of each manifest entry (equal to its commitment). */
  indexHashes: { entry: ManifestEntry; hash: string }[];
  /** The rules version of the record's height, whose text rules cut the output. */
  rules: Rules;
  /** The output's words under those text rules (span offsets index them). */
  words: string[];
}

const NO_KV = {} as KVReader;
const vkey = (dn: bigint, v: bigint) => `${dn}/${v}`;

/** Fetches versions 1..N of a datanet with their contributions' sequences and contributors' numbers. PERF: O(documents) queries. */
async function fetchDatanet(chain: AttributionChain, entry: ManifestEntry, into: Fetched): Promise<void> {
  for (let n = 1n; n <= entry.version; n++) {
    const v = await chain.datanet.version(entry.datanetId, n);
    into.versions.set(vkey(entry.datanetId, n), { addedContributionIds: v.addedContributionIds, totalTokens: v.totalTokens });
    for (const id of v.addedContributionIds) {
      const c = await chain.datanet.contribution(id);
      into.contributors.set(id, c.contributor);
      into.sequences.set(id, Int32Array.from((await chain.datanet.tokenSequence(id)).ids));
      if (!into.accountNumbers.has(c.contributor)) {
        const num = await chain.accountNumber(c.contributor);
        if (num !== undefined) into.accountNumbers.set(c.contributor, num);
      }
    }
  }
}

/** A DocumentSource over fetched data: documents.ts reads only these fields. */
function documentSource(f: Fetched): DocumentSource {
  return {
    datanet: {
      getVersion: (_kv, dn, v) => {
        const version = f.versions.get(vkey(dn, v));
        return version ? (version as never) : undefined;
      },
      getContribution: (_kv, id) => (f.contributors.has(id) ? ({ contributor: f.contributors.get(id) } as never) : undefined),
      getSequence: (_kv, id) => (f.sequences.has(id) ? ({ ids: f.sequences.get(id) } as never) : undefined),
    },
    accounts: { accountNumber: (_kv, addr) => f.accountNumbers.get(addressString(addr)) },
  };
}

/**
 * Rebuilds every manifest index, checks each hash against the READY commitment, and re-runs the
 * record's attribution with its params version and the text rules of its height's rules version
 * (`textRulesOf`: datanet's table; tests inject another). Throws a UserError naming a commitment mismatch.
 */
export async function recompute(chain: AttributionChain, onChain: AttributionRecord, textRulesOf: TextRulesOf = textRules): Promise<Recomputed> {
  const f: Fetched = { versions: new Map(), contributors: new Map(), sequences: new Map(), accountNumbers: new Map() };
  const corpora: ManifestCorpus[] = [];
  const indexHashes: Recomputed["indexHashes"] = [];
  for (const entry of onChain.manifest) {
    const commitment = await chain.commitment(entry.datanetId, entry.version);
    if (commitment.status !== "READY") throw new UserError(`datanet ${entry.datanetId} version ${entry.version} has no READY index commitment (status ${commitment.status})`);
    await fetchDatanet(chain, entry, f);
    const index = buildVersionIndex(documentSource(f), NO_KV, entry.datanetId, entry.version);
    const hash = bytesToHex(indexHash(index));
    if (hash !== bytesToHex(commitment.indexHash)) {
      throw new UserError(`index of datanet ${entry.datanetId} version ${entry.version} rebuilt from chain data hashes to ${hash}, the chain's commitment is ${bytesToHex(commitment.indexHash)}`);
    }
    indexHashes.push({ entry, hash });
    const vocab = await chain.vocabulary(entry.datanetId);
    corpora.push({ entry, index, wordId: (w) => vocab.get(w) });
  }
  const rules = await chain.rulesAt(onChain.height);
  const text = textRulesOf(rules);
  const attribution = attributeText(corpora, onChain.output, onChain.prompt, paramsForVersion(onChain.paramsVersion), text);
  const record = buildRecord(attribution, {
    id: onChain.id, submitter: onChain.submitter, manifest: onChain.manifest, output: onChain.output, prompt: onChain.prompt,
    fee: onChain.fee, height: onChain.height, contributorOf: (id) => {
      const c = f.contributors.get(id);
      if (c === undefined) throw new UserError(`the attribution credits contribution ${id}, which is in no manifest version`);
      return c;
    },
  });
  return { record, attribution, indexHashes, rules, words: text.tokenize(onChain.output) };
}
