// `npm run --silent cli -- parse <file> [--json | --csv]`: read one report and print what was
// read. Exit 0 when the file was read (findings or not), 1 when it could not be read, 2 on bad usage.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CELLS, labelOf } from '../report/format.ts';
import { READER_VERSION, ReportReadError, readReport, type ReadReport } from '../report/index.ts';
import { getValue } from '../report/model.ts';

const USAGE = 'Usage: npm run --silent cli -- parse <file> [--json | --csv]';

export async function runParse(args: string[]): Promise<number> {
  const flags = args.filter((a) => a.startsWith('--'));
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = flags.filter((f) => f !== '--json' && f !== '--csv');
  if (files.length !== 1 || unknown.length > 0 || flags.length > 1) {
    console.error(unknown.length > 0 ? `Unknown option: ${unknown.join(' ')}\n${USAGE}` : USAGE);
    return 2;
  }
  const file = files[0] ?? '';
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (error as Error).message;
    console.error(`${file}: 无法打开文件（${reason}）`);
    return 1;
  }
  let report: ReadReport;
  try {
    report = await readReport(bytes, path.basename(file));
  } catch (error) {
    if (error instanceof ReportReadError) {
      console.error(`${file}: 无法读取（${error.code}）：${error.message}`);
      return 1;
    }
    throw error;
  }
  if (flags[0] === '--json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (flags[0] === '--csv') process.stdout.write(formatCsv(report));
  else process.stdout.write(formatSummary(file, report));
  return 0;
}

/** Long form, one row per canonical cell key; cells that do not exist in the report's layout are empty. */
export function formatCsv(report: ReadReport): string {
  const lines = [['unit', 'year', 'key', 'value']];
  for (const cell of CELLS) {
    const value =
      cell.key === 'publications.channels'
        ? report.publications.channels.map((c) => `${c.name}:${c.count}`).join(';')
        : (getValue(report, cell.key) ?? '');
    lines.push([report.unit ?? '', report.year === null ? '' : String(report.year), cell.key, String(value)]);
  }
  return lines.map((row) => row.map(quoteCsv).join(',')).join('\r\n') + '\r\n';
}

export function quoteCsv(field: string): string {
  // A spreadsheet would run =, +, -, @ or a tab-led cell as a formula.
  const safe = /^[=+\-@\t]/.test(field) ? `'${field}` : field;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function formatSummary(file: string, r: ReadReport): string {
  const v = (key: string) => {
    const value = getValue(r, key);
    return value === null || value === undefined ? '?' : String(value);
  };
  const formatName = r.formatVersion === 'pre2019' ? '2019年以前格式' : r.formatVersion ? `${r.formatVersion}年版表格` : '未知';
  const places = [...r.regionHints.provinces, ...r.regionHints.cities, ...r.regionHints.counties, ...r.regionHints.towns].join(' / ');
  const out = [
    `文件：${file}（读取程序 ${READER_VERSION}）`,
    `单位：${r.unit ?? '未识别'}　年度：${r.year ?? '未识别'}　格式：${formatName}`,
    `地区：${places || '未识别'}`,
    `全年发布信息：${r.publications.total ?? '未写明'}${r.publications.channels.length ? `（${r.publications.channels.map((c) => `${c.name} ${c.count}`).join('，')}）` : ''}`,
  ];
  if (r.formatVersion !== 'pre2019') {
    out.push(
      `第二部分：行政许可 ${v('article20.licensing.decisions')}，行政处罚 ${v('article20.penalty.decisions')}，行政强制 ${v('article20.coercion.decisions')}`,
      `第三部分（总计列）：新收 ${v('applications.received.total')}，上年结转 ${v('applications.carriedOver.total')}，予以公开 ${v('applications.granted.total')}，部分公开 ${v('applications.partiallyGranted.total')}，不予公开 ${v('applications.denied.total')}，无法提供 ${v('applications.unavailable.total')}，不予处理 ${v('applications.notProcessed.total')}，其他处理 ${v('applications.other.total')}，办理总计 ${v('applications.handledTotal.total')}，结转下年度 ${v('applications.carriedForward.total')}`,
      `第四部分：行政复议 ${v('reviewLitigation.review.total')}，直接起诉 ${v('reviewLitigation.suitDirect.total')}，复议后起诉 ${v('reviewLitigation.suitAfterReview.total')}`,
    );
  }
  out.push(`发现问题（${r.findings.length}）：`);
  for (const f of r.findings) out.push(`  [${f.rule} ${f.severity === 'error' ? '错误' : '提示'}] ${f.message}`);
  out.push(`未能读取（${r.unreadable.length}）：`);
  for (const u of r.unreadable) {
    const cells = u.keys.length > 0 ? `${labelOf(u.keys[0] ?? '')}${u.keys.length > 1 ? ` 等${u.keys.length}格` : ''}` : '整个部分';
    out.push(`  ${u.section}（${cells}）：${u.message}`);
  }
  return `${out.join('\n')}\n`;
}
