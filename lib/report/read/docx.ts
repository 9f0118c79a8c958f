// DOCX: only word/document.xml is read (no relationships, no external targets, nothing
// fetched); paragraphs and tables with gridSpan/vMerge expanded like HTML spans. The XML is
// read by docx-xml.ts into a tree of the elements looked at here.
import { unzipSync } from 'fflate';
import { ReportReadError } from '../errors.ts';
import { checkDeadlinePerItem, LIMITS } from '../limits.ts';
import { DocumentBuilder, joinPieces, type DraftCell } from './document-builder.ts';
import { parseWordXml, type WordElement as Element } from './docx-xml.ts';
import { Utf8Text } from './xml-text.ts';
import type { SourceDocument } from './source-document.ts';
import { tooManyCells } from './table-grid.ts';
import { extractEntryNatively } from './zip-entry.ts';

// The caps guard against zip bombs (the declared and the real inflated size are both checked).
const MAX_DOCUMENT_XML = LIMITS.maxDocxXmlBytes;
const XML_TOO_LARGE = `word/document.xml 解压后超过 ${MAX_DOCUMENT_XML / 1048576} MB 上限（压缩炸弹？）`;
const MAX_DEPTH = 200;

function children(el: Element, name: string): Element[] {
  return el.children.filter((c) => c.name === name);
}

function child(el: Element | undefined, name: string): Element | undefined {
  if (el) for (const c of el.children) if (c.name === name) return c;
  return undefined;
}

function looksEncrypted(bytes: Uint8Array): boolean {
  // Password-protected Office files are OLE2 containers holding an "EncryptedPackage" stream.
  if (!(bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)) return false;
  const name = Array.from('EncryptedPackage', (c) => [c.charCodeAt(0), 0]).flat();
  for (let i = bytes.indexOf(0x45); i !== -1 && i + name.length <= bytes.length; i = bytes.indexOf(0x45, i + 1)) {
    if (name.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}

function extractDocumentXml(bytes: Uint8Array): Uint8Array {
  if (looksEncrypted(bytes)) throw new ReportReadError('encrypted', 'DOCX 文件有密码保护，无法读取');
  if (bytes.length > LIMITS.maxBytes) throw new ReportReadError('too-large', `DOCX 超过 ${LIMITS.maxBytes / 1048576} MB 上限`);
  const accept = (file: { name: string; originalSize: number }) => {
    if (file.name !== 'word/document.xml') return false;
    if (file.originalSize > MAX_DOCUMENT_XML) throw new ReportReadError('too-large', XML_TOO_LARGE);
    return true;
  };
  let files: Record<string, Uint8Array>;
  try {
    const native = extractEntryNatively(bytes, 'word/document.xml', accept);
    files = native ? { 'word/document.xml': native } : unzipSync(bytes, { filter: accept });
  } catch (error) {
    if (error instanceof ReportReadError) throw error;
    throw new ReportReadError('corrupt-file', `DOCX 文件已损坏，无法解压（${error instanceof Error ? error.message : String(error)}）`);
  }
  const xml = files['word/document.xml'];
  if (!xml) throw new ReportReadError('corrupt-file', 'DOCX 文件中没有 word/document.xml');
  // The declared size can lie; the inflated size cannot.
  if (xml.length > MAX_DOCUMENT_XML) throw new ReportReadError('too-large', XML_TOO_LARGE);
  return xml;
}

/**
 * Text of runs under `node`: w:t, tabs and breaks as spaces. Deletions, field codes, drawings
 * and properties are skipped: docx-xml.ts leaves them out of the tree.
 */
function collectText(node: Element, out: string[], depth: number): void {
  for (const c of node.children) {
    switch (c.name) {
      case 'w:t':
        out.push(c.text);
        break;
      case 'w:tab':
      case 'w:br':
      case 'w:cr':
        out.push(' ');
        break;
      case 'w:tbl':
        break;
      default:
        if (depth < MAX_DEPTH) collectText(c, out, depth + 1);
    }
  }
}

function paragraphText(p: Element): string {
  const out: string[] = [];
  collectText(p, out, 0);
  return out.join('');
}

type Emit = { paragraph: (text: string) => void; table: (rows: DraftCell[][]) => void };

/**
 * A cell's paragraphs (its nested tables are read separately). A class rather than an object
 * of arrow functions made per cell: under tsx (the CLI and its read workers) every such arrow
 * gets a defineProperty for its name, which cost DOCX reading ~10 %.
 */
class CellPieces implements Emit {
  readonly pieces: string[] = [];
  paragraph(text: string): void {
    this.pieces.push(text);
  }
  table(): void {}
}

/** Block-level content: paragraphs and tables, looking through content controls and wrappers. */
function walkBlocks(nodes: readonly Element[], emit: Emit, depth: number): void {
  for (const node of nodes) {
    if (depth > MAX_DEPTH) continue;
    checkDeadlinePerItem();
    if (node.name === 'w:p') emit.paragraph(paragraphText(node));
    else if (node.name === 'w:tbl') readTable(node, emit, depth);
    else if (node.name === 'w:sdt') walkBlocks(child(node, 'w:sdtContent')?.children ?? [], emit, depth + 1);
    else if (node.name === 'w:ins' || node.name === 'w:customXml' || node.name === 'w:smartTag') walkBlocks(node.children, emit, depth + 1);
  }
}

function intAttr(el: Element | undefined, fallback: number): number {
  const value = el?.val;
  const n = value === undefined ? Number.NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 1000) : fallback;
}

/** Rows of a table, and cells of a row, as written or wrapped in content controls. */
function unwrap(nodes: readonly Element[], name: string): Element[] {
  const out: Element[] = [];
  for (const node of nodes) {
    if (node.name === name) out.push(node);
    else if (node.name === 'w:sdt') out.push(...unwrap(child(node, 'w:sdtContent')?.children ?? [], name));
    else if (node.name === 'w:customXml' || node.name === 'w:ins') out.push(...unwrap(node.children, name));
  }
  return out;
}

function readTable(tbl: Element, emit: Emit, depth: number): void {
  const grid: DraftCell[][] = [];
  const nested: Element[] = [];
  let cells = 0;
  unwrap(tbl.children, 'w:tr').forEach((tr, r) => {
    checkDeadlinePerItem();
    const row: DraftCell[] = [];
    const before = intAttr(child(child(tr, 'w:trPr'), 'w:gridBefore'), 0);
    cells += before;
    for (let i = 0; i < before; i++) row.push({ text: '' });
    for (const tc of unwrap(tr.children, 'w:tc')) {
      const props = child(tc, 'w:tcPr');
      const span = intAttr(child(props, 'w:gridSpan'), 1);
      // gridSpan multiplies cells (up to 1000 each): a small document.xml could expand to millions.
      cells += span;
      if (cells > LIMITS.maxTableCells) throw tooManyCells();
      const vMerge = child(props, 'w:vMerge');
      const col = row.length;
      const above = grid[r - 1]?.[col];
      if (vMerge && vMerge.val !== 'restart' && above) {
        // A continued vertical merge repeats the cell that started it.
        const origin = above.mergedFrom ?? { row: r - 1, col };
        for (let i = 0; i < span; i++) row.push({ text: above.text, mergedFrom: i === 0 ? origin : { row: origin.row, col: origin.col } });
        continue;
      }
      const cell = new CellPieces();
      walkBlocks(tc.children, cell, depth + 1);
      nested.push(...children(tc, 'w:tbl'));
      const text = joinPieces(cell.pieces);
      row.push({ text });
      for (let i = 1; i < span; i++) row.push({ text, mergedFrom: { row: r, col } });
    }
    grid.push(row);
  });
  emit.table(grid);
  // Tables nested in cells are read as tables of their own, after the one holding them.
  for (const inner of nested) readTable(inner, emit, depth + 1);
}

export function readDocx(bytes: Uint8Array): SourceDocument {
  if (bytes.length === 0) throw new ReportReadError('empty', '文件为空');
  const xml = new Utf8Text(extractDocumentXml(bytes));
  // XML's own entities only; DOCTYPE/entity declarations are not expanded.
  const body = child(parseWordXml(xml).children[0], 'w:body');
  if (!body) throw new ReportReadError('corrupt-file', 'word/document.xml 中没有正文（w:body）');
  const builder = new DocumentBuilder('docx');
  walkBlocks(body.children, { paragraph: (t) => builder.addParagraph(t), table: (rows) => builder.addTable(rows) }, 0);
  return builder.build();
}
