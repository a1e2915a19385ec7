/**
 * Waiting on a condition instead of sleeping a fixed time: a test that sleeps 500 ms and then
 * asserts fails on a loaded machine and wastes the time on an idle one. The timeout is only the
 * point at which the condition is declared never to come.
 */

/** Polls `probe` every `everyMs` until it returns a value other than undefined/false; the last error or value is in the timeout message. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 40_000, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v;
      last = v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${last instanceof Error ? last.message : JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * One macrotask turn: every promise chain that needs no I/O or timer has settled after it. For
 * asserting that something is still pending (held by a lock, waiting for a block) without
 * sleeping.
 */
export function nextTurn(): Promise<void> {
  return new Promise((r) => setImmediate(r));
}
