import { describe, expect, it } from 'vitest';
import { ReportReadError } from '../errors.ts';
import { findTitle, readTitle } from '../map/read-title.ts';
import { readPdf } from './pdf.ts';
import type { SourceDocument, SourceTable } from './source-document.ts';
import { makePdf, type PdfText } from './test-fixtures/minimal-pdf.ts';

function tables(doc: SourceDocument): SourceTable[] {
  return doc.blocks.filter((b): b is SourceTable => b.type === 'table');
}

function paragraphs(doc: SourceDocument): string[] {
  return doc.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
}

const COLS = [320, 350, 380, 410, 440, 470, 500];

/** One table row the way WPS lays it out: label at x, seven numbers in fixed columns. */
function row(y: number, x: number, label: string, values: number[]): PdfText[] {
  return [{ x, y, text: label, size: 9 }, ...values.map((v, i) => ({ x: COLS[i] ?? 0, y: y - 1.5, text: String(v), size: 9 }))];
}

async function expectReadError(bytes: Uint8Array, code: string): Promise<void> {
  const error = await readPdf(bytes).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ReportReadError);
  expect((error as ReportReadError).code).toBe(code);
}

// Page 1: prose, a heading, the table header and its first rows; page 2: the rest of the table.
const page1: PdfText[] = [
  { x: 200, y: 780, text: '某镇2024年政府信息公开工作年度报告', size: 16 },
  { x: 106, y: 740, text: '一、总体情况', size: 16 },
  { x: 106, y: 712, text: '（二）依申请公开情况。全年本镇共受理政府信息公开申请', size: 16 },
  { x: 74, y: 684, text: '件，均在法定期限内按时答复。全年共受理政府信息公开申请共计', size: 16 },
  { x: 74, y: 656, text: '三件。', size: 16 },
  { x: 106, y: 600, text: '三、收到和处理政府信息公开申请情况', size: 16 },
  { x: 390, y: 570, text: '申请人情况', size: 9 },
  { x: 312, y: 550, text: '自然人', size: 9 },
  { x: 345, y: 556, text: '商业', size: 9 },
  { x: 345, y: 545, text: '企业', size: 9 },
  { x: 490, y: 550, text: '总 计', size: 9 },
  ...row(520, 78, '一、本年新收政府信息公开申请数量', [3, 0, 0, 0, 0, 0, 3]),
  ...row(500, 104, '（一）予以公开', [1, 0, 0, 0, 0, 0, 1]),
  { x: 104, y: 482, text: '（二）部分公开（区分处理', size: 9 },
  ...row(474, 104, '', [0, 0, 0, 0, 0, 0, 0]).slice(1),
  { x: 104, y: 466, text: '的，只计这一情形）', size: 9 },
  { x: 90, y: 440, text: '三', size: 9 },
  { x: 90, y: 428, text: '、', size: 9 },
  { x: 90, y: 416, text: '本', size: 9 },
  ...row(448, 181, '1.属于国家秘密', [0, 0, 0, 0, 0, 0, 0]),
  ...row(430, 181, '2.其他法律行政法规禁止公开', [0, 0, 0, 0, 0, 0, 0]),
  { x: 104, y: 420, text: '（三）不予公开', size: 9 },
  ...row(412, 181, '3.危及“三安全一稳定”', [0, 0, 0, 0, 0, 0, 0]),
  ...row(394, 181, '1.本机关不掌握相关政府信息', [2, 0, 0, 0, 0, 0, 2]),
  { x: 104, y: 384, text: '（四）无', size: 9 },
  { x: 464, y: 40, text: '- 3 -', size: 13 },
];
const page2: PdfText[] = [
  { x: 104, y: 760, text: '法提供', size: 9 },
  ...row(760, 181, '2.没有现成信息需要另行制作', [0, 0, 0, 0, 0, 0, 0]),
  ...row(740, 104, '（七）总计', [3, 0, 0, 0, 0, 0, 3]),
  ...row(720, 78, '四、结转下年度继续办理', [0, 0, 0, 0, 0, 0, 0]),
  { x: 106, y: 680, text: '四、政府信息公开行政复议、行政诉讼情况', size: 16 },
  { x: 464, y: 40, text: '- 4 -', size: 13 },
];

describe('readPdf: a section 三 table over a page break', async () => {
  const doc = await readPdf(makePdf([page1, page2]));
  const [table] = tables(doc);
  const labelled = (table?.rows ?? []).map((r) => r.map((c) => c.text));

  it('reads the prose as paragraphs, joining wrapped CJK lines', () => {
    expect(paragraphs(doc)).toEqual([
      '某镇2024年政府信息公开工作年度报告',
      '一、总体情况',
      '（二）依申请公开情况。全年本镇共受理政府信息公开申请件，均在法定期限内按时答复。全年共受理政府信息公开申请共计三件。',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
    ]);
    expect(doc.blocks.find((b) => b.type === 'paragraph')?.page).toBe(1);
  });

  it('makes one table spanning both pages, without page numbers', () => {
    expect(tables(doc)).toHaveLength(1);
    expect(table?.pages).toEqual([1, 2]);
    expect(doc.plainText).not.toContain('- 3 -');
    expect(doc.plainText).not.toContain('- 4 -');
  });

  it('puts each label with its numbers, in column order, across the break', () => {
    expect(labelled.slice(-10).map((r) => r.slice(-7).join(','))).toEqual([
      '3,0,0,0,0,0,3', '1,0,0,0,0,0,1', '0,0,0,0,0,0,0', '0,0,0,0,0,0,0', '0,0,0,0,0,0,0',
      '0,0,0,0,0,0,0', '2,0,0,0,0,0,2', '0,0,0,0,0,0,0', '3,0,0,0,0,0,3', '0,0,0,0,0,0,0',
    ]);
    const byLabel = new Map(labelled.map((r) => [r.slice(0, -7).join('|'), r.slice(-7)]));
    expect(byLabel.get('一、本年新收政府信息公开申请数量|一、本年新收政府信息公开申请数量|一、本年新收政府信息公开申请数量')).toEqual(['3', '0', '0', '0', '0', '0', '3']);
    expect(byLabel.get('三、本|（二）部分公开（区分处理的，只计这一情形）|（二）部分公开（区分处理的，只计这一情形）')).toEqual(['0', '0', '0', '0', '0', '0', '0']);
    expect(byLabel.get('三、本|（四）无法提供|1.本机关不掌握相关政府信息')).toEqual(['2', '0', '0', '0', '0', '0', '2']);
    expect(byLabel.get('三、本|（四）无法提供|2.没有现成信息需要另行制作')).toEqual(['0', '0', '0', '0', '0', '0', '0']);
    expect(byLabel.get('三、本|（三）不予公开|2.其他法律行政法规禁止公开')).toEqual(['0', '0', '0', '0', '0', '0', '0']);
    expect(byLabel.get('三、本|（七）总计|（七）总计')).toEqual(['3', '0', '0', '0', '0', '0', '3']);
  });

  it('keeps pages on cells and marks spread group labels as copies', () => {
    const notHeld = table?.rows.find((r) => r[2]?.text === '2.没有现成信息需要另行制作');
    expect(notHeld?.[2]?.page).toBe(2);
    expect(notHeld?.[1]?.mergedFrom).toBeDefined();
    expect(notHeld?.[1]?.range).toBeUndefined();
  });

  it('joins header words split over lines and letter-spaced', () => {
    expect(labelled.slice(0, 2).map((r) => r.slice(-7))).toEqual([
      ['', '', '申请人情况', '申请人情况', '申请人情况', '', ''],
      ['自然人', '商业企业', '', '', '', '', '总计'],
    ]);
    expect(table?.rows[0]?.[6]?.mergedFrom).toEqual({ row: 0, col: 5 });
  });

  it('records ranges that point at the cell text', () => {
    for (const cell of table?.rows.flat() ?? []) {
      if (cell.range) expect(doc.plainText.slice(cell.range.start, cell.range.end)).toBe(cell.text);
    }
  });
});

describe('readPdf: a web page printed to PDF', () => {
  it('drops the breadcrumb trail on the first page with text, also when page 1 is blank (LibreOffice)', async () => {
    const page: PdfText[] = [
      { x: 60, y: 800, text: '当前位置：首页 > 政府信息公开 > 年度报告' },
      { x: 100, y: 760, text: '承留镇人民政府2024年政府信息公开工作年度报告', size: 16 },
    ];
    for (const pages of [[page], [[], page]]) {
      const doc = await readPdf(makePdf(pages));
      expect(paragraphs(doc)).toEqual(['承留镇人民政府2024年政府信息公开工作年度报告']);
    }
  });

  it('finds a title in large type that wrapped onto a second line (LibreOffice: "…年度报" then "告")', async () => {
    const doc = await readPdf(makePdf([[
      { x: 60, y: 800, text: '首页' },
      { x: 70, y: 760, text: '青坪镇人民政府2020年政府信息公开工作年度报', size: 22 },
      { x: 286, y: 730, text: '告', size: 22 },
      { x: 60, y: 700, text: '一、总体情况' },
    ]]));
    expect(readTitle(findTitle(doc))).toEqual({ unit: '青坪镇人民政府', year: 2020 });
  });
});

describe('readPdf: damaged and unreadable files', () => {
  const simple = makePdf([[{ x: 100, y: 700, text: '政府信息公开工作年度报告' }]]);

  it('rejects truncated bytes as corrupt', async () => {
    await expectReadError(simple.subarray(0, 40), 'corrupt-file');
  });

  it('rejects junk and a PNG as corrupt', async () => {
    await expectReadError(Uint8Array.from({ length: 300 }, (_, i) => (i * 91 + 7) % 256), 'corrupt-file');
    await expectReadError(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]), 'corrupt-file');
  });

  it('reports a password-protected PDF as encrypted', async () => {
    const encrypted = makePdf([[{ x: 100, y: 700, text: 'x' }]], {
      trailerExtra: '/Encrypt << /Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -4 /Length 128 >> /ID [<0102> <0102>] ',
    });
    await expectReadError(encrypted, 'encrypted');
  });

  it('reports a PDF without any text layer as no-text, and notes a page without one', async () => {
    await expectReadError(makePdf([[], []]), 'no-text');
    const partial = await readPdf(makePdf([[{ x: 100, y: 700, text: '政府信息公开工作年度报告' }], []]));
    expect(partial.notes).toEqual([{ code: 'no-text-layer', message: 'Page 2 has no text layer (scanned image?).', page: 2 }]);
    expect(paragraphs(partial)).toEqual(['政府信息公开工作年度报告']);
  });

  it('rejects empty input', async () => {
    await expectReadError(new Uint8Array(0), 'empty');
  });
});
