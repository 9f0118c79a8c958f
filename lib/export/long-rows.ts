// The long extract's rows → CSV bytes, the hot path (tens of millions of lines). A row from
// buildLongQuery is one report: the prefix columns and its cells as one string
// "key␟value␞key␟value…" (cheaper for the driver than two arrays). Each report's prefix is
// encoded once, each key's ",key,label," once per process, and cells are written in the
// canonical (printed) order of lib/report/format.ts.
import { CELL_KEYS, labelOf } from '../report/format.ts';
import { CSV_LINE_END, formatCsvField } from './csv.ts';
import { ByteWriter, encodeUtf8 } from './byte-writer.ts';
import { PREFIX_LENGTH, formatPrefix } from './format-rows.ts';

export const CELL_SEPARATOR = '\u001e';
export const KEY_VALUE_SEPARATOR = '\u001f';

const CANONICAL_INDEX = new Map(CELL_KEYS.map((key, index) => [key, index]));
const keyLabelCache = new Map<string, Uint8Array>();
const LINE_END = encodeUtf8(CSV_LINE_END);

function keyAndLabel(key: string): Uint8Array {
  let cached = keyLabelCache.get(key);
  if (cached === undefined) {
    cached = encodeUtf8(`,${formatCsvField(key)},${formatCsvField(labelOf(key))},`);
    // Only canonical keys are cached, so odd keys in a database cannot grow the map.
    if (CANONICAL_INDEX.has(key)) keyLabelCache.set(key, cached);
  }
  return cached;
}

type Cell = { order: number; key: string; value: string };

/** PostgreSQL's float8 text is already the shortest exact form; only non-numbers are dropped. */
function toCsvNumber(text: string): string {
  return text === 'NaN' || text.endsWith('Infinity') ? '' : text;
}

function parseCells(packed: string): Cell[] {
  const cells: Cell[] = [];
  for (const pair of packed.split(CELL_SEPARATOR)) {
    const at = pair.indexOf(KEY_VALUE_SEPARATOR);
    const key = pair.slice(0, at);
    cells.push({ order: CANONICAL_INDEX.get(key) ?? Number.MAX_SAFE_INTEGER, key, value: pair.slice(at + 1) });
  }
  return cells.sort((a, b) => a.order - b.order || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function formatLongRows(rows: unknown[][]): Uint8Array {
  const writer = new ByteWriter();
  for (const row of rows) {
    const packed = row[PREFIX_LENGTH];
    if (typeof packed !== 'string' || packed === '') continue;
    const prefix = encodeUtf8(formatPrefix(row));
    for (const cell of parseCells(packed)) {
      writer.writeBytes(prefix);
      writer.writeBytes(keyAndLabel(cell.key));
      writer.writeAscii(toCsvNumber(cell.value));
      writer.writeBytes(LINE_END);
    }
  }
  return writer.finish();
}
