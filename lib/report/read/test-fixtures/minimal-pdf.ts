// Writes small, valid PDFs for the reader tests: text placed at exact positions with a
// non-embedded CID font (Identity-H + ToUnicode), so CJK labels work without font files.

export type PdfText = { x: number; y: number; text: string; size?: number };
export type PdfPageSpec = PdfText[];

function hex4(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}

function toUnicodeCMap(chars: string[]): string {
  const lines = chars.map((ch, i) => {
    const code = ch.codePointAt(0) ?? 0x3f;
    return `<${hex4(i + 1)}> <${hex4(code)}>`;
  });
  const chunks: string[] = [];
  for (let i = 0; i < lines.length; i += 100) {
    const part = lines.slice(i, i + 100);
    chunks.push(`${part.length} beginbfchar\n${part.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin', '12 dict begin', 'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def', '/CMapType 2 def',
    '1 begincodespacerange', '<0000> <FFFF>', 'endcodespacerange',
    ...chunks, 'endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end',
  ].join('\n');
}

/** A PDF whose pages hold the given texts; `trailerExtra` lets a test add e.g. an /Encrypt entry. */
export function makePdf(pages: PdfPageSpec[], options: { trailerExtra?: string; pageHeight?: number } = {}): Uint8Array {
  const height = options.pageHeight ?? 842;
  const chars: string[] = [];
  const cid = new Map<string, number>();
  const encode = (text: string): string =>
    Array.from(text, (ch) => {
      let id = cid.get(ch);
      if (id === undefined) {
        chars.push(ch);
        id = chars.length;
        cid.set(ch, id);
      }
      return hex4(id);
    }).join('');
  const contents = pages.map((texts) =>
    texts.map((t) => `BT /F1 ${t.size ?? 10} Tf 1 0 0 1 ${t.x} ${t.y} Tm <${encode(t.text)}> Tj ET`).join('\n'),
  );
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pagesObj = add('');
  const font = add('');
  const cidFont = add('<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /FontDescriptor 5 0 R >>');
  add('<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -140 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>');
  const cmap = toUnicodeCMap(chars);
  const toUnicode = add(`<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`);
  objects[font - 1] = `<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`;
  const pageIds = contents.map((content) => {
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    return add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 ${height}] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`);
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  let out = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R ${options.trailerExtra ?? ''}>>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character above is Latin-1 (CJK travels as hex CIDs), so one byte per char.
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}
