/**
 * The values a field mutator swaps in: boundary integers, hostile strings, broken bech32 and
 * wrong prefixes, odd denoms and decimal amounts. Kept apart from the mutator so each target
 * can add what it knows (its funded addresses, its ids).
 */
import { fromBech32, toBech32 } from "@cosmjs/encoding";
import type { Rng } from "../support/rng.ts";

export const BOUNDARY_U64: readonly bigint[] = [
  0n, 1n, 2n, 127n, 128n, 255n, 256n, 0x7fffn, 0xffffn, 0x7fffffffn, 0x80000000n, 0xffffffffn, 0x100000000n,
  2n ** 53n - 1n, 2n ** 53n, 2n ** 53n + 1n, 2n ** 63n - 1n, 2n ** 63n, 2n ** 64n - 1n, 2n ** 64n - 2n,
];

/** Decimal strings as amounts, Dec values and ids arrive: signs, exponents, padding, 2^256. */
export const NUMERIC_STRINGS: readonly string[] = [
  "0", "-1", "1", "00", "01", "+1", " 1", "1 ", "1.5", "1e3", "0x10", "NaN", "Infinity", "-0", "", "٣",
  "18446744073709551615", "18446744073709551616", "9223372036854775807", "9223372036854775808",
  "115792089237316195423570985008687907853269984665640564039457584007913129639935",
  "115792089237316195423570985008687907853269984665640564039457584007913129639936",
  "9".repeat(100), "1".padStart(80, "0"), "1000000000000000000", "0.000000000000000001", "-1000000000000000000",
];

export const DENOMS: readonly string[] = [
  "utrib", "UTRIB", "stake", "", "u", "ibc/27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2",
  "utrib ", " utrib", "u-trib", "a".repeat(129), "1utrib", "utrib/../x", "factory/trib1/x", "ütrib", "utrib\u0000",
];

/** Invalid UTF-8 sequences (overlong, lone continuation, surrogate halves, truncated). */
export const BAD_UTF8: readonly Uint8Array[] = [
  Uint8Array.of(0xff), Uint8Array.of(0xc0, 0x80), Uint8Array.of(0x80), Uint8Array.of(0xed, 0xa0, 0x80),
  Uint8Array.of(0xed, 0xb2, 0x80), Uint8Array.of(0xe2, 0x82), Uint8Array.of(0xf4, 0x90, 0x80, 0x80), Uint8Array.of(0x61, 0xfe, 0x62),
];

export const WEIRD_STRINGS: readonly string[] = [
  "", " ", "\u0000", "a\u0000b", "\n", "☃", "\u{1F600}", "\u202e", "\ufeff", "x".repeat(257), "y".repeat(4096),
  "z".repeat(70_000), "%s%n", "../../etc/passwd", "<script>", "null", "{}", "\\", "\"", "\ud800",
];

/** Bech32 variants of a valid address: wrong prefix, bad checksum, wrong length, case, empty. */
export function badAddresses(valid: string, rng: Rng): string[] {
  let decoded: { prefix: string; data: Uint8Array };
  try {
    decoded = fromBech32(valid, 90);
  } catch {
    return [valid.slice(1), valid.toUpperCase(), ""];
  }
  const { prefix, data } = decoded;
  const flipped = valid.slice(0, -1) + (valid.endsWith("q") ? "p" : "q");
  const other = prefix.endsWith("valoper") ? prefix.slice(0, -"valoper".length) : `${prefix}valoper`;
  return [
    flipped,
    toBech32("cosmos", data),
    toBech32(other, data),
    toBech32(prefix, data.slice(0, 19)),
    toBech32(prefix, new Uint8Array(32).fill(7)),
    toBech32(prefix, new Uint8Array(0)),
    toBech32(prefix, rng.bytes(20)),
    toBech32(prefix, new Uint8Array(40).fill(1)),
    valid.toUpperCase(),
    valid.slice(0, 12),
    `${prefix}1`,
    valid + "q",
    ` ${valid}`,
    "",
  ];
}

/** Looks like a bech32 address (hrp, separator, data charset). */
export function looksBech32(s: string): boolean {
  return /^[a-z]{2,20}1[02-9ac-hj-np-z]{20,}$/.test(s);
}
