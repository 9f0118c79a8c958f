// The values of a PDF's objects and content streams. Strings stay binary (one char per byte,
// like pdf.js) because fonts decode them by byte codes. Anything the fast reader does not
// understand exactly throws Unsupported, and the whole document goes to pdf.js instead: a
// lenient guess could read a damaged file differently from pdf.js.

/** The fast reader declines the document (pdf.js reads it instead). */
export class Unsupported extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'Unsupported';
  }
}

export class PdfName {
  constructor(readonly name: string) {}
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

export class PdfCmd {
  constructor(readonly cmd: string) {}
}

export type PdfValue = number | string | boolean | null | PdfName | PdfRef | PdfCmd | PdfDict | PdfStream | PdfValue[];

export class PdfDict {
  readonly map = new Map<string, PdfValue>();
  /** The raw value (a reference stays a reference). */
  raw(key: string): PdfValue | undefined {
    return this.map.get(key);
  }
}

export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    /** The encoded bytes, filters not yet applied. */
    readonly bytes: Uint8Array,
  ) {}
}

const names = new Map<string, PdfName>();
export function nameOf(name: string): PdfName {
  let found = names.get(name);
  if (!found) {
    found = new PdfName(name);
    if (names.size < 10_000) names.set(name, found);
  }
  return found;
}

export function isCmd(value: unknown, cmd: string): boolean {
  return value instanceof PdfCmd && value.cmd === cmd;
}
