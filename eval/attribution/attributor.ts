/**
 * What the harness evaluates: an attributor maps an output (and its prompt) to points per
 * training contributor. A backend builds one over a set of documents for any parameter set,
 * so a sweep reuses the index.
 */
import type { AttributionParams } from "../../modules/attribution/engine/params.ts";
import { type Credit, standInAttribute } from "./standIn.ts";
import { type IndexedDoc, SuffixIndex } from "./suffixIndex.ts";

export type Attributor = (output: Int32Array, prompt?: Int32Array) => Credit;

export interface AttributionBackend {
  readonly name: string;
  /** Indexes `docs` (contributor ids < contributors) once; returns an attributor per parameter set. */
  build(docs: readonly IndexedDoc[], contributors: number): (params: AttributionParams) => Attributor;
}

export const standInBackend: AttributionBackend = {
  name: "stand-in",
  build(docs, contributors) {
    const index = new SuffixIndex(docs, contributors);
    return (params) => (output, prompt) => standInAttribute(index, params, output, prompt);
  },
};
