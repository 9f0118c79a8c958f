// The hand-written DOCX is a valid package: a zip with the parts Word needs, well-formed XML,
// tables whose merged cells add up to the grid, and bytes that do not depend on the time zone.
import { strFromU8, unzipSync } from 'fflate';
import { parseDocument } from 'htmlparser2';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDataset } from './dataset.ts';

type XmlNode = { name?: string; attribs?: Record<string, string>; children?: XmlNode[] };

function findAll(node: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const child of node.children ?? []) {
    if (child.name === name) out.push(child);
    findAll(child, name, out);
  }
  return out;
}

/** Tags balance and nest (htmlparser2 is lenient, so it cannot tell us), attributes are quoted. */
function checkWellFormed(xml: string): string {
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')) return 'no XML declaration';
  const open: string[] = [];
  for (const [, closing, name, attrs, selfClosing] of xml.replace(/^<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g)) {
    if (attrs === undefined || name === undefined) return 'bad tag';
    if (closing) {
      if (open.pop() !== name) return `unbalanced </${name}>`;
    } else if (!selfClosing) open.push(name);
  }
  if (open.length > 0) return `unclosed <${open.join('>, <')}>`;
  // Every '<' must have been part of a tag matched above, every '&' an entity.
  const stray = xml.replace(/<[^>]*>/g, '').match(/[<>]|&(?!amp;|lt;|gt;|quot;|apos;)/);
  return stray ? `stray ${stray[0]}` : 'ok';
}

const generate = () => generateDataset({ seed: 'docx', counties: 1, townsPerCounty: 1, years: [2020, 2021], formats: ['docx'] });

describe('DOCX output', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('is a zip with [Content_Types].xml, _rels/.rels, word/document.xml and its styles', () => {
    for (const report of generate().reports) {
      const files = unzipSync(report.bytes);
      expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'word/_rels/document.xml.rels', 'word/document.xml', 'word/styles.xml']);
      expect(strFromU8(files['[Content_Types].xml'] ?? new Uint8Array())).toContain('PartName="/word/document.xml"');
      expect(strFromU8(files['_rels/.rels'] ?? new Uint8Array())).toContain('Target="word/document.xml"');
      expect(strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array())).toContain('Target="styles.xml"');
      for (const [name, xml] of Object.entries(files)) expect(checkWellFormed(strFromU8(xml)), name).toBe('ok');
      expect(checkWellFormed(`${strFromU8(files['word/document.xml'] ?? new Uint8Array()).slice(0, -20)}`)).not.toBe('ok');
    }
  });

  it('has three tables whose rows fill the grid, with gridSpan and vMerge for merged cells', () => {
    for (const report of generate().reports) {
      const xml = strFromU8(unzipSync(report.bytes)['word/document.xml'] ?? new Uint8Array());
      expect(xml).toContain(report.meta.unit);
      const doc = parseDocument(xml, { xmlMode: true }) as XmlNode;
      const tables = findAll(doc, 'w:tbl');
      expect(tables).toHaveLength(3);
      for (const table of tables) {
        const columns = findAll(table, 'w:gridCol').length;
        for (const row of findAll(table, 'w:tr')) {
          const cells = (row.children ?? []).filter((c) => c.name === 'w:tc');
          const width = cells.reduce((sum, cell) => sum + Number(findAll(cell, 'w:gridSpan')[0]?.attribs?.['w:val'] ?? 1), 0);
          expect(width).toBe(columns);
        }
      }
      expect(xml).toContain('<w:vMerge w:val="restart"/>');
      expect(xml).toContain('<w:vMerge/>');
      expect(xml).toContain('<w:gridSpan w:val="3"/>');
    }
  });

  it('does not depend on the time zone of the machine that writes it', () => {
    process.env.TZ = 'UTC';
    const utc = generate().reports.map((r) => Buffer.from(r.bytes));
    process.env.TZ = 'Asia/Shanghai';
    const shanghai = generate().reports.map((r) => Buffer.from(r.bytes));
    utc.forEach((bytes, i) => expect(bytes.equals(shanghai[i] ?? Buffer.alloc(0))).toBe(true));
  });
});
