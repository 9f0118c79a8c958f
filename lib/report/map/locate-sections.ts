// Where each of the six parts starts and ends in the plain text. Headings are found as lines of
// their own (text, Markdown, HTML) or, in glued text, as a heading wording right after a Chinese
// ordinal (一、总体情况, 一总体情况); the report's own introduction lists the parts without
// ordinals, which is what keeps it from being taken for headings.
import { EXTRA_HEADINGS, SECTIONS, type SectionId } from '../format.ts';
import { checkDeadlinePerItem } from '../limits.ts';
import { headingPhrases, matchHeading } from '../normalize/labels.ts';
import type { SourceDocument, TextRange } from '../read/source-document.ts';
import { compactOf } from './compact-text.ts';

export type ExtraSectionId = (typeof EXTRA_HEADINGS)[number]['id'];

export type SectionSpan = {
  id: SectionId | ExtraSectionId;
  heading: string;
  headingRange: TextRange;
  /** Content range: from the end of the heading to the next heading. */
  start: number;
  end: number;
};

type Candidate = { id: SectionSpan['id']; range: TextRange };

const ORDINAL_BEFORE = /(?:^|[^一二三四五六七八九十])[一二三四五六七八九十]\s*[、.．]?\s*$|(?:^|\D)\d\s*[、.．]\s*$/;

export function locateSections(doc: SourceDocument): SectionSpan[] {
  const plain = doc.plainText;
  const candidates: Candidate[] = [];
  for (const block of doc.blocks) {
    if (block.type !== 'paragraph') continue;
    checkDeadlinePerItem();
    const match = matchHeading(block.text);
    if (match) {
      candidates.push({ id: match.id, range: block.range });
      continue;
    }
    if (block.range.end - block.range.start < 60) continue;
    candidates.push(...findGluedHeadings(doc, block.range));
  }
  candidates.sort((a, b) => a.range.start - b.range.start);

  const chosen: Candidate[] = [];
  let cursor = -1;
  for (const section of SECTIONS) {
    const hit = candidates.find((c) => c.id === section.id && c.range.start > cursor);
    if (hit) {
      chosen.push(hit);
      cursor = hit.range.start;
    }
  }
  for (const extra of EXTRA_HEADINGS) {
    const hit = candidates.find((c) => c.id === extra.id);
    if (hit) chosen.push(hit);
  }
  chosen.sort((a, b) => a.range.start - b.range.start);
  return chosen.map((c, i) => ({
    id: c.id,
    heading: plain.slice(c.range.start, c.range.end).replace(/\s+/g, ' ').trim(),
    headingRange: c.range,
    start: c.range.end,
    end: chosen[i + 1]?.range.start ?? plain.length,
  }));
}

// Every heading wording at once: one scan of a paragraph says where any of them starts (most
// paragraphs hold none), instead of one search per wording.
let anyHeading: RegExp | undefined;
// The wordings (by index in headingPhrases()) by their first unit: at a match, only those can
// start there, rather than all of them being tried.
let headingsByFirstUnit: Map<number, number[]> | undefined;

function listHeadingsByFirstUnit(headings: ReturnType<typeof headingPhrases>): Map<number, number[]> {
  const byUnit = new Map<number, number[]>();
  headings.forEach((h, i) => {
    if (!h.normalized) return;
    const unit = h.normalized.charCodeAt(0);
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), i]);
  });
  return byUnit;
}

function findGluedHeadings(doc: SourceDocument, range: TextRange): Candidate[] {
  const plain = doc.plainText;
  const found: Candidate[] = [];
  const headings = headingPhrases();
  anyHeading ??= new RegExp(headings.filter((h) => h.normalized).map((h) => h.normalized.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  headingsByFirstUnit ??= listHeadingsByFirstUnit(headings);
  const compact = compactOf(doc, range.start, range.end);
  // Where each wording occurs (by its index in `headings`), as findAll would list them.
  const starts: number[][] = [];
  anyHeading.lastIndex = 0;
  for (let match = anyHeading.exec(compact.text); match; match = anyHeading.exec(compact.text)) {
    const at = match.index;
    for (const i of headingsByFirstUnit.get(compact.text.charCodeAt(at)) ?? []) {
      if (compact.text.startsWith(headings[i]?.normalized ?? '', at)) (starts[i] ??= []).push(at);
    }
    anyHeading.lastIndex = at + 1; // overlapping wordings (总体情况 inside …工作总体情况) too
  }
  headings.forEach((heading, i) => {
    for (const at of starts[i] ?? []) {
      const hitStart = compact.toRaw[at] ?? 0;
      const hit = { start: hitStart, end: (compact.toRaw[at + heading.normalized.length - 1] ?? hitStart) + 1 };
      const before = plain.slice(Math.max(range.start, hit.start - 6), hit.start);
      if (!ORDINAL_BEFORE.test(before)) continue;
      const ordinal = /[一二三四五六七八九十\d]\s*[、.．]?\s*$/.exec(before);
      const start = hit.start - (ordinal?.[0].length ?? 0);
      // Keep a trailing （有关情况附表） with the heading rather than in the content (looked for
      // nearby only: slicing the rest of a huge paragraph per hit would be quadratic).
      const suffix = /^\s*[（(][^（()）]{0,10}[）)]/.exec(plain.slice(hit.end, Math.min(range.end, hit.end + 200)));
      found.push({ id: heading.id, range: { start, end: hit.end + (suffix?.[0].length ?? 0) } });
    }
  });
  return found;
}

/** The content text of a section, or undefined when the section was not found. */
export function sectionText(plain: string, spans: SectionSpan[], id: SectionSpan['id']): string | undefined {
  const span = spans.find((s) => s.id === id);
  return span ? plain.slice(span.start, span.end).trim() : undefined;
}
