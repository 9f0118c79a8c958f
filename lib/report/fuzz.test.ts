// Fuzz test (issue 3): thousands of damaged inputs derived deterministically from the project's
// own fixtures. Every input must give either a report that passes the model's schema or a
// ReportReadError: never another exception, never a hang (the reader's time limit turns a
// pathological input into a 'timeout' error). Failures name the input's index and damage, so
// they can be replayed. No timing assertions: speed belongs in bench/reader.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ReportReadError } from './errors.ts';
import { readReport } from './index.ts';
import { readReportSchema } from './model.ts';
import { loadSeedText, TEXT_FIXTURE_DIR, textToDocx, textToHtml, textToPdf } from './test-fixtures/formats.ts';
import { BYTE_MUTATIONS, encodeSwapped, makeRng, TEXT_MUTATIONS, type Rng } from './test-fixtures/mutate.ts';

// Sized for well under 30 s on a 2-core machine (pdf.js and DOCX inputs cost the most per input).
const COUNTS = { text: 2000, html: 500, docx: 200, pdf: 60 };
// Generous: the reader's own limit (10 s per file) is what ends a pathological input.
const TIMEOUT = 300_000;

const seed = loadSeedText();
const texts = [seed, ...readdirSync(TEXT_FIXTURE_DIR).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => readFileSync(path.join(TEXT_FIXTURE_DIR, f), 'utf8'))];
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

type Outcome = 'report' | `error:${string}`;

async function outcomeOf(bytes: Uint8Array, name: string): Promise<Outcome> {
  try {
    const report = await readReport(bytes, name);
    const parsed = readReportSchema.safeParse(report);
    if (!parsed.success) throw new Error(`schema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    return 'report';
  } catch (error) {
    if (error instanceof ReportReadError) {
      if (!error.message.startsWith(`${name}：`)) throw new Error(`message does not name the file: ${error.message}`);
      return `error:${error.code}`;
    }
    throw error;
  }
}

/** 1–3 text damages, then maybe a byte damage: most inputs stay close enough to a report to reach the mapper. */
function damageText(text: string, rng: Rng): { text: string; steps: string[] } {
  let out = text;
  const steps: string[] = [];
  for (let n = 1 + rng.int(3); n > 0; n--) {
    const mutation = rng.pick(TEXT_MUTATIONS);
    // Huge rows are slow by design; keep them rare so the suite stays quick.
    if (mutation.name === 'huge-row' && rng.next() < 0.9) continue;
    out = mutation.apply(out, rng);
    steps.push(mutation.name);
  }
  return { text: out, steps };
}

function damageBytes(bytes: Uint8Array, rng: Rng, steps: string[]): Uint8Array {
  const mutation = rng.pick(BYTE_MUTATIONS);
  steps.push(mutation.name);
  return mutation.apply(bytes, rng);
}

type Case = { name: string; bytes: Uint8Array; steps: string[] };

async function runCases(count: number, make: (i: number, rng: Rng) => Case): Promise<Map<Outcome, number>> {
  const failures: string[] = [];
  const outcomes = new Map<Outcome, number>();
  for (let i = 0; i < count; i++) {
    const c = make(i, makeRng(0x5eed0000 + i));
    try {
      const outcome = await outcomeOf(c.bytes, c.name);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    } catch (error) {
      failures.push(`#${i} ${c.name} [${c.steps.join(' → ')}]: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`.slice(0, 400));
    }
  }
  expect(failures).toEqual([]);
  return outcomes;
}

describe('fuzz: damaged inputs give a report or a ReportReadError', () => {
  it(`text: ${COUNTS.text} inputs`, { timeout: TIMEOUT }, async () => {
    const outcomes = await runCases(COUNTS.text, (i, rng) => {
      const { text, steps } = damageText(rng.pick(texts), rng);
      if (rng.next() < 0.15) {
        const swapped = encodeSwapped(text, rng);
        return { name: `fuzz-${i}.txt`, bytes: swapped.bytes, steps: [...steps, swapped.name] };
      }
      const bytes = rng.next() < 0.2 ? damageBytes(utf8(text), rng, steps) : utf8(text);
      return { name: `fuzz-${i}.txt`, bytes, steps };
    });
    // The damage must leave many inputs readable, or the mapper is not being exercised.
    expect(outcomes.get('report') ?? 0).toBeGreaterThan(COUNTS.text / 3);
  });

  it(`html: ${COUNTS.html} inputs`, { timeout: TIMEOUT }, async () => {
    const outcomes = await runCases(COUNTS.html, (i, rng) => {
      const charset = rng.pick(['utf-8', 'gbk', 'big5']);
      const { text, steps } = damageText(textToHtml(rng.pick(texts), charset), rng);
      // Mostly encoded as declared; sometimes the declaration lies (UTF-8 bytes under a gbk label).
      const encoded = rng.next() < 0.8 ? new Uint8Array(iconv.encode(text, charset)) : utf8(text);
      const bytes = rng.next() < 0.2 ? damageBytes(encoded, rng, steps) : encoded;
      return { name: `fuzz-${i}.html`, bytes, steps: [charset, ...steps] };
    });
    expect(outcomes.get('report') ?? 0).toBeGreaterThan(COUNTS.html / 3);
  });

  it(`docx: ${COUNTS.docx} inputs`, { timeout: TIMEOUT }, async () => {
    const base = textToDocx(seed);
    const xml = new TextDecoder().decode(unzipSync(base)['word/document.xml']);
    const outcomes = await runCases(COUNTS.docx, (i, rng) => {
      // Half damage the XML inside a valid zip (reaches the parser), half the zip bytes.
      if (rng.next() < 0.5) {
        const { text, steps } = damageText(xml, rng);
        return { name: `fuzz-${i}.docx`, bytes: zipSync({ 'word/document.xml': strToU8(text) }), steps: ['xml', ...steps] };
      }
      const steps: string[] = [];
      return { name: `fuzz-${i}.docx`, bytes: damageBytes(base, rng, steps), steps };
    });
    expect(outcomes.get('report') ?? 0).toBeGreaterThan(0);
  });

  it(`pdf: ${COUNTS.pdf} inputs`, { timeout: TIMEOUT }, async () => {
    const base = textToPdf(seed);
    const outcomes = await runCases(COUNTS.pdf, (i, rng) => {
      if (rng.next() < 0.3) {
        // Damaged text laid out as a valid PDF: exercises the layout code, not only pdf.js.
        const { text, steps } = damageText(seed, rng);
        return { name: `fuzz-${i}.pdf`, bytes: textToPdf(text.replace(/\uD800/g, '?')), steps: ['layout', ...steps] };
      }
      const steps: string[] = [];
      return { name: `fuzz-${i}.pdf`, bytes: damageBytes(base, rng, steps), steps };
    });
    expect(outcomes.get('report') ?? 0).toBeGreaterThan(0);
  });
});
