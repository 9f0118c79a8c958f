// A bounded cache for pure functions of a short text: the label-matching functions see the same
// few dozen row labels and headings in every report. Long texts are not kept (a paragraph is
// rarely seen twice, and hashing it costs a pass), and the cache is emptied when full.
const MAX_TEXT = 120;
const MAX_ENTRIES = 4000;

export function memoiseByText<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string): T => {
    if (text.length > MAX_TEXT) return compute(text);
    if (cache.has(text)) return cache.get(text) as T;
    const result = compute(text);
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(text, result);
    return result;
  };
}
