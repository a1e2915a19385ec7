/**
 * Live refresh without piling up requests: the next round is scheduled only after the previous
 * one settled, and stopping aborts the round in flight (its fetches are cancelled, not left to
 * land on a page that is gone).
 */
export interface Poller {
  stop(): void;
}

export function poll(round: (signal: AbortSignal) => Promise<void>, everyMs: number, onError: (e: unknown) => void): Poller {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ctrl: AbortController | undefined;
  const run = async () => {
    ctrl = new AbortController();
    try {
      await round(ctrl.signal);
    } catch (e) {
      if (!stopped && !ctrl.signal.aborted) onError(e);
    }
    if (!stopped) timer = setTimeout(() => void run(), everyMs);
  };
  void run();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      ctrl?.abort();
    },
  };
}

export const isAbort = (e: unknown) => e instanceof DOMException && e.name === "AbortError";
