// Numbers that section 一 states only in prose: the publication total with its per-channel
// counts, and the number of applications received.
import type { Collector } from './collector.ts';

export type Channel = { name: string; count: number };

// Only "信息" / "政府信息" counts: 共发布征地信息61条 or 解读类信息 are one category, not the total.
const TOTAL = /(?:共|累计|总计)[^。；;]{0,40}?(?:发布|公开|推送)(?:各类|政府|政务)?信息\s*(\d+)\s*条/;
// The channel's name runs to the last 发布/公开/推送 before the count (the words between that verb
// and the count hold none): 通过政府信息公开平台发布信息 260 条, 通过微信公众平台“杨水发布”发布信息 144 条.
const CHANNEL = /通过([^，。；;,]{1,40}?)(?:发布|公开|推送)(?:(?!发布|公开|推送)[^，。；;,\d]){0,10}?(\d+)\s*条/g;
const APPLICATIONS = /(?:受理|收到|接到|接收)[^。；;]{0,30}?申请[^。；;\d]{0,12}?(\d+)\s*件/;
const NO_APPLICATIONS = /(?:未|没有)(?:收到|接到|受理)[^。；;]{0,20}?申请/;

export function readPublications(text: string, offset: number, c: Collector): Channel[] {
  const total = TOTAL.exec(text);
  const channels: Channel[] = [];
  if (!total?.[1]) {
    c.fail({ section: 'overview', keys: ['publications.total'], reason: 'not-stated', message: '第一部分未写明全年主动公开（发布）信息总数' });
    return channels;
  }
  const start = offset + total.index + total[0].lastIndexOf(total[1]);
  c.set('publications.total', Number(total[1]), {
    method: 'prose',
    range: { start, end: start + total[1].length },
    text: total[0],
  });
  // Channels are listed right after the total ("其中通过…发布信息 640 条，通过…97 条").
  const after = text.slice(total.index + total[0].length, total.index + total[0].length + 300);
  const sentence = after.split(/。/)[0] ?? '';
  const scope = /其中/.test(sentence) || /^\s*[，,]?\s*其中/.test(after) ? sentence : after.split(/。/).slice(0, 2).join('。');
  for (const m of scope.matchAll(CHANNEL)) {
    if (m[1] && m[2]) channels.push({ name: m[1].replace(/^(?:其中|全年)/, '').trim(), count: Number(m[2]) });
  }
  return channels;
}

export function readApplicationsStated(text: string, offset: number, c: Collector): void {
  const stated = APPLICATIONS.exec(text);
  if (stated?.[1]) {
    const start = offset + stated.index + stated[0].lastIndexOf(stated[1]);
    c.set('overview.applicationsStated', Number(stated[1]), { method: 'prose', range: { start, end: start + stated[1].length }, text: stated[0] });
    return;
  }
  const none = NO_APPLICATIONS.exec(text);
  if (none) {
    c.set('overview.applicationsStated', 0, {
      method: 'prose',
      range: { start: offset + none.index, end: offset + none.index + none[0].length },
      text: none[0],
      note: '正文称未收到申请，按0读取',
    });
    return;
  }
  c.setUnread('overview.applicationsStated');
}
