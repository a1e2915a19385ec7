/**
 * Protobuf at the wire level, with no schema: a message is a list of (field number, wire type,
 * value) in wire order. Length-delimited values are guessed as text, a nested message, or
 * bytes, so a mutator can change one field of one sub-message of any type the chain routes,
 * including types added after this file was written. Encoding writes exactly what is in the
 * list (duplicates, unknown numbers, wrong wire types), which is the point.
 */
export type WireField =
  | { no: number; wt: 0; v: bigint }
  | { no: number; wt: 1 | 5; v: Uint8Array }
  | { no: number; wt: 2; v: Uint8Array; kind: "text" | "message" | "bytes"; sub?: WireField[] };

const MAX_DEPTH = 12;

export function readVarint(b: Uint8Array, pos: number): [bigint, number] | undefined {
  let v = 0n;
  for (let shift = 0n, i = pos; i < b.length && shift < 70n; shift += 7n, i++) {
    v |= BigInt(b[i]! & 0x7f) << shift;
    if ((b[i]! & 0x80) === 0) return [BigInt.asUintN(64, v), i + 1];
  }
  return undefined;
}

export function writeVarint(v: bigint, out: number[]): void {
  let x = BigInt.asUintN(64, v);
  while (x >= 0x80n) {
    out.push(Number(x & 0x7fn) | 0x80);
    x >>= 7n;
  }
  out.push(Number(x));
}

/** Parses a whole message; undefined when the bytes are not one (bad tag, overrun, group). */
export function parseMessage(b: Uint8Array, depth = 0): WireField[] | undefined {
  const out: WireField[] = [];
  let pos = 0;
  while (pos < b.length) {
    const tag = readVarint(b, pos);
    if (!tag) return undefined;
    pos = tag[1];
    const no = Number(tag[0] >> 3n);
    const wt = Number(tag[0] & 7n);
    if (no < 1 || no > 0x1fffffff) return undefined;
    if (wt === 0) {
      const v = readVarint(b, pos);
      if (!v) return undefined;
      out.push({ no, wt: 0, v: v[0] });
      pos = v[1];
    } else if (wt === 1 || wt === 5) {
      const n = wt === 1 ? 8 : 4;
      if (pos + n > b.length) return undefined;
      out.push({ no, wt, v: b.slice(pos, pos + n) });
      pos += n;
    } else if (wt === 2) {
      const len = readVarint(b, pos);
      if (!len || len[0] > BigInt(b.length - len[1])) return undefined;
      const v = b.slice(len[1], len[1] + Number(len[0]));
      pos = len[1] + Number(len[0]);
      out.push(classify(no, v, depth));
    } else {
      return undefined;
    }
  }
  return out;
}

function classify(no: number, v: Uint8Array, depth: number): WireField {
  if (isText(v)) return { no, wt: 2, v, kind: "text" };
  const sub = depth < MAX_DEPTH && v.length > 0 ? parseMessage(v, depth + 1) : undefined;
  if (sub) return { no, wt: 2, v, kind: "message", sub };
  return { no, wt: 2, v, kind: "bytes" };
}

/** Printable UTF-8 (tabs and newlines allowed): how a string field looks on the wire. */
function isText(v: Uint8Array): boolean {
  if (v.length === 0) return false;
  let s: string;
  try {
    s = new TextDecoder("utf-8", { fatal: true }).decode(v);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(s);
}

export function encodeMessage(fields: readonly WireField[]): Uint8Array {
  const out: number[] = [];
  for (const f of fields) encodeField(f, out);
  return Uint8Array.from(out);
}

function encodeField(f: WireField, out: number[]): void {
  writeVarint((BigInt(f.no) << 3n) | BigInt(f.wt), out);
  if (f.wt === 0) writeVarint(f.v, out);
  else if (f.wt !== 2) for (const x of f.v) out.push(x);
  else {
    const v = f.kind === "message" && f.sub ? encodeMessage(f.sub) : f.v;
    writeVarint(BigInt(v.length), out);
    for (const x of v) out.push(x);
  }
}

/** Every length-delimited message field at any depth, with its parent list (for in-place edits). */
export function allFields(fields: WireField[], out: { list: WireField[]; index: number; depth: number }[] = [], depth = 0): { list: WireField[]; index: number; depth: number }[] {
  fields.forEach((f, index) => {
    out.push({ list: fields, index, depth });
    if (f.wt === 2 && f.kind === "message" && f.sub) allFields(f.sub, out, depth + 1);
  });
  return out;
}

/** Every list of fields (the message itself and each nested message). */
export function allMessages(fields: WireField[], out: WireField[][] = []): WireField[][] {
  out.push(fields);
  for (const f of fields) if (f.wt === 2 && f.kind === "message" && f.sub) allMessages(f.sub, out);
  return out;
}

export function cloneFields(fields: readonly WireField[]): WireField[] {
  return fields.map((f) => (f.wt === 2 && f.sub ? { ...f, sub: cloneFields(f.sub) } : { ...f }) as WireField);
}
