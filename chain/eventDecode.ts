/**
 * Reading a typed event back from its ABCI form, for the decoders each module's events.ts
 * exports beside its emitters (the attribute names live in one file, and a round trip checks
 * them). Values follow the emitters' rules: integers in decimal, hashes in lowercase hex,
 * booleans "true"/"false". A missing or malformed attribute throws naming the event and key:
 * it means an emitter and its decoder disagree, a bug to see, not to skip.
 */
import { hexToBytes } from "@noble/hashes/utils.js";
import type { AbciEvent } from "./events.ts";

export class EventFields {
  private readonly values: Map<string, string>;

  constructor(private readonly event: AbciEvent) {
    this.values = new Map(event.attributes.map((a) => [a.key, a.value]));
  }

  string(key: string): string {
    const v = this.values.get(key);
    if (v === undefined) throw this.error(key, "is missing");
    return v;
  }

  bigint(key: string): bigint {
    const v = this.string(key);
    if (!/^-?[0-9]+$/.test(v)) throw this.error(key, `is not an integer: ${JSON.stringify(v)}`);
    return BigInt(v);
  }

  number(key: string): number {
    const n = this.bigint(key);
    if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < BigInt(Number.MIN_SAFE_INTEGER)) throw this.error(key, `is out of range: ${n}`);
    return Number(n);
  }

  bool(key: string): boolean {
    const v = this.string(key);
    if (v !== "true" && v !== "false") throw this.error(key, `is not true/false: ${JSON.stringify(v)}`);
    return v === "true";
  }

  /** Lowercase hex; "" reads as empty bytes. */
  hex(key: string): Uint8Array {
    const v = this.string(key);
    if (!/^(?:[0-9a-f]{2})*$/.test(v)) throw this.error(key, `is not lowercase hex: ${JSON.stringify(v)}`);
    return hexToBytes(v);
  }

  private error(key: string, what: string): Error {
    return new Error(`event ${this.event.type}: attribute ${key} ${what}`);
  }
}

/** The fields of `e` when it is of `type`, else undefined. */
export function eventFields(e: AbciEvent, type: string): EventFields | undefined {
  return e.type === type ? new EventFields(e) : undefined;
}
