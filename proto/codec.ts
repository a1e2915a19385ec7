/**
 * The one place generated protobuf-es code (proto/gen/**\/*_pb.ts) is encoded and decoded, and
 * the conversions every module and the client share (u64, coins, pages). It lives in proto/,
 * not chain/, because the client package (client/, bundled on its own) imports it too and must
 * not depend on the chain's code; chain/ and modules/ import it from here.
 *
 * Every singular field of Tributary's protos has explicit presence (proto3 `optional`), so a
 * field that is set is written even when it holds its zero value, as protobufjs' encoders did
 * before (proto/README.md, "Presence"). Unknown fields are neither kept on decode nor written on
 * encode, as protobufjs did: a decoded-then-re-encoded message carries only the fields we know.
 */
import { create, fromBinary, ScalarType, toBinary, type DescMessage, type MessageInitShape, type MessageShape } from "@bufbuild/protobuf";

/** What `encode` takes for a schema: the message's fields as a plain object, all optional. */
export type Init<Desc extends DescMessage> = MessageInitShape<Desc>;

const WRITE = { writeUnknownFields: false } as const;
const READ = { readUnknownFields: false } as const;

/** `init` (plain object, nested messages as plain objects) as wire bytes. */
export function encode<Desc extends DescMessage>(schema: Desc, init: MessageInitShape<Desc>): Uint8Array {
  return toBinary(schema, create(schema, init), WRITE);
}

/** Wire bytes as a message; throws on malformed input. */
export function decode<Desc extends DescMessage>(schema: Desc, bytes: Uint8Array): MessageShape<Desc> {
  return fromBinary(schema, bytes, READ);
}

/**
 * Fields that were proto3 `optional` before every field became so (0.1.0): their handlers read
 * presence (`MsgUpdateModel.description` unset = keep the description), so `decodeFilled` leaves
 * them absent and the REST gateway prints no default for them, as before. Full proto names.
 */
export const PRESENCE_FIELDS: ReadonlySet<string> = new Set(["tributary.inference.v1.MsgUpdateModel.description"]);

/**
 * A message whose absent singular scalar and enum fields read as their zero values, as a
 * protobufjs-decoded message did (its defaults sat on the prototype). Message fields stay optional,
 * and so do the `Keep` fields (those of PRESENCE_FIELDS).
 */
export type Filled<M, Keep extends keyof M = never> = {
  [K in keyof M]-?: K extends Keep ? M[K] : undefined extends M[K] ? (NonNullable<M[K]> extends { $typeName: string } ? M[K] : NonNullable<M[K]>) : M[K];
};

/**
 * Decodes a request (a tx message for its handler, a query request) with absent scalars filled
 * in: handlers validate "" and 0 as before instead of checking presence. Only for reading: a
 * filled message re-encoded would carry the zeros the sender left out.
 */
export function decodeFilled<Desc extends DescMessage>(schema: Desc, bytes: Uint8Array): Filled<MessageShape<Desc>> {
  const message = decode(schema, bytes) as Record<string, unknown>;
  for (const f of schema.fields) {
    if (message[f.localName] !== undefined || PRESENCE_FIELDS.has(`${schema.typeName}.${f.name}`)) continue;
    if (f.fieldKind === "enum") message[f.localName] = 0;
    else if (f.fieldKind === "scalar") message[f.localName] = scalarZero(f.scalar);
  }
  return message as Filled<MessageShape<Desc>>;
}

function scalarZero(t: ScalarType): unknown {
  switch (t) {
    case ScalarType.STRING: return "";
    case ScalarType.BOOL: return false;
    case ScalarType.BYTES: return new Uint8Array(0);
    case ScalarType.INT64: case ScalarType.UINT64: case ScalarType.SINT64: case ScalarType.FIXED64: case ScalarType.SFIXED64: return 0n;
    default: return 0;
  }
}

/**
 * A CosmJS `GeneratedType` (encode(m).finish(), decode, fromPartial) for a protobuf-es schema,
 * so the client's Registry signs Tributary messages with the generated code.
 */
export function cosmjsType<Desc extends DescMessage>(schema: Desc) {
  return {
    encode: (message: MessageInitShape<Desc>) => ({ finish: () => encode(schema, message) }),
    decode: (input: Uint8Array) => decode(schema, input),
    fromPartial: (object: MessageInitShape<Desc>) => create(schema, object),
  };
}

/** A decoded 64-bit field as bigint; absent = 0. */
export function u64(v: bigint | number | string | null | undefined): bigint {
  if (v === null || v === undefined) return 0n;
  return BigInt(v);
}

/** A uint64 field's value, checked: a negative or too large value is refused before encoding. */
export function u64Out(v: bigint | number | string): bigint {
  const n = typeof v === "bigint" ? v : BigInt(v);
  if (n < 0n || n >= 1n << 64n) throw new RangeError(`${v} is not a uint64`);
  return n;
}

/** cosmos.base.v1beta1.Coin as protobuf carries it (amount a decimal string). */
export interface CoinMsg {
  denom?: string;
  amount?: string;
}

/** A coin with a bigint amount as the wire's Coin. */
export const coinMsg = (c: { denom: string; amount: bigint }): CoinMsg => ({ denom: c.denom, amount: c.amount.toString() });

/** A wire Coin as denom + bigint amount; absent fields are "" and 0. */
export const coinFromMsg = (c: CoinMsg | null | undefined): { denom: string; amount: bigint } => ({ denom: c?.denom ?? "", amount: BigInt(c?.amount || "0") });

/** cosmos.base.query.v1beta1.PageRequest / PageResponse as the generated code carries them. */
export interface PageRequestMsg {
  key?: Uint8Array;
  offset?: bigint;
  limit?: bigint;
  countTotal?: boolean;
  reverse?: boolean;
}
export interface PageResponseMsg {
  nextKey?: Uint8Array;
  total?: bigint;
}

/** A page request with every field filled in (absent = zero), as `paginate` takes it. */
export function pageRequestFromMsg(p: PageRequestMsg | undefined): Required<PageRequestMsg> | undefined {
  if (!p) return undefined;
  return { key: p.key ?? new Uint8Array(), offset: p.offset ?? 0n, limit: p.limit ?? 0n, countTotal: p.countTotal ?? false, reverse: p.reverse ?? false };
}
