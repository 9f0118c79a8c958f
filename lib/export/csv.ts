// CSV as Excel and WPS read it: UTF-8 with a BOM (without it both guess GBK and garble the
// Chinese), RFC 4180 quoting, CRLF line ends. Text cells that a spreadsheet would run as a
// formula (= + - @, or a leading tab/CR that some importers strip before looking) get a
// leading apostrophe: a unit name like `=HYPERLINK(...)` must stay text. Numbers are
// written from JS numbers and never neutralised, so a negative 本年增/减 stays a number.

export const CSV_BOM = '\uFEFF';
export const CSV_LINE_END = '\r\n';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvValue = string | number | null | undefined;

/** A text cell that cannot start a formula. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field, quoted only when RFC 4180 requires it. */
export function formatCsvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutralizeFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record including its CRLF. */
export function formatCsvRow(values: readonly CsvValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += (i === 0 ? '' : ',') + formatCsvField(values[i]);
  return line + CSV_LINE_END;
}

/** What a file starts with: the BOM and the header record. */
export function formatCsvHeader(columns: readonly { name: string }[]): string {
  return CSV_BOM + formatCsvRow(columns.map((c) => c.name));
}

/**
 * RFC 4180 parser (for tests and for anyone re-reading an extract): returns records of
 * fields, BOM stripped. Tolerates a missing final line end.
 */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && source[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
