/**
 * The scalar JSON encodings CometBFT v0.38 uses. Every shape encoder builds on these,
 * so that "string or number", "hex or base64" and "null or empty" are decided in one place.
 */
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";

/** HexBytes: uppercase hex, "" when empty. */
export function hexUpper(bytes: Uint8Array | undefined): string {
  if (bytes === undefined || bytes.length === 0) return "";
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex").toUpperCase();
}

/** cmtjson []byte: standard base64; a nil (here: absent or empty) slice is null. */
export function base64OrNull(bytes: Uint8Array | undefined): string | null {
  if (bytes === undefined || bytes.length === 0) return null;
  return base64(bytes);
}

/** Standard padded base64 (never URL-safe: CosmJS rejects it). */
export function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}

/** int64/uint64/Go int: a decimal string. */
export function int64String(value: bigint | number): string {
  return typeof value === "bigint" ? value.toString(10) : Math.trunc(value).toString(10);
}

const SECONDS_PER_DAY = 86_400n;

/**
 * Go `time.Time` MarshalJSON (RFC3339Nano, UTC): fractional seconds with trailing zeros trimmed,
 * no fraction at all when nanos is 0. Works for the Go zero time (year 1) as well.
 */
export function rfc3339Nano(ts: Timestamp | undefined): string {
  const seconds = ts?.seconds ?? 0n;
  const nanos = ts?.nanos ?? 0;
  if (nanos < 0 || nanos > 999_999_999) throw new RangeError(`Timestamp nanos ${nanos} out of range [0, 999999999]`);
  // Split into whole days and the second within the day so that Date only sees millisecond-exact
  // values well inside its range.
  let days = seconds / SECONDS_PER_DAY;
  let secondOfDay = seconds % SECONDS_PER_DAY;
  if (secondOfDay < 0n) {
    secondOfDay += SECONDS_PER_DAY;
    days -= 1n;
  }
  const date = new Date(Number(days) * 86_400_000 + Number(secondOfDay) * 1000);
  const withoutFraction = date.toISOString().slice(0, 19);
  return `${withoutFraction}${fraction(nanos)}Z`;
}

function fraction(nanos: number): string {
  if (nanos === 0) return "";
  return "." + nanos.toString().padStart(9, "0").replace(/0+$/, "");
}

/** Go's zero time.Time, which CometBFT prints for absent commit signatures. */
export const GO_ZERO_TIME: Timestamp = { seconds: -62135596800n, nanos: 0 };
