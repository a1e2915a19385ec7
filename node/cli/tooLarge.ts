/**
 * A request the node refused as too large, explained in one line. Our node answers HTTP 413
 * above rpc.max_body_bytes, CometBFT answers 400 "request body too large"; CosmJS reports
 * either as a bare "Bad status on response: 413". The size of the refused request is not in
 * that error, so it is taken from undici's diagnostics channel, where Node's fetch (which
 * CosmJS's HTTP client uses) publishes each request's content length and response status.
 */
import { subscribe } from "node:diagnostics_channel";

/** CometBFT's default rpc.max_body_bytes, also our node's. */
export const DEFAULT_MAX_BODY_BYTES = 1_000_000;

const DEFAULT_HINT = "send less in one command, or raise rpc.max_body_bytes in the node's config (config/config.json; CometBFT's config.toml with --consensus cometbft)";

let lastRefusedBytes: number | undefined;

interface HeadersMessage {
  request: { contentLength?: number | null };
  response: { statusCode: number };
}

subscribe("undici:request:headers", (m) => {
  const { request, response } = m as HeadersMessage;
  if ((response.statusCode === 413 || response.statusCode === 400) && typeof request.contentLength === "number") lastRefusedBytes = request.contentLength;
});

/**
 * Size in bytes of the last request a node refused with 413 or 400 in this process, if known;
 * taken once, so a later refusal never reports an earlier request's size.
 */
export function takeRefusedRequestBytes(): number | undefined {
  const bytes = lastRefusedBytes;
  lastRefusedBytes = undefined;
  return bytes;
}

/** Whether `e` (or an error it wraps) is a node's refusal of a request body as too large. */
export function isTooLarge(e: unknown): boolean {
  let x: unknown = e;
  for (let depth = 0; depth < 8 && typeof x === "object" && x !== null; depth++) {
    if (x instanceof Error && /Bad status on response: 413\b/.test(x.message)) return true;
    const c = x as { status?: unknown; body?: unknown; cause?: unknown };
    if (c.status === 413) return true;
    if (c.status === 400 && typeof c.body === "string" && /request body too large/.test(c.body)) return true;
    x = c.cause;
  }
  return false;
}

/** "the node refused a request of N bytes as too large (…); hint". */
export function tooLargeLine(bytes = takeRefusedRequestBytes(), hint = DEFAULT_HINT): string {
  const what = bytes === undefined ? "a request" : `a request of ${bytes} bytes`;
  return `the node refused ${what} as too large (its rpc.max_body_bytes is smaller; ${DEFAULT_MAX_BODY_BYTES} unless configured); ${hint}`;
}

/**
 * The one-line message for an error that is a too-large refusal, or undefined for any other
 * error. A command that already explained it (an error of its own naming no raw status) keeps
 * its message; a raw "Bad status on response: …" inside a message is replaced in place.
 */
export function explainTooLarge(e: unknown): string | undefined {
  if (!isTooLarge(e)) return undefined;
  const message = e instanceof Error ? e.message : "";
  const raw = /Bad status on response: 4\d\d\b/;
  if (raw.test(message)) return message.replace(raw, tooLargeLine()).replace(/\s*\n\s*/g, " ").trim();
  if (e instanceof Error && e.name === "UserError") return undefined;
  return tooLargeLine();
}
