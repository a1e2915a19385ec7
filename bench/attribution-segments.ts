/**
 * What LSM merging buys at attribution time (segmentLayout.ts): a 10 M-token synthetic
 * datanet published as 100 versions of ~100k tokens, attributed as one segment per version
 * (what indexes were before merging) and as the merged layout of segmentLayout.ts (8 segments).
 * 256-token outputs, copy-heavy and random (bench/lib/attributionCorpus.ts); wall and CPU
 * p50/p99 per output, gas per output, and a check that both indexes give the same results
 * (segment count aside). Also the layout's build cost over the 100 publications, computed from
 * the layout history (tokens each version rewrites), not built.
 *
 *   npx tsx bench/run.ts attribution-segments
 *   BENCH_SEGMENTS_OUTPUTS=1000   outputs per kind
 *   BENCH_SEGMENTS_VERSIONS=100   versions        BENCH_SEGMENTS_TOKENS=10000000   corpus tokens
 */
import { isDeepStrictEqual } from "node:util";
import { attribute, type Attribution, type AttributionRequest } from "../modules/attribution/engine/attribute.ts";
import { type AttributionIndex, makeIndex } from "../modules/attribution/engine/attributionIndex.ts";
import { attributionGas } from "../modules/attribution/engine/gas.ts";
import { buildSegmentFromStream, type Segment } from "../modules/attribution/engine/segment.ts";
import { Rng } from "../test/support/rng.ts";
import { nextLayout, rangeKey, type SegmentRange, segmentLayout } from "../modules/attribution/segmentLayout.ts";
import { copyHeavyOutput, randomOutput, type SyntheticCorpus, syntheticCorpus, ZipfWords } from "./lib/attributionCorpus.ts";
import { emit, note } from "./lib/emit.ts";
import { nowMs, summarize } from "./lib/stats.ts";

const OUTPUTS = Number(process.env.BENCH_SEGMENTS_OUTPUTS ?? 1000);
const VERSIONS = Number(process.env.BENCH_SEGMENTS_VERSIONS ?? 100);
const TOKENS = Number(process.env.BENCH_SEGMENTS_TOKENS ?? 10_000_000);
const WARM = 100;

/** Version v holds documents [cut[v-1], cut[v]): about TOKENS / VERSIONS tokens each. */
function versionCuts(corpus: SyntheticCorpus): number[] {
  const docs = corpus.docStart.length;
  const cuts = [0];
  for (let v = 1; v < VERSIONS; v++) {
    const want = Math.floor((corpus.tokens.length * v) / VERSIONS);
    let d = cuts[v - 1]! + 1;
    while (d < docs - (VERSIONS - v) && corpus.docStart[d]! < want) d++;
    cuts.push(d);
  }
  cuts.push(docs);
  return cuts;
}

/** A segment over documents [from, to) of the corpus stream. */
function segmentOf(corpus: SyntheticCorpus, from: number, to: number): Segment {
  const begin = corpus.docStart[from];
  const end = to < corpus.docStart.length ? corpus.docStart[to] : corpus.tokens.length;
  const tokens = corpus.tokens.slice(begin, end);
  tokens[tokens.length - 1] = 0;
  return buildSegmentFromStream({ tokens, docContribution: corpus.docContribution.slice(from, to), docContributor: corpus.docContributor.slice(from, to) });
}

function timeBuild(label: string, build: () => Segment[]): Segment[] {
  const c0 = process.cpuUsage();
  const t0 = nowMs();
  const segs = build();
  const cpu = process.cpuUsage(c0);
  note(`${label}: ${segs.length} segments in ${((nowMs() - t0) / 1e3).toFixed(1)} s (${((cpu.user + cpu.system) / 1e6).toFixed(1)} CPU s)`);
  return segs;
}

function latency(kind: string, layout: string, index: AttributionIndex, outputs: Int32Array[]): Attribution[] {
  const request = (o: Int32Array): AttributionRequest => ({ corpora: [{ index, output: o }] });
  for (let i = 0; i < WARM; i++) attribute(request(outputs[i]!));
  const wall: number[] = [];
  const cpu: number[] = [];
  const results: Attribution[] = [];
  let gas = 0;
  for (let i = WARM; i < outputs.length; i++) {
    const c0 = process.cpuUsage();
    const t0 = nowMs();
    const r = attribute(request(outputs[i]!));
    wall.push(nowMs() - t0);
    const c1 = process.cpuUsage(c0);
    cpu.push((c1.user + c1.system) / 1e3);
    gas += attributionGas(r.stats);
    results.push(r);
  }
  const s = summarize(wall);
  const c = summarize(cpu);
  emit(`attribution_segments_${kind}`, {
    layout, segments: index.segments.length, corpus_tokens: TOKENS, versions: VERSIONS, outputs: wall.length, output_tokens: 256,
    p50_ms: s.p50, p99_ms: s.p99, cpu_p50_ms: c.p50, cpu_p99_ms: c.p99, mean_ms: s.mean, gas_per_output: Math.round(gas / wall.length),
  });
  return results;
}

/** Tokens each publication rewrites under the layout (its own segment + the merge), as shares of the datanet. */
function layoutCost(tokens: bigint[]): void {
  let state = { layout: [] as SegmentRange[], sizes: [] as bigint[] };
  let total = 0n;
  let merged = 0n;
  let worst = 0n;
  for (let n = 1; n <= tokens.length; n++) {
    const before = new Set(state.layout.map(rangeKey));
    const added = tokens[n - 1]!;
    state = nextLayout(state.layout, state.sizes, BigInt(n), added);
    total += added;
    state.layout.forEach((r, i) => {
      const size = state.sizes[i]!;
      if (before.has(rangeKey(r)) || r.first === r.last) return;
      merged += size;
      if (size > worst) worst = size;
    });
  }
  emit("attribution_segments_layout_cost", {
    versions: tokens.length, corpus_tokens: Number(total), final_layout: segmentLayout(tokens).map(rangeKey).join(" "),
    merged_tokens_per_token: Number(merged) / Number(total), largest_merge_tokens: Number(worst), largest_merge_share: Number(worst) / Number(total),
  });
}

const sameResults = (a: Attribution[], b: Attribution[]): boolean =>
  a.every((x, i) => isDeepStrictEqual({ ...x, stats: { ...x.stats, segments: 0 } }, { ...b[i], stats: { ...b[i]?.stats, segments: 0 } }));

note(`${TOKENS / 1e6} M tokens in ${VERSIONS} versions: generating the corpus`);
const corpus = syntheticCorpus(TOKENS);
const cuts = versionCuts(corpus);
const versionTokens = Array.from({ length: VERSIONS }, (_, v) => BigInt((v + 1 < VERSIONS ? corpus.docStart[cuts[v + 1]!]! : corpus.tokens.length) - corpus.docStart[cuts[v]!]!));
layoutCost(versionTokens);
const perVersion = makeIndex(timeBuild("one segment per version", () => Array.from({ length: VERSIONS }, (_, v) => segmentOf(corpus, cuts[v]!, cuts[v + 1]!))));
const merged = makeIndex(timeBuild("merged layout", () => segmentLayout(versionTokens).map((r) => segmentOf(corpus, cuts[Number(r.first) - 1]!, cuts[Number(r.last)]!))));
const rng = new Rng(77);
const words = new ZipfWords(corpus.vocabulary, rng);
const copies = Array.from({ length: OUTPUTS + WARM }, () => copyHeavyOutput(corpus, words, rng));
const randoms = Array.from({ length: OUTPUTS + WARM }, () => randomOutput(words));
for (const [kind, outputs] of [["copy_heavy", copies], ["random", randoms]] as const) {
  note(`${kind}: ${VERSIONS} segments, then merged`);
  const a = latency(kind, "one_per_version", perVersion, outputs);
  const b = latency(kind, "merged", merged, outputs);
  emit(`attribution_segments_${kind}_same_results`, { outputs: a.length, identical: sameResults(a, b) });
}
