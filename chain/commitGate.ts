/**
 * Queries read the committed store as it is at the moment of each read, and a query can await
 * part-way (an async iteration). A Commit landing in that gap would give the query values of two
 * heights under one height number. The gate keeps them apart without a global lock: Commit waits
 * for the queries already running, and queries that arrive during a Commit wait for it. CheckTx
 * is not gated: it works on the check state, which Commit replaces rather than changes (and
 * CometBFT flushes the mempool connection before it calls Commit).
 */
export class CommitGate {
  private readers = 0;
  private drained?: () => void;
  private committing?: Promise<void>;

  /** Runs a reader; waits first if a Commit is in progress. */
  async read<T>(reader: () => Promise<T>): Promise<T> {
    while (this.committing) await this.committing;
    this.readers++;
    try {
      return await reader();
    } finally {
      this.readers--;
      if (this.readers === 0 && this.drained) {
        const wake = this.drained;
        this.drained = undefined;
        wake();
      }
    }
  }

  /** Runs the commit once the readers in flight are done; readers that arrive meanwhile wait. */
  async commit<T>(writer: () => Promise<T>): Promise<T> {
    while (this.committing) await this.committing;
    let release!: () => void;
    this.committing = new Promise<void>((resolve) => (release = resolve));
    try {
      if (this.readers > 0) await new Promise<void>((resolve) => (this.drained = resolve));
      return await writer();
    } finally {
      this.committing = undefined;
      release();
    }
  }
}
