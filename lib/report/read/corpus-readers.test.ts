// Facts checked by hand against the real reports in ../shared/corpus/real (see SOURCES.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectSourceKind } from './detect.ts';
import { readHtml } from './html.ts';
import { readPdf } from './pdf.ts';
import type { SourceDocument, SourceTable } from './source-document.ts';

const repoRoot = path.resolve(import.meta.dirname, '..', '..', '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpus', 'real');
const present = existsSync(corpus);
if (!present) console.warn(`corpus-readers: ${corpus} not found, corpus tests skipped`);

function load(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(corpus, name)));
}

function tables(doc: SourceDocument): SourceTable[] {
  return doc.blocks.filter((b): b is SourceTable => b.type === 'table');
}

/** The table holding a row whose label cells start with `label`, and that row's texts. */
function findRow(doc: SourceDocument, label: string): { table: SourceTable; cells: string[] } {
  for (const table of tables(doc)) {
    for (const row of table.rows) {
      const cells = row.map((c) => c.text);
      if (cells.some((t) => t.startsWith(label))) return { table, cells };
    }
  }
  throw new Error(`no row labelled ${label}`);
}

const last = (cells: string[], n: number): string => cells.slice(-n).join(',');

describe.skipIf(!present)('corpus: HTML', () => {
  it('jinjing-2023: section 三 has 25 data rows of label + 7 numbers and the empty 商业企业 cell', () => {
    const doc = readHtml(load('fujian-pingtan-jinjing-2023.html'));
    const { table } = findRow(doc, '一、本年新收政府信息公开申请数量');
    expect(table.rows).toHaveLength(28);
    const data = table.rows.slice(3).map((r) => r.map((c) => c.text));
    expect(data).toHaveLength(25);
    for (const row of data) {
      expect(row).toHaveLength(10);
      expect(row[2]).not.toBe('');
      expect(row.slice(3).every((v) => /^\d*$/.test(v))).toBe(true);
    }
    expect(data[0]).toEqual(['一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数量', '一、本年新收政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1']);
    expect(data[12]?.slice(0, 3)).toEqual(['三、本年度办理结果', '（四）无法提供', '1.本机关不掌握相关政府信息']);
    expect(last(data[12] ?? [], 7)).toBe('1,0,0,0,0,0,1');
    expect(data[24]).toEqual(['四、结转下年度继续办理', '四、结转下年度继续办理', '四、结转下年度继续办理', '0', '', '0', '0', '0', '0', '0']);
    expect(table.rows[2]?.slice(3).map((c) => c.text)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    expect(doc.blocks[0]).toMatchObject({ type: 'paragraph', text: '平潭综合实验区金井片区管理局2023年政府信息公开工作年度报告' });
  });

  it('jinjing-2020: 2019-format tables, 第二十条第（九）项 17 and 8810055, padded numbers trimmed', () => {
    const doc = readHtml(load('fujian-pingtan-jinjing-2020.html'));
    expect(findRow(doc, '政府集中采购').cells).toEqual(['政府集中采购', '17', '8810055', '8810055']);
    expect(findRow(doc, '其他对外管理服务事项').cells).toEqual(['其他对外管理服务事项', '0', '0', '0']);
    expect(findRow(doc, '信息内容').cells).toEqual(['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量']);
    const { table } = findRow(doc, '（六）其他处理');
    expect(table.rows).toHaveLength(26);
    expect(doc.blocks.some((b) => b.type === 'paragraph' && b.text === '三、收到和处理政府信息公开申请情况（有关情况附表）')).toBe(true);
  });
});

type PdfFacts = { file: string; pages: number[]; received: string; total: string; notHeld: string; review: string };

const PDFS: PdfFacts[] = [
  { file: 'jiangsu-hongzequ-2023.pdf', pages: [3, 4], received: '21,0,0,0,0,0,21', total: '21,0,0,0,0,0,21', notHeld: '10,0,0,0,0,0,10', review: '10,1,0,0,0,0,0,0,0,0,5,0,0,0,0' },
  { file: 'jiangsu-hongzequ-2024.pdf', pages: [3, 4], received: '95,0,0,0,0,0,95', total: '95,0,0,0,0,0,95', notHeld: '31,0,0,0,0,0,31', review: '1,1,0,0,2,1,0,0,0,1,2,0,1,0,3' },
  { file: 'jiangsu-huaian-city-2024.pdf', pages: [4, 5], received: '3001,53,0,0,61,4,3119', total: '2932,53,0,0,61,4,3050', notHeld: '746,12,0,0,10,1,769', review: '72,64,178,37,351,13,4,8,1,26,12,1,1,6,20' },
];

describe.skipIf(!present)('corpus: PDF', () => {
  for (const facts of PDFS) {
    describe(facts.file, async () => {
      const doc = present ? await readPdf(load(facts.file)) : undefined;
      const get = (label: string): { table: SourceTable; cells: string[] } => findRow(doc as SourceDocument, label);

      it('keeps section 三 as one table across the page break, label first and 7 numbers after', () => {
        const { table, cells } = get('一、本年新收政府信息公开申请数量');
        expect(table.pages).toEqual(facts.pages);
        expect(cells[0]).toBe('一、本年新收政府信息公开申请数量');
        expect(last(cells, 7)).toBe(facts.received);
        expect(last(get('（七）总计').cells, 7)).toBe(facts.total);
        expect(get('（七）总计').table).toBe(table);
        expect(last(get('1.本机关不掌握相关政府信息').cells, 7)).toBe(facts.notHeld);
        expect(get('四、结转下年度继续办理').table).toBe(table);
      });

      it('spreads the group labels over their rows', () => {
        const { cells } = get('2.没有现成信息需要另行制作');
        expect(cells[1]).toBe('（四）无法提供');
        expect(cells[0]).toMatch(/^三、本/);
        expect(get('3.要求提供公开出版物').cells[1]).toBe('（五）不予处理');
      });

      it('reads section 四 as one row of 15 numbers', () => {
        const row = tables(doc as SourceDocument)
          .flatMap((t) => t.rows.map((r) => r.map((c) => c.text)))
          .find((r) => r.length === 15 && r.every((v) => /^\d+$/.test(v)));
        expect(row?.join(',')).toBe(facts.review);
      });

      it('drops page numbers and keeps pages on cells', () => {
        expect(doc?.plainText).not.toMatch(/-\s*\d\s*-/);
        const cell = get('（七）总计').table.rows.at(-1)?.at(-1);
        expect(cell?.page).toBe(facts.pages[1]);
      });
    });
  }

  it('hongzequ-2023: paragraphs of section 一 and the 第二十条 tables', async () => {
    const doc = await readPdf(load('jiangsu-hongzequ-2023.pdf'));
    expect(findRow(doc, '行政处罚').cells).toEqual(['行政处罚', '4119']);
    expect(findRow(doc, '行政事业性收费').cells).toEqual(['行政事业性收费', '7730.28']);
    expect(findRow(doc, '2.其他法律行政止公开').cells.length).toBe(10);
    const text = doc.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
    expect(text).toContain('第二十条第（八）项');
    expect(text.some((t) => t.includes('2023年全区受理政府信息公开申请 21件'))).toBe(true);
  });
});

describe.skipIf(!present)('corpus: detection', () => {
  it('detects every corpus file by content', () => {
    for (const name of readdirSync(corpus)) {
      const expected = name.endsWith('.pdf') ? 'pdf' : name.endsWith('.html') ? 'html' : 'text';
      expect([name, detectSourceKind(load(name), name)]).toEqual([name, expected]);
    }
  });
});
