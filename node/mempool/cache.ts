/** Recently seen tx hashes (CometBFT's LRU tx cache), keyed by hex sha256. */
export class TxCache {
  private readonly seen = new Set<string>();

  constructor(private readonly capacity: number) {}

  /** False when already present (the entry is then refreshed). */
  push(key: string): boolean {
    if (this.capacity <= 0) return true;
    if (this.seen.has(key)) {
      this.seen.delete(key);
      this.seen.add(key);
      return false;
    }
    this.seen.add(key);
    if (this.seen.size > this.capacity) {
      const oldest = this.seen.values().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return true;
  }

  remove(key: string): void {
    this.seen.delete(key);
  }

  has(key: string): boolean {
    return this.seen.has(key);
  }
}
