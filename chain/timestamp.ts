import type { Duration } from "cosmjs-types/google/protobuf/duration";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import type { BlockInfo } from "./context.ts";
import { sdkErrors } from "./errors.ts";

/**
 * Time in consensus code: Unix nanoseconds as bigint, converted to protobuf Timestamp/Duration
 * and to the RFC 3339 / "<n>s" text the SDK writes in JSON. Pure integer calendar arithmetic
 * (no Date), so it is deterministic and exact to the nanosecond.
 */
export type UnixNanos = bigint;

const NS = 1_000_000_000n;
export const SECOND: UnixNanos = NS;
export const HOUR: UnixNanos = 3600n * NS;

export function blockTime(block: BlockInfo): UnixNanos {
  return block.timeSeconds * NS + BigInt(block.timeNanos);
}

export function fromTimestamp(ts: Timestamp | undefined): UnixNanos {
  return ts ? ts.seconds * NS + BigInt(ts.nanos) : 0n;
}

/** Floor division, so times before 1970 keep nanos in [0, 1e9). */
export function toTimestamp(ns: UnixNanos): Timestamp {
  let seconds = ns / NS;
  let nanos = ns % NS;
  if (nanos < 0n) {
    nanos += NS;
    seconds -= 1n;
  }
  return { seconds, nanos: Number(nanos) };
}

export const durationNanos = (d: Duration | undefined): bigint => (d ? d.seconds * NS + BigInt(d.nanos) : 0n);
export const toDuration = (ns: bigint): Duration => ({ seconds: ns / NS, nanos: Number(ns % NS) });

/** Proto3 JSON duration: "1814400s", "1.5s". */
export function formatDuration(ns: bigint): string {
  const s = ns / NS;
  const frac = ns % NS;
  return frac === 0n ? `${s}s` : `${s}.${frac.toString().padStart(9, "0").replace(/0+$/, "")}s`;
}

export function parseDuration(text: string, what = "duration"): bigint {
  const m = typeof text === "string" ? /^([0-9]+)(?:\.([0-9]{1,9}))?s$/.exec(text) : null;
  if (!m) throw sdkErrors.invalidRequest.wrap(`${what}: ${JSON.stringify(text)} is not a duration such as "1814400s"`);
  return BigInt(m[1]!) * NS + BigInt((m[2] ?? "").padEnd(9, "0") || "0");
}

/** Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: bigint, m: bigint, d: bigint): bigint {
  const yy = m <= 2n ? y - 1n : y;
  const era = (yy >= 0n ? yy : yy - 399n) / 400n;
  const yoe = yy - era * 400n;
  const mp = (m + 9n) % 12n;
  const doy = (153n * mp + 2n) / 5n + d - 1n;
  const doe = yoe * 365n + yoe / 4n - yoe / 100n + doy;
  return era * 146097n + doe - 719468n;
}

function civilFromDays(z0: bigint): [bigint, bigint, bigint] {
  const z = z0 + 719468n;
  const era = (z >= 0n ? z : z - 146096n) / 146097n;
  const doe = z - era * 146097n;
  const yoe = (doe - doe / 1460n + doe / 36524n - doe / 146096n) / 365n;
  const doy = doe - (365n * yoe + yoe / 4n - yoe / 100n);
  const mp = (5n * doy + 2n) / 153n;
  const d = doy - (153n * mp + 2n) / 5n + 1n;
  const m = mp < 10n ? mp + 3n : mp - 9n;
  return [yoe + era * 400n + (m <= 2n ? 1n : 0n), m, d];
}

const pad = (n: bigint, w: number) => n.toString().padStart(w, "0");

/**
 * RFC 3339 in UTC as Go's time.MarshalJSON writes it (RFC3339Nano: fraction without trailing
 * zeros). `seconds: true` drops the fraction (time.RFC3339, used in SDK event attributes).
 */
export function formatRfc3339(ns: UnixNanos, opts: { seconds?: boolean } = {}): string {
  const { seconds, nanos } = toTimestamp(ns);
  const days = seconds >= 0n ? seconds / 86400n : -((-seconds + 86399n) / 86400n);
  const sod = seconds - days * 86400n;
  const [y, m, d] = civilFromDays(days);
  const base = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}T${pad(sod / 3600n, 2)}:${pad((sod % 3600n) / 60n, 2)}:${pad(sod % 60n, 2)}`;
  const frac = opts.seconds || nanos === 0 ? "" : `.${nanos.toString().padStart(9, "0").replace(/0+$/, "")}`;
  return `${base}${frac}Z`;
}

/** Parses RFC 3339 (Z or ±hh:mm, up to 9 fractional digits) to Unix nanoseconds. */
export function parseRfc3339(text: string, what = "time"): UnixNanos {
  const m = typeof text === "string"
    ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/.exec(text)
    : null;
  const bad = () => sdkErrors.invalidRequest.wrap(`${what}: ${JSON.stringify(text)} is not an RFC 3339 time such as 2024-01-01T00:00:00Z`);
  if (!m) throw bad();
  // Groups 1–6 and 8 are mandatory in the pattern: a match holds them.
  const [y, mo, d, h, mi, s] = [BigInt(m[1]!), BigInt(m[2]!), BigInt(m[3]!), BigInt(m[4]!), BigInt(m[5]!), BigInt(m[6]!)];
  const zone = m[8]!;
  const monthDays = [31n, 28n, 31n, 30n, 31n, 30n, 31n, 31n, 30n, 31n, 30n, 31n];
  const leap = (y % 4n === 0n && y % 100n !== 0n) || y % 400n === 0n;
  if (mo < 1n || mo > 12n || d < 1n || h > 23n || mi > 59n || s > 59n) throw bad();
  if (d > monthDays[Number(mo) - 1]! + (mo === 2n && leap ? 1n : 0n)) throw bad();
  let offset = 0n;
  if (zone !== "Z") {
    const sign = zone.startsWith("-") ? -1n : 1n;
    offset = sign * (BigInt(zone.slice(1, 3)) * 3600n + BigInt(zone.slice(4, 6)) * 60n);
  }
  const secs = daysFromCivil(y, mo, d) * 86400n + h * 3600n + mi * 60n + s - offset;
  return secs * NS + BigInt((m[7] ?? "").padEnd(9, "0") || "0");
}
