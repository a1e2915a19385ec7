/**
 * Sybil sweep: a span of SPAN_LEN fresh words held by c honest contributors;
 * an attacker uploads it j more times, under j new identities (or all under one). The output is
 * the span; the attacker's share of its value ℓ·P must stay within 1/(4c) for every j (α = 1
 * gives j/(c+j)² ≤ 1/(4c)). The span is shorter than the 32-token masking threshold of ingestion
 * (modules/datanet/text/sharedRuns.ts), so these copies would be accepted: attribution alone must bound them.
 */
import type { AttributionParams } from "../../modules/attribution/engine/params.ts";
import type { AttributionBackend, Attributor } from "../attribution/attributor.ts";
import type { IndexedDoc } from "../attribution/suffixIndex.ts";
import type { Rng } from "../rng.ts";

export const SPAN_LEN = 24;

export interface SybilCase {
  honest: number;
  sybils: number;
  oneIdentity: boolean;
  output: Int32Array;
  attacker: Set<number>;
  attributor: (params: AttributionParams) => Attributor;
}

export interface SybilOptions {
  background: readonly IndexedDoc[];
  contributors: number;
  /** The span uses ids [freshBase, freshBase + SPAN_LEN), which no background document holds. */
  freshBase: number;
  honest: readonly number[];
  sybils: readonly number[];
  backend: AttributionBackend;
  rng: Rng;
}

function around(span: Int32Array, host: Int32Array, rng: Rng): Int32Array {
  const cut = rng.int(Math.min(host.length, 60) + 1);
  const out = new Int32Array(cut + span.length + 20);
  out.set(host.subarray(0, cut));
  out.set(span, cut);
  for (let i = cut + span.length; i < out.length; i++) out[i] = host.length > 0 ? host[rng.int(host.length)]! : 3;
  return out;
}

export function makeSybilCases(o: SybilOptions): SybilCase[] {
  const span = Int32Array.from({ length: SPAN_LEN }, (_, i) => o.freshBase + i);
  const cases: SybilCase[] = [];
  const host = (rng: Rng) => o.background[rng.int(o.background.length)]!.tokens;
  for (const c of o.honest) {
    const variants: { j: number; one: boolean }[] = o.sybils.map((j) => ({ j, one: false }));
    const most = Math.max(...o.sybils);
    if (most > 1) variants.push({ j: most, one: true });
    for (const { j, one } of variants) {
      const rng = o.rng.fork(c * 1_000 + j * 2 + (one ? 1 : 0));
      const docs: IndexedDoc[] = [...o.background];
      for (let h = 0; h < c; h++) docs.push({ tokens: around(span, host(rng), rng), contributor: o.contributors + h });
      const attacker = new Set<number>();
      for (let s = 0; s < j; s++) {
        const id = o.contributors + c + (one ? 0 : s);
        attacker.add(id);
        docs.push({ tokens: around(span, host(rng), rng), contributor: id });
      }
      const attributor = o.backend.build(docs, o.contributors + c + Math.max(1, j));
      cases.push({ honest: c, sybils: j, oneIdentity: one, output: span, attacker, attributor });
    }
  }
  return cases;
}

/** The attacker's share of the span's full value ℓ·P under `params`. */
export function sybilShare(sc: SybilCase, params: AttributionParams, pointsPerToken: number): number {
  const credit = sc.attributor(params)(sc.output);
  let pts = 0;
  for (const [c, p] of credit) if (sc.attacker.has(c)) pts += p;
  return pts / (SPAN_LEN * pointsPerToken);
}
