import { sdkErrors } from "../errors.ts";

/**
 * A strict protobuf wire check for the tx envelope, run before the (lenient) cosmjs-types
 * decoders. The decoders skip unknown fields and read a field with whatever wire type it claims,
 * so on their own they accept random bytes, truncated input and fields a newer SDK would act
 * on. The Cosmos SDK refuses these (`codec/unknownproto` RejectUnknownFields): TxRaw and
 * AuthInfo allow no unknown field; TxBody allows unknown *non-critical* fields (field number
 * with bit 1024 set). We do the same, recursively through the known nested messages, and also
 * refuse invalid UTF-8 in string fields (as google.golang.org/protobuf does for proto3).
 *
 * The values of `Any`s (messages, public keys) are not descended into here: their owners decode
 * them (the router for messages, auth for public keys).
 */

/** How a field is laid out on the wire. "message" fields are checked against `schema`. */
export type FieldKind = "varint" | "bytes" | "string" | "message";

export interface FieldSpec {
  readonly kind: FieldKind;
  /** Checked recursively for kind "message"; a getter so schemas can refer to each other. */
  readonly schema?: () => MessageSchema;
}

export interface MessageSchema {
  /** Proto name used in error messages, e.g. `cosmos.tx.v1beta1.TxBody`. */
  readonly name: string;
  readonly fields: Readonly<Record<number, FieldSpec>>;
  /** SDK rule for TxBody: unknown fields whose number has bit 1024 set may be skipped. */
  readonly allowUnknownNonCritical?: boolean;
}

const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_LEN = 2;
const WIRE_FIXED32 = 5;
const NON_CRITICAL_BIT = 1024;
/** Multisig mode infos nest; nothing legitimate comes close to this depth. */
const MAX_DEPTH = 16;

const utf8 = new TextDecoder("utf-8", { fatal: true });

function fail(schema: MessageSchema, offset: number, problem: string): never {
  throw sdkErrors.txDecode.wrap(`invalid ${schema.name} at byte ${offset}: ${problem}`);
}

/**
 * Reads a varint at `pos`; returns [value, next position]. The value is exact up to 2^53,
 * which is all we need it for (tags and lengths, both bounded by the input size).
 */
function readVarint(buf: Uint8Array, pos: number, end: number, schema: MessageSchema): [number, number] {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    if (pos >= end) fail(schema, pos, "truncated varint");
    const b = buf[pos++]!;
    // The 10th byte may only carry the 64th bit (protowire's overflow rule).
    if (i === 9 && b > 1) fail(schema, pos - 1, "varint overflows 64 bits");
    value += (b & 0x7f) * scale;
    if (b < 0x80) return [value, pos];
    scale *= 128;
  }
  return fail(schema, pos, "varint longer than 10 bytes");
}

function isValidUtf8(bytes: Uint8Array): boolean {
  // Almost every string in a tx is ASCII; only fall back to the decoder when it is not.
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0x80) {
      try {
        utf8.decode(bytes);
        return true;
      } catch {
        return false;
      }
    }
  }
  return true;
}

function expectedWireType(kind: FieldKind): number {
  return kind === "varint" ? WIRE_VARINT : WIRE_LEN;
}

/** Skips an unknown field's payload (non-critical fields are still required to be well formed). */
function skipUnknown(buf: Uint8Array, pos: number, end: number, wireType: number, schema: MessageSchema): number {
  switch (wireType) {
    case WIRE_VARINT:
      return readVarint(buf, pos, end, schema)[1];
    case WIRE_FIXED64:
      if (pos + 8 > end) fail(schema, pos, "truncated fixed64");
      return pos + 8;
    case WIRE_FIXED32:
      if (pos + 4 > end) fail(schema, pos, "truncated fixed32");
      return pos + 4;
    case WIRE_LEN: {
      const [len, start] = readVarint(buf, pos, end, schema);
      if (len > end - start) fail(schema, pos, `length ${len} runs past the end (${end - start} bytes left)`);
      return start + len;
    }
    default:
      return fail(schema, pos, `unsupported wire type ${wireType}`);
  }
}

/**
 * Throws ChainError txDecode (code 2) naming the message, byte offset and problem unless
 * `buf[start, end)` is a well-formed encoding of `schema` with only allowed fields.
 * PERF: linear in the bytes checked; no allocation except for non-ASCII strings.
 */
export function checkWire(schema: MessageSchema, buf: Uint8Array, start = 0, end = buf.length, depth = 0): void {
  if (depth > MAX_DEPTH) fail(schema, start, `nested deeper than ${MAX_DEPTH} levels`);
  let pos = start;
  while (pos < end) {
    const tagPos = pos;
    const [tag, afterTag] = readVarint(buf, pos, end, schema);
    pos = afterTag;
    const fieldNumber = Math.floor(tag / 8);
    const wireType = tag % 8;
    if (fieldNumber < 1 || fieldNumber > 0x1fffffff) fail(schema, tagPos, `invalid field number ${fieldNumber}`);
    const spec = schema.fields[fieldNumber];
    if (spec === undefined) {
      const nonCritical = (fieldNumber & NON_CRITICAL_BIT) !== 0;
      if (!(schema.allowUnknownNonCritical && nonCritical)) {
        fail(schema, tagPos, `unknown field ${fieldNumber} (wire type ${wireType})`);
      }
      pos = skipUnknown(buf, pos, end, wireType, schema);
      continue;
    }
    if (wireType !== expectedWireType(spec.kind)) {
      fail(schema, tagPos, `field ${fieldNumber} has wire type ${wireType}, expected ${expectedWireType(spec.kind)}`);
    }
    if (spec.kind === "varint") {
      pos = readVarint(buf, pos, end, schema)[1];
      continue;
    }
    const [len, valueStart] = readVarint(buf, pos, end, schema);
    if (len > end - valueStart) fail(schema, tagPos, `field ${fieldNumber} length ${len} runs past the end (${end - valueStart} bytes left)`);
    const valueEnd = valueStart + len;
    if (spec.kind === "string" && !isValidUtf8(buf.subarray(valueStart, valueEnd))) {
      fail(schema, tagPos, `field ${fieldNumber} is not valid UTF-8`);
    }
    if (spec.kind === "message" && spec.schema) checkWire(spec.schema(), buf, valueStart, valueEnd, depth + 1);
    pos = valueEnd;
  }
}
