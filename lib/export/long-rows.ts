// The long extract's rows → CSV bytes, the hot path (tens of millions of lines). A row from
// buildLongQuery is one report: the prefix columns and its value trees as JSON text; each report
// becomes one line per numeric cell, in the canonical (printed) order of lib/report/format.ts
// (listNumericCells). Flattening here, not in SQL, measured 5× less PostgreSQL time per report.
// Each report's prefix is encoded once, each key's ",key,label," once per process.
import { asValueTrees, listNumericCells, type ValueTrees } from '../report/cells.ts';
import { labelOf } from '../report/format.ts';
import { CSV_LINE_END, formatCsvField } from './csv.ts';
import { ByteWriter, encodeUtf8 } from './byte-writer.ts';
import { PREFIX_LENGTH, formatPrefix } from './format-rows.ts';

const keyLabelCache = new Map<string, Uint8Array>();
const LINE_END = encodeUtf8(CSV_LINE_END);

function keyAndLabel(key: string): Uint8Array {
  // Keys come from the canonical list only (listNumericCells), so the cache stays that size.
  let cached = keyLabelCache.get(key);
  if (cached === undefined) {
    cached = encodeUtf8(`,${formatCsvField(key)},${formatCsvField(labelOf(key))},`);
    keyLabelCache.set(key, cached);
  }
  return cached;
}

/** The trees column: JSON text of the value trees; anything else (or broken JSON) has no cells. */
function parseTrees(text: unknown): Partial<ValueTrees> {
  if (typeof text !== 'string' || text === '') return {};
  try {
    return asValueTrees(JSON.parse(text));
  } catch {
    return {};
  }
}

export function formatLongRows(rows: unknown[][]): Uint8Array {
  const writer = new ByteWriter();
  for (const row of rows) {
    const cells = listNumericCells(parseTrees(row[PREFIX_LENGTH]));
    if (cells.length === 0) continue;
    const prefix = encodeUtf8(formatPrefix(row));
    for (const cell of cells) {
      writer.writeBytes(prefix);
      writer.writeBytes(keyAndLabel(cell.key));
      // String(number) is the shortest text that reads back as the same double, like PostgreSQL's float8.
      writer.writeAscii(String(cell.value));
      writer.writeBytes(LINE_END);
    }
  }
  return writer.finish();
}
