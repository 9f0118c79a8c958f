import { describe, expect, it } from 'vitest';
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
