// HTML pages: decode with the right charset, keep the article body (and every report table),
// drop the site chrome, and emit paragraphs and expanded tables into a SourceDocument.
import { ReportReadError } from '../errors.ts';
import { checkDeadlineSampled, LIMITS } from '../limits.ts';
import { decodeDeclared, type DecodedText } from './detect.ts';
import { unitsToString } from '../normalize/chinese.ts';
import { collapseSpaces, DocumentBuilder } from './document-builder.ts';
import { BLOCK_TAGS, isElement, isHidden, readTableElement, SKIP_TAGS } from './html-table.ts';
import { nestsDeeperThan, parseMarkup } from './markup.ts';
import type { MarkupDocument as Document, MarkupElement as Element, MarkupNode as ChildNode, MarkupParent } from './markup-tree.ts';
import type { SourceDocument } from './source-document.ts';

// Deeper nesting is never a report table; walking it would only risk the stack.
const MAX_DEPTH = LIMITS.maxTreeDepth;

// TextDecoder('latin1') (windows-1252) costs tens of µs per 4 KiB in node 20, whose non-UTF-8
// decoders go through ICU. A single-byte decoding is one unit per byte: read the table off the
// decoder once, then map the head through it into a reused buffer.
const HEAD_BYTES = 4096;
const LATIN1_UNITS: Uint16Array = latin1Units();
const headUnits = new Uint16Array(HEAD_BYTES);

function latin1Units(): Uint16Array {
  const chars = new TextDecoder('latin1').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  const units = new Uint16Array(256);
  for (let i = 0; i < 256; i++) units[i] = chars.charCodeAt(i);
  return units;
}

function decodeLatin1Head(bytes: Uint8Array): string {
  const length = Math.min(bytes.length, HEAD_BYTES);
  for (let i = 0; i < length; i++) headUnits[i] = LATIN1_UNITS[bytes[i] ?? 0] ?? 0;
  return unitsToString(headUnits, length, true); // windows-1252 has no surrogates, no U+FEFF
}

/** The charset a page declares in its first bytes (<meta charset>, http-equiv, XML declaration). */
export function sniffDeclaredCharset(bytes: Uint8Array): string | undefined {
  const head = decodeLatin1Head(bytes);
  const meta = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta?.[1]) return meta[1];
  return /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
}

const CHROME_WORDS = /breadcrumb|crumb|bdshare|share|dqwz|weizhi|copyright|navbar|topnav|subnav|sidebar|position|location|fontsize|toolbar|footer|pagination|pager/;
const CHROME_TOKENS = /(?:^|[\s_-])(?:nav|menu|header|head|top|print|related|search|xgxx|xglj|links?|tools?|bottom|foot)(?:[\s_-]|\d|$)/;
const MAIN_HINT = /trs_editor|article|content|zoom|detail|main|text|zw|news_?con|con_?text|view|正文/;
const CHROME_TEXT = /^(?:当前位置|您当前的位置|您现在的位置|您的位置|你的位置|所在位置|附件下载|相关附件|相关链接|分享到|打印本页|关闭窗口|【打印|【关闭|扫一扫)/;
const REPORT_TABLE_TEXT = /申请|行政复议|行政诉讼|第二十条|信息内容|政府信息/;

function classAndId(el: Element): string {
  return `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase();
}

function isChromeElement(el: Element): boolean {
  if (el.name === 'nav' || el.name === 'aside' || el.name === 'header' || el.name === 'footer') return true;
  if (el.name === 'table' || el.name === 'tr' || el.name === 'td' || el.name === 'tbody') return false;
  const names = classAndId(el);
  return names.trim() !== '' && (CHROME_WORDS.test(names) || CHROME_TOKENS.test(names));
}

type Measured = { elements: Element[] };

/** Text length under every element, computed in one post-order pass (no rescans). */
function measure(doc: Document): Measured {
  const elements: Element[] = [];
  const visit = (nodes: ChildNode[], depth: number): number => {
    let total = 0;
    for (const node of nodes) {
      checkDeadlineSampled();
      // Raw length is enough to compare containers and avoids a string per text node.
      if (node.type === 'text') total += node.data.length;
      else if (isElement(node) && !SKIP_TAGS.has(node.name)) {
        const own = depth < MAX_DEPTH ? visit(node.children, depth + 1) : 0;
        node.textLength = own; // on the node: a Map keyed by elements hashed every one of them
        elements.push(node);
        total += own;
      }
    }
    return total;
  };
  visit(doc.children, 0);
  return { elements };
}

/** The article container: TRS_Editor when present, else the deepest hinted element holding most of the text. */
function pickMainContainer({ elements }: Measured): Element | undefined {
  const len = (el: Element): number => el.textLength;
  const hinted = elements.filter((el) => el.name !== 'body' && el.name !== 'html' && MAIN_HINT.test(classAndId(el)) && !isChromeElement(el));
  const trs = hinted.filter((el) => classAndId(el).includes('trs_editor'));
  const pool = trs.length > 0 ? trs : hinted;
  let best: Element | undefined;
  for (const el of pool) if (!best || len(el) > len(best)) best = el;
  if (!best || len(best) < 50) return undefined;
  // Descend into a hinted child that still holds nearly all of the text (wrapper → article).
  for (let moved = true; moved; ) {
    moved = false;
    for (const el of hinted) {
      if (el !== best && len(el) >= len(best) * 0.8 && isInside(el, best)) {
        best = el;
        moved = true;
        break;
      }
    }
  }
  return best;
}

function isInside(node: Element, ancestor: Element): boolean {
  for (let p: MarkupParent | null = node.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

class FlowReader {
  private pending = '';
  private images = 0;
  private tables = 0;

  constructor(
    private readonly builder: DocumentBuilder,
    private readonly main: Element | undefined,
    private readonly mainPath: Set<Element>,
  ) {}

  flush(): void {
    const text = collapseSpaces(this.pending);
    this.pending = '';
    if (text && !(text.length < 80 && CHROME_TEXT.test(text))) this.builder.addParagraph(text);
  }

  /** `inMain` false: outside the article, only report tables are collected. */
  walk(nodes: ChildNode[], inMain: boolean, depth: number): void {
    for (const node of nodes) {
      checkDeadlineSampled();
      if (node.type === 'text') {
        if (inMain) this.pending += node.data;
        continue;
      }
      if (!isElement(node) || SKIP_TAGS.has(node.name) || isHidden(node)) continue;
      const onPath = this.mainPath.has(node);
      if (!onPath && isChromeElement(node)) continue;
      const nowInMain = inMain || node === this.main;
      if (node.name === 'table') {
        this.readTable(node, nowInMain, depth);
        continue;
      }
      if (!nowInMain) {
        if (depth < MAX_DEPTH) this.walk(node.children, false, depth + 1);
        continue;
      }
      if (node.name === 'img') this.images++;
      const block = BLOCK_TAGS.has(node.name) || node === this.main;
      if (block) this.flush();
      if (depth < MAX_DEPTH) this.walk(node.children, true, depth + 1);
      if (block) this.flush();
    }
  }

  private readTable(table: Element, inMain: boolean, depth: number): void {
    const read = this.mainPath.has(table) ? undefined : readTableElement(table);
    if (!read || read.layout) {
      this.flush();
      if (depth < MAX_DEPTH) this.walk(table.children, inMain, depth + 1);
      this.flush();
      return;
    }
    if (!inMain && !REPORT_TABLE_TEXT.test(read.rows.map((r) => r.map((c) => c.text).join(' ')).join(' '))) return;
    this.flush();
    if (read.imageOnly) {
      this.builder.note('image-only', 'A table holds only images: its content cannot be read without OCR.');
      return;
    }
    this.tables++;
    this.builder.addTable(read.rows);
  }

  finish(): void {
    this.flush();
    if (this.images > 0 && this.tables === 0) {
      this.builder.note('image-only', `The article has ${this.images} image(s) and no table: tables published as images cannot be read.`);
    }
  }
}

/** `undeclared`: decodeText(bytes) when already done (by detection), reused if the page's charset declaration changes nothing. */
export function readHtml(bytes: Uint8Array, undeclared?: DecodedText): SourceDocument {
  const declared = sniffDeclaredCharset(bytes);
  const decoded = decodeDeclared(bytes, declared, undeclared);
  if (nestsDeeperThan(decoded.text, LIMITS.maxMarkupDepth, false)) {
    throw new ReportReadError('too-large', `HTML 标签嵌套超过 ${LIMITS.maxMarkupDepth} 层上限`);
  }
  const doc = parseMarkup(decoded.text, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const builder = new DocumentBuilder('html');
  if (decoded.guessed) builder.note('encoding-guessed', `No usable charset declaration: read as ${decoded.encoding}.`);
  const measured = measure(doc);
  const main = pickMainContainer(measured);
  const mainPath = new Set<Element>();
  for (let el: Element | null = main ?? null; el; el = el.parent && isElement(el.parent) ? el.parent : null) mainPath.add(el);
  addTitle(doc, builder, main);
  const reader = new FlowReader(builder, main, mainPath);
  const body = measured.elements.find((el) => el.name === 'body');
  // Without an obvious article container the whole body is the article.
  reader.walk(main ? doc.children : (body?.children ?? doc.children), main === undefined, 0);
  reader.finish();
  return builder.build();
}

/** The <title> leads the document when the article body does not start with it (TRS bodies often omit it). */
function addTitle(doc: Document, builder: DocumentBuilder, main: Element | undefined): void {
  const titleEl = findTitle(doc);
  const title = titleEl ? collapseSpaces(titleEl.children.map((c) => (c.type === 'text' ? c.data : '')).join('')) : '';
  if (!title) return;
  const start = collapseSpaces(firstText(main ? [main] : doc.children, 2000));
  if (!start.replace(/\s/g, '').includes(title.replace(/\s/g, ''))) builder.addParagraph(title);
}

/** <title> in <head> (or at the top level of a fragment); never a whole-document search. */
function findTitle(doc: Document): Element | undefined {
  const top = doc.children.filter(isElement);
  const html = top.find((el) => el.name === 'html');
  const level = html ? html.children.filter(isElement) : top;
  const head = level.find((el) => el.name === 'head');
  return [...(head ? head.children.filter(isElement) : []), ...level].find((el) => el.name === 'title');
}

function firstText(nodes: ChildNode[], limit: number): string {
  let out = '';
  const visit = (list: ChildNode[], depth: number): void => {
    for (const node of list) {
      if (out.length >= limit) return;
      if (node.type === 'text') out += node.data;
      else if (isElement(node) && !SKIP_TAGS.has(node.name) && depth < MAX_DEPTH) visit(node.children, depth + 1);
    }
  };
  visit(nodes, 0);
  return out;
}
