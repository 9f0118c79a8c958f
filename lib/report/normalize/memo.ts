// A bounded cache for pure functions of a short text: the label-matching functions see the same
// few dozen row labels and headings in every report. Long texts are not kept (a paragraph is
// rarely seen twice, and hashing it costs a pass), and the cache is emptied when full.
const MAX_TEXT = 120;
const MAX_ENTRIES = 4000;

// Stands for a cached `undefined` (most lines are no heading), so that one Map lookup answers
// both "is it cached" and "what is it": has() then get() hashed and probed twice per call.
const NOTHING: unique symbol = Symbol('nothing');

export function memoiseByText<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T | typeof NOTHING>();
  return (text: string): T => {
    if (text.length > MAX_TEXT) return compute(text);
    const cached = cache.get(text);
    if (cached !== undefined) return cached === NOTHING ? (undefined as T) : cached;
    const result = compute(text);
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(text, result === undefined ? NOTHING : result);
    return result;
  };
}
