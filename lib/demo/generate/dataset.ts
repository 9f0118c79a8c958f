// The demo data set as a pure function: options in, files (as bytes) out, nothing written and
// no clock read, so that a benchmark can build large sets in memory and tests can compare bytes.
import { createInitialState, advanceState, drawTownProfile, generateYearFigures } from './generate-figures.ts';
import { composeReport } from './compose-report.ts';
import { applyRandomFault, FAULT_RULES, type Fault, type FaultRule } from './faults.ts';
import type { ReportFigures, TableFormat } from './figures-types.ts';
import { createRng } from './prng.ts';
import { formatRegionsCsv, generateRegions, type Township } from './regions.ts';
import { renderDocx } from './render-docx.ts';
import { renderHtml } from './render-html.ts';
import { renderText } from './render-text.ts';

export const OUTPUT_FORMATS = ['text', 'html', 'docx'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const EXTENSION: Record<OutputFormat, string> = { text: 'txt', html: 'html', docx: 'docx' };

/** Subfolder of the output for the report files, so that importing it skips regions.csv and manifest.json. */
export const REPORTS_DIR = 'reports';

export type DatasetOptions = {
  seed: string;
  counties: number;
  townsPerCounty: number;
  /** Report years, ascending (e.g. 2020…2025); ≤2020 use the 2019 layout. */
  years: readonly number[];
  /** Rotated over towns: a town publishes all its years in the same format. */
  formats: readonly OutputFormat[];
  /** Share of reports that get one deliberate fault (default 0.03). */
  faultRate?: number;
  /** Which rules faults may break (default R1–R6). */
  faultRules?: readonly FaultRule[];
};

export type ReportMeta = {
  fileName: string;
  /** Path relative to the output folder. */
  path: string;
  unit: string;
  region: { code: string; province: string; city: string; county: string; township: string };
  regionPath: string;
  year: number;
  format: OutputFormat;
  formatVersion: TableFormat;
  /** A few values as printed, for round-trip tests. */
  expected: { 'publications.total': number; 'applications.received.total': number; 'article20.penalty.decisions': number };
  fault?: Fault;
};

export type GeneratedReport = { fileName: string; bytes: Uint8Array; meta: ReportMeta; figures: ReportFigures };

export type Manifest = {
  generator: 'gongkai-demo';
  synthetic: true;
  seed: string;
  counties: number;
  townsPerCounty: number;
  years: number[];
  formats: OutputFormat[];
  faultRate: number;
  files: ReportMeta[];
};

export type Dataset = { regions: Township[]; regionsCsv: string; reports: GeneratedReport[]; manifest: Manifest };

const encoder = new TextEncoder();

function describeRegion(town: Township): ReportMeta['region'] {
  return { code: town.code, province: town.province, city: town.city, county: town.county, township: town.township };
}

function generateTownReports(options: DatasetOptions, town: Township, format: OutputFormat, faultRate: number): GeneratedReport[] {
  const { seed } = options;
  const profile = drawTownProfile(createRng(`${seed}:profile:${town.code}`), town);
  let state = createInitialState(createRng(`${seed}:state:${town.code}`), profile);
  const reports: GeneratedReport[] = [];
  let previous: ReportFigures | undefined;
  const firstYear = options.years[0] ?? 0;
  for (const year of options.years) {
    const figures = generateYearFigures(createRng(`${seed}:year:${town.code}:${year}`), profile, state, year, year - firstYear);
    // Only a directly preceding year counts as "last year" for R6.
    const lastYear = previous?.year === year - 1 ? previous : undefined;
    const fault = applyRandomFault(createRng(`${seed}:fault:${town.code}:${year}`), figures, { previous: lastYear }, faultRate, options.faultRules ?? FAULT_RULES);
    // Prose keeps one town's wording from year to year, as real towns copy last year's report.
    const doc = composeReport(town, figures, createRng(`${seed}:prose:${town.code}`));
    const bytes = format === 'docx' ? renderDocx(doc) : encoder.encode(format === 'html' ? renderHtml(doc) : renderText(doc));
    const fileName = `${town.county}-${town.township}-${year}.${EXTENSION[format]}`;
    const meta: ReportMeta = {
      fileName,
      path: `${REPORTS_DIR}/${fileName}`,
      unit: town.unit,
      region: describeRegion(town),
      regionPath: [town.province, town.city, town.county, town.township].join('/'),
      year,
      format,
      formatVersion: figures.formatVersion,
      expected: {
        'publications.total': figures.publications.total,
        'applications.received.total': figures.applications.received?.total ?? 0,
        'article20.penalty.decisions': figures.article20.penalty?.decisions ?? 0,
      },
      ...(fault ? { fault } : {}),
    };
    reports.push({ fileName, bytes, meta, figures });
    state = advanceState(state, figures);
    previous = figures;
  }
  return reports;
}

export function generateDataset(options: DatasetOptions): Dataset {
  const faultRate = options.faultRate ?? 0.03;
  const formats = options.formats.length > 0 ? options.formats : OUTPUT_FORMATS;
  const regions = generateRegions(options.seed, options.counties, options.townsPerCounty);
  const reports = regions.flatMap((town) => generateTownReports(options, town, formats[town.index % formats.length] ?? 'text', faultRate));
  return {
    regions,
    regionsCsv: formatRegionsCsv(regions),
    reports,
    manifest: {
      generator: 'gongkai-demo',
      synthetic: true,
      seed: options.seed,
      counties: options.counties,
      townsPerCounty: options.townsPerCounty,
      years: [...options.years],
      formats: [...formats],
      faultRate,
      files: reports.map((r) => r.meta),
    },
  };
}
