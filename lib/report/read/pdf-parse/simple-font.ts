// Simple TrueType fonts (one byte per code), as Word writes its Latin text. Read only when the
// ToUnicode map covers every code shown (checked as text is shown): for other codes pdf.js
// derives text from the encoding and glyph names, which is not imitated here. Type1 and CFF
// programs (whose own FontMatrix pdf.js may adopt) and fonts without Widths (pdf.js then
// uses the standard fonts' metrics) are declined.
import { fontName, nameOf, readToUnicode, readWidths, trueTypeProgramOf, type Font } from './fonts.ts';
import { PdfDict, Unsupported } from './values.ts';
import type { XRef } from './xref.ts';

export function loadSimpleFont(xref: XRef, dict: PdfDict): Font {
  const descriptor = xref.get(dict, 'FontDescriptor');
  if (!(descriptor instanceof PdfDict)) throw new Unsupported('simple font without descriptor');
  trueTypeProgramOf(xref, descriptor);
  const widths = readWidths(xref, dict, 'simple font');
  const missing = xref.get(descriptor, 'MissingWidth');
  return {
    name: fontName(nameOf(xref.get(dict, 'BaseFont')), nameOf(xref.get(descriptor, 'FontName'))),
    vertical: false,
    twoByte: false,
    scale: 0.001,
    toUnicode: readToUnicode(xref, dict),
    onlyMapped: true,
    widths,
    defaultWidth: typeof missing === 'number' ? missing : 0,
    vmetrics: [],
    defaultVMetrics: [],
  };
}
