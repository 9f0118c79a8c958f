// The read report: a clean tree of values nested along the canonical dotted keys, plus what
// was found wrong (findings), what could not be read (unreadable) and where every value came
// from (sources, keyed by dotted key so the value tree stays plain numbers).
import { z } from 'zod';
import {
  APPLICATION_COLUMNS,
  APPLICATION_GROUPS,
  APPLICATION_ROWS,
  ARTICLE20_ROWS,
  FORMAT_VERSIONS,
  REVIEW_BLOCKS,
  REVIEW_COLUMNS,
  SECTIONS,
  type ApplicationColumnKey,
  type ApplicationKey,
  type Article20RowKey,
  type ReviewBlockKey,
  type ReviewColumnKey,
} from './format.ts';

const value = z.number().nullable();

const applicationRowShape = Object.fromEntries(APPLICATION_COLUMNS.map((c) => [c.key, value])) as Record<ApplicationColumnKey, typeof value>;
export const applicationRowSchema = z.object(applicationRowShape);
export type ApplicationRowValues = z.infer<typeof applicationRowSchema>;

// Rows that do not exist in the report's layout are absent (not null): null means "could not read".
const applicationsShape = Object.fromEntries(
  [...APPLICATION_ROWS.map((r) => r.key), ...APPLICATION_GROUPS.map((g) => g.key)].map((k) => [k, applicationRowSchema.optional()]),
) as Record<ApplicationKey, z.ZodOptional<typeof applicationRowSchema>>;
export const applicationsSchema = z.object(applicationsShape);

const article20RowSchema = z.record(z.string(), value);
const article20Shape = Object.fromEntries(ARTICLE20_ROWS.map((r) => [r.key, article20RowSchema.optional()])) as Record<
  Article20RowKey,
  z.ZodOptional<typeof article20RowSchema>
>;
export const article20Schema = z.object(article20Shape);

const reviewRowShape = Object.fromEntries(REVIEW_COLUMNS.map((c) => [c.key, value])) as Record<ReviewColumnKey, typeof value>;
const reviewRowSchema = z.object(reviewRowShape);
const reviewShape = Object.fromEntries(REVIEW_BLOCKS.map((b) => [b.key, reviewRowSchema.optional()])) as Record<
  ReviewBlockKey,
  z.ZodOptional<typeof reviewRowSchema>
>;
export const reviewLitigationSchema = z.object(reviewShape);

export const sectionIdSchema = z.enum(SECTIONS.map((s) => s.id) as [string, ...string[]]);

export const findingSchema = z.object({
  rule: z.enum(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7']),
  severity: z.enum(['error', 'warning']),
  cells: z.array(z.string()),
  expected: z.union([z.number(), z.string()]).nullable(),
  actual: z.union([z.number(), z.string()]).nullable(),
  message: z.string(),
});
export type Finding = z.infer<typeof findingSchema>;

export const unreadableSchema = z.object({
  /** Section name (overview, article20, applications, reviewLitigation, problems, otherMatters) or `title`. */
  section: z.string(),
  keys: z.array(z.string()),
  reason: z.enum(['missing-section', 'not-found', 'ambiguous', 'unparseable', 'not-stated', 'not-supported']),
  message: z.string(),
  /** For glued digits: the readings that remained possible. */
  candidates: z.array(z.array(z.number())).optional(),
  text: z.string().optional(),
});
export type Unreadable = z.infer<typeof unreadableSchema>;

const rangeSchema = z.object({ start: z.number().int(), end: z.number().int() });

export const provenanceSchema = z.object({
  method: z.enum(['cell', 'split', 'prose', 'derived', 'empty-as-zero']),
  /** Index of the table among SourceDocument.blocks (block index), when read from a table. */
  table: z.number().int().optional(),
  row: z.number().int().optional(),
  col: z.number().int().optional(),
  page: z.number().int().optional(),
  range: rangeSchema.optional(),
  /** The source text the value was read from. */
  text: z.string().optional(),
  note: z.string().optional(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

export const regionHintsSchema = z.object({
  provinces: z.array(z.string()),
  cities: z.array(z.string()),
  counties: z.array(z.string()),
  towns: z.array(z.string()),
});
export type RegionHints = z.infer<typeof regionHintsSchema>;

export const readReportSchema = z.object({
  readerVersion: z.string(),
  sourceKind: z.string(),
  title: z.string().nullable(),
  unit: z.string().nullable(),
  regionHints: regionHintsSchema,
  year: z.number().int().nullable(),
  /** The year the body speaks of (statistics period), for R7. */
  yearInText: z.number().int().nullable(),
  formatVersion: z.enum(FORMAT_VERSIONS).nullable(),
  applicationsLayout: z.enum(['split-other', 'single-other']).nullable(),
  publications: z.object({
    total: value,
    channels: z.array(z.object({ name: z.string(), count: z.number() })),
  }),
  overview: z.object({ applicationsStated: value, text: z.string().nullable() }),
  article20: article20Schema,
  applications: applicationsSchema,
  reviewLitigation: reviewLitigationSchema,
  problems: z.string().nullable(),
  otherMatters: z.string().nullable(),
  extraSections: z.array(z.object({ heading: z.string(), text: z.string() })),
  sectionsFound: z.array(z.string()),
  findings: z.array(findingSchema),
  unreadable: z.array(unreadableSchema),
  notes: z.array(z.object({ key: z.string().optional(), message: z.string() })),
  sources: z.record(z.string(), provenanceSchema),
});
export type ReadReport = z.infer<typeof readReportSchema>;

/** A value by dotted key (`applications.granted.total`), undefined when the key does not exist. */
export function getValue(report: Pick<ReadReport, 'article20' | 'applications' | 'reviewLitigation' | 'publications' | 'overview'>, key: string): number | null | undefined {
  return getValueAt(report, key.split('.'));
}

/** getValue with the key already split (for loops over the canonical cells, which split once). */
export function getValueAt(report: unknown, path: readonly string[]): number | null | undefined {
  let node: unknown = report;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'number' || node === null ? node : undefined;
}
