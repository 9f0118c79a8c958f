import { describe, expect, it } from 'vitest';
import { foldForSearch, toHalfWidth, toSimplified } from './chinese.ts';
import { matchApplicationRow, matchArticle20Row, matchHeading, normalizeLabel } from './labels.ts';
import { parseNumberCell } from './numbers.ts';

describe('parseNumberCell', () => {
  it('reads padded and full-width numbers', () => {
    expect(parseNumberCell('\u3000&nbsp;&nbsp;１２ ')).toEqual({ ok: true, value: 12 });
    expect(parseNumberCell('1 018', 'count')).toMatchObject({ ok: true, value: 1018 });
    expect(parseNumberCell('1,234')).toEqual({ ok: true, value: 1234 });
  });

  it('reads zero marks as 0 and says which', () => {
    expect(parseNumberCell('—')).toEqual({ ok: true, value: 0, note: '单元格为“—”，按0读取' });
    expect(parseNumberCell('/')).toMatchObject({ ok: true, value: 0 });
    expect(parseNumberCell('无')).toMatchObject({ ok: true, value: 0, note: '单元格为“无”，按0读取' });
    expect(parseNumberCell('')).toEqual({ ok: false, reason: 'empty' });
  });

  it('converts money units to the column unit', () => {
    expect(parseNumberCell('152.2万元', 'amountYuan')).toMatchObject({ ok: true, value: 1522000 });
    expect(parseNumberCell('1018703元', 'amountYuan')).toMatchObject({ ok: true, value: 1018703 });
    expect(parseNumberCell('50000元', 'amountWan')).toMatchObject({ ok: true, value: 5 });
    expect(parseNumberCell('-3', 'change')).toEqual({ ok: true, value: -3 });
    expect(parseNumberCell('十二')).toEqual({ ok: false, reason: 'not-a-number', text: '十二' });
  });
});

describe('chinese', () => {
  it('folds traditional and full-width characters without changing length', () => {
    expect(toSimplified('屬於國家秘密').text).toBe('属于国家秘密');
    expect(toHalfWidth('１．')).toBe('1.');
    expect(foldForSearch('總計　１').length).toBe('總計　１'.length);
  });
});

describe('label matching', () => {
  it('normalises numbering, spaces and punctuation', () => {
    expect(normalizeLabel('（二） 部分公开 (区分处理的, 只计这一情形)')).toBe('部分公开区分处理的只计这一情形');
    expect(normalizeLabel('2．其他法律行政法规禁止公开')).toBe('其他法律行政法规禁止公开');
  });

  it('finds rows by what the label says, including typos and variants', () => {
    expect(matchApplicationRow('三、本年度办理结果 (一) 予以公开')?.key).toBe('granted');
    expect(matchApplicationRow('2.其他法律行政止公开')?.key).toBe('deniedProhibitedByLaw');
    expect(matchApplicationRow('(六) 其他处理 1. 申请人无正当理由逾期不补正、行政机关不再受理其政府信息公开申请')?.key).toBe('otherNoCorrection');
    expect(matchApplicationRow('（六）其他处理')?.key).toBe('other');
    expect(matchApplicationRow('3、其他')?.key).toBe('otherOther');
    expect(matchApplicationRow(['三、本年', '（七）总计'])?.key).toBe('handledTotal');
    expect(matchApplicationRow('申请人情况')).toBeUndefined();
    expect(matchArticle20Row('规范性文件')).toBe('normativeDocs');
  });

  it('recognises section headings with or without numbering', () => {
    expect(matchHeading('#### 四、政府信息公开行政复议、行政诉讼情况')?.id).toBe('reviewLitigation');
    expect(matchHeading('一总体情况')?.id).toBe('overview');
    expect(matchHeading('七、其他需说明事项')?.id).toBe('otherMatters');
    expect(matchHeading('五、信息处理费收取情况')?.id).toBe('feeCollection');
    expect(matchHeading('本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六个部分。')).toBeUndefined();
  });
});
