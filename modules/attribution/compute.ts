import { sha256 } from "@noble/hashes/sha2.js";
import type { Coin } from "../../chain/coins.ts";
import { type Attribution, type AttributionIndex, type AttributionParams, attribute, echoIds, splitFee } from "./engine/index.ts";
import { attributionErrors } from "./errors.ts";
import type { TextRules } from "./expected.ts";
import type { AttributionRecord, ManifestEntry } from "./types.ts";

/** One manifest entry ready to attribute against: its index and its datanet's vocabulary. */
export interface ManifestCorpus {
  entry: ManifestEntry;
  index: AttributionIndex;
  wordId(word: string): number | undefined;
}

/**
 * Tokenizes and attributes `output` (shared by the chain, Query/Attribute and `verify`, so all
 * three compute the same thing). Outputs longer than L_MAX tokens are refused rather than
 * truncated, so a stored output is exactly what was credited.
 * PERF: O(output + prompt words) vocabulary reads, then the engine (see attribute.ts).
 */
export function attributeText(corpora: readonly ManifestCorpus[], output: string, prompt: string, params: AttributionParams, text: TextRules): Attribution {
  const words = text.tokenize(output);
  if (words.length === 0) throw attributionErrors.invalidOutput.wrap("the output has no word tokens");
  if (words.length > params.lMax) throw attributionErrors.invalidOutput.wrap(`the output has ${words.length} tokens, more than L_MAX = ${params.lMax}`);
  const promptWords = prompt === "" ? [] : text.tokenize(prompt);
  return attribute(
    {
      corpora: corpora.map((c) => ({ index: c.index, output: Int32Array.from(words, (w) => c.wordId(w) ?? -1) })),
      echo: promptWords.length > 0 ? echoIds(words, promptWords) : undefined,
    },
    params,
  );
}

export interface RecordFacts {
  id: bigint;
  submitter: string;
  manifest: ManifestEntry[];
  output: string;
  prompt: string;
  fee: Coin | undefined;
  height: bigint;
  /** The contributor address of a contribution id (from the datanet module). */
  contributorOf(contributionId: bigint): string;
}

/** The stored record of an attribution: points as they are, `fee` split exactly by points. */
export function buildRecord(a: Attribution, f: RecordFacts): AttributionRecord {
  const address = new Map<number, string>();
  const contributions = a.contributions.map((c) => {
    const contributor = f.contributorOf(c.contribution);
    if (!address.has(c.contributor)) address.set(c.contributor, contributor);
    return { contributionId: c.contribution, contributor, points: BigInt(c.points) };
  });
  const split = splitFee(f.fee?.amount ?? 0n, a.contributors.map((c) => c.points), a.totalPoints);
  const p = a.residualParts;
  return {
    id: f.id,
    submitter: f.submitter,
    manifest: f.manifest,
    outputHash: sha256(new TextEncoder().encode(f.output)),
    output: f.output,
    prompt: f.prompt,
    tokens: a.tokens,
    totalPoints: BigInt(a.totalPoints),
    contributors: a.contributors.map((c, i) => {
      const addr = address.get(c.contributor);
      if (addr === undefined) throw new Error(`contributor number ${c.contributor} has points but no contribution`);
      // splitFee gives one credit per contributor, in order.
      return { contributor: addr, points: BigInt(c.points), amount: split.credits[i]! };
    }),
    contributions,
    residual: BigInt(a.residual),
    residualParts: {
      unmatched: BigInt(p.unmatched), echo: BigInt(p.echo), generic: BigInt(p.generic),
      deleted: BigInt(p.deleted), specificity: BigInt(p.specificity), unpaid: BigInt(p.unpaid),
    },
    fee: f.fee,
    remainder: split.remainder,
    paramsVersion: a.paramsVersion,
    height: f.height,
  };
}
