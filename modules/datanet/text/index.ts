/**
 * The datanet text pipeline: strict decoding, PII redaction,
 * frozen normalisation and tokenisation, and the dedup primitives (exact hash, MinHash + exact
 * Jaccard, winnowing, shared runs and masking). Pure functions, integer-only, no engine Unicode
 * data at run time: every output is fixed by this code and tables.ts, pinned by golden.json.
 */

/** Version of the text rules (tables, tokenizer, redaction, hashing). Bump = protocol change. */
export const TEXT_RULES_VERSION = 1;

export { DatanetTextError } from "./errors.ts";
export { decodeUtf8Strict } from "./utf8.ts";
export { type Redaction, redactPii } from "./pii.ts";
export { tokenize } from "./tokenize.ts";
export { sequenceHash } from "./sequenceHash.ts";
export { SHINGLE } from "./shingles.ts";
export { BAND_KEY_BYTES, bandKeys, MINHASH_BANDS, MINHASH_HASHES, MINHASH_ROWS, minhashSignature } from "./minhash.ts";
export { shingleJaccardAtLeast } from "./jaccard.ts";
export { type Fingerprint, WINNOW_K, WINNOW_W, winnowFingerprints } from "./winnow.ts";
export { MASK_MIN_RUN, sharedRuns } from "./sharedRuns.ts";
export { applyMask, VOID } from "./mask.ts";
export { TABLES_UNICODE_VERSION } from "./tables.ts";
