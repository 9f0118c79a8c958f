// The CSV writer, file names and the long-row packer on their own (no database): quoting,
// formula neutralisation, CRLF and BOM, RFC 5987 names, canonical cell order.
import { describe, expect, it } from 'vitest';
import { CSV_BOM, formatCsvField, formatCsvHeader, formatCsvRow, parseCsv } from '../../lib/export/csv.ts';
import { buildContentDisposition, buildExportFileName } from '../../lib/export/file-name.ts';
import { formatLongRows } from '../../lib/export/long-rows.ts';

describe('CSV writer', () => {
  it('quotes per RFC 4180 and ends records with CRLF', () => {
    expect(formatCsvRow(['a', 'b,c', 'say "hi"', 'two\nlines', 3, null])).toBe('a,"b,c","say ""hi""","two\nlines",3,\r\n');
    expect(formatCsvHeader([{ name: 'x' }, { name: 'y' }])).toBe(`${CSV_BOM}x,y\r\n`);
  });

  it('neutralises text that a spreadsheet would run, but not numbers', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(formatCsvField(text).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(formatCsvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(formatCsvField(-3)).toBe('-3');
    expect(formatCsvField(Number.NaN)).toBe('');
    expect(formatCsvField('承留镇')).toBe('承留镇');
  });

  it('parses back what it writes', () => {
    const rows = [['a', 'b,c', 'q"q', 'l\r\nm', ''], ['承留镇', "'=1", '4', '0.25', '-2']];
    expect(parseCsv(CSV_BOM + rows.map((r) => formatCsvRow(r)).join(''))).toEqual(rows.map((r) => r.map((f) => (/^[-=]/.test(f) ? `'${f}` : f))));
  });
});

describe('file names', () => {
  it('say scope, years and kind, and travel as RFC 5987', () => {
    expect(buildExportFileName({ scope: '济源市', year: 2024, kind: 'long' })).toBe('gongkai_济源市_2024_long.csv');
    expect(buildExportFileName({ scope: '全国', from: 2020, to: 2024, kind: 'wide' })).toBe('gongkai_全国_2020-2024_wide.csv');
    expect(buildExportFileName({ scope: 'a/b:c', kind: 'findings' })).toBe('gongkai_a_b_c_全部年度_findings.csv');
    expect(buildContentDisposition("gongkai_济源市_2024_long.csv")).toBe(
      `attachment; filename="gongkai_2024_long.csv"; filename*=UTF-8''gongkai_%E6%B5%8E%E6%BA%90%E5%B8%82_2024_long.csv`,
    );
    expect(buildContentDisposition("it's (1).txt")).toContain("filename*=UTF-8''it%27s%20%281%29.txt");
  });
});

describe('long rows', () => {
  it('write one line per numeric cell in the printed order; nulls, text and unknown keys are not cells', () => {
    const trees = {
      reviewLitigation: { review: { pending: 1, total: null } },
      applications: { received: { total: 4, naturalPerson: '4' }, odd: { x: 9 } },
      publications: { total: 737, channels: [{ name: '网站', count: 737 }] },
      article20: { fees: { amountWan: 0.25 } },
    };
    const bytes = formatLongRows([
      [7, '河南省', '济源市', null, '承留镇', '=evil', 2024, '2021', JSON.stringify(trees)],
      [8, '河南省', '济源市', null, '空镇', '空镇人民政府', 2024, '2021', '{}'],
      [9, '河南省', '济源市', null, '坏镇', '坏镇人民政府', 2024, '2021', '{not json'],
    ]);
    const records = parseCsv(new TextDecoder().decode(bytes));
    expect(records.map((r) => r[8])).toEqual(['publications.total', 'article20.fees.amountWan', 'applications.received.total', 'reviewLitigation.review.pending']);
    expect(records[0]).toEqual(['7', '河南省', '济源市', '', '承留镇', "'=evil", '2024', '2021', 'publications.total', '一、总体情况·全年主动公开信息总数（条）', '737']);
    expect(records.map((r) => r[10])).toEqual(['737', '0.25', '4', '1']);
  });
});
