import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ReportReadError } from '../errors.ts';
import { readDocx } from './docx.ts';
import type { SourceDocument, SourceTable } from './source-document.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const p = (...runs: string[]): string => `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${runs.map((r) => `<w:r><w:t xml:space="preserve">${r}</w:t></w:r>`).join('')}</w:p>`;
const tc = (content: string, props = ''): string => `<w:tc><w:tcPr><w:tcW w:w="1000"/>${props}</w:tcPr>${content}</w:tc>`;

function docx(body: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'word/_rels/document.xml.rels': strToU8('<Relationships><Relationship Id="r1" TargetMode="External" Target="http://example.invalid/x.png"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`),
    ...extra,
  });
}

function tables(doc: SourceDocument): SourceTable[] {
  return doc.blocks.filter((b): b is SourceTable => b.type === 'table');
}

const texts = (t: SourceTable | undefined): string[][] => (t?.rows ?? []).map((r) => r.map((c) => c.text));

describe('readDocx', () => {
  const body = [
    p('某镇2023年政府信息公开', '工作年度报告'),
    `<w:p><w:r><w:t>一、总体</w:t></w:r><w:ins><w:r><w:t>情况</w:t></w:r></w:ins><w:del><w:r><w:delText>（草稿）</w:delText></w:r></w:del></w:p>`,
    `<w:sdt><w:sdtContent>${p('全年共发布信息', '737', '条。')}</w:sdtContent></w:sdt>`,
    `<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r><w:r><w:instrText> PAGE </w:instrText></w:r></w:p>`,
    '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>',
    `<w:tr>${tc(p('三、本年度办理结果'), '<w:vMerge w:val="restart"/>')}${tc(p('（三）不予公开'), '<w:vMerge w:val="restart"/>')}${tc(p('1.属于国家秘密'))}${tc(p('0'))}</w:tr>`,
    `<w:tr>${tc('<w:p/>', '<w:vMerge/>')}${tc('<w:p/>', '<w:vMerge/>')}${tc(p('2.其他法律行政法规禁止公开'))}${tc(p(' 3 '))}</w:tr>`,
    `<w:tr>${tc('<w:p/>', '<w:vMerge/>')}${tc(p('（七）总计'), '<w:gridSpan w:val="2"/>')}${tc(p('3'))}</w:tr>`,
    `<w:tr>${tc(`${p('商业')}${p('企业')}`)}${tc(`<w:tbl><w:tr>${tc(p('内层'))}${tc(p('9'))}</w:tr></w:tbl>`, '<w:gridSpan w:val="3"/>')}</w:tr>`,
    '</w:tbl>',
    p('六、其他需要报告的事项'),
  ].join('');
  const doc = readDocx(docx(body));

  it('reads paragraphs with insertions, without deletions and field codes', () => {
    expect(doc.blocks.filter((b) => b.type === 'paragraph').map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual([
      '某镇2023年政府信息公开工作年度报告',
      '一、总体情况',
      '全年共发布信息737条。',
      '甲 乙 丙',
      '六、其他需要报告的事项',
    ]);
  });

  it('expands vMerge and gridSpan like rowspan/colspan', () => {
    const [outer] = tables(doc);
    expect(texts(outer)).toEqual([
      ['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密', '0'],
      ['三、本年度办理结果', '（三）不予公开', '2.其他法律行政法规禁止公开', '3'],
      ['三、本年度办理结果', '（七）总计', '（七）总计', '3'],
      ['商业企业', '', '', ''],
    ]);
    expect(outer?.rows[1]?.[0]?.mergedFrom).toEqual({ row: 0, col: 0 });
    expect(outer?.rows[2]?.[0]?.mergedFrom).toEqual({ row: 0, col: 0 });
    expect(outer?.rows[2]?.[2]?.mergedFrom).toEqual({ row: 2, col: 1 });
    expect(outer?.rows[1]?.[1]?.range).toBeUndefined();
  });

  it('reads a nested table as its own table after the outer one', () => {
    expect(tables(doc).map(texts)).toHaveLength(2);
    expect(texts(tables(doc)[1])).toEqual([['内层', '9']]);
  });

  it('records ranges into plainText', () => {
    for (const cell of tables(doc).flatMap((t) => t.rows.flat())) {
      if (cell.range) expect(doc.plainText.slice(cell.range.start, cell.range.end)).toBe(cell.text);
    }
    expect(doc.plainText).toContain('三、本年度办理结果\t（三）不予公开\t1.属于国家秘密\t0\n\t\t2.其他法律行政法规禁止公开\t3\n');
  });

  it('rejects a corrupt zip, a zip without document.xml, and an encrypted package', () => {
    const codeOf = (bytes: Uint8Array): string => {
      try {
        readDocx(bytes);
        return 'read';
      } catch (error) {
        return error instanceof ReportReadError ? error.code : 'other';
      }
    };
    const good = docx(p('x'));
    expect(codeOf(good.subarray(0, good.length - 30))).toBe('corrupt-file');
    expect(codeOf(zipSync({ 'xl/workbook.xml': strToU8('<x/>') }))).toBe('corrupt-file');
    const ole = new Uint8Array(600);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Array.from('EncryptedPackage', (c) => [c.charCodeAt(0), 0]).flat(), 300);
    expect(codeOf(ole)).toBe('encrypted');
    expect(codeOf(new Uint8Array(0))).toBe('empty');
  });

  it('refuses a document.xml that inflates beyond the cap', () => {
    const huge = zipSync({ 'word/document.xml': new Uint8Array(65 * 1024 * 1024) }, { level: 9 });
    expect(huge.length).toBeLessThan(1024 * 1024);
    expect(() => readDocx(huge)).toThrow(ReportReadError);
  });
});
