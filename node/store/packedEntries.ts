/**
 * Key/value entries packed into one buffer (u32 key length ‖ key ‖ u32 value length ‖ value, …),
 * so a worker thread can hand a block's index entries to the thread that owns the DB as one
 * transferable ArrayBuffer instead of tens of thousands of cloned arrays.
 */

/** Packs every entry `fill` puts. PERF: grows with the entries' bytes; two passes, one allocation. */
export function packEntries(fill: (put: (key: Uint8Array, value: Uint8Array) => void) => void): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  fill((key, value) => {
    parts.push(key, value);
    size += 8 + key.length + value.length;
  });
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const p of parts) {
    view.setUint32(at, p.length);
    out.set(p, at + 4);
    at += 4 + p.length;
  }
  return out;
}

/** Calls `fn` with views (no copies) of each packed entry, in order; throws on a truncated buffer. */
export function forEachEntry(packed: Uint8Array, fn: (key: Uint8Array, value: Uint8Array) => void): void {
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  let at = 0;
  const next = (): Uint8Array => {
    if (at + 4 > packed.length) throw new Error(`packed entries: truncated at byte ${at} of ${packed.length}`);
    const len = view.getUint32(at);
    if (at + 4 + len > packed.length) throw new Error(`packed entries: an entry of ${len} bytes at byte ${at} runs past the end (${packed.length})`);
    const part = packed.subarray(at + 4, at + 4 + len);
    at += 4 + len;
    return part;
  };
  while (at < packed.length) {
    const key = next();
    fn(key, next());
  }
}
