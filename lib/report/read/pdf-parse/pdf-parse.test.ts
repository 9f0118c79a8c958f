// The fast PDF text-layer reader, piece by piece, and against pdf.js: where it reads a document,
// items, rules and the finished SourceDocument must be exactly pdf.js's; where it cannot, it
// declines and pdf.js reads the document.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readFast, readPdf, readPdfWithPdfJs } from '../pdf.ts';
import { makePdf } from '../test-fixtures/minimal-pdf.ts';
import { buildPdf, onePagePdf, streamObject } from '../test-fixtures/pdf-objects.ts';
import { parseToUnicode } from './cmap.ts';
import { readPdfPages } from './document.ts';
import { decodeStream } from './filters.ts';
import { nameOf, PdfDict, PdfName, PdfRef, PdfStream } from './values.ts';
import { XRef } from './xref.ts';

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const noCheck = (): void => undefined;
const CORPUS = path.resolve(import.meta.dirname, '..', '..', '..', '..', '..', 'shared', 'corpus', 'real');

describe('ToUnicode CMaps', () => {
  it('reads bfchar, bfrange (incrementing the last byte, with carry), array ranges, surrogate pairs and cidrange', () => {
    const map = parseToUnicode(
      latin1(
        [
          '2 beginbfchar <0003> <0020> <0010> <4E2D> endbfchar',
          '2 beginbfrange <0020> <0022> <0041> <0030> <0031> [<5E74> <62A5>] endbfrange',
          '1 beginbfrange <0040> <0041> <00FF> endbfrange',
          '1 beginbfchar <0050> <D835DC00> endbfchar',
          '1 begincidrange <0060> <0061> 26085 endcidrange',
        ].join('\n'),
      ),
    );
    expect(map.get(3)).toBe(' ');
    expect(map.get(0x10)).toBe('中');
    expect([map.get(0x20), map.get(0x21), map.get(0x22)]).toEqual(['A', 'B', 'C']);
    expect([map.get(0x30), map.get(0x31)]).toEqual(['年', '报']);
    // <00FF> + 1 carries into the byte before it: U+0100, as pdf.js computes it.
    expect([map.get(0x40), map.get(0x41)]).toEqual(['ÿ', 'Ā']);
    expect(map.get(0x50)).toBe('𝐀');
    expect([map.get(0x60), map.get(0x61)]).toEqual(['日', '旦']);
    expect(map.size).toBe(12);
  });

  it('declines a CMap that uses another one', () => {
    expect(() => parseToUnicode(latin1('/Adobe-GB1-UCS2 usecmap 1 beginbfchar <01> <0041> endbfchar'))).toThrow(/usecmap/);
  });
});

describe('FlateDecode', () => {
  const flate = (data: Uint8Array): PdfStream => {
    const dict = new PdfDict();
    dict.map.set('Filter', nameOf('FlateDecode'));
    return new PdfStream(dict, zlibSync(data));
  };

  it('inflates streams larger than its reused buffer, and declines truncated data and bombs', () => {
    const data = Uint8Array.from({ length: 3_000_000 }, (_, i) => (i * 7 + (i >> 9)) & 0xff);
    const same = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
    expect(same(decodeStream(flate(data), (v) => v), data)).toBe(true);
    const random = new Uint8Array(400_000);
    for (let i = 0; i < random.length; i += 65_536) crypto.getRandomValues(random.subarray(i, i + 65_536));
    const whole = flate(random);
    expect(same(decodeStream(whole, (v) => v), random)).toBe(true);
    expect(() => decodeStream(new PdfStream(whole.dict, whole.bytes.subarray(0, 200_000)), (v) => v)).toThrow(/damaged/);
    expect(() => decodeStream(flate(new Uint8Array(20_000_000)), (v) => v)).toThrow(/large stream/);
  }, 30_000);
});

describe('cross-reference streams', () => {
  it('finds objects through an xref stream with a PNG predictor and inside an object stream', () => {
    const bytes = buildPdf(
      ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 /Tag (two) >>', '<< /N 42 /Next 2 0 R >>'],
      { xrefStream: true, inObjectStream: [2, 3] },
    );
    const xref = new XRef(bytes);
    const root = xref.get(xref.trailer, 'Root');
    expect(root).toBeInstanceOf(PdfDict);
    const pages = xref.get(root as PdfDict, 'Pages') as PdfDict;
    expect(xref.get(pages, 'Tag')).toBe('two');
    expect((xref.get(pages, 'Type') as PdfName).name).toBe('Pages');
    const three = xref.fetch(3) as PdfDict;
    expect(xref.get(three, 'N')).toBe(42);
    expect(three.raw('Next')).toEqual(new PdfRef(2, 0));
  });
});

describe('text items as pdf.js makes them', () => {
  // Font size 10, every glyph 1000 units wide (10 pt).
  const page = (content: string): ReturnType<typeof readPdfPages>[number] => readPdfPages(onePagePdf(content), noCheck)[0] as ReturnType<typeof readPdfPages>[number];
  const texts = (content: string): { str: string; x: number; width: number }[] =>
    page(content).items.filter((i) => i.str.trim()).map((i) => ({ str: i.str, x: i.transform[4] as number, width: i.width }));

  it('TJ: a half-em gap becomes a space inside the item, a full em starts a new item', () => {
    expect(texts('BT /F1 10 Tf 1 0 0 1 100 700 Tm [<0001> -500 <0002>] TJ ET')).toEqual([{ str: 'A B', x: 100, width: 25 }]);
    expect(texts('BT /F1 10 Tf 1 0 0 1 100 700 Tm [<0001> -1000 <0002>] TJ ET')).toEqual([
      { str: 'A', x: 100, width: 10 },
      { str: 'B', x: 120, width: 10 },
    ]);
    // A small kern (0.05 em) joins the glyphs without a space; the width takes the kern.
    expect(texts('BT /F1 10 Tf 1 0 0 1 100 700 Tm [<0001> -50 <0002>] TJ ET')).toEqual([{ str: 'AB', x: 100, width: 20.5 }]);
  });

  it('uses the W widths of the CID font', () => {
    const bytes = onePagePdf('BT /F1 10 Tf 1 0 0 1 50 700 Tm <000100020003> Tj ET', { widths: '/W [1 [500] 2 3 250]' });
    const items = (readPdfPages(bytes, noCheck)[0]?.items ?? []).filter((i) => i.str.trim());
    expect(items.map((i) => [i.str, i.width])).toEqual([['ABC', 10]]);
  });

  it('finds ruling lines from thin filled rectangles and stroked lines, not from curves', () => {
    const { rules } = page(
      [
        '100 700 200 0.5 re f', // a horizontal border as a thin fill
        '100 600 0.5 100 re f', // a vertical one
        '2 0 0 2 0 0 cm 10 10 m 60 10 l S', // a stroked line, scaled by the CTM
        '0 0 m 10 10 50 10 60 0 c S', // a curve: not a rule
      ].join('\n'),
    );
    expect(rules.h).toEqual([
      { y: 700.25, x1: 100, x2: 300 },
      { y: 20, x1: 20, x2: 120 },
    ]);
    expect(rules.v).toEqual([{ x: 100.25, y1: 600, y2: 700 }]);
  });

  it('gives exactly pdf.js’s items and rules for the same document', async () => {
    const content = 'q 1 0 0 1 0 0 cm 50 50 400 1 re f Q BT /F1 12 Tf 2 Tc 1 0 0 1 72 720 Tm [<0001> -300 <00020003>] TJ 0 -14 TD <0003> Tj T* (\x00\x01) Tj ET';
    const bytes = onePagePdf(content);
    const fast = readFast(bytes);
    expect(fast).toBeDefined();
    expect(JSON.stringify(await readPdf(bytes))).toBe(JSON.stringify(await readPdfWithPdfJs(bytes)));
  });
});

describe('Type3 fonts (how Chromium prints CJK text)', () => {
  const type3 = (glyph: string, resources = { pages: '', page: '/Resources << /Font << /F1 5 0 R >> >>' }): Uint8Array => {
    const objects = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      `<< /Type /Pages /Kids [3 0 R] /Count 1 ${resources.pages}>>`,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ${resources.page} /Contents 4 0 R >>`,
      streamObject('', 'BT /F1 16 Tf 1 0 0 -1 72 700 Tm <0102> Tj 24 0 Td <01> Tj ET'),
      '<< /Type /Font /Subtype /Type3 /FontMatrix [.00100000005 0 0 -.00100000005 0 0] /FontBBox [0 120 1000 -880] /FirstChar 0 /LastChar 2 /Widths [0 1000 500] /Encoding << /Type /Encoding /Differences [1 /g1 /g2] >> /CharProcs << /g1 7 0 R /g2 7 0 R >> /ToUnicode 8 0 R /FontDescriptor 6 0 R >>',
      '<< /Type /FontDescriptor /FontName /AAAAAA+NotoSansCJKjp-Regular /Flags 4 >>',
      streamObject('', glyph),
      streamObject('', '/CIDInit /ProcSet findresource begin begincmap 1 begincodespacerange <00> <FF> endcodespacerange 2 beginbfchar <01> <5E74> <02> <62A5> endbfchar endcmap end'),
    ];
    return buildPdf(objects);
  };

  it('reads one-byte codes with the font’s Widths and FontMatrix, as pdf.js does', async () => {
    const bytes = type3('1000 0 0 -880 1000 120 d1 0 0 m 1000 0 l 1000 -880 l h f');
    const [page] = readPdfPages(bytes, noCheck);
    const items = (page?.items ?? []).filter((i) => i.str.trim());
    expect(items.map((i) => i.str)).toEqual(['年报年']);
    expect(items[0]?.width).toBeCloseTo(40, 4);
    expect(JSON.stringify(await readPdf(bytes))).toBe(JSON.stringify(await readPdfWithPdfJs(bytes)));
  });

  it('merges Resources from the page tree and the page as pdf.js does (LibreOffice writes both)', async () => {
    const glyph = '1000 0 0 -880 1000 120 d1 0 0 m 1000 0 l 1000 -880 l h f';
    // Fonts only on the Pages node, the page's own Resources without Font: the inherited Font is used.
    const inherited = type3(glyph, { pages: '/Resources << /Font << /F1 5 0 R >> >> ', page: '/Resources << /ProcSet [/PDF /Text] >>' });
    // A wrong Font (object 6 is a descriptor) on the Pages node, the right one on the page: the nearest level wins.
    const overridden = type3(glyph, { pages: '/Resources << /Font << /F1 6 0 R >> >> ', page: '/Resources << /Font << /F1 5 0 R >> >>' });
    for (const bytes of [inherited, overridden]) {
      expect(readFast(bytes)).toBeDefined();
      expect((readPdfPages(bytes, noCheck)[0]?.items ?? []).map((i) => i.str).join('')).toContain('年报年');
      expect(JSON.stringify(await readPdf(bytes))).toBe(JSON.stringify(await readPdfWithPdfJs(bytes)));
    }
  });

  it('declines glyph boxes ten times the font box (pdf.js then rescales item heights)', () => {
    expect(() => readPdfPages(type3('1000 0 0 -9000 10000 1200 d1'), noCheck)).toThrow(/Type3 glyph boxes/);
  });
});

describe('simple TrueType fonts (how Word writes Latin text)', () => {
  const trueType = (content: string, bfchar: string): Uint8Array =>
    onePagePdf(content, {
      font: '<< /Type /Font /Subtype /TrueType /BaseFont /Test /FirstChar 32 /LastChar 53 /Widths [278 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 556 556 556 556 556 556] /Encoding /WinAnsiEncoding /FontDescriptor 7 0 R /ToUnicode 8 0 R >>',
      bfchar,
    });
  const digits = '6 beginbfchar <20> <0020> <30> <0030> <31> <0031> <32> <0032> <33> <0033> <34> <0034> endbfchar';

  it('reads one-byte codes through ToUnicode, Widths and word spacing (Tw on code 32), as pdf.js does', async () => {
    const bytes = trueType('BT /F1 10 Tf 4 Tw 1 0 0 1 100 700 Tm (2024 31) Tj ET', digits);
    const items = (readPdfPages(bytes, noCheck)[0]?.items ?? []).filter((i) => i.str.trim());
    expect(items.map((i) => i.str)).toEqual(['2024', '31']);
    // Four digits of 5.56, the space's 2.78 plus the word spacing 4.
    expect(items[1]?.transform[4]).toBeCloseTo(129.02, 9);
    expect(JSON.stringify(await readPdf(bytes))).toBe(JSON.stringify(await readPdfWithPdfJs(bytes)));
  });

  it('declines a code ToUnicode does not map (pdf.js would go by the encoding)', async () => {
    const bytes = trueType('BT /F1 10 Tf 1 0 0 1 100 700 Tm (2025) Tj ET', digits);
    expect(() => readPdfPages(bytes, noCheck)).toThrow(/ToUnicode entry/);
    expect((await readPdf(bytes)).plainText).toContain('2025');
  });
});

describe('falling back to pdf.js', () => {
  it('declines a simple (Type1) font and the document is still read by pdf.js', async () => {
    const bytes = onePagePdf('BT /F1 12 Tf 1 0 0 1 72 720 Tm (Annual report 2024) Tj ET', {
      font: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    });
    expect(() => readPdfPages(bytes, noCheck)).toThrow(/Type1/);
    expect(readFast(bytes)).toBeUndefined();
    const doc = await readPdf(bytes);
    expect(doc.plainText).toContain('Annual report 2024');
  });

  it('declines vertical text in a font without a TrueType program (pdf.js then substitutes vertical forms: 、→︑)', async () => {
    const bytes = onePagePdf('BT /F1 12 Tf 1 0 0 1 72 720 Tm <00010002> Tj ET', {
      font: '<< /Type /Font /Subtype /Type0 /BaseFont /Test /Encoding /Identity-V /DescendantFonts [6 0 R] /ToUnicode 8 0 R >>',
      bfchar: '2 beginbfchar <0001> <5E74> <0002> <3001> endbfchar',
    });
    expect(() => readPdfPages(bytes, noCheck)).toThrow(/vertical font/);
    expect((await readPdf(bytes)).plainText).toContain('年︑');
  });

  it('declines an unknown operator, an encrypted file and a broken xref offset', () => {
    expect(() => readPdfPages(onePagePdf('BT /F1 12 Tf 72 720 Td <0001> Tj ET 1 2 zz'), noCheck)).toThrow(/operator zz/);
    expect(() => readPdfPages(makePdf([[{ x: 72, y: 720, text: '报告' }]], { trailerExtra: '/Encrypt << /Filter /Standard >>' }), noCheck)).toThrow(/encrypted/);
    const broken = makePdf([[{ x: 72, y: 720, text: '报告' }]]);
    const text = Array.from(broken, (b) => String.fromCharCode(b)).join('').replace(/startxref\s+\d+/, 'startxref\n9');
    expect(() => readPdfPages(latin1(text), noCheck)).toThrow(/xref|object/);
  });

  it('reads a page with plain link annotations as pdf.js does, and declines other annotations', async () => {
    const content = 'BT /F1 12 Tf 1 0 0 1 72 720 Tm <000100020003> Tj ET 72 700 300 0.5 re f';
    const link = '/Annots [<< /Type /Annot /Subtype /Link /Rect [72 715 120 730] /Border [0 0 0] /Dest [3 0 R /XYZ 0 800 0] >>]';
    const linked = onePagePdf(content, { pageExtra: link });
    expect(readFast(linked)).toBeDefined();
    expect(JSON.stringify(await readPdf(linked))).toBe(JSON.stringify(await readPdfWithPdfJs(linked)));
    const square = onePagePdf(content, { pageExtra: '/Annots [<< /Type /Annot /Subtype /Square /Rect [72 715 120 730] >>]' });
    expect(() => readPdfPages(square, noCheck)).toThrow(/annotations/);
  });

  it('a form XObject is read with its matrix', () => {
    const objects = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /X1 4 0 R >> >> /Contents 5 0 R >>',
      streamObject('/Type /XObject /Subtype /Form /BBox [0 0 500 500] /Matrix [1 0 0 1 100 200]', '0 0 300 1 re f'),
      streamObject('', 'q /X1 Do Q'),
    ];
    const [first] = readPdfPages(buildPdf(objects), noCheck);
    expect(first?.rules.h).toEqual([{ y: 200.5, x1: 100, x2: 400 }]);
  });
});

const corpusPresent = existsSync(CORPUS);
if (!corpusPresent) console.warn(`pdf-parse.test.ts: ${CORPUS} not found — the real-PDF comparisons are skipped`);

describe.skipIf(!corpusPresent)('the real corpus PDFs', () => {
  const files = corpusPresent ? readdirSync(CORPUS).filter((f) => f.endsWith('.pdf')) : [];
  it('finds the corpus PDFs', () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    it(`${file}: read by the fast reader, identical to pdf.js`, async () => {
      const bytes = new Uint8Array(readFileSync(path.join(CORPUS, file)));
      expect(readFast(bytes)).toBeDefined();
      expect(JSON.stringify(await readPdf(bytes))).toBe(JSON.stringify(await readPdfWithPdfJs(bytes)));
    }, 30_000);
  }
});
