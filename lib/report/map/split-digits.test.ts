import { describe, expect, it } from 'vitest';
import { blockTotalsHold } from './read-review.ts';
import { rowTotalHolds } from './read-applications.ts';
import { enumerateSplits, splitGlued, tokenizeValueText } from './split-digits.ts';

describe('splitGlued', () => {
  it('takes a forced split as it is, even when it breaks the arithmetic', () => {
    expect(splitGlued('2000000', 7, rowTotalHolds)).toEqual({ status: 'ok', values: [2, 0, 0, 0, 0, 0, 0] });
  });

  it('uses the row total to choose among readings', () => {
    const result = splitGlued('21710000218', 7, rowTotalHolds);
    expect(result.status === 'ok' && result.values).toEqual([217, 1, 0, 0, 0, 0, 218]);
  });

  it('treats spaces as cell boundaries', () => {
    const result = splitGlued('230 000023', 7, rowTotalHolds);
    expect(result.status === 'ok' && result.values).toEqual([23, 0, 0, 0, 0, 0, 23]);
  });

  it('falls back to a zero-padded cell only when nothing else fits', () => {
    const result = splitGlued('10 0 0 0 012', 7, rowTotalHolds);
    expect(result.status === 'ok' && result.values).toEqual([1, 0, 0, 0, 0, 1, 2]);
    expect(result.status === 'ok' && result.note).toContain('前导0');
  });

  it('reads an empty cell as 0 when the digits run short', () => {
    const result = splitGlued('000000', 7, rowTotalHolds);
    expect(result).toMatchObject({ status: 'ok', values: [0, 0, 0, 0, 0, 0, 0] });
    expect(result.status === 'ok' && result.note).toBe('6位数字对应7个单元格，1个空白单元格按0读取');
  });

  it('splits section 四 by its block totals', () => {
    const result = splitGlued('21317000001324019', 15, blockTotalsHold);
    expect(result.status === 'ok' && result.values).toEqual([2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19]);
  });

  it('reports readings it cannot decide', () => {
    expect(splitGlued('110000011', 7, rowTotalHolds)).toMatchObject({ status: 'ambiguous', candidates: [[1, 10, 0, 0, 0, 0, 11], [11, 0, 0, 0, 0, 0, 11]] });
    expect(splitGlued('2211', 3)).toMatchObject({ status: 'ambiguous', candidates: [[2, 2, 11], [2, 21, 1], [22, 1, 1]] });
    expect(splitGlued('abc', 3).status).toBe('unreadable');
  });
});

describe('tokenizeValueText / enumerateSplits', () => {
  it('keeps decimals and units with the last value', () => {
    expect(tokenizeValueText('9 152.2万元')).toEqual({ groups: ['9', '152.2'], unit: '万元' });
    expect(tokenizeValueText('0 0\u30000')).toEqual({ groups: ['0', '0', '0'] });
    expect(enumerateSplits(['1357.5'], 2, false)).toEqual([
      [1, 357.5],
      [13, 57.5],
      [135, 7.5],
    ]);
  });
});
