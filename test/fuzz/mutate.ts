/**
 * Structure-aware mutation of protobuf bytes: parse to wire fields (wire.ts), change one or
 * a few fields the way a hostile client would (boundary numbers, broken addresses, invalid
 * UTF-8, duplicated or missing fields, unknown fields, wrong wire types), encode, and
 * sometimes damage the encoding itself. Each step is named, so a failure says what was done.
 */
import type { Rng } from "../support/rng.ts";
import { BAD_UTF8, BOUNDARY_U64, DENOMS, NUMERIC_STRINGS, WEIRD_STRINGS, badAddresses, looksBech32 } from "./values.ts";
import { type WireField, allFields, allMessages, cloneFields, encodeMessage, parseMessage } from "./wire.ts";

export interface MutationContext {
  /** Valid addresses a field may be swapped to (funded accounts, validators). */
  addresses: readonly string[];
}

export interface Mutated {
  bytes: Uint8Array;
  ops: string[];
}

const enc = new TextEncoder();
const dec = new TextDecoder();

/** 1–3 mutations of `seed`; bytes that do not parse as a message get byte-level ones only. */
export function mutateMessage(seed: Uint8Array, rng: Rng, ctx: MutationContext): Mutated {
  const fields = parseMessage(seed);
  const ops: string[] = [];
  if (!fields) return mutateBytes(seed, rng, ops);
  const tree = cloneFields(fields);
  const n = 1 + rng.int(3);
  for (let i = 0; i < n; i++) {
    if (rng.chance(70, 100)) mutateField(tree, rng, ctx, ops);
    else mutateStructure(tree, rng, ops);
  }
  const bytes = encodeMessage(tree);
  return rng.chance(8, 100) ? mutateBytes(bytes, rng, ops) : { bytes, ops };
}

/** Byte-level damage: truncate, extend, flip a bit, splice random bytes. */
export function mutateBytes(b: Uint8Array, rng: Rng, ops: string[] = []): Mutated {
  const k = rng.int(4);
  if (k === 0 && b.length > 0) {
    const at = rng.int(b.length);
    ops.push(`truncate@${at}`);
    return { bytes: b.slice(0, at), ops };
  }
  if (k === 1) {
    ops.push("append");
    return { bytes: concat(b, rng.bytes(1 + rng.int(16))), ops };
  }
  if (k === 2 && b.length > 0) {
    const out = b.slice();
    const at = rng.int(out.length);
    out[at]! ^= 1 << rng.int(8);
    ops.push(`bitflip@${at}`);
    return { bytes: out, ops };
  }
  const at = rng.int(b.length + 1);
  ops.push(`splice@${at}`);
  return { bytes: concat(concat(b.slice(0, at), rng.bytes(1 + rng.int(8))), b.slice(at)), ops };
}

function mutateField(tree: WireField[], rng: Rng, ctx: MutationContext, ops: string[]): void {
  const all = allFields(tree);
  if (all.length === 0) {
    addUnknown(tree, rng, ops);
    return;
  }
  const { list, index, depth } = rng.pick(all);
  const f = list[index]!;
  const where = `f${f.no}@d${depth}`;
  if (f.wt === 0) {
    const v = rng.chance(80, 100) ? rng.pick(BOUNDARY_U64) : rng.u64();
    list[index] = { ...f, v };
    ops.push(`${where}:varint=${v}`);
  } else if (f.wt !== 2) {
    list[index] = { ...f, v: rng.bytes(f.v.length) };
    ops.push(`${where}:fixed`);
  } else if (f.kind === "text") {
    const [v, what] = mutateText(dec.decode(f.v), rng, ctx);
    list[index] = { no: f.no, wt: 2, v, kind: "bytes" };
    ops.push(`${where}:text(${what})`);
  } else if (f.kind === "message" && rng.chance(30, 100)) {
    const v = rng.chance(50, 100) ? f.v.slice(0, rng.int(f.v.length)) : rng.bytes(rng.int(24));
    list[index] = { no: f.no, wt: 2, v, kind: "bytes" };
    ops.push(`${where}:submsg-garbled`);
  } else if (f.kind === "message") {
    list[index] = { ...f, v: f.v, sub: [] };
    ops.push(`${where}:submsg-emptied`);
  } else {
    const v = mutateBlob(f.v, rng);
    list[index] = { no: f.no, wt: 2, v, kind: "bytes" };
    ops.push(`${where}:bytes(${f.v.length}->${v.length})`);
  }
}

function mutateText(s: string, rng: Rng, ctx: MutationContext): [Uint8Array, string] {
  if (looksBech32(s) && rng.chance(80, 100)) {
    if (rng.chance(30, 100) && ctx.addresses.length > 0) {
      const a = rng.pick(ctx.addresses);
      return [enc.encode(a), "other-valid-address"];
    }
    const bad = rng.pick(badAddresses(s, rng));
    return [enc.encode(bad), "bad-address"];
  }
  if (/^-?[0-9]+$/.test(s) && rng.chance(80, 100)) return [enc.encode(rng.pick(NUMERIC_STRINGS)), "numeric"];
  if (DENOMS.includes(s) && rng.chance(80, 100)) return [enc.encode(rng.pick(DENOMS)), "denom"];
  const k = rng.int(4);
  if (k === 0) {
    const bad = rng.pick(BAD_UTF8);
    const b = enc.encode(s);
    const at = rng.int(b.length + 1);
    return [concat(concat(b.slice(0, at), bad), b.slice(at)), "invalid-utf8"];
  }
  if (k === 1) return [enc.encode(rng.pick(WEIRD_STRINGS)), "weird"];
  if (k === 2) return [enc.encode(s.repeat(1 + rng.int(64))), "repeated"];
  return [enc.encode(s.slice(0, rng.int(s.length + 1))), "cut"];
}

function mutateBlob(b: Uint8Array, rng: Rng): Uint8Array {
  switch (rng.int(5)) {
    case 0:
      return new Uint8Array(0);
    case 1:
      return b.slice(0, rng.int(b.length + 1));
    case 2:
      return concat(b, rng.bytes(1 + rng.int(64)));
    case 3:
      return rng.bytes(rng.pick([1, 19, 20, 31, 32, 33, 64, 65]));
    default: {
      const out = b.slice();
      if (out.length > 0) out[rng.int(out.length)]! ^= 0xff;
      return out;
    }
  }
}

function mutateStructure(tree: WireField[], rng: Rng, ops: string[]): void {
  const msgs = allMessages(tree);
  const list = rng.pick(msgs);
  const k = rng.int(6);
  if (list.length === 0 || k === 0) return addUnknown(list, rng, ops);
  const i = rng.int(list.length);
  const f = list[i]!;
  if (k === 1) {
    list.splice(i, 1);
    ops.push(`drop f${f.no}`);
  } else if (k === 2) {
    const times = rng.chance(80, 100) ? 1 : 50 + rng.int(200);
    for (let t = 0; t < times; t++) list.splice(i, 0, f);
    ops.push(`dup f${f.no} x${times}`);
  } else if (k === 3) {
    const j = rng.int(list.length);
    const g = list[j]!;
    [list[i], list[j]] = [g, f];
    ops.push(`swap f${f.no}<->f${g.no}`);
  } else if (k === 4) {
    const g = wrongWireType(f, rng);
    list[i] = g;
    ops.push(`wiretype f${f.no} ${f.wt}->${g.wt}`);
  } else {
    const no = rng.pick([f.no + 1, f.no + 100, 0x1fffffff, 19000]);
    list[i] = { ...f, no };
    ops.push(`renumber f${f.no}->${no}`);
  }
}

function addUnknown(list: WireField[], rng: Rng, ops: string[]): void {
  const no = rng.pick([rng.int(20) + 1, 1000 + rng.int(1000), 0x1fffffff]);
  const f = wrongWireType({ no, wt: 0, v: 0n }, rng);
  list.splice(rng.int(list.length + 1), 0, f);
  ops.push(`unknown f${no} wt${f.wt}`);
}

function wrongWireType(f: WireField, rng: Rng): WireField {
  const wt = rng.pick([0, 1, 2, 5].filter((w) => w !== f.wt));
  if (wt === 0) return { no: f.no, wt: 0, v: rng.pick(BOUNDARY_U64) };
  if (wt === 1 || wt === 5) return { no: f.no, wt, v: rng.bytes(wt === 1 ? 8 : 4) };
  return { no: f.no, wt: 2, v: rng.bytes(rng.int(12)), kind: "bytes" };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
