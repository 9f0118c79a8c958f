// `generate --towns N --years 2020-2025 --out DIR [--counties C] [--seed S] [--formats text,html,docx]`:
// writes a synthetic demo data set (fictional 示例省 regions, see lib/demo/generate) and prints
// a one-line summary. Bad arguments exit 2 with the usage.
import { z } from 'zod';
import { OUTPUT_FORMATS, generateDataset } from '../demo/generate/dataset.ts';
import { MAX_COUNTIES, MAX_TOWNS_PER_COUNTY } from '../demo/generate/regions.ts';
import { writeDataset } from '../demo/generate/write-dataset.ts';

const USAGE = `Usage: npm run --silent cli -- generate --towns N --years 2020-2025 --out DIR [--counties C] [--seed S] [--formats text,html,docx]
  --towns N       townships per county (1–999)
  --years A-B     report years, e.g. 2020-2025 or 2023 (2019–2100); 2019/2020 use the 2019 table layout
  --out DIR       output folder: reports/, regions.csv, manifest.json
  --counties C    number of counties (default 1, at most 297; three counties per city)
  --seed S        any text; the same seed gives byte-identical files (default "gongkai")
  --formats LIST  output formats rotated over towns (default text,html,docx)
  --fault-rate R  share of reports with one deliberate rule violation (default 0.03)`;

const required = { error: 'required' };

/** A whole number flag within [1, max]. */
const countSchema = (max: number) =>
  z
    .string(required)
    .regex(/^\d+$/, 'a whole number')
    .transform(Number)
    .pipe(z.number().int().min(1, 'at least 1').max(max, `at most ${max}`));

const yearsSchema = z
  .string(required)
  .regex(/^\d{4}(-\d{4})?$/, 'YYYY or YYYY-YYYY')
  .transform((text) => {
    const [from, to = from] = text.split('-').map(Number);
    return { from: from ?? 0, to: to ?? 0 };
  })
  .refine(({ from, to }) => from >= 2019 && to <= 2100 && from <= to, 'from 2019 on, first year first');

const argsSchema = z.object({
  towns: countSchema(MAX_TOWNS_PER_COUNTY),
  years: yearsSchema,
  out: z.string(required).min(1),
  counties: countSchema(MAX_COUNTIES).default(1),
  seed: z.string().min(1).default('gongkai'),
  formats: z
    .string()
    .default(OUTPUT_FORMATS.join(','))
    .transform((text) => text.split(',').map((f) => f.trim()))
    .pipe(z.array(z.enum(OUTPUT_FORMATS, { error: `one of ${OUTPUT_FORMATS.join(', ')}` })).min(1)),
  'fault-rate': z
    .string()
    .regex(/^(0(\.\d+)?|1(\.0+)?)$/, 'a number from 0 to 1')
    .transform(Number)
    .default(0.03),
});

const FLAGS = new Set(Object.keys(argsSchema.shape));

/** `--name value` pairs, or the problem (a stray word, an unknown flag, a missing value) as text. */
function parseFlags(args: string[]): Record<string, string> | string {
  const flags: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i] ?? '';
    const value = args[i + 1];
    if (!name.startsWith('--') || !FLAGS.has(name.slice(2))) return `unknown argument: ${name}`;
    if (value === undefined || value.startsWith('--')) return `${name} needs a value`;
    flags[name.slice(2)] = value;
  }
  return flags;
}

export async function runGenerate(args: string[]): Promise<number> {
  const flags = parseFlags(args);
  const parsed = typeof flags === 'string' ? undefined : argsSchema.safeParse(flags);
  if (!parsed?.success) {
    const problem = typeof flags === 'string' ? flags : (parsed?.error.issues.map((i) => `--${String(i.path[0] ?? '')}: ${i.message}`).join('; ') ?? '');
    console.error(`${problem}\n\n${USAGE}`);
    return 2;
  }
  const options = parsed.data;
  const years = Array.from({ length: options.years.to - options.years.from + 1 }, (_, i) => options.years.from + i);
  const started = performance.now();
  const dataset = generateDataset({
    seed: options.seed,
    counties: options.counties,
    townsPerCounty: options.towns,
    years,
    formats: options.formats,
    faultRate: options['fault-rate'],
  });
  const written = writeDataset(dataset, options.out);
  const faults = dataset.manifest.files.filter((f) => f.fault).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const span = years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0]);
  const size = written.bytes >= 1e6 ? `${(written.bytes / 1e6).toFixed(1)} MB` : `${Math.ceil(written.bytes / 1e3)} KB`;
  console.log(
    `Generated ${written.files} reports (${dataset.regions.length} towns in ${options.counties} counties, ${span}, ${faults} with a deliberate fault, ${size}) in ${options.out} in ${seconds}s`,
  );
  return 0;
}
