// Limits for untrusted files: each exceeded limit is a ReportReadError naming the file and the
// limit; pathological content that stays within the limits is read without exploding.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ReportReadError } from './errors.ts';
import { readReport, readSourceDocument } from './index.ts';
import { Deadline, LIMITS } from './limits.ts';
import { splitGlued } from './map/split-digits.ts';
import { makePdf } from './read/test-fixtures/minimal-pdf.ts';
import { loadSeedText, textToDocx, textToHtml } from './test-fixtures/formats.ts';

const seed = loadSeedText();
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

async function readError(promise: Promise<unknown>): Promise<ReportReadError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReportReadError);
  return error as ReportReadError;
}

// Guards only (vitest's 5 s default is short for megabyte inputs on a loaded 2-core machine).
const SLOW = { timeout: 120_000 };

describe('limits', () => {
  it('refuses a file over the size cap', SLOW, async () => {
    const error = await readError(readReport(new Uint8Array(LIMITS.maxBytes + 1).fill(0x31), 'big.txt'));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/^big\.txt：.*20 MB 上限/);
  });

  it('stops at the time limit with a timeout error naming the file', async () => {
    const error = await readError(readSourceDocument(utf8(seed), 'slow.txt', new Deadline('slow.txt', -1)));
    expect(error.code).toBe('timeout');
    expect(error.message).toMatch(/^slow\.txt：读取超过 .* 秒上限/);
  });

  it('refuses a PDF with more pages than the page cap', SLOW, async () => {
    const pages = Array.from({ length: LIMITS.maxPdfPages + 1 }, () => [{ x: 100, y: 700, text: '政府信息公开' }]);
    const error = await readError(readReport(makePdf(pages), 'long.pdf'));
    expect(error.code).toBe('too-large');
    expect(error.message).toBe(`long.pdf：PDF 共 ${LIMITS.maxPdfPages + 1} 页，超过 ${LIMITS.maxPdfPages} 页上限`);
  });

  it('refuses a DOCX whose document.xml inflates beyond the cap', SLOW, async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(LIMITS.maxDocxXmlBytes + 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await readError(readReport(bomb, 'bomb.docx'));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/^bomb\.docx：word\/document\.xml 解压后超过 32 MB 上限/);
    // A well-formed report still reads.
    expect((await readReport(textToDocx(seed), 'ok.docx')).publications.total).toBe(737);
  });

  it('refuses markup nested deeper than the cap instead of parsing it for minutes', SLOW, async () => {
    const html = textToHtml(seed).replace('<div class="TRS_Editor">', `<div class="TRS_Editor">${'<div>'.repeat(LIMITS.maxMarkupDepth + 10)}`);
    const error = await readError(readReport(utf8(html), 'deep.html'));
    expect(error.code).toBe('too-large');
    expect(error.message).toBe(`deep.html：HTML 标签嵌套超过 ${LIMITS.maxMarkupDepth} 层上限`);
    // Unclosed <p>, <td> and void elements are closed by the parser and do not count as nesting.
    const flat = textToHtml(seed).replace('</div></div>', `${'<p>x<br><img src=a>'.repeat(LIMITS.maxMarkupDepth + 10)}</div></div>`);
    expect((await readReport(utf8(flat), 'flat.html')).publications.total).toBe(737);
  });

  it('refuses a DOCX whose document.xml nests deeper than the cap, and reads one as long but flat', SLOW, async () => {
    const withBody = (insert: string): Uint8Array => {
      const files = unzipSync(textToDocx(seed));
      const xml = strFromU8(files['word/document.xml']!).replace('<w:body>', `<w:body>${insert}`);
      return zipSync({ ...files, 'word/document.xml': strToU8(xml) });
    };
    const depth = LIMITS.maxMarkupDepth + 10;
    const error = await readError(readReport(withBody(`${'<w:sdt>'.repeat(depth)}${'</w:sdt>'.repeat(depth)}`), 'deep.docx'));
    expect(error.code).toBe('too-large');
    expect(error.message).toBe(`deep.docx：word/document.xml 元素嵌套超过 ${LIMITS.maxMarkupDepth} 层上限`);
    // As many elements, each closed (or self-closing) before the next opens, are no nesting.
    const flat = withBody('<w:sdt><w:sdtContent/></w:sdt>'.repeat(depth));
    expect((await readReport(flat, 'flat.docx')).publications.total).toBe(737);
  });

  it('refuses tables whose merged cells expand beyond the cell cap (HTML rowspan, DOCX gridSpan)', SLOW, async () => {
    const rows = '<tr><td rowspan="0" colspan="1000">申请</td></tr>'.repeat(200);
    const html = textToHtml(seed).replace('</div></div>', `<table>${rows}</table></div></div>`);
    const htmlError = await readError(readReport(utf8(html), 'span.html'));
    expect(htmlError.code).toBe('too-large');
    expect(htmlError.message).toContain(`${LIMITS.maxTableCells} 个单元格上限`);
    const cell = '<w:tc><w:tcPr><w:gridSpan w:val="1000"/></w:tcPr><w:p/></w:tc>';
    const xml = `<w:document xmlns:w="w"><w:body><w:tbl>${`<w:tr>${cell.repeat(50)}</w:tr>`.repeat(3)}</w:tbl></w:body></w:document>`;
    const docxError = await readError(readReport(zipSync({ 'word/document.xml': strToU8(xml) }), 'span.docx'));
    expect(docxError.code).toBe('too-large');
    expect(docxError.message).toMatch(/^span\.docx：表格/);
  });

  it('reads a report with a 5 MB line of digits without hanging the splitter', SLOW, async () => {
    const digits = '1234567890'.repeat(500_000);
    const report = await readReport(utf8(`${seed}\n${digits}\n`), 'digits.txt');
    expect(report.publications.total).toBe(737);
    const glued = seed.replace(/（七）总计[^\n]*/, `（七）总计${digits}`);
    expect((await readReport(utf8(glued), 'glued.txt')).applications.received?.total).toBe(4);
  });

  it('bounds glued-digit splitting: too many digits or readings are unreadable, never a guess', () => {
    const many = splitGlued('1'.repeat(5000), 7);
    expect(many).toMatchObject({ status: 'unreadable', candidates: [] });
    expect(many.status !== 'ok' && many.message).toMatch(/^“1{200}…”有5000位数字，7个单元格容纳不下$/);
    // 60 digits for 7 cells: within the digit bound, but far more readings than the search may visit.
    const wide = splitGlued('9'.repeat(60), 7, () => true);
    expect(wide.status).not.toBe('ok');
    expect(splitGlued('21710000218', 7).status).toBe('ambiguous');
  });
});
