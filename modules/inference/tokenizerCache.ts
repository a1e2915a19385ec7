/**
 * Parsed tokenizers by artifact hash, so a request does not parse the model's tokenizer JSON
 * (~0.15–1 ms for a 1,024-id vocabulary) every time. A bounded, node-local cache: it only saves
 * work, never changes a result (a hit is used only when its JSON is the model's, so two model
 * records naming one artifact with different tokenizer strings still get their own), and no gas
 * depends on it.
 */
import { LruCache } from "../../chain/store/lruCache.ts";
import { parseTokenizer, type Tokenizer } from "./tokenizer.ts";

interface Entry {
  json: string;
  tokenizer: Tokenizer;
}

export const TOKENIZER_CACHE_SIZE = 32;

export class TokenizerCache {
  private readonly entries: LruCache<string, Entry>;
  /** Parses done (misses), for tests. */
  parses = 0;

  constructor(capacity = TOKENIZER_CACHE_SIZE) {
    this.entries = new LruCache(capacity);
  }

  /** The tokenizer of `json`, the definition carried by the artifact with this hash. PERF: O(1) on a hit (plus a string compare), a parse on a miss. */
  get(artifactHash: Uint8Array, json: string): Tokenizer {
    const key = Array.from(artifactHash, (b) => b.toString(16).padStart(2, "0")).join("");
    const hit = this.entries.get(key);
    if (hit && hit.json === json) return hit.tokenizer;
    const tokenizer = parseTokenizer(json);
    this.parses++;
    this.entries.set(key, { json, tokenizer });
    return tokenizer;
  }
}
