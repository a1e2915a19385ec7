/**
 * Signer address → account number, for building sign bytes off the main thread. An account's
 * number never changes once assigned, so a number read once from committed state stays right;
 * an address with no committed account yet (its first tx arrives in the same block as its first
 * funds) is not remembered and its tx is verified by the ante as before. Read through
 * `App.query` on the raw store key (STORE_LAYOUT.md: auth/a/<address>), as node/api reads.
 */
import { Any } from "cosmjs-types/google/protobuf/any";
import type { AbciApp } from "../../chain/abci.ts";
import { accountFromAny } from "../../modules/auth/types.ts";
import { authKeys } from "../../modules/auth/keys.ts";

export type AccountQuery = Pick<AbciApp, "query">;

export class AccountNumbers {
  private readonly known = new Map<string, bigint>();

  constructor(
    private readonly app: AccountQuery,
    /** Bound on remembered addresses; past it the oldest is forgotten (and read again if it returns). */
    private readonly capacity = 1_000_000,
  ) {}

  get size(): number {
    return this.known.size;
  }

  /**
   * The committed account number of a 20-byte address, or undefined when it has no account yet.
   * PERF: a map hit, else one raw store read through App.query and an account decode.
   */
  async of(address: Uint8Array): Promise<bigint | undefined> {
    const key = Buffer.from(address.buffer, address.byteOffset, address.byteLength).toString("latin1");
    const hit = this.known.get(key);
    if (hit !== undefined) return hit;
    const res = await this.app.query({ path: "/store/key", data: authKeys.account(address), height: 0n, prove: false });
    if (res.code !== 0 || res.value.length === 0) return undefined;
    let number: bigint;
    try {
      number = accountFromAny(Any.decode(res.value)).accountNumber;
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
}
