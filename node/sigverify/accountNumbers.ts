/**
 * Signer public key → account number (of the key's address), for building sign bytes off the
 * main thread. Keyed by the key so a hit needs no address hash. An account's number never
 * changes once assigned, so a number read once stays right; an address with no account yet is
 * not remembered and its tx is verified by the ante as before.
 *
 * Read from the app's check state when the app offers it (`App.readCheckState`): the ante reads
 * the same account key right after, so the store read is shared through the check state's read
 * memo instead of paid twice. Otherwise through `App.query` on the raw store key
 * (STORE_LAYOUT.md: auth/a/<address>), as node/api reads.
 */
import { ripemd160 } from "@noble/hashes/legacy.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { Any } from "cosmjs-types/google/protobuf/any";
import type { AbciApp } from "../../chain/abci.ts";
import { bytesToMapKey } from "../../chain/store/bytes.ts";
import { accountFromAny } from "../../modules/auth/types.ts";
import { authKeys } from "../../modules/auth/keys.ts";

export type AccountSource = Pick<AbciApp, "query"> | { readCheckState(key: Uint8Array): Uint8Array | undefined };

export class AccountNumbers {
  private readonly known = new Map<string, bigint>();

  constructor(
    private readonly source: AccountSource,
    /** Bound on remembered keys; past it the oldest is forgotten (and read again if it returns). */
    private readonly capacity = 200_000,
  ) {}

  get size(): number {
    return this.known.size;
  }

  /** The number of a 33-byte public key's account if already known (no read). PERF: one Map lookup. */
  cached(pubkey: Uint8Array): bigint | undefined {
    return this.known.get(bytesToMapKey(pubkey));
  }

  /**
   * The account number of a 33-byte secp256k1 public key's address (ripemd160(sha256(key))), or
   * undefined when that address has no account yet.
   * PERF: a map hit, else an address hash, one store read and an account decode.
   */
  async of(pubkey: Uint8Array): Promise<bigint | undefined> {
    const key = bytesToMapKey(pubkey);
    const hit = this.known.get(key);
    if (hit !== undefined) return hit;
    const raw = await this.read(authKeys.account(ripemd160(sha256(pubkey))));
    if (raw === undefined || raw.length === 0) return undefined;
    let number: bigint;
    try {
      number = accountFromAny(Any.decode(raw)).accountNumber;
    } catch {
      return undefined;
    }
    if (this.known.size >= this.capacity) {
      const oldest = this.known.keys().next().value;
      if (oldest !== undefined) this.known.delete(oldest);
    }
    this.known.set(key, number);
    return number;
  }

  private async read(key: Uint8Array): Promise<Uint8Array | undefined> {
    if ("readCheckState" in this.source) return this.source.readCheckState(key);
    const res = await this.source.query({ path: "/store/key", data: key, height: 0n, prove: false });
    return res.code === 0 ? res.value : undefined;
  }
}
