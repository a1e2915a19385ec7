/** RFC3339 timestamps as CometBFT writes them (Z or ±hh:mm offset, up to 9 fractional digits). */
const RFC3339_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

export function isRfc3339(s: string): boolean {
  const m = RFC3339_RE.exec(s);
  if (!m) return false;
  // Groups 1–6 are mandatory in the pattern: a match holds them.
  const [y, mo, d, h, mi, sec] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])];
  if (mo < 1 || mo > 12 || h > 23 || mi > 59 || sec > 60) return false;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/** Now, as RFC3339 in UTC with nanosecond digits (CometBFT style: milliseconds padded). */
export function nowRfc3339(): string {
  return new Date().toISOString().replace(/\.(\d{3})Z$/, ".$1000000Z");
}
