// Builds a SourceDocument block by block, writing the plain-text view at the same time so
// that every range is known the moment the text is placed (no second pass, no searching).
import { ReportReadError } from '../errors.ts';
import { checkDeadline, LIMITS } from '../limits.ts';
import { toUnifiedIdeographs } from '../normalize/radicals.ts';
import { whitespaceTable } from '../normalize/whitespace.ts';
import type { ReaderNote, SourceBlock, SourceCell, SourceDocument, SourceKind } from './source-document.ts';

/** A cell before it is placed: copies of merged cells carry `mergedFrom` and get no range. */
export type DraftCell = { text: string; page?: number; mergedFrom?: { row: number; col: number } };

const WHITESPACE = /\s+/g;

/** Collapses every whitespace run (including NBSP and U+3000, which JS `\s` covers) and trims. */
export function collapseSpaces(text: string): string {
  // Most texts given are collapsed already (a cell is collapsed when read, then again when
  // placed): a scan that finds nothing to change is several times cheaper than replace + trim.
  return isCollapsed(text) ? text : text.replace(WHITESPACE, ' ').trim();
}

/** True when no whitespace is at either end, none but U+0020 occurs, and no two are adjacent. */
function isCollapsed(text: string): boolean {
  let afterSpace = true; // at the start, a space would be leading
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (isOtherWhitespace(code)) {
      return false;
    } else {
      afterSpace = false;
    }
  }
  return !afterSpace || text.length === 0;
}

const WHITESPACE_UNIT = whitespaceTable();

/** What JavaScript's \s matches, U+0020 aside. */
function isOtherWhitespace(code: number): boolean {
  return code !== 0x20 && WHITESPACE_UNIT[code] === 1;
}

// CJK ideographs, CJK punctuation and full-width forms: text that is written without spaces.
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019]/;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/**
 * Joins pieces of one logical text that the source split (lines, <p>s, runs): Chinese is
 * written without spaces, so CJK on both sides joins directly; otherwise a single space.
 */
export function joinPieces(pieces: readonly string[]): string {
  let out = '';
  for (const raw of pieces) {
    if (raw === '') continue; // most pieces of a cell are the empty ones around its <p>
    const piece = collapseSpaces(raw);
    if (!piece) continue;
    if (out && !(isCjk(out.at(-1)) && isCjk(piece[0]))) out += ' ';
    out += piece;
  }
  return out;
}

export class DocumentBuilder {
  private readonly chunks: string[] = [];
  private length = 0;
  private readonly blocks: SourceBlock[] = [];
  private cells = 0;
  readonly notes: ReaderNote[] = [];

  constructor(private readonly kind: SourceKind) {}

  private write(text: string): { start: number; end: number } {
    const start = this.length;
    if (text) {
      this.chunks.push(text);
      this.length += text.length;
    }
    return { start, end: this.length };
  }

  addParagraph(rawText: string, page?: number): void {
    // Radicals for ideographs (normalize/radicals.ts): a page or document pasted from a browser-printed PDF.
    const text = toUnifiedIdeographs(collapseSpaces(rawText));
    if (!text) return;
    const range = this.write(text);
    this.write('\n');
    this.blocks.push(page === undefined ? { type: 'paragraph', text, range } : { type: 'paragraph', text, range, page });
  }

  addTable(rows: readonly DraftCell[][], pages?: number[]): void {
    // Empty rows are kept: `mergedFrom` coordinates index into the rows as given.
    if (rows.every((row) => row.length === 0)) return;
    this.cells += rows.reduce((n, row) => n + row.length, 0);
    if (this.cells > LIMITS.maxDocumentCells) {
      throw new ReportReadError('too-large', `文档中的表格共超过 ${LIMITS.maxDocumentCells} 个单元格上限`);
    }
    checkDeadline();
    const start = this.length;
    let end = start;
    // The table's plain text goes in as one chunk: a chunk per cell and per tab made joining
    // the chunks the largest part of build().
    let plain = '';
    let at = start;
    const outRows: SourceCell[][] = rows.map((row) => {
      const outRow = row.map((draft, col): SourceCell => {
        if (col > 0) {
          plain += '\t';
          at++;
        }
        const text = toUnifiedIdeographs(collapseSpaces(draft.text));
        const cell: SourceCell = { text };
        if (draft.page !== undefined) cell.page = draft.page;
        // The source shows a merged cell once: copies stay out of the plain text.
        if (draft.mergedFrom) cell.mergedFrom = draft.mergedFrom;
        else {
          cell.range = { start: at, end: at + text.length };
          plain += text;
          at += text.length;
        }
        return cell;
      });
      end = at;
      plain += '\n';
      at++;
      return outRow;
    });
    this.write(plain);
    const table: SourceBlock = { type: 'table', rows: outRows, range: { start, end } };
    if (pages && pages.length > 0) table.pages = pages;
    this.blocks.push(table);
  }

  note(code: ReaderNote['code'], message: string, page?: number): void {
    this.notes.push(page === undefined ? { code, message } : { code, message, page });
  }

  get blockCount(): number {
    return this.blocks.length;
  }

  build(): SourceDocument {
    return { kind: this.kind, plainText: this.chunks.join(''), blocks: this.blocks, notes: this.notes };
  }
}
