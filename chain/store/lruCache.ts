/**
 * A bounded cache that keeps recently used entries: two generations of Maps. Hits in the old
 * generation move to the young one; when the young one is full it becomes the old one and the
 * old one is dropped. O(1) per operation (a single Map with delete-oldest degrades badly in
 * V8 once many entries were deleted from its front). Only what is evicted depends on access
 * order, never a result, so it is safe in consensus code.
 */
export class LruCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private readonly generationSize: number;

  constructor(readonly capacity: number) {
    this.generationSize = Math.max(1, Math.ceil(capacity / 2));
  }

  get size(): number {
    return this.young.size + this.old.size;
  }

  get(key: K): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined) return v;
    const o = this.old.get(key);
    if (o !== undefined) {
      this.old.delete(key);
      this.put(key, o);
    }
    return o;
  }

  set(key: K, value: V): void {
    if (this.capacity <= 0) return;
    this.old.delete(key);
    this.put(key, value);
  }

  delete(key: K): void {
    this.young.delete(key);
    this.old.delete(key);
  }

  private put(key: K, value: V): void {
    if (this.young.size >= this.generationSize && !this.young.has(key)) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}

/**
 * Admission for a cache under reads spread over far more keys than it holds (TinyLFU's
 * "doorkeeper"): a key is admitted on its second sighting within a window of `window` first
 * sightings, so keys read once do not churn the cache and turn its entries into garbage.
 * One bit per hash slot (16 slots per key of the window, so few false admissions), cleared
 * when the window is full. Speed only: what it admits never changes a result.
 * PERF: O(key length) per call (one string hash), no allocation.
 */
export class Doorkeeper {
  private readonly bits: Uint32Array;
  private readonly mask: number;
  private sightings = 0;

  constructor(private readonly window: number) {
    let slots = 1024;
    while (slots < window * 16 && slots < 2 ** 26) slots *= 2;
    this.bits = new Uint32Array(slots >>> 5);
    this.mask = slots - 1;
  }

  /** True when `key` was seen since the last clear (admit it); otherwise records it and returns false. */
  seenBefore(key: string): boolean {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    const slot = (h ^ (h >>> 15)) & this.mask;
    const word = slot >>> 5;
    const bit = 1 << (slot & 31);
    if ((this.bits[word]! & bit) !== 0) return true;
    if (++this.sightings > this.window) {
      this.bits.fill(0);
      this.sightings = 1;
    }
    this.bits[word]! |= bit;
    return false;
  }
}
