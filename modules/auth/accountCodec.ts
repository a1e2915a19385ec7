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
