// The common shape every reader produces, whatever the input (text, HTML, DOCX, PDF):
// the document as a sequence of paragraphs and tables, plus one plain-text view of the
// whole source. Every paragraph and cell records the character range it occupies in
// `plainText`, so that any number read can later be shown at its exact place (issue 6).
// The mapping onto the canonical report model (lib/report/format.ts) consumes only this.

/** Half-open character range [start, end) in `SourceDocument.plainText`. */
export type TextRange = { start: number; end: number };

export type SourceCell = {
  /** Cell text as written, whitespace collapsed but otherwise untouched (normalising is the mapper's job). */
  text: string;
  /** Where the cell's text sits in the plain-text view; undefined for cells that are only copies of a merged cell. */
  range?: TextRange;
  /** 1-based PDF page, when the source has pages. */
  page?: number;
  /**
   * True when this grid position is covered by a merged cell (rowspan/colspan, DOCX vMerge/gridSpan)
   * whose text was copied here so that every row has its labels; the original is at `mergedFrom`.
   */
  mergedFrom?: { row: number; col: number };
};

export type SourceTable = {
  type: 'table';
  /** Rows of cells after merged cells are expanded into a rectangular-ish grid (rows may differ in length). */
  rows: SourceCell[][];
  range: TextRange;
  /** Pages the table spans (PDF), first to last. */
  pages?: number[];
};

export type SourceParagraph = { type: 'paragraph'; text: string; range: TextRange; page?: number };

export type SourceBlock = SourceParagraph | SourceTable;

export type SourceKind = 'text' | 'markdown' | 'crawler-text' | 'html' | 'docx' | 'pdf';

export type SourceDocument = {
  kind: SourceKind;
  /** The plain-text view shown to supervisors; all ranges point into it. */
  plainText: string;
  blocks: SourceBlock[];
  /** What the reader itself noticed: encoding guessed, images without text, pages without a text layer… */
  notes: ReaderNote[];
};

export type ReaderNote = {
  code: 'encoding-guessed' | 'image-only' | 'no-text-layer' | 'truncated' | 'unsupported-element' | 'other';
  message: string;
  page?: number;
};
