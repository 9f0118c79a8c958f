// Reader throughput per format on one core (issue 3): `npx tsx bench/reader.ts [seconds-per-format] [warm-up-seconds]`.
// Not a test: numbers depend on the machine and its load. Inputs are built in code from the seed
// (lib/report/test-fixtures/formats.ts) plus the team's text fixtures, and the shared real corpus
// (../shared/corpus/real) when it exists. Reports/s is measured against the process's CPU time, so
// that other processes competing for the cores do not count against the reader; wall-clock
// percentiles are printed beside it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { readReport } from '../lib/report/index.ts';
import { loadSeedText, TEXT_FIXTURE_DIR, textToDocx, textToHtml, textToPdf } from '../lib/report/test-fixtures/formats.ts';

type Input = { name: string; bytes: Uint8Array };
type Format = { format: string; goal: number; inputs: Input[] };

const CORPUS = path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus', 'real');
const SECONDS = Number(process.argv[2] ?? 3);
const WARMUP_SECONDS = Number(process.argv[3] ?? 2);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function corpusFiles(pattern: RegExp): Input[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS)
    .filter((f) => pattern.test(f) && !/2018/.test(f))
    .sort()
    .map((f) => ({ name: `real/${f}`, bytes: new Uint8Array(readFileSync(path.join(CORPUS, f))) }));
}

function buildFormats(): Format[] {
  const seed = loadSeedText();
  const fixtures = readdirSync(TEXT_FIXTURE_DIR)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((f) => ({ name: `fixture/${f}`, bytes: new Uint8Array(readFileSync(path.join(TEXT_FIXTURE_DIR, f))) }));
  const text: Input[] = [
    { name: 'seed.txt', bytes: utf8(seed) },
    // Synthetic variants of the seed: CRLF, runs of spaces instead of tabs, GBK-encoded.
    { name: 'seed-crlf.txt', bytes: utf8(seed.replace(/\n/g, '\r\n')) },
    { name: 'seed-spaces.txt', bytes: utf8(seed.replace(/\t/g, '   ')) },
    { name: 'seed-gbk.txt', bytes: new Uint8Array(iconv.encode(seed, 'gbk')) },
    ...fixtures,
    ...corpusFiles(/\.txt$/),
  ];
  const html: Input[] = [
    { name: 'seed.html', bytes: utf8(textToHtml(seed)) },
    { name: 'seed-gbk.html', bytes: new Uint8Array(iconv.encode(textToHtml(seed, 'gbk'), 'gbk')) },
    ...corpusFiles(/\.html?$/),
  ];
  return [
    { format: 'text', goal: 2000, inputs: text },
    { format: 'html', goal: 500, inputs: html },
    { format: 'docx', goal: 200, inputs: [{ name: 'seed.docx', bytes: textToDocx(seed) }] },
    { format: 'pdf', goal: 20, inputs: [{ name: 'seed.pdf', bytes: textToPdf(seed) }, ...corpusFiles(/\.pdf$/)] },
  ];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

type Row = { format: string; files: number; perSecond: number; p50: number; p95: number; rssMb: number; goal: number; failed: number };

async function run(format: Format): Promise<Row> {
  let failed = 0;
  const once = async (input: Input): Promise<void> => {
    try {
      await readReport(input.bytes, input.name);
    } catch {
      failed++;
    }
  };
  // Warm-up: module loading, pdf.js's first document, and the JIT, which takes a few thousand
  // reads to settle (its compiler threads count in the process CPU measured below): at least
  // three rounds and WARMUP_SECONDS. With three rounds only, text varied 1,350–2,000 reports/s.
  const warmStart = performance.now();
  for (let i = 0; i < 3 || performance.now() - warmStart < WARMUP_SECONDS * 1000; i++) for (const input of format.inputs) await once(input);
  failed = 0;
  const times: number[] = [];
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  let count = 0;
  while (performance.now() - wallStart < SECONDS * 1000 || count < format.inputs.length) {
    const input = format.inputs[count % format.inputs.length];
    if (!input) break;
    const t0 = performance.now();
    await once(input);
    times.push(performance.now() - t0);
    count++;
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  times.sort((a, b) => a - b);
  return {
    format: format.format,
    files: format.inputs.length,
    perSecond: count / cpuSeconds,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    rssMb: process.resourceUsage().maxRSS / 1024,
    goal: format.goal,
    failed: failed / Math.max(1, Math.ceil(count / format.inputs.length)),
  };
}

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) console.log(`notice: ${CORPUS} not found; benchmarking the built-in inputs only`);
  const formats = buildFormats();
  const only = process.env.BENCH_FORMAT;
  const rows: Row[] = [];
  for (const format of formats) {
    if (only && format.format !== only) continue;
    rows.push(await run(format));
  }
  const header = ['format', 'files', 'reports/s (CPU)', 'goal', 'ms/report p50', 'p95', 'peak RSS MB', 'unread files'];
  const lines = rows.map((r) => [
    r.format,
    String(r.files),
    r.perSecond.toFixed(0),
    `≥${r.goal}${r.perSecond >= r.goal ? ' ok' : ' MISSED'}`,
    r.p50.toFixed(2),
    r.p95.toFixed(2),
    r.rssMb.toFixed(0),
    r.failed.toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(format(header));
  for (const line of lines) console.log(format(line));
  console.log(`${SECONDS}s per format after ${WARMUP_SECONDS}s of warm-up, node ${process.version}, single thread; wall-clock percentiles include machine load`);
}

await main();
