import { describe, expect, it } from 'vitest';
import { CELLS, CELL_BY_KEY, labelOf, listCellsForFormat } from './format.ts';

describe('canonical cell list', () => {
  it('has unique dotted keys with Chinese labels', () => {
    expect(new Set(CELLS.map((c) => c.key)).size).toBe(CELLS.length);
    expect(labelOf('applications.deniedStateSecret.total')).toBe('1.属于国家秘密·总计');
    expect(labelOf('article20.penalty.decisions')).toBe('第二十条第（六）项 行政处罚·本年处理决定数量');
    expect(CELL_BY_KEY.get('reviewLitigation.review.pending')?.columnLabel).toBe('尚未审结');
  });

  it('lists each format’s cells', () => {
    const keys2021 = listCellsForFormat('2021').map((c) => c.key);
    const keys2019 = listCellsForFormat('2019').map((c) => c.key);
    expect(keys2021).toContain('article20.fees.amountWan');
    expect(keys2021).not.toContain('article20.procurement.amountYuan');
    expect(keys2019).toContain('article20.procurement.amountYuan');
    expect(keys2019).not.toContain('applications.otherOther.total');
    expect(keys2021.filter((k) => k.startsWith('applications.')).length).toBe(29 * 7);
    expect(keys2021.filter((k) => k.startsWith('reviewLitigation.')).length).toBe(15);
    expect(CELL_BY_KEY.get('applications.other.total')?.derivedIn).toEqual(['2021']);
  });
});
