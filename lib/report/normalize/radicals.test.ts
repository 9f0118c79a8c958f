import { describe, expect, it } from 'vitest';
import { listNumericCells } from '../cells.ts';
import { readReport } from '../index.ts';
import { loadSeedText, textToDocx, textToHtml } from '../test-fixtures/formats.ts';
import { toUnifiedIdeographs } from './radicals.ts';

describe('toUnifiedIdeographs', () => {
  it('turns the radicals a browser-printed PDF yields back into the characters they stand for', () => {
    // As pdf.js reads a report printed by Chromium with Noto Sans CJK.
    expect(toUnifiedIdeographs('⾸⻚ > 承留镇⼈⺠政府 ⼀、总体情况 ⽹站 ⻛险')).toBe('首页 > 承留镇人民政府 一、总体情况 网站 风险');
  });

  it('keeps the length, leaves radicals without a character alone, and returns other text as it was', () => {
    const text = '⺀⺅ 行政处罚 10 件';
    expect(toUnifiedIdeographs(text)).toBe(text);
    expect(toUnifiedIdeographs('⼀⺠⻚').length).toBe(3);
  });
});

describe('reports whose text came out of a browser-printed PDF', () => {
  // The seed with the radicals Chromium's text layer gives for 一 人 民 页 网 风 长 门.
  const RADICALS: [RegExp, string][] = [[/一/g, '⼀'], [/人/g, '⼈'], [/民/g, '⺠'], [/页/g, '⻚'], [/网/g, '⽹'], [/长/g, '⻓'], [/门/g, '⻔']];
  const withRadicals = (text: string) => RADICALS.reduce((t, [re, radical]) => t.replace(re, radical), text);

  it.each(['text', 'html', 'docx'] as const)('read the same cells from %s as from the seed itself', async (format) => {
    const seed = loadSeedText();
    const damaged = withRadicals(seed);
    expect(damaged).toContain('⼈⺠');
    const bytes = { text: new TextEncoder().encode(damaged), html: new TextEncoder().encode(textToHtml(damaged)), docx: textToDocx(damaged) }[format];
    const report = await readReport(bytes, `seed.${format === 'text' ? 'txt' : format}`);
    const expected = await readReport(new TextEncoder().encode(seed), 'seed.txt');
    expect(report.unit).toBe('承留镇人民政府');
    expect(listNumericCells(report)).toEqual(listNumericCells(expected));
  });
});
