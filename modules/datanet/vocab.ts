import type { Context } from "../../chain/context.ts";
import { datanetErrors } from "./errors.ts";
import type { DatanetKeeper } from "./keeper.ts";
import type { DatanetCounters } from "./types.ts";

/** Word ids are int32 in token sequences and suffix arrays. */
const MAX_WORD_ID = 0x7fffffff;

/**
 * Maps words to a datanet's append-only vocabulary, giving a new word the next id (≥ 3) in
 * chain order of first occurrence. Ids are assigned at ingestion, not acceptance: dedup
 * compares id sequences, so a pending record needs its ids already. `counters.nextWordId` is
 * advanced in place; the caller writes the counters once per message. The map only caches
 * lookups (never iterated), so it cannot change a result.
 */
export class VocabMapper {
  private readonly cache = new Map<string, number>();

  constructor(
    private readonly ctx: Context,
    private readonly keeper: DatanetKeeper,
    private readonly datanetId: bigint,
    private readonly counters: DatanetCounters,
  ) {}

  /** PERF: one store read per distinct word of the message, one write per new word. */
  map(words: readonly string[]): Int32Array {
    const ids = new Int32Array(words.length);
    for (const [i, word] of words.entries()) ids[i] = this.idOf(word);
    return ids;
  }

  private idOf(word: string): number {
    let id = this.cache.get(word);
    if (id !== undefined) return id;
    id = this.keeper.getWordId(this.ctx.kv, this.datanetId, word);
    if (id === undefined) {
      if (this.counters.nextWordId >= MAX_WORD_ID) {
        throw datanetErrors.invalidRecord.wrap(`datanet ${this.datanetId} vocabulary is full (${MAX_WORD_ID} words)`);
      }
      id = this.counters.nextWordId++;
      this.keeper.setWordId(this.ctx, this.datanetId, word, id);
    }
    this.cache.set(word, id);
    return id;
  }
}
