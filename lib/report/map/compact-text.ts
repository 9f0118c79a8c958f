// A searchable form of raw text: whitespace and punctuation dropped, full-width and traditional
// characters folded, with a map from every compact position back to the raw offset, so that a
// label found in the compact text can be located (and its value cut) in the original.
import { foldForSearch } from '../normalize/chinese.ts';

export type CompactText = { text: string; toRaw: number[] };

const DROP = /[\s"'“”‘’「」『』《》<>〈〉,，、。.．:：;；()（）[\]【】/·•_\-—–~～!！?？*#|]/;

export function compactText(raw: string, offset = 0): CompactText {
  const folded = foldForSearch(raw);
  let text = '';
  const toRaw: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i] ?? '';
    if (DROP.test(ch) || ch === '\u0000') continue;
    text += ch;
    toRaw.push(offset + i);
  }
  return { text, toRaw };
}

/** Every raw range where `phrase` (already in normalised form) occurs. */
export function findAll(compact: CompactText, phrase: string): { start: number; end: number; compactStart: number }[] {
  const hits: { start: number; end: number; compactStart: number }[] = [];
  if (!phrase) return hits;
  for (let from = compact.text.indexOf(phrase); from !== -1; from = compact.text.indexOf(phrase, from + 1)) {
    const start = compact.toRaw[from] ?? 0;
    const end = (compact.toRaw[from + phrase.length - 1] ?? start) + 1;
    hits.push({ start, end, compactStart: from });
  }
  return hits;
}
