/**
 * The evaluation corpus: SpamAssassin mails (test/corpus.ts) tokenised with the datanet
 * tokenizer, word ids ≥ 3 assigned in corpus order, senders as contributors (ids in order of
 * first mail), and a seeded split of contributors into training and held-out (prompt) sets.
 */
import { LATEST_RULES_VERSION, rulesOf } from "../chain/rules.ts";
import { textRules } from "../modules/datanet/rules.ts";
import { loadCorpus } from "../test/corpus.ts";
import type { Rng } from "./rng.ts";

/**
 * The eval measures attribution as a new chain runs it: the text rules of the newest rules
 * version (the table the chain reads by height, modules/datanet/rules.ts), not a tokenizer of its own.
 */
const tokenize = (text: string) => textRules(rulesOf(LATEST_RULES_VERSION)).tokenize(text);

/** Smallest word id: 0, 1 and 2 are reserved, as in the engine's segments (modules/attribution/engine/segment.ts: 1 separator, 2 VOID). */
export const FIRST_WORD_ID = 3;

export interface EvalDoc {
  tokens: Int32Array;
  contributor: number;
  /** The mail id (`<group>/<file>`), for reading results. */
  id: string;
}

export interface EvalCorpus {
  docs: EvalDoc[];
  /** Sender address per contributor id. */
  contributors: string[];
  /** One more than the largest word id (ids ≥ FIRST_WORD_ID are words). */
  vocabSize: number;
  /** Word per id (ids below FIRST_WORD_ID are ""). */
  words: string[];
}

export interface CorpusOptions {
  /** At most this many mails, in corpus order. */
  limit?: number;
  /** Mails with fewer tokens are dropped (the chain accepts records of 32–20,000 tokens). */
  minDocTokens?: number;
  /** Longer mails are cut to their first this-many tokens. */
  maxDocTokens?: number;
}

/** Builds the corpus from raw texts (used by loadEvalCorpus and by tests on toy data). */
export function buildCorpus(mails: { id: string; sender: string; body: string }[], opts: CorpusOptions = {}): EvalCorpus {
  const minTokens = opts.minDocTokens ?? 32;
  const maxTokens = opts.maxDocTokens ?? 20_000;
  const vocab = new Map<string, number>();
  const words = ["", "", ""];
  const senders = new Map<string, number>();
  const contributors: string[] = [];
  const docs: EvalDoc[] = [];
  for (const m of mails) {
    const toks = tokenize(m.body);
    if (toks.length < minTokens) continue;
    const n = Math.min(toks.length, maxTokens);
    const ids = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const tok = toks[i]!;
      let id = vocab.get(tok);
      if (id === undefined) {
        id = words.length;
        vocab.set(tok, id);
        words.push(tok);
      }
      ids[i] = id;
    }
    let c = senders.get(m.sender);
    if (c === undefined) {
      c = contributors.length;
      senders.set(m.sender, c);
      contributors.push(m.sender);
    }
    docs.push({ tokens: ids, contributor: c, id: m.id });
  }
  return { docs, contributors, vocabSize: words.length, words };
}

export function loadEvalCorpus(opts: CorpusOptions = {}): EvalCorpus {
  return buildCorpus(loadCorpus({ limit: opts.limit }), opts);
}

export interface ContributorSplit {
  /** Training contributor ids, ascending. */
  train: number[];
  /** Held-out contributor ids (their mails become prompts), ascending. */
  heldOut: number[];
}

/** Holds out `fraction` of the contributors (at least one), chosen by `rng`. */
export function splitContributors(corpus: EvalCorpus, fraction: number, rng: Rng): ContributorSplit {
  const ids = rng.shuffle(corpus.contributors.map((_, i) => i));
  const k = Math.max(1, Math.round(ids.length * fraction));
  const asc = (a: number, b: number) => a - b;
  return { heldOut: ids.slice(0, k).sort(asc), train: ids.slice(k).sort(asc) };
}

/**
 * The training corpus with contributors renumbered 0..train.length−1 (so per-contributor arrays
 * are dense) and `original` mapping back to corpus contributor ids.
 */
export function trainingDocs(corpus: EvalCorpus, split: ContributorSplit): { docs: EvalDoc[]; original: number[] } {
  const renum = new Map(split.train.map((c, i) => [c, i]));
  const docs: EvalDoc[] = [];
  for (const d of corpus.docs) {
    const r = renum.get(d.contributor);
    if (r !== undefined) docs.push({ ...d, contributor: r });
  }
  return { docs, original: split.train };
}
