// Test helper: a PDF from object bodies, with a classic cross-reference table or (xrefStream)
// a compressed cross-reference stream holding some objects in an object stream, so that tests
// can build exactly the construct they exercise. Bodies are binary strings (one char per byte).
import { zlibSync } from 'fflate';

function bytesOf(binary: string): Uint8Array {
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i) & 0xff;
  return out;
}

function binaryOf(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}

/** A stream object body: `dict` without Length (added here); data compressed when `flate`. */
export function streamObject(dict: string, data: string, flate = false): string {
  const body = flate ? binaryOf(zlibSync(bytesOf(data))) : data;
  const filter = flate ? ' /Filter /FlateDecode' : '';
  return `<< ${dict}${filter} /Length ${body.length} >>\nstream\n${body}\nendstream`;
}

/**
 * Objects 1..n (object 1 the catalog). With `inObjectStream`, those object numbers live in an
 * object stream and the file ends with an xref stream (PNG Up predictor, as Word writes them).
 */
export function buildPdf(objects: string[], options: { xrefStream?: boolean; inObjectStream?: number[] } = {}): Uint8Array {
  const packed = new Set(options.xrefStream ? (options.inObjectStream ?? []) : []);
  let out = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    if (packed.has(i + 1)) return;
    offsets[i + 1] = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  if (!options.xrefStream) {
    const xref = out.length;
    out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
    for (let n = 1; n <= objects.length; n++) out += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
    out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return bytesOf(out);
  }
  const objStm = objects.length + 1;
  const xrefNum = objects.length + 2;
  let header = '';
  let data = '';
  const index = new Map<number, number>();
  for (const n of packed) {
    index.set(n, index.size);
    header += `${n} ${data.length} `;
    data += `${objects[n - 1]}\n`;
  }
  offsets[objStm] = out.length;
  out += `${objStm} 0 obj\n${streamObject(`/Type /ObjStm /N ${packed.size} /First ${header.length}`, header + data, true)}\nendobj\n`;
  offsets[xrefNum] = out.length;
  // Rows: type (1 byte), offset or object stream (2 bytes), generation or index (1 byte).
  const rows: number[][] = [[0, 0, 0, 255]];
  for (let n = 1; n <= xrefNum; n++) {
    const at = index.get(n);
    const offset = offsets[n] ?? 0;
    rows.push(at === undefined ? [1, offset >> 8, offset & 0xff, 0] : [2, objStm >> 8, objStm & 0xff, at]);
  }
  // PNG "Up" rows: each byte minus the one above it.
  let predicted = '';
  rows.forEach((row, r) => {
    predicted += String.fromCharCode(2);
    row.forEach((b, i) => (predicted += String.fromCharCode((b - (r > 0 ? (rows[r - 1]?.[i] ?? 0) : 0)) & 0xff)));
  });
  const dict = `/Type /XRef /Size ${xrefNum + 1} /W [1 2 1] /Root 1 0 R /DecodeParms << /Columns 4 /Predictor 12 >>`;
  out += `${xrefNum} 0 obj\n${streamObject(dict, predicted, true)}\nendobj\nstartxref\n${offsets[xrefNum]}\n%%EOF\n`;
  return bytesOf(out);
}

const CMAP = (pairs: string): string =>
  `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T def\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n${pairs}\nendcmap end end`;

/**
 * One page with `content`, font /F1: a Type0 Identity-H font with the given ToUnicode pairs
 * (bfchar lines) and widths; `font` replaces the font object (e.g. a simple font).
 */
export function onePagePdf(content: string, options: { bfchar?: string; widths?: string; font?: string; xrefStream?: boolean; pageExtra?: string } = {}): Uint8Array {
  const bfchar = options.bfchar ?? '3 beginbfchar <0001> <0041> <0002> <0042> <0003> <0043> endbfchar';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R ${options.pageExtra ?? ''}>>`,
    streamObject('', content, true),
    options.font ?? '<< /Type /Font /Subtype /Type0 /BaseFont /Test /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 8 0 R >>',
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Test /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 ${options.widths ?? ''} /FontDescriptor 7 0 R >>`,
    '<< /Type /FontDescriptor /FontName /Test /Flags 4 /FontBBox [0 -140 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
    streamObject('', CMAP(bfchar), true),
  ];
  return buildPdf(objects, { xrefStream: options.xrefStream, inObjectStream: [2, 3, 5, 6, 7] });
}
