// A report as people often send it: the web page printed to PDF by a browser. Chromium prints
// the seed report's HTML (tables with border="1") and the PDF reader must read every cell the
// seed's text reading has. Needs a Chromium (CI installs Debian's chromium + fonts-noto-cjk);
// without one the tests are skipped with a notice.
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/chromium.ts';
import { listNumericCells } from '../../lib/report/cells.ts';
import { readReport } from '../../lib/report/index.ts';
import { loadSeedText, textToHtml } from '../../lib/report/test-fixtures/formats.ts';

type Report = Awaited<ReturnType<typeof readReport>>;

let executable = '';
try {
  executable = findChromium();
} catch (error) {
  console.warn(`pdf-printed-by-chromium: tests skipped. ${error instanceof Error ? error.message : String(error)}`);
}

// Launching Chromium and printing take a few seconds on a loaded machine.
const SLOW = 120_000;

describe.skipIf(!executable)('PDF printed by Chromium from the seed report', () => {
  let browser: Browser | undefined;
  let seed: Report;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: executable, args: CHROMIUM_ARGS });
    seed = await readReport(new TextEncoder().encode(loadSeedText()), 'seed.txt');
  }, SLOW);

  afterAll(async () => {
    await browser?.close();
  });

  async function printAndRead(options: { format: string; css?: string }): Promise<Report> {
    const page = await (browser as Browser).newPage();
    try {
      await page.setContent(textToHtml(loadSeedText()));
      if (options.css) await page.addStyleTag({ content: options.css });
      const pdf = await page.pdf({ format: options.format });
      return await readReport(new Uint8Array(pdf), 'seed-printed.pdf');
    } finally {
      await page.close();
    }
  }

  function expectSameAsSeed(report: Report): void {
    const want = listNumericCells(seed);
    expect(want.length).toBeGreaterThan(200);
    expect(listNumericCells(report)).toEqual(want);
    expect(report.unit).toBe('承留镇人民政府');
    expect(report.year).toBe(2024);
    expect(report.publications?.total).toBe(737);
    expect(report.unreadable).toEqual([]);
    expect(report.findings.filter((f) => /^R[1-4]$/.test(f.rule))).toEqual([]);
  }

  it('A4: every numeric cell as in the text reading', async () => {
    expectSameAsSeed(await printAndRead({ format: 'A4' }));
  }, SLOW);

  it('A5 with larger type: tables break across pages and wrapped labels stay one cell', async () => {
    expectSameAsSeed(await printAndRead({ format: 'A5', css: 'body { font-size: 18px; }' }));
  }, SLOW);
});
