import { strToU8 } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readHtml } from './html.ts';
import type { SourceDocument, SourceTable } from './source-document.ts';

function tables(doc: SourceDocument): SourceTable[] {
  return doc.blocks.filter((b): b is SourceTable => b.type === 'table');
}

function paragraphs(doc: SourceDocument): string[] {
  return doc.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
}

function texts(table: SourceTable): string[][] {
  return table.rows.map((row) => row.map((c) => c.text));
}

const td = (text: string, attrs = ''): string => `<td${attrs ? ` ${attrs}` : ''}><p>${text}&nbsp;</p></td>`;
const nums = (values: number[]): string => values.map((v) => td(`&nbsp;${v}`)).join('');

/** Section 三 exactly as the 2021 national template lays it out (rowspan 22/8/3/5/3). */
function sectionThreeTable(): string {
  const rows: string[] = [];
  rows.push(`<tr>${td('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 'rowspan="3" colspan="3"')}${td('申请人情况', 'colspan="7"')}</tr>`);
  rows.push(`<tr>${td('自然人', 'rowspan="2"')}${td('法人或其他组织', 'colspan="5"')}${td('总计', 'rowspan="2"')}</tr>`);
  rows.push(`<tr><td><p>商业&nbsp;</p><p>企业&nbsp;</p></td><td><p>科研</p><p>机构</p></td>${td('社会公益组织')}${td('法律服务机构')}${td('其他')}</tr>`);
  rows.push(`<tr>${td('一、本年新收政府信息公开申请数量', 'colspan="3"')}${nums([3, 1, 0, 0, 0, 0, 4])}</tr>`);
  rows.push(`<tr>${td('二、上年结转政府信息公开申请数量', 'colspan="3"')}${nums([0, 0, 0, 0, 0, 0, 0])}</tr>`);
  rows.push(`<tr>${td('三、本年度办理结果', 'rowspan="22"')}${td('（一）予以公开', 'colspan="2"')}${nums([1, 0, 0, 0, 0, 0, 1])}</tr>`);
  rows.push(`<tr>${td('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'colspan="2"')}${nums([0, 0, 0, 0, 0, 0, 0])}</tr>`);
  const groups: [string, string[]][] = [
    ['（三）不予公开', ['1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益', '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项']],
    ['（四）无法提供', ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确']],
    ['（五）不予处理', ['1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请', '5.要求行政机关确认或重新出具已获取信息']],
    ['（六）其他处理', ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '3.其他']],
  ];
  for (const [group, labels] of groups) {
    labels.forEach((label, i) => {
      const head = i === 0 ? td(group, `rowspan="${labels.length}"`) : '';
      const value = group === '（四）无法提供' && i === 0 ? 2 : 0;
      rows.push(`<tr>${head}${td(label)}${nums([value, 0, 0, 0, 0, 0, value])}</tr>`);
    });
  }
  rows.push(`<tr>${td('（七）总计', 'colspan="2"')}${nums([3, 0, 0, 0, 0, 0, 3])}</tr>`);
  rows.push(`<tr>${td('四、结转下年度继续办理', 'colspan="3"')}${td('&nbsp;0')}<td><p><br/></p></td>${nums([0, 0, 0, 0, 1])}</tr>`);
  return `<table border="0" style="BORDER-COLLAPSE: collapse"><tbody>${rows.join('\n')}</tbody></table>`;
}

describe('readHtml: tables', () => {
  const doc = readHtml(strToU8(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>某镇2023年政府信息公开工作年度报告</title></head>
<body><div class="TRS_Editor"><p>　　三、收到和处理政府信息公开申请情况</p>${sectionThreeTable()}</div></body></html>`));
  const [table] = tables(doc);
  const rows = table ? texts(table) : [];

  it('expands the national template to 28 rows of 10 cells', () => {
    expect(rows).toHaveLength(28);
    expect(rows.every((r) => r.length === 10)).toBe(true);
  });

  it('joins header words split across <p> without a space', () => {
    expect(rows[2]).toEqual([
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计',
    ]);
  });

  it('copies rowspan labels into every covered row and marks the copies', () => {
    expect(rows[8]).toEqual(['三、本年度办理结果', '（三）不予公开', '2.其他法律行政法规禁止公开', '0', '0', '0', '0', '0', '0', '0']);
    const cell = table?.rows[8]?.[1];
    expect(cell?.mergedFrom).toEqual({ row: 7, col: 1 });
    expect(cell?.range).toBeUndefined();
    expect(table?.rows[26]?.[0]?.mergedFrom).toEqual({ row: 5, col: 0 });
    expect(rows[15]).toEqual(['三、本年度办理结果', '（四）无法提供', '1.本机关不掌握相关政府信息', '2', '0', '0', '0', '0', '0', '2']);
    expect(rows[25]?.slice(0, 3)).toEqual(['三、本年度办理结果', '（六）其他处理', '3.其他']);
  });

  it('trims &nbsp;-padded numbers and keeps an empty cell empty', () => {
    expect(rows[27]).toEqual(['四、结转下年度继续办理', '四、结转下年度继续办理', '四、结转下年度继续办理', '0', '', '0', '0', '0', '0', '1']);
  });

  it('records ranges that point at each cell in plainText, tab- and newline-separated', () => {
    const first = table?.rows[3]?.[3];
    expect(first?.range && doc.plainText.slice(first.range.start, first.range.end)).toBe('3');
    for (const row of table?.rows ?? []) {
      for (const cell of row) if (cell.range) expect(doc.plainText.slice(cell.range.start, cell.range.end)).toBe(cell.text);
    }
    const line = doc.plainText.split('\n').find((l) => l.startsWith('一、本年新收'));
    expect(line).toBe('一、本年新收政府信息公开申请数量\t\t\t3\t1\t0\t0\t0\t0\t4');
  });

  it('keeps the title and the heading as paragraphs, heading trimmed', () => {
    expect(paragraphs(doc)).toEqual(['某镇2023年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况']);
  });
});

describe('readHtml: encodings', () => {
  const body = '<p>二、主动公开政府信息情况</p><table><tr><td>行政处罚</td><td>12</td></tr></table>';

  it('reads a GBK page declared by http-equiv', () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>${body}</body></html>`;
    const doc = readHtml(iconv.encode(html, 'gbk'));
    expect(paragraphs(doc)[0]).toBe('二、主动公开政府信息情况');
    expect(texts(tables(doc)[0] as SourceTable)).toEqual([['行政处罚', '12']]);
    expect(doc.notes).toEqual([]);
  });

  it('guesses an undeclared GBK page and says so', () => {
    const doc = readHtml(iconv.encode(`<html><body>${body}<p>本年度收到政府信息公开申请3件。</p></body></html>`, 'gbk'));
    expect(paragraphs(doc)).toContain('本年度收到政府信息公开申请3件。');
    expect(doc.notes.map((n) => n.code)).toEqual(['encoding-guessed']);
  });

  it('guesses an undeclared Big5 page', () => {
    const doc = readHtml(iconv.encode('<html><body><p>二、主動公開政府資訊情況</p><p>本年度收到政府資訊公開申請3件。</p></body></html>', 'big5'));
    expect(paragraphs(doc)).toEqual(['二、主動公開政府資訊情況', '本年度收到政府資訊公開申請3件。']);
  });

  it('lets a UTF-8 BOM win over a stale gbk <meta charset>', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(`<meta charset="gbk"><body>${body}</body>`)]);
    expect(paragraphs(readHtml(bytes))).toEqual(['二、主动公开政府信息情况']);
  });
});

describe('readHtml: chrome and structure', () => {
  const page = `<html><head><title>报告</title><style>p{color:red}</style><script>var s="<p>不是正文</p>";</script></head><body>
<div class="header"><a href="/">首页</a></div><ul class="nav"><li>政务公开</li></ul>
<div class="position">当前位置：首页 &gt; 政务公开</div>
<div class="main"><div class="sidebar">栏目导航</div><div class="article-content">
<h1>某镇2024年政府信息公开工作年度报告</h1><p>当前位置：首页</p>
<p>一、总体情况<br>全年共发布信息737条。</p>
<p>其中&amp;通过&lt;微信&gt;发布&#x4FE1;&#x606F;640条。</p>
<table><tr><td><table><tr><td>行政许可</td><td>5</td></tr></table></td></tr><tr><td><p>说明</p><p>文字</p></td></tr></table>
<p><img src="t.png"></p>
<div class="bdsharebuttonbox">分享到：微信</div><p>附件下载：</p></div></div>
<div class="footer">版权所有 copyright</div></body></html>`;
  const doc = readHtml(strToU8(page));

  it('keeps only the article text, decodes entities and never re-parses text as HTML', () => {
    expect(paragraphs(doc)).toEqual([
      '某镇2024年政府信息公开工作年度报告',
      '一、总体情况',
      '全年共发布信息737条。',
      '其中&通过<微信>发布信息640条。',
      '说明',
      '文字',
    ]);
    expect(doc.plainText).not.toContain('首页');
    expect(doc.plainText).not.toContain('分享');
    expect(doc.plainText).not.toContain('不是正文');
  });

  it('reads a table nested in a layout table as its own table', () => {
    expect(tables(doc).map(texts)).toEqual([[['行政许可', '5']]]);
  });

  it('notes a table given only as an image', () => {
    const imageDoc = readHtml(strToU8('<div class="TRS_Editor"><p>三、收到和处理政府信息公开申请情况</p><table><tr><td><img src="a.jpg"></td></tr></table></div>'));
    expect(tables(imageDoc)).toHaveLength(0);
    expect(imageDoc.notes.map((n) => n.code)).toEqual(['image-only']);
  });

  it('keeps a report table that sits outside the article container', () => {
    const split = readHtml(strToU8(`<div class="nav">首页</div><div class="content"><p>${'正文'.repeat(40)}</p></div>
<div><table><tr><td>行政复议</td><td>1</td></tr></table><table><tr><td>友情链接</td></tr></table></div>`));
    expect(tables(split).map(texts)).toEqual([[['行政复议', '1']]]);
  });

  it('measures containers without script or style text, and reads the title check across comments', () => {
    // The wrapper's script would outweigh the article if its text counted (html-tree.ts measures during the parse).
    const page = readHtml(strToU8(`<html><head><title>某镇 年度报告</title></head><body>
<div class="main"><p>外层</p><script>${'x'.repeat(500)}</script><div class="article"><p>某<!-- c -->镇年度报告</p><p>${'正文'.repeat(40)}</p></div></div></body></html>`));
    expect(paragraphs(page)[0]).toBe('某镇年度报告');
    expect(page.plainText).not.toContain('外层');
  });

  it('ignores the attributes of a form the parser drops (one inside another)', () => {
    const page = readHtml(strToU8(`<form><p>导航</p><form class="content"><div><p>${'正文'.repeat(40)}</p></div></form></form>`));
    expect(paragraphs(page)).toEqual(['导航', '正文'.repeat(40)]);
  });

  // Speed is measured by the benchmark (npm run bench), not asserted here.
  it('reads a multi-megabyte page completely', { timeout: 60_000 }, () => {
    const row = `<tr>${td('1.属于国家秘密')}${nums([0, 0, 0, 0, 0, 0, 0])}</tr>`;
    const big = `<div class="TRS_Editor">${'<p>正文段落，政府信息公开。</p>'.repeat(20000)}<table>${row.repeat(9000)}</table></div>`;
    expect(big.length).toBeGreaterThan(2_000_000);
    const bigDoc = readHtml(strToU8(big));
    expect(tables(bigDoc)[0]?.rows).toHaveLength(9000);
  });
});
