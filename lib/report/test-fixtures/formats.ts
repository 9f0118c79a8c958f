// One report in every format the reader accepts, built in code from the seed text so that the
// fuzz test and the benchmark start from the same, known-good inputs: tab lines become tables,
// '#' lines headings, other lines paragraphs. Test/bench support only (uses node:fs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { makePdf, type PdfText } from '../read/test-fixtures/minimal-pdf.ts';

const HERE = import.meta.dirname;

export const SEED_FILE = path.join(HERE, 'seed', 'henan-jiyuan-chengliu-2024.txt');
export const TEXT_FIXTURE_DIR = path.join(HERE, 'text');

export function loadSeedText(): string {
  return readFileSync(SEED_FILE, 'utf8');
}

type Part = { type: 'heading' | 'paragraph'; text: string } | { type: 'table'; rows: string[][] };

/** The seed's structure: runs of tab-separated lines are tables, the rest headings and paragraphs. */
export function textParts(text: string): Part[] {
  const parts: Part[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length > 0) parts.push({ type: 'table', rows });
    rows = [];
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.includes('\t')) {
      rows.push(line.split('\t'));
      continue;
    }
    flush();
    const trimmed = line.trim();
    if (!trimmed) continue;
    const heading = /^#+\s*(.*)$/.exec(trimmed);
    parts.push(heading ? { type: 'heading', text: heading[1] ?? '' } : { type: 'paragraph', text: trimmed });
  }
  flush();
  return parts;
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A government-site page: navigation chrome around a TRS_Editor article holding the report. */
export function textToHtml(text: string, charset = 'utf-8'): string {
  const body = textParts(text)
    .map((part) => {
      if (part.type !== 'table') {
        const text = escapeXml(part.text);
        return `<p style="text-indent:2em">${part.type === 'heading' ? `<strong>${text}</strong>` : text}</p>`;
      }
      const rows = part.rows.map((r) => `<tr>${r.map((c) => `<td><p>${escapeXml(c) || '&nbsp;'}</p></td>`).join('')}</tr>`);
      return `<table border="1" style="border-collapse:collapse"><tbody>${rows.join('\n')}</tbody></table>`;
    })
    .join('\n');
  const title = textParts(text).find((p) => p.type === 'heading');
  return [
    `<!DOCTYPE html><html><head><meta charset="${charset}"><title>${escapeXml(title?.type === 'heading' ? title.text : '')}</title>`,
    '<script>var x = "<p>not text</p>";</script></head><body>',
    '<div class="nav"><a href="/">首页</a> &gt; <a href="/xxgk">信息公开</a></div>',
    '<div class="position">当前位置：首页 &gt; 政府信息公开 &gt; 年度报告</div>',
    `<div class="main"><div class="TRS_Editor">\n${body}\n</div></div>`,
    '<div class="footer">版权所有 网站标识码 0000000000</div></body></html>',
  ].join('\n');
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const wp = (t: string): string => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r></w:p>`;

export function textToDocx(text: string): Uint8Array {
  const body = textParts(text)
    .map((part) => {
      if (part.type !== 'table') return wp(part.text);
      const rows = part.rows.map((r) => `<w:tr>${r.map((c) => `<w:tc><w:tcPr><w:tcW w:w="900"/></w:tcPr>${wp(c)}</w:tc>`).join('')}</w:tr>`);
      return `<w:tbl>${rows.join('')}</w:tbl>`;
    })
    .join('');
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`),
  });
}

/**
 * A PDF with one text item per paragraph line and per table cell: labels in the left
 * columns, numbers in fixed right-hand columns, rows continuing on the next page.
 */
export function textToPdf(text: string): Uint8Array {
  const pages: PdfText[][] = [[]];
  let y = 800;
  const place = (items: PdfText[], step: number) => {
    if (y - step < 60) {
      pages.push([]);
      y = 800;
    }
    pages[pages.length - 1]?.push(...items.map((t) => ({ ...t, y })));
    y -= step;
  };
  for (const part of textParts(text)) {
    if (part.type !== 'table') {
      // Wrap prose at 60 characters, as a printed page would.
      for (let i = 0; i < part.text.length; i += 60) place([{ x: 40, y: 0, text: part.text.slice(i, i + 60), size: 10 }], 16);
      continue;
    }
    for (const row of part.rows) {
      const numbers = row.findIndex((c, i) => i > 0 && /^\d+$/.test(c.trim()));
      const split = numbers === -1 ? row.length : numbers;
      const items: PdfText[] = [];
      row.slice(0, split).forEach((c, i) => {
        if (c.trim()) items.push({ x: 40 + i * 70, y: 0, text: c.trim().slice(0, 22), size: 3 });
      });
      row.slice(split).forEach((c, i) => {
        if (c.trim()) items.push({ x: 300 + i * 18, y: 0, text: c.trim(), size: 6 });
      });
      if (items.length > 0) place(items, 10);
    }
  }
  return makePdf(pages);
}
