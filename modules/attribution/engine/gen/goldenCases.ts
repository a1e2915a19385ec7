/**
 * Golden vectors of the attribution engine: a fixed two-datanet corpus, outputs and prompts,
 * and what each released parameter set makes of them (index bytes hashes, points, residual,
 * spans, gas, a fee split). `golden.json` (set 1) and `golden.v2.json` (set 2) hold both;
 * golden.test.ts recomputes the outputs from the stored inputs and fails on any difference,
 * because any difference forks the chain. A released set's file is never regenerated with
 * other results: each keeps guarding the records made under its version.
 *
 * Words are split on spaces and mapped through each datanet's vocabulary by first occurrence
 * (ids from 3), like the datanet module does; the engine only ever sees the ids.
 */
import { attribute, type AttributionCorpus } from "../attribute.ts";
import { deleteContributions, makeIndex } from "../attributionIndex.ts";
import { echoIds } from "../echoIds.ts";
import { attributionGas } from "../gas.ts";
import { type AttributionParams, makeParams, PARAMS_V1, PARAMS_V2 } from "../params.ts";
import { buildSegment, segmentBytes } from "../segment.ts";
import { indexHash, segmentHash } from "../serialize.ts";
import { splitFee } from "../split.ts";
import { createHash } from "node:crypto";

export interface GoldenDoc {
  contribution: string;
  contributor: number;
  text: string;
}

export type GoldenParamsName = "v1" | "v2" | "experimental";

export interface GoldenInputs {
  /** Per datanet: segments (versions) of documents, and the contributions deleted since. */
  datanets: { segments: GoldenDoc[][]; deleted: string[] }[];
  outputs: { name: string; text: string; prompt?: string; params: GoldenParamsName }[];
  fee: string;
}

const A = "the river carries silt from the mountains to the delta where farmers have grown rice for three thousand years";
const B = "every spring the snow melts and the water rises until the low fields flood and the old channels fill again";
const C = "a suffix array lists every suffix of a text in sorted order so that any phrase can be found by binary search";
const D = "contributors are paid when a model output repeats a span of their records that few other records contain";
const E = "the committee met on tuesday and agreed that the bridge would be repaired before the rainy season began";

export const GOLDEN_INPUTS: GoldenInputs = {
  datanets: [
    {
      segments: [
        [
          { contribution: "1", contributor: 11, text: `${A} and the delta is now home to ten million people` },
          { contribution: "2", contributor: 12, text: `notes on hydrology : ${B}` },
          { contribution: "3", contributor: 13, text: `${C} in logarithmic time` },
        ],
        [
          { contribution: "7", contributor: 12, text: `${D} , which is the rule of this chain` },
          { contribution: "8", contributor: 14, text: `quoted : ${B} . end of quote` },
          { contribution: "9", contributor: 15, text: `${E} and the ferry would run until then` },
        ],
      ],
      deleted: ["9"],
    },
    {
      segments: [
        [
          { contribution: "20", contributor: 13, text: `in short , ${C}` },
          { contribution: "21", contributor: 16, text: `minutes : ${E}` },
          { contribution: "22", contributor: 17, text: `${D} and nothing else ; every spring the snow melts` },
        ],
      ],
      deleted: [],
    },
  ],
  outputs: [
    { name: "verbatim single source", text: A, params: "v1" },
    { name: "one span held by two contributors", text: `as we know , ${B}`, params: "v1" },
    { name: "across both datanets", text: `${C} , and ${D}`, params: "v1" },
    { name: "deleted source falls back to the other datanet", text: E, params: "v1" },
    { name: "deleted source only", text: "and then the ferry would run until then", params: "v1" },
    { name: "noisy copy with unknown words", text: "the river carries silt from the hills to the delta where zorblat farmers have grown rice for three thousand years", params: "v1" },
    { name: "prompt echo", text: `${C} in logarithmic time`, prompt: `please repeat : a suffix array lists every suffix of a text`, params: "v1" },
    { name: "nothing matches", text: "colourless green ideas sleep furiously under a purple sky", params: "v1" },
    { name: "experimental set: one payee", text: `the water rises until ${B}`, params: "experimental" },
    { name: "experimental set: a generic span", text: "we saw that every spring the snow melts", params: "experimental" },
  ],
  fee: "1000000007",
};

/**
 * The vectors of set 2: the same corpus and outputs, the released outputs computed with v2
 * (the experimental ones stay as they are, to keep every residual cause exercised).
 */
export const GOLDEN_INPUTS_V2: GoldenInputs = {
  ...GOLDEN_INPUTS,
  outputs: GOLDEN_INPUTS.outputs.map((o) => ({ ...o, params: o.params === "v1" ? "v2" : o.params })),
};

/** The golden files, by the released set each guards. */
export const GOLDEN_FILES: readonly { file: string; inputs: GoldenInputs }[] = [
  { file: "golden.json", inputs: GOLDEN_INPUTS },
  { file: "golden.v2.json", inputs: GOLDEN_INPUTS_V2 },
];

const EXPERIMENTAL: AttributionParams = makeParams({ minLen: 3, occCap: 2, maxPayees: 1 });
const PARAMS_BY_NAME: Readonly<Record<GoldenParamsName, AttributionParams>> = { v1: PARAMS_V1, v2: PARAMS_V2, experimental: EXPERIMENTAL };

const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");
const words = (t: string): string[] => t.split(" ").filter((w) => w.length > 0);

function vocabularyOf(inputs: GoldenInputs["datanets"][number]): Map<string, number> {
  const v = new Map<string, number>();
  for (const seg of inputs.segments) for (const d of seg) for (const w of words(d.text)) if (!v.has(w)) v.set(w, 3 + v.size);
  return v;
}

export function computeGolden(inputs: GoldenInputs): Record<string, unknown> {
  const vocabs = inputs.datanets.map(vocabularyOf);
  const indexes = inputs.datanets.map((dn, i) => {
    const segments = dn.segments.map((docs) =>
      buildSegment(docs.map((d) => ({ tokens: Int32Array.from(words(d.text), (w) => vocabs[i]!.get(w) as number), contributionId: BigInt(d.contribution), contributor: d.contributor }))),
    );
    return deleteContributions(makeIndex(segments), dn.deleted.map(BigInt));
  });
  const outputs = inputs.outputs.map((o) => {
    const params = PARAMS_BY_NAME[o.params];
    const out = words(o.text);
    const corpora: AttributionCorpus[] = indexes.map((index, i) => ({ index, output: Int32Array.from(out, (w) => vocabs[i]!.get(w) ?? -1) }));
    const r = attribute({ corpora, echo: o.prompt === undefined ? undefined : echoIds(out, words(o.prompt)) }, params);
    const split = splitFee(BigInt(inputs.fee), r.contributors.map((c) => c.points), r.totalPoints);
    return {
      name: o.name,
      paramsVersion: r.paramsVersion,
      tokens: r.tokens,
      contributors: r.contributors,
      contributions: r.contributions.map((c) => ({ ...c, contribution: c.contribution.toString() })),
      residual: r.residual,
      residualParts: r.residualParts,
      spans: r.spans.map((s) => ({ ...s, documents: s.documents.map((d) => [d.corpus, d.document, d.contribution.toString(), d.contributor]) })),
      stats: r.stats,
      gas: attributionGas(r.stats),
      split: { credits: split.credits.map(String), remainder: split.remainder.toString() },
    };
  });
  return {
    params: releasedParamsSummary(inputs),
    indexes: indexes.map((index) => ({
      indexSha256: hex(indexHash(index)),
      segmentSha256: index.segments.map((s) => hex(segmentHash(s))),
      bytes: index.segments.reduce((n, s) => n + segmentBytes(s), 0),
    })),
    outputs,
  };
}

/** The released sets the inputs use (the experimental one is pinned by its outputs). */
function releasedParamsSummary(inputs: GoldenInputs): Record<string, unknown> {
  const names = [...new Set(inputs.outputs.map((o) => o.params))].filter((n) => n !== "experimental").sort();
  return Object.fromEntries(
    names.map((n) => {
      const p = PARAMS_BY_NAME[n];
      return [n, { ...p, spec: undefined, lenWeight: undefined, specSha256: sha(p.spec), lenWeightSha256: sha(p.lenWeight) }];
    }),
  );
}

function sha(xs: readonly number[]): string {
  return createHash("sha256").update(xs.join(",")).digest("hex");
}
