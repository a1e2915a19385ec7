/**
 * Hand-written protobuf encoding of the stored account Any. Every tx rewrites its signer's
 * account (sequence + 1), and cosmjs-types' generic writer made that the most expensive
 * encode on the block path. The bytes are identical to
 * `Any.encode({typeUrl, value: BaseAccount.encode(...)})` (a test checks it).
 */
import { addressString } from "../../chain/address.ts";
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

/** Encodes a non-module account as `Any{BaseAccount}`. Module accounts use the generic path. */
export function encodeBaseAccountAny(acc: Account): Uint8Array {
  const address = enc.encode(addressString(acc.address));
  const pubKeyMsg = acc.pubKey ? lenFieldLength(acc.pubKey.length) : 0; // PubKey{key}
  const pubKeyAny = acc.pubKey ? lenFieldLength(PUBKEY_URL_BYTES.length) + lenFieldLength(pubKeyMsg) : 0;
  const base =
    lenFieldLength(address.length) + (acc.pubKey ? lenFieldLength(pubKeyAny) : 0) + uint64FieldLength(acc.accountNumber) + uint64FieldLength(acc.sequence);
  const w = new ProtoWriter(new Uint8Array(lenFieldLength(BASE_URL_BYTES.length) + lenFieldLength(base)));
  w.bytes(1, BASE_URL_BYTES).lenHeader(2, base).bytes(1, address);
  if (acc.pubKey) w.lenHeader(2, pubKeyAny).bytes(1, PUBKEY_URL_BYTES).lenHeader(2, pubKeyMsg).bytes(1, acc.pubKey);
  return w.uint64(3, acc.accountNumber).uint64(4, acc.sequence).finish();
}
