import { describe, expect, it } from 'vitest';
import type { SourceTable } from './source-document.ts';
import { readText } from './text.ts';

const tables = (text: string) => readText(text).blocks.filter((b): b is SourceTable => b.type === 'table');
const texts = (t: SourceTable | undefined) => t?.rows.map((r) => r.map((c) => c.text));

describe('readText', () => {
  it('reads tab-separated rows, keeping empty cells and ranges', () => {
    const text = '标题\n规章\t0\t0\t0\n行政许可\t5\t\t\n说明文字。';
    const [table] = tables(text);
    expect(texts(table)).toEqual([
      ['规章', '0', '0', '0'],
      ['行政许可', '5', '', ''],
    ]);
    const cell = table?.rows[1]?.[1];
    expect(text.slice(cell?.range?.start, cell?.range?.end)).toBe('5');
  });

  it('reads Markdown pipe tables and skips the separator row', () => {
    const [table] = tables('| 信息内容 | 本年处理决定数量 |\n|---|---|\n| 行政处罚 | 3 |\n');
    expect(texts(table)).toEqual([
      ['信息内容', '本年处理决定数量'],
      ['行政处罚', '3'],
    ]);
    expect(readText('# 标题\n| a | 1 |\n| b | 2 |').kind).toBe('markdown');
  });

  it('reads columns separated by runs of spaces or single spaces after a label', () => {
    expect(texts(tables('行政许可    5    -1    4\n行政处罚　0　0　2')[0])).toEqual([
      ['行政许可', '5', '-1', '4'],
      ['行政处罚', '0', '0', '2'],
    ]);
    expect(texts(tables('一、本年新收政府信息公开申请数量 4 0 0 0 0 0 4\n(七) 总计 4 0 0 0 0 0 4')[0])?.[1]).toEqual(['(七) 总计', '4', '0', '0', '0', '0', '0', '4']);
  });

  it('groups one-cell-per-line tables into rows', () => {
    const lines = ['规章', '0', '0', '0', '行政规范性文件', '1', '0', '3', '行政许可', '/'];
    expect(texts(tables(lines.join('\n'))[0])).toEqual([
      ['规章', '0', '0', '0'],
      ['行政规范性文件', '1', '0', '3'],
      ['行政许可', '/'],
    ]);
  });

  it('keeps prose lines as paragraphs', () => {
    const doc = readText('全年共发布信息 737 条。其中通过网站发布 97 条。\n\n二、主动公开政府信息情况');
    expect(doc.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });

  it('splits a crawler dump into header lines and one body paragraph, without chrome', () => {
    const dump = '标题: 示例镇2024年政府信息公开工作年度报告\n发布机构: 桌面\n==================== 正文 ====================\n当前位置： 首页 微信 文字版 相关链接： 一、总体情况……规章000 附件下载';
    const doc = readText(dump);
    expect(doc.kind).toBe('crawler-text');
    const body = doc.blocks[doc.blocks.length - 1];
    expect(body?.type === 'paragraph' && body.text).toBe('一、总体情况……规章000');
    expect(doc.notes).toHaveLength(2);
  });
});
