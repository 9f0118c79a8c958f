// HTML output: a county government site's article page (header, navigation, breadcrumb, article
// metadata, footer) around a TRS-style article body whose tables use the national template's
// rowspan/colspan. UTF-8, declared in a meta tag as real sites do.
import type { Block, ReportDocument } from './compose-report.ts';
import type { Grid } from './tables.ts';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function cellHtml(text: string): string {
  return text.split('\n').map(escapeHtml).join('<br/>');
}

function renderGrid(grid: Grid): string {
  const rows = grid.rows.map((row) => {
    const cells = row.map((cell) => {
      const spans = `${cell.rowSpan && cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}${cell.colSpan && cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}`;
      return `<td${spans}><p>${cellHtml(cell.text)}</p></td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table border="1" cellspacing="0" cellpadding="0" width="100%"><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
      return block.level === 1
        ? `<p class="section-title"><strong>${escapeHtml(block.text)}</strong></p>`
        : `<p style="text-indent:2em"><strong>${escapeHtml(block.text)}</strong></p>`;
    case 'paragraph':
      return `<p style="text-indent:2em">${escapeHtml(block.text)}</p>`;
    case 'table':
      return renderGrid(block.grid);
    case 'signOff':
      return block.lines.map((line) => `<p style="text-align:right">${escapeHtml(line)}</p>`).join('\n');
  }
}

const STYLE = `body{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;color:#333;background:#f4f4f4}
.top{background:#b71c1c;color:#fff;padding:18px 0}.top .site{width:1000px;margin:0 auto;font-size:26px;font-weight:bold}
.nav{background:#8e1414}.nav ul{width:1000px;margin:0 auto;padding:0;list-style:none;display:flex}.nav li a{display:block;padding:10px 22px;color:#fff;text-decoration:none}
.crumb,.main{width:1000px;margin:0 auto}.crumb{padding:12px 0;font-size:14px}.main{background:#fff;padding:30px 50px}
.main h1{text-align:center;font-size:22px}.info{text-align:center;color:#888;font-size:13px;border-bottom:1px solid #ddd;padding-bottom:10px}
.TRS_Editor p{line-height:2;font-size:16px}.TRS_Editor table{border-collapse:collapse}.TRS_Editor td{border:1px solid #000;text-align:center;padding:2px 4px}
.TRS_Editor td p{margin:0;line-height:1.5;font-size:14px}.foot{text-align:center;font-size:13px;color:#666;padding:20px 0}`;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function renderHtml(doc: ReportDocument): string {
  const { town, prose } = doc;
  const site = `${town.county}人民政府`;
  const date = `${prose.published.year}-${pad2(prose.published.month)}-${pad2(prose.published.day)}`;
  const nav = ['首页', '走进' + town.county.replace(/县$/, ''), '政务公开', '政务服务', '互动交流', '专题专栏'];
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}_${escapeHtml(site)}</title>
<meta name="ArticleTitle" content="${escapeHtml(doc.title)}">
<meta name="PubDate" content="${date} 09:00">
<meta name="ContentSource" content="${escapeHtml(town.unit)}">
<style>
${STYLE}
</style>
</head>
<body>
<div class="top"><div class="site">${escapeHtml(site)}</div></div>
<div class="nav"><ul>${nav.map((n) => `<li><a href="#">${escapeHtml(n)}</a></li>`).join('')}</ul></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">${escapeHtml(town.township)}</a> &gt; <a href="#">政府信息公开年报</a></div>
<div class="main">
<h1>${escapeHtml(doc.title)}</h1>
<div class="info">发布时间：${date}　来源：${escapeHtml(town.unit)}　字号：[ 大 中 小 ]</div>
<div class="TRS_Editor">
${doc.blocks.map(renderBlock).join('\n')}
</div>
<div class="share">【打印本页】　【关闭窗口】</div>
</div>
<div class="foot">主办：${escapeHtml(town.province + town.city + site)}办公室　承办：${escapeHtml(site)}政务服务和数据管理局<br/>网站标识码：9900000000　地址：${escapeHtml(town.county)}人民路1号</div>
</body>
</html>
`;
}
