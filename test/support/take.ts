/**
 * Fixed-size destructuring for tests under noUncheckedIndexedAccess: `const [owner, c1, c2] =
 * take(accounts, 3)` gives three defined values, or throws at the setup line when the list is
 * shorter, instead of an undefined surfacing later as a confusing TypeError.
 */
export type Tuple<T, N extends number, R extends T[] = []> = R["length"] extends N ? R : Tuple<T, N, [...R, T]>;

export function take<T, N extends number>(xs: readonly T[], n: N): Tuple<T, N> {
  if (xs.length < n) throw new Error(`expected at least ${n} items, got ${xs.length}`);
  return xs.slice(0, n) as Tuple<T, N>;
}

/** xs[i], or a clear error naming what was looked up when there is no such item. */
export function at<T>(xs: readonly T[], i: number, what = "item"): T {
  const x = xs[i];
  if (x === undefined) throw new Error(`no ${what} at index ${i} (of ${xs.length})`);
  return x;
}
