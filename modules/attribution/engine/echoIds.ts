/** Shared ids for prompt-echo detection, independent of any datanet vocabulary. */

/**
 * Maps output and prompt words to ids (≥ 3) by first occurrence, output first; equal words get
 * equal ids. The Map is only read and written by key, so the ids depend on the words alone.
 * PERF: linear in the words.
 */
export function echoIds(outputWords: readonly string[], promptWords: readonly string[]): { output: Int32Array; prompt: Int32Array } {
  const ids = new Map<string, number>();
  const idOf = (w: string): number => {
    let id = ids.get(w);
    if (id === undefined) {
      id = 3 + ids.size;
      ids.set(w, id);
    }
    return id;
  };
  const output = Int32Array.from(outputWords, idOf);
  const prompt = Int32Array.from(promptWords, idOf);
  return { output, prompt };
}
