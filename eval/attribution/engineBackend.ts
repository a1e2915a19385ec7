/**
 * The engine under test (modules/attribution/engine): one segment over the training documents
 * (contribution id = document number), attributed through its public `attribute`, with the
 * prompt for echo exclusion (output and prompt share the corpus vocabulary, so their ids are
 * comparable as they are).
 */
import { attribute, buildSegment, makeIndex } from "../../modules/attribution/engine/index.ts";
import type { AttributionBackend } from "./attributor.ts";
import type { Credit } from "./standIn.ts";

export const engineBackend: AttributionBackend = {
  name: "engine",
  build(docs) {
    const index = makeIndex([buildSegment(docs.map((d, i) => ({ tokens: d.tokens, contributionId: i, contributor: d.contributor })))]);
    return (params) => (output, prompt) => {
      const r = attribute({ corpora: [{ index, output }], echo: prompt && prompt.length > 0 ? { output, prompt } : undefined }, params);
      const credit: Credit = new Map();
      for (const c of r.contributors) credit.set(c.contributor, c.points);
      return credit;
    };
  },
};
