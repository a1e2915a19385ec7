// What consensus code may do: test/lint.test.ts lints this as if it were under modules/ and
// expects no message at all (the profile must not flag exact integer work).
import { createHash, hash } from "node:crypto";
import * as nodeCrypto from "node:crypto";
import { sha256 } from "@noble/hashes/sha2.js";

type When = Date; // a type position is not a use of the clock

export function exact(xs: number[], n: bigint, s: string, when?: When): unknown[] {
  const Math = { random: () => 4 }; // a local that shadows the global is not the global
  return [
    globalMath(xs),
    Math.random(),
    Number(s) / 7,
    Number(n % 10n),
    BigInt(s) ** 2n,
    10 ** 6,
    xs.map(Number),
    structuredClone({ a: [1, 2] }),
    new WeakMap<object, number>(),
    [...xs].sort((a, b) => a - b),
    (255).toString(16).padStart(4, "0"),
    /^[a-z0-9]+$/i.test(s),
    /^[\u0020-\u007e]*$/u.test(s),
    new TextEncoder().encode(s),
    createHash("sha256").update(s).digest("hex"),
    hash("sha256", s),
    nodeCrypto.createHmac("sha256", "k").update(s).digest(),
    sha256(new Uint8Array([1])),
    when,
  ];
}

function globalMath(xs: number[]): number[] {
  return [globalThisFree(xs), Math.imul(3, 5), Math.floor(7 / 2), Math.ceil(7 / 2), Math.trunc(-1), Math.abs(-2), Math.sign(-3), Math.clz32(1), Math.round(5 / 2)];
}

function globalThisFree(xs: number[]): number {
  return Math.max(...xs, Math.min(0, 1));
}
