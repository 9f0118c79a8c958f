// A PDF table without ruling lines, rebuilt from text positions. Lines holding numbers are
// the rows ("anchors"); numeric columns come from where the numbers sit; every other text
// fragment joins the row whose vertical band it falls in — as part of the row's own label
// when it overlaps it horizontally, else as a group label (rowspan-like, e.g. （三）不予公开
// or a vertical 三、本年度办理结果) spread over the rows it stands beside.
import { joinPieces, type DraftCell } from './document-builder.ts';
import { type PdfCell, type PdfLine } from './pdf-lines.ts';

export type PdfTableRun = { header: PdfLine[]; body: PdfLine[] };

type Column = { center: number; left: number; right: number };
type Fragment = { text: string; x: number; xEnd: number; yc: number; page: number; size: number };
type Row = { yc: number; page: number; own: Fragment[]; ownX: number; values: PdfCell[][]; groups: Group[] };
type Group = { text: string; x: number; xEnd: number; yc: number; page: number; rows: number[] };

export function isAnchorLine(line: PdfLine): boolean {
  const numbers = line.cells.filter((c) => c.numeric);
  if (numbers.length >= 2) return true;
  const first = numbers[0];
  return first !== undefined && line.cells.some((c) => !c.numeric && c.xEnd < first.x);
}

/** Clusters number centres into columns; numbers in one column are centred or aligned within ~an em. */
export function findColumns(anchors: PdfLine[]): Column[] {
  const numbers = anchors.flatMap((l) => l.cells.filter((c) => c.numeric));
  numbers.sort((a, b) => (a.x + a.xEnd) / 2 - (b.x + b.xEnd) / 2);
  const columns: { members: PdfCell[] }[] = [];
  for (const cell of numbers) {
    const center = (cell.x + cell.xEnd) / 2;
    const last = columns.at(-1);
    const lastCell = last?.members.at(-1);
    if (last && lastCell && center - (lastCell.x + lastCell.xEnd) / 2 <= Math.max(6, cell.size * 0.8)) last.members.push(cell);
    else columns.push({ members: [cell] });
  }
  return columns.map(({ members }) => ({
    center: members.reduce((s, c) => s + (c.x + c.xEnd) / 2, 0) / members.length,
    left: Math.min(...members.map((c) => c.x)),
    right: Math.max(...members.map((c) => c.xEnd)),
  }));
}

function nearestColumn(columns: Column[], cell: { x: number; xEnd: number }): number {
  const center = (cell.x + cell.xEnd) / 2;
  let best = 0;
  columns.forEach((col, i) => {
    if (Math.abs(col.center - center) < Math.abs((columns[best]?.center ?? 0) - center)) best = i;
  });
  return best;
}

const ENUMERATOR = /^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)/;
const FIRST_ITEM = /^\s*(?:1\s*[.、．]|（1）|\(1\))/;

function fragmentOf(cell: PdfCell, line: PdfLine): Fragment {
  return { text: cell.text, x: cell.x, xEnd: cell.xEnd, yc: line.yc, page: cell.page, size: cell.size };
}

/** Stacks of group fragments in one x column (vertical labels, labels wrapped over lines) become one group. */
function mergeGroups(fragments: Fragment[]): Group[] {
  const sorted = [...fragments].sort((a, b) => a.x - b.x || b.yc - a.yc);
  const groups: { parts: Fragment[] }[] = [];
  for (const frag of sorted) {
    const open = groups.find((g) => {
      const last = g.parts.at(-1) as Fragment;
      return Math.abs(last.x - frag.x) <= 4 && last.yc - frag.yc <= 2.6 * frag.size && last.yc >= frag.yc && !ENUMERATOR.test(frag.text);
    });
    if (open) open.parts.push(frag);
    else groups.push({ parts: [frag] });
  }
  return groups.map(({ parts }) => {
    const first = parts[0] as Fragment;
    return {
      text: joinPieces(parts.map((p) => p.text)),
      x: Math.min(...parts.map((p) => p.x)),
      xEnd: Math.max(...parts.map((p) => p.xEnd)),
      yc: (first.yc + (parts.at(-1) as Fragment).yc) / 2,
      page: first.page,
      rows: [],
    };
  });
}

function nearestRow(rows: Row[], yc: number): number {
  let best = 0;
  rows.forEach((row, i) => {
    if (Math.abs(row.yc - yc) < Math.abs((rows[best]?.yc ?? 0) - yc)) best = i;
  });
  return best;
}

/** Gives each group the rows it labels: the contiguous rows beside it whose own label starts right of it. */
function assignGroups(rows: Row[], groups: Group[]): void {
  const byRun = new Map<string, Group[]>();
  for (const group of groups) {
    const at = nearestRow(rows, group.yc);
    const beside = (i: number): boolean => (rows[i]?.ownX ?? 0) > group.xEnd - 1;
    let a = at;
    let b = at;
    while (a > 0 && beside(a - 1)) a--;
    while (b < rows.length - 1 && beside(b + 1)) b++;
    if (!beside(at)) a = b = at;
    const key = `${a}:${b}`;
    byRun.set(key, [...(byRun.get(key) ?? []), group]);
  }
  for (const [key, shared] of byRun) {
    const [a, b] = key.split(':').map(Number) as [number, number];
    shared.sort((g, h) => h.yc - g.yc);
    // Sub-items restart at "1." under each group label: the most reliable split.
    const starts = [a];
    for (let i = a + 1; i <= b; i++) if (FIRST_ITEM.test(joinPieces(rows[i]?.own.map((f) => f.text) ?? []))) starts.push(i);
    shared.forEach((group, k) => {
      let from: number;
      let to: number;
      if (starts.length === shared.length) {
        from = starts[k] as number;
        to = (starts[k + 1] ?? b + 1) - 1;
      } else {
        // Otherwise split halfway between consecutive group labels.
        const upper = k === 0 ? Infinity : ((shared[k - 1] as Group).yc + group.yc) / 2;
        const lower = k === shared.length - 1 ? -Infinity : ((shared[k + 1] as Group).yc + group.yc) / 2;
        from = a;
        while (from <= b && (rows[from]?.yc ?? 0) > upper) from++;
        to = from;
        while (to + 1 <= b && (rows[to + 1]?.yc ?? 0) > lower) to++;
      }
      for (let i = from; i <= to; i++) group.rows.push(i);
      for (const i of group.rows) rows[i]?.groups.push(group);
    });
  }
}

export type BuiltTable = { rows: DraftCell[][]; pages: number[] };

export function buildPdfTable(run: PdfTableRun): BuiltTable {
  const anchors = run.body.filter(isAnchorLine);
  const columns = findColumns(anchors);
  const numericLeft = Math.min(...columns.map((c) => c.left)) - 2;
  const rows: Row[] = anchors.map((line) => ({ yc: line.yc, page: line.page, own: [], ownX: Infinity, values: columns.map(() => []), groups: [] }));
  const loose: Fragment[] = [];
  for (const line of run.body) {
    const at = nearestRow(rows, line.yc);
    const row = rows[at] as Row;
    for (const cell of line.cells) {
      const inNumbers = cell.x >= numericLeft || (cell.numeric && isAnchorLine(line));
      if (inNumbers) row.values[nearestColumn(columns, cell)]?.push(cell);
      else loose.push(fragmentOf(cell, line));
    }
  }
  // Own label: the rightmost label fragment of the row's band and everything overlapping it.
  const groupFragments: Fragment[] = [];
  const bandOf = new Map<Fragment, number>();
  for (const frag of loose) bandOf.set(frag, nearestRow(rows, frag.yc));
  rows.forEach((row, i) => {
    const mine = loose.filter((f) => bandOf.get(f) === i);
    const right = mine.reduce<Fragment | undefined>((best, f) => (!best || f.x > best.x ? f : best), undefined);
    for (const frag of mine) {
      if (right && frag.xEnd > right.x + 2) row.own.push(frag);
      else groupFragments.push(frag);
    }
    row.own.sort((a, b) => b.yc - a.yc || a.x - b.x);
    row.ownX = row.own.length > 0 ? Math.min(...row.own.map((f) => f.x)) : Infinity;
  });
  assignGroups(rows, mergeGroups(groupFragments));
  const headerRows = buildHeader(run.header, columns, numericLeft);
  // Tables of numbers only (section 四) get no label column at all.
  const hasLabels = rows.some((r) => r.own.length > 0 || r.groups.length > 0) || headerRows.some((h) => h.label !== '');
  const labelCols = hasLabels ? Math.max(1, ...rows.map((r) => r.groups.length + 1)) : 0;
  const offset = headerRows.length;
  const origin = new Map<Group, { row: number; col: number }>();
  const out: DraftCell[][] = headerRows.map((header, h) => withLabels(header, h, labelCols));
  rows.forEach((row, i) => {
    const r = offset + i;
    const groups = [...row.groups].sort((g, h) => g.x - h.x);
    const cells: DraftCell[] = groups.map((group, col) => {
      const first = origin.get(group);
      if (first) return { text: group.text, page: group.page, mergedFrom: first };
      origin.set(group, { row: r, col });
      return { text: group.text, page: group.page };
    });
    const ownCol = cells.length;
    if (labelCols > 0) cells.push({ text: joinPieces(row.own.map((f) => f.text)), page: row.own[0]?.page ?? row.page });
    while (cells.length < labelCols) cells.push({ text: cells[ownCol]?.text ?? '', page: row.page, mergedFrom: { row: r, col: ownCol } });
    for (const parts of row.values) cells.push({ text: parts.map((c) => c.text).join(' '), page: parts[0]?.page ?? row.page });
    out.push(cells);
  });
  const pages = [...new Set([...run.header, ...run.body].map((l) => l.page))].sort((a, b) => a - b);
  return { rows: out, pages };
}

/**
 * Header rows: label text plus one cell per numeric column. Text wider than ~1.3 column
 * pitches spans columns and gets a row of its own; cells the line grouping merged across
 * column boundaries are split back into their items.
 */
function buildHeader(lines: PdfLine[], columns: Column[], numericLeft: number): HeaderRow[] {
  if (lines.length === 0) return [];
  const label: string[] = [];
  const perColumn: string[][] = columns.map(() => []);
  const spanning: { text: string; from: number; to: number; page: number }[] = [];
  const pitch = columns.length > 1 ? ((columns.at(-1)?.center ?? 0) - (columns[0]?.center ?? 0)) / (columns.length - 1) : Infinity;
  const place = (text: string, x: number, xEnd: number, page: number): void => {
    const covered = columns.flatMap((c, i) => (c.center >= x - pitch / 2 && c.center <= xEnd + pitch / 2 ? [i] : []));
    if (xEnd - x >= 1.3 * pitch && covered.length >= 2) {
      spanning.push({ text, from: covered[0] as number, to: covered.at(-1) as number, page });
    } else perColumn[nearestColumn(columns, { x, xEnd })]?.push(text);
  };
  for (const line of lines) {
    for (const cell of line.cells) {
      if (cell.xEnd < numericLeft) label.push(cell.text);
      else if (cell.xEnd - cell.x >= 1.3 * pitch && cell.parts.length > 1) for (const part of cell.parts) place(part.text, part.x, part.xEnd, cell.page);
      else place(cell.text, cell.x, cell.xEnd, cell.page);
    }
  }
  const page = lines[0]?.page ?? 1;
  const rows: HeaderRow[] = spanning.map((span) => ({
    label: '',
    page,
    cells: columns.map((_, i): DraftCell => {
      if (i < span.from || i > span.to) return { text: '', page: span.page };
      return i === span.from ? { text: span.text, page: span.page } : { text: span.text, page: span.page, mergedFrom: { row: -1, col: span.from } };
    }),
  }));
  rows.push({ label: '', page, cells: perColumn.map((parts): DraftCell => ({ text: joinPieces(parts), page })) });
  const labelText = joinPieces(label);
  for (const row of rows) row.label = labelText;
  return rows;
}

type HeaderRow = { label: string; page: number; cells: DraftCell[] };

/**
 * Prefixes header row `h` with its label cells (like a rowspan/colspan label block: the
 * original in row 0, column 0) and resolves `row: -1` placeholders to `h`.
 */
function withLabels(header: HeaderRow, h: number, labelCols: number): DraftCell[] {
  const { label, page } = header;
  const labels: DraftCell[] = Array.from({ length: labelCols }, (_, i) =>
    (i > 0 || h > 0) && label ? { text: label, page, mergedFrom: { row: 0, col: 0 } } : { text: label, page },
  );
  const cells = header.cells.map((c) => (c.mergedFrom ? { ...c, mergedFrom: { row: h, col: c.mergedFrom.col + labelCols } } : c));
  return [...labels, ...cells];
}
