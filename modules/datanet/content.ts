import { sha256 } from "@noble/hashes/sha2.js";
import { decodeUtf8Strict, redactPii } from "./text/index.ts";

const enc = new TextEncoder();

/** The stored form of a record and its content hash (what `Contribution.content_hash` holds). */
export interface StoredBody {
  body: Uint8Array;
  hash: Uint8Array;
  /** The decoded text of `body` (what is tokenised). */
  text: string;
  /** Placeholders put in by redaction (0 when off). */
  redactions: number;
}

/**
 * The body a node stores for a record, given the body bytes carried in MsgContribute and the
 * contribution's `redacted` flag: without redaction the bytes themselves; with it, the UTF-8
 * of the redacted text when anything was redacted (else the bytes themselves). The handler
 * and the node's content store both call this, so they agree on the hash.
 * Throws DatanetTextError on invalid UTF-8 or binary content.
 * PERF: linear in the body size (UTF-8 check, redaction scan, one SHA-256).
 */
export function storedBody(body: Uint8Array, redact: boolean): StoredBody {
  const text = decodeUtf8Strict(body);
  if (!redact) return { body, hash: sha256(body), text, redactions: 0 };
  const r = redactPii(text);
  const redactions = r.emails + r.phones + r.ips;
  if (redactions === 0) return { body, hash: sha256(body), text, redactions };
  const out = enc.encode(r.text);
  return { body: out, hash: sha256(out), text: r.text, redactions };
}
