// Pingtan-style crawler dumps: 8 "key: value" header lines, a `==== 正文 ====` rule, then the
// whole body on one line with table cells glued together. Nothing here can split the cells
// (that needs the report format and its arithmetic, see map/glued-rows.ts); this reader only
// separates the header, the body and the site chrome that leaked into the body.
import { collapseSpaces } from './document-builder.ts';
import type { ReaderNote, SourceBlock, SourceDocument } from './source-document.ts';

const BODY_RULE = /^=+\s*正文\s*=+\s*$/m;

export function isCrawlerText(text: string): boolean {
  const head = text.slice(0, 3000);
  return BODY_RULE.test(head) && /^标题[:：]/m.test(head);
}

// Leaked page chrome at the start of the body: 当前位置：首页… 微信 微博 … 相关链接：
const LEADING_CHROME = /^\s*当前位置[:：][\s\S]{0,400}?相关链接[:：]\s*|^\s*当前位置[:：][\s\S]{0,400}?(?:文件下载|文字版)\s*/;
const TRAILING_CHROME = ['附件下载', '【打印本页】', '【关闭窗口】'];
const SPACE = /\s/;

/**
 * What /\s*(附件下载|【打印本页】|【关闭窗口】)\s*$/ matches at the end of text[from, to): the
 * word right before the trailing whitespace, with the whitespace around it. Looked for from the
 * end: the regex tried every position of the body.
 */
function trailingChrome(text: string, from: number, to: number): { length: number; word: string } | undefined {
  let end = to;
  while (end > from && SPACE.test(text[end - 1] ?? '')) end--;
  for (const word of TRAILING_CHROME) {
    if (end - word.length < from || !text.startsWith(word, end - word.length)) continue;
    let start = end - word.length;
    while (start > from && SPACE.test(text[start - 1] ?? '')) start--;
    return { length: to - start, word };
  }
  return undefined;
}

export function readCrawlerText(text: string): SourceDocument {
  const blocks: SourceBlock[] = [];
  const notes: ReaderNote[] = [];
  const rule = BODY_RULE.exec(text);
  const headerEnd = rule ? rule.index : 0;
  const bodyStart = rule ? rule.index + rule[0].length : 0;

  let offset = 0;
  for (const line of text.slice(0, headerEnd).split('\n')) {
    const trimmed = line.trim();
    if (trimmed) {
      const start = offset + line.indexOf(trimmed);
      blocks.push({ type: 'paragraph', text: trimmed, range: { start, end: start + trimmed.length } });
    }
    offset += line.length + 1;
  }

  let start = bodyStart;
  let end = text.length;
  const body = text.slice(start, end);
  const lead = LEADING_CHROME.exec(body);
  if (lead) {
    start += lead[0].length;
    notes.push({ code: 'other', message: '正文开头的网站导航（当前位置…）已忽略' });
  }
  const trail = trailingChrome(text, start, end);
  if (trail) {
    end -= trail.length;
    notes.push({ code: 'other', message: `正文末尾的网站元素（${trail.word}）已忽略` });
  }
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end > start) blocks.push({ type: 'paragraph', text: collapseSpaces(text.slice(start, end)), range: { start, end } });

  return { kind: 'crawler-text', plainText: text, blocks, notes };
}

/** The `标题:` header line of a crawler dump, if any. */
export function findCrawlerTitle(doc: SourceDocument): string | undefined {
  for (const block of doc.blocks) {
    if (block.type !== 'paragraph') continue;
    const match = /^标题[:：]\s*(.+)$/.exec(block.text);
    if (match?.[1]) return match[1].trim();
  }
  return undefined;
}
