/**
 * Linear-time check of a suffix array (a permutation whose neighbours are in order): suffixes
 * i and j with equal first tokens compare like suffixes i + 1 and j + 1, so with the inverse
 * permutation every adjacent pair is checked in O(1) (Burkhardt & Kärkkäinen's observation).
 */

/**
 * Undefined when `sa` is the suffix array of `text` (ending with a unique 0), else what is wrong.
 * Without `order` only the permutation is checked (n/8 bytes of scratch); with it also the
 * order (4 B/token of scratch). PERF: linear in the text.
 */
export function checkSuffixArray(text: Int32Array, sa: Int32Array, order: boolean): string | undefined {
  const n = text.length;
  if (sa.length !== n) return `suffix array has ${sa.length} entries for ${n} tokens`;
  if (!order) {
    const seen = new Uint8Array((n + 7) >> 3);
    for (let i = 0; i < n; i++) {
      const p = sa[i]!;
      if (p < 0 || p >= n || ((seen[p >> 3]! >> (p & 7)) & 1) === 1) return `suffix array entry ${i} (${p}) is out of range or repeated`;
      seen[p >> 3]! |= 1 << (p & 7);
    }
    return undefined;
  }
  const rank = new Int32Array(n + 1).fill(-1);
  for (let i = 0; i < n; i++) {
    const p = sa[i]!;
    if (p < 0 || p >= n || rank[p] !== -1) return `suffix array entry ${i} (${p}) is out of range or repeated`;
    rank[p] = i;
  }
  for (let i = 1; i < n; i++) {
    const a = sa[i - 1]!;
    const b = sa[i]!;
    if (text[a]! < text[b]!) continue;
    // rank[n] = -1 stands for the empty suffix, smaller than all.
    if (text[a]! > text[b]! || rank[a + 1]! >= rank[b + 1]!) return `suffixes at ${a} and ${b} (entries ${i - 1}, ${i}) are out of order`;
  }
  return undefined;
}
