/**
 * Hand-written protobuf encoding of the stored account Any. Every tx rewrites its signer's
 * account (sequence + 1), and cosmjs-types' generic writer made that the most expensive
 * encode on the block path. The bytes are identical to
 * `Any.encode({typeUrl, value: BaseAccount.encode(...)})` (a test checks it).
 */
import { addressBytes, addressString } from "../../chain/address.ts";
import { ProtoReader } from "../../chain/protoReader.ts";
import { ProtoWriter, lenFieldLength, uint64FieldLength } from "../../chain/protoWriter.ts";
import { BASE_ACCOUNT_URL, SECP256K1_PUBKEY_URL, type Account } from "./types.ts";

const enc = new TextEncoder();
const BASE_URL_BYTES = enc.encode(BASE_ACCOUNT_URL);
const PUBKEY_URL_BYTES = enc.encode(SECP256K1_PUBKEY_URL);

/**
 * Whether stored account bytes are exactly `Any{type_url: BaseAccount, value}`: field 1 holds
 * the BaseAccount URL and field 2 runs to the end, so no later field can override the URL.
 * PERF: O(URL length); no decoding.
 */
export function isBaseAccountAny(raw: Uint8Array): boolean {
  const n = BASE_URL_BYTES.length;
  if (raw[0] !== 0x0a || raw[1] !== n || raw[n + 2] !== 0x12) return false;
  for (let i = 0; i < n; i++) if (raw[i + 2] !== BASE_URL_BYTES[i]) return false;
  // field 2's length varint, then exactly that many bytes to the end.
  let len = 0;
  let shift = 0;
  let p = n + 3;
  for (;;) {
    const b = raw[p++];
    if (b === undefined || shift > 28) return false;
    len += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) break;
    shift += 7;
  }
  return p + len === raw.length;
}

/**
 * The bech32 text's bytes, remembered per address (every tx rewrites its signer's account, so
 * the same few thousand addresses recur); bounded, node-local, read-only for callers.
 */
const ADDRESS_TEXT_LIMIT = 50_000;
const addressTexts = new Map<string, Uint8Array>();
function addressText(bech32: string): Uint8Array {
  let b = addressTexts.get(bech32);
  if (b === undefined) {
    if (addressTexts.size >= ADDRESS_TEXT_LIMIT) addressTexts.clear();
    addressTexts.set(bech32, (b = enc.encode(bech32)));
  }
  return b;
}

/** Encodes a non-module account as `Any{BaseAccount}`. Module accounts use the generic path. */
export function encodeBaseAccountAny(acc: Account): Uint8Array {
  const address = addressText(addressString(acc.address));
  const pubKeyMsg = acc.pubKey ? lenFieldLength(acc.pubKey.length) : 0; // PubKey{key}
  const pubKeyAny = acc.pubKey ? lenFieldLength(PUBKEY_URL_BYTES.length) + lenFieldLength(pubKeyMsg) : 0;
  const base =
    lenFieldLength(address.length) + (acc.pubKey ? lenFieldLength(pubKeyAny) : 0) + uint64FieldLength(acc.accountNumber) + uint64FieldLength(acc.sequence);
  const w = new ProtoWriter(new Uint8Array(lenFieldLength(BASE_URL_BYTES.length) + lenFieldLength(base)));
  w.bytes(1, BASE_URL_BYTES).lenHeader(2, base).bytes(1, address);
  if (acc.pubKey) w.lenHeader(2, pubKeyAny).bytes(1, PUBKEY_URL_BYTES).lenHeader(2, pubKeyMsg).bytes(1, acc.pubKey);
  return w.uint64(3, acc.accountNumber).uint64(4, acc.sequence).finish();
}

/**
 * The inverse of `encodeBaseAccountAny` for the bytes it writes (every tx reads its signer's
 * account): `Any{BaseAccount}` with fields address, pub_key `Any{PubKey{key}}`, account number
 * and sequence, each at most once. Anything else (a module account, an unknown or repeated
 * field, non-ASCII text, a 64-bit overflow) gives undefined and the caller decodes with
 * cosmjs-types, so the result is always what the generic decoder gives.
 * PERF: one pass over ~100 bytes, no reader objects.
 */
export function decodeBaseAccountAny(raw: Uint8Array): Account | undefined {
  if (!isBaseAccountAny(raw)) return undefined;
  const r = new ProtoReader(raw, BASE_URL_BYTES.length + 3);
  r.skipLength();
  let address: string | undefined;
  let pubKey: Uint8Array | undefined;
  let accountNumber = 0n;
  let sequence = 0n;
  let seen = 0;
  while (!r.done()) {
    const tag = r.byte();
    const bit = 1 << (tag & 0x1f);
    if (seen & bit) return undefined;
    seen |= bit;
    if (tag === 0x0a) address = r.ascii();
    else if (tag === 0x12) pubKey = readPubKeyAny(r);
    else if (tag === 0x18) accountNumber = r.uint64();
    else if (tag === 0x20) sequence = r.uint64();
    else return undefined;
    if (r.failed) return undefined;
  }
  if (address === undefined) return undefined; // fromBase would refuse "" anyway: let it say why
  return { address: addressBytes(address), pubKey, accountNumber, sequence };
}

/** `Any{type_url, value: PubKey{key}}` → key; undefined for an empty type URL, as fromBase reads it. */
function readPubKeyAny(r: ProtoReader): Uint8Array | undefined {
  const any = new ProtoReader(r.chunk());
  if (r.failed) return undefined;
  let typeUrl: Uint8Array | undefined;
  let value: Uint8Array | undefined;
  while (!any.done()) {
    const tag = any.byte();
    if (tag === 0x0a && typeUrl === undefined) typeUrl = any.chunk();
    else if (tag === 0x12 && value === undefined) value = any.chunk();
    else any.failed = true;
  }
  if (any.failed) return r.fail();
  if (typeUrl === undefined || typeUrl.length === 0) return undefined;
  const pk = new ProtoReader(value ?? new Uint8Array());
  if (pk.done() || pk.byte() !== 0x0a) return r.fail();
  const key = pk.chunk();
  if (pk.failed || !pk.done()) return r.fail();
  return key.slice();
}
