// DOCX output: word/document.xml written by hand (the package around it is docx-package.ts).
// Merged cells use w:gridSpan (columns) and w:vMerge restart/continue (rows), as Word writes them.
import type { Block, ReportDocument, TableKind } from './compose-report.ts';
import { STYLE, escapeXml, packageDocx } from './docx-package.ts';
import { layoutGrid, type Grid } from './tables.ts';

/** A4 text width with the usual 1800-twip side margins. */
const TEXT_WIDTH = 8306;

// Relative column widths per table, so that long row labels do not squeeze the numbers.
const COLUMN_WEIGHTS: Record<TableKind, readonly number[]> = {
  article20: [2.2, 1, 1, 1],
  applications: [1, 1.4, 3.2, 1, 1, 1, 1, 1, 1, 1],
  reviewLitigation: new Array<number>(15).fill(1),
};

function paragraph(text: string, style: string): string {
  const runs = text ? `<w:r>${text.split('\n').map((part) => `<w:t xml:space="preserve">${escapeXml(part)}</w:t>`).join('<w:br/>')}</w:r>` : '';
  return `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${runs}</w:p>`;
}

function columnWidths(kind: TableKind, columns: number): number[] {
  const weights = COLUMN_WEIGHTS[kind].length === columns ? COLUMN_WEIGHTS[kind] : new Array<number>(columns).fill(1);
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((TEXT_WIDTH * w) / sum));
}

function cellProps(width: number, colSpan: number, merge: string): string {
  return `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${colSpan > 1 ? `<w:gridSpan w:val="${colSpan}"/>` : ''}${merge}<w:vAlign w:val="center"/></w:tcPr>`;
}

function table(grid: Grid, kind: TableKind): string {
  const widths = columnWidths(kind, grid.columns);
  const span = (from: number, count: number) => widths.slice(from, from + count).reduce((a, b) => a + b, 0);
  const rows = layoutGrid(grid).map((slots) => {
    const cells: string[] = [];
    for (let c = 0; c < slots.length; ) {
      const slot = slots[c];
      if (!slot) break;
      if (slot.kind === 'origin') {
        const colSpan = slot.cell.colSpan ?? 1;
        const merge = (slot.cell.rowSpan ?? 1) > 1 ? '<w:vMerge w:val="restart"/>' : '';
        cells.push(`<w:tc>${cellProps(span(c, colSpan), colSpan, merge)}${paragraph(slot.cell.text, STYLE.cell)}</w:tc>`);
        c += colSpan;
        continue;
      }
      // A position under a rowspan: Word wants a continuation cell of the same width there.
      const colSpan = slot.origin.colSpan ?? 1;
      cells.push(`<w:tc>${cellProps(span(c, colSpan), colSpan, '<w:vMerge/>')}<w:p/></w:tc>`);
      c += colSpan;
    }
    return `<w:tr>${cells.join('')}</w:tr>`;
  });
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('');
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`
  );
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
      return paragraph(block.text, block.level === 1 ? STYLE.section : STYLE.subsection);
    case 'paragraph':
      return paragraph(block.text, STYLE.body);
    case 'table':
      return table(block.grid, block.kind);
    case 'signOff':
      return block.lines.map((line) => paragraph(line, STYLE.signOff)).join('');
  }
}

export function renderDocx(doc: ReportDocument): Uint8Array {
  const section =
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1800" w:bottom="1984" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>';
  const body = `${paragraph(doc.title, STYLE.title)}${doc.blocks.map(renderBlock).join('')}${section}`;
  return packageDocx(body, { title: doc.title, creator: doc.town.unit, published: doc.prose.published });
}
