// The text/Markdown reader: plain text in which tables appear as tab-separated lines (the seed),
// Markdown pipe tables, columns separated by runs of spaces, or one cell per line; and the
// crawler dumps with glued cells (crawler-text.ts).
import { toUnifiedIdeographs } from '../normalize/radicals.ts';
import { checkDeadlinePerItem } from '../limits.ts';
import { findCellLineTables } from './cell-lines.ts';
import { collapseSpaces } from './document-builder.ts';
import { isCrawlerText, readCrawlerText } from './crawler-text.ts';
import type { SourceBlock, SourceCell, SourceDocument, SourceTable } from './source-document.ts';

export type Line = { text: string; start: number; end: number };

export function readText(input: string): SourceDocument {
  // Radicals: text copied out of a browser-printed PDF carries them (normalize/radicals.ts).
  const text = toUnifiedIdeographs(input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  if (isCrawlerText(text)) return readCrawlerText(text);
  const lines = splitLines(text);
  const tableLines = new Set<number>();
  const tables: { first: number; table: SourceTable }[] = [];

  let run: { index: number; cells: SourceCell[] }[] = [];
  const flush = () => {
    const first = run[0];
    const last = run[run.length - 1];
    // A lone line still counts when it carries numbers (a one-row sub-table: 行政事业性收费  0  0).
    const numeric = run.some((r) => r.cells.slice(1).some((c) => NUMERIC_TOKEN.test(c.text.replace(/\s+/g, ''))));
    if (first && last && (run.length >= 2 || numeric)) {
      const table: SourceTable = {
        type: 'table',
        rows: run.map((r) => r.cells),
        range: { start: lines[first.index]?.start ?? 0, end: lines[last.index]?.end ?? 0 },
      };
      tables.push({ first: first.index, table });
      run.forEach((r) => tableLines.add(r.index));
    }
    run = [];
  };
  lines.forEach((line, index) => {
    checkDeadlinePerItem();
    if (line.text.includes('|') && /^\s*\|?\s*:?-{3,}/.test(line.text)) {
      tableLines.add(index); // Markdown separator row
      return;
    }
    const cells = splitTableLine(line);
    if (cells) run.push({ index, cells });
    else flush();
  });
  flush();

  for (const found of findCellLineTables(lines, tableLines)) {
    tables.push(found);
    for (let i = found.first; i <= found.last; i++) tableLines.add(i);
  }

  const blocks: { first: number; block: SourceBlock }[] = tables.map((t) => ({ first: t.first, block: t.table }));
  lines.forEach((line, index) => {
    if (tableLines.has(index) || line.text.trim() === '') return;
    const trimmed = line.text.trim();
    const start = line.start + line.text.indexOf(trimmed);
    blocks.push({ first: index, block: { type: 'paragraph', text: collapseSpaces(trimmed), range: { start, end: start + trimmed.length } } });
  });
  blocks.sort((a, b) => a.first - b.first);
  const isMarkdown = /^\s*#{1,6}\s|^\s*\|.*\|\s*$/m.test(text);
  return { kind: isMarkdown ? 'markdown' : 'text', plainText: text, blocks: blocks.map((b) => b.block), notes: [] };
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ text: part, start, end: start + part.length });
    start += part.length + 1;
  }
  return lines;
}

const MAX_LABEL_ROW_CHARS = 2000;
const NUMERIC_TOKEN = /^(?:[+-]?\d[\d,]*(?:\.\d+)?(?:万元|元)?|[—–\-/无]{1,2})$/;

/** The cells of a line that looks like a table row, or undefined for a prose line. */
function splitTableLine(line: Line): SourceCell[] | undefined {
  const raw = line.text;
  if (raw.trim() === '') return undefined;
  if (raw.includes('\t')) return cellsBySeparator(line, TAB, false);
  const trimmed = raw.trim();
  if (trimmed.startsWith('|') && trimmed.endsWith('|') && trimmed.length > 2) return cellsBySeparator(line, PIPE, true);
  if (/\S(?: {2,}|\u3000+)\S/.test(raw) && !/[。；]/.test(raw)) return cellsBySeparator(line, SPACE_RUN, false);
  // "label 4 0 0 0 0 0 4": a label followed by at least two space-separated numbers. The regex
  // backtracks (and recurses) per character: a real row is short, a megabyte line is prose.
  if (raw.length > MAX_LABEL_ROW_CHARS) return undefined;
  const tail = /^(.*?\S)((?:\s+(?:[+-]?\d[\d,]*(?:\.\d+)?|[—–\-/无]))+)\s*$/.exec(raw);
  if (tail?.[1] && tail[2] && !/[。；，]/.test(raw)) {
    const numbers = tail[2].trim().split(/\s+/);
    if (numbers.length >= 2 && numbers.every((n) => NUMERIC_TOKEN.test(n))) return cellsBySeparator(line, WHITESPACE_RUN, false);
  }
  return undefined;
}

// Column separators (global: cellsBySeparator runs them with exec from lastIndex 0; none matches
// an empty string, so this finds what matchAll would, without matchAll's copy of the regex).
// One-character separators are found with indexOf: no match array per cell.
const TAB = '\t';
const PIPE = '|';
const SPACE_RUN = / {2,}|\u3000+/g;
const WHITESPACE_RUN = /\s+/g;

function cellsBySeparator(line: Line, separator: RegExp | string, pipes: boolean): SourceCell[] {
  const cells: SourceCell[] = [];
  let text = line.text;
  let base = line.start;
  if (pipes) {
    const open = text.indexOf('|');
    const close = text.lastIndexOf('|');
    base += open + 1;
    text = text.slice(open + 1, close);
  }
  let last = 0;
  if (typeof separator === 'string') {
    for (let at = text.indexOf(separator); at !== -1; at = text.indexOf(separator, last)) {
      cells.push(cellOf(text, base, last, at));
      last = at + 1;
    }
    cells.push(cellOf(text, base, last, text.length));
    return cells;
  }
  separator.lastIndex = 0;
  for (let match = separator.exec(text); match; match = separator.exec(text)) {
    cells.push(cellOf(text, base, last, match.index));
    last = match.index + match[0].length;
  }
  cells.push(cellOf(text, base, last, text.length));
  // A "label 4 0 0" line split on single spaces would cut the label; glue its words back.
  if (separator === WHITESPACE_RUN) return rejoinLabel(cells);
  return cells;
}

/** The cell `text[from, to)`, trimmed, with its range in the document (`text` starts at `base`). */
function cellOf(text: string, base: number, from: number, to: number): SourceCell {
  const piece = text.slice(from, to);
  const trimmed = piece.trim();
  const lead = trimmed ? piece.length - piece.trimStart().length : 0; // the leading whitespace
  const start = base + from + lead;
  return { text: collapseSpaces(trimmed), range: { start, end: start + trimmed.length } };
}

function rejoinLabel(cells: SourceCell[]): SourceCell[] {
  const firstNumber = cells.findIndex((c) => NUMERIC_TOKEN.test(c.text));
  if (firstNumber <= 1) return cells;
  const labelCells = cells.slice(0, firstNumber);
  const start = labelCells[0]?.range?.start ?? 0;
  const end = labelCells[labelCells.length - 1]?.range?.end ?? start;
  return [{ text: labelCells.map((c) => c.text).join(' '), range: { start, end } }, ...cells.slice(firstNumber)];
}
