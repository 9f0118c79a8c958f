// HTML pages: decode with the right charset, keep the article body (and every report table),
// drop the site chrome, and emit paragraphs and expanded tables into a SourceDocument.
import { checkDeadlineSampled, LIMITS } from '../limits.ts';
import { decodeDeclared, type DecodedText } from './detect.ts';
import { collapseSpaces, DocumentBuilder } from './document-builder.ts';
import { isHidden, readTableElement } from './html-table.ts';
import { HtmlTreeBuilder, textDepth, type HtmlDocument as Document, type HtmlElement as Element, type HtmlNode as ChildNode, type HtmlParent } from './html-tree.ts';
import { parseHtmlInto } from './html-parser.ts';
import type { SourceDocument } from './source-document.ts';
import { bufferView } from '../node-buffer.ts';

// Deeper nesting is never a report table; walking it would only risk the stack.
const MAX_DEPTH = LIMITS.maxTreeDepth;

// The declaration is looked for in the first bytes read one character per byte. Only ASCII
// matters to the patterns below (\s, \w and the case-insensitive letters match no character
// U+0080–U+00FF or windows-1252 maps 0x80–0x9F to), so ISO-8859-1 finds what windows-1252 would:
// Buffer's latin1 is native, where TextDecoder('latin1') (windows-1252) goes through ICU in node 20.
const HEAD_BYTES = 4096;

function decodeLatin1Head(bytes: Uint8Array): string {
  const head = bytes.subarray(0, HEAD_BYTES);
  return bufferView(head.buffer, head.byteOffset, head.byteLength)?.toString('latin1') ?? String.fromCharCode(...head);
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

/** `names`: classAndId(el) when the caller has it. */
function isChromeElement(el: Element, names?: string): boolean {
  if (el.name === 'nav' || el.name === 'aside' || el.name === 'header' || el.name === 'footer') return true;
  if (el.name === 'table' || el.name === 'tr' || el.name === 'td' || el.name === 'tbody') return false;
  // Most elements have neither: no string to build.
  if (names === undefined && el.attribs.class === undefined && el.attribs.id === undefined) return false;
  const text = names ?? classAndId(el);
  return text.trim() !== '' && (CHROME_WORDS.test(text) || CHROME_TOKENS.test(text));
}

/**
 * The article container: TRS_Editor when present, else the deepest hinted element holding most
 * of the text. `named`: the elements with a class or id, in post-order (html-tree.ts), the only
 * ones a hint can match.
 */
function pickMainContainer(named: readonly Element[]): Element | undefined {
  const hinted: Element[] = [];
  const trs: Element[] = [];
  for (const el of named) {
    if (el.name === 'body' || el.name === 'html') continue;
    const names = classAndId(el);
    if (!MAIN_HINT.test(names) || isChromeElement(el, names)) continue;
    hinted.push(el);
    if (names.includes('trs_editor')) trs.push(el);
  }
  const pool = trs.length > 0 ? trs : hinted;
  let best: Element | undefined;
  for (const el of pool) if (!best || el.textLength > best.textLength) best = el;
  if (!best || best.textLength < 50) return undefined;
  // Descend into a hinted child that still holds nearly all of the text (wrapper → article).
  for (let moved = true; moved; ) {
    moved = false;
    for (const el of hinted) {
      if (el !== best && el.textLength >= best.textLength * 0.8 && isInside(el, best)) {
        best = el;
        moved = true;
        break;
      }
    }
  }
  return best;
}

function isInside(node: Element, ancestor: Element): boolean {
  for (let p: HtmlParent | null = node.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

class FlowReader {
  private pending = '';
  private images = 0;
  private tables = 0;

  /** `mainPath[d]`: the article container's ancestor (or itself) at depth d; a Set would hash every element. */
  constructor(
    private readonly builder: DocumentBuilder,
    private readonly main: Element | undefined,
    private readonly mainPath: readonly Element[],
  ) {}

  private onMainPath(el: Element): boolean {
    return el.depth < this.mainPath.length && this.mainPath[el.depth] === el;
  }

  flush(): void {
    if (this.pending === '') return;
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
      if (node.skip || isHidden(node)) continue;
      if (!this.onMainPath(node) && isChromeElement(node)) continue;
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
      const block = node.block || node === this.main;
      if (block) this.flush();
      if (depth < MAX_DEPTH) this.walk(node.children, true, depth + 1);
      if (block) this.flush();
    }
  }

  private readTable(table: Element, inMain: boolean, depth: number): void {
    const read = this.onMainPath(table) ? undefined : readTableElement(table);
    if (!read || read.layout) {
      this.flush();
      if (depth < MAX_DEPTH) this.walk(table.children, inMain, depth + 1);
      this.flush();
      return;
    }
    // The phrases hold no space: a match never spans two cells of the space-joined text.
    if (!inMain && !read.rows.some((row) => row.some((cell) => REPORT_TABLE_TEXT.test(cell.text)))) return;
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
  // The tree comes with the text measured under every element (html-tree.ts).
  const tree = new HtmlTreeBuilder();
  parseHtmlInto(decoded.text, tree);
  const doc = tree.root;
  const builder = new DocumentBuilder('html');
  if (decoded.guessed) builder.note('encoding-guessed', `No usable charset declaration: read as ${decoded.encoding}.`);
  const main = pickMainContainer(tree.named);
  const mainPath: Element[] = [];
  for (let el: Element | null = main ?? null; el; el = el.parent.type === 'root' ? null : el.parent) mainPath[el.depth] = el;
  addTitle(tree, builder, main);
  const reader = new FlowReader(builder, main, mainPath);
  // Without an obvious article container the whole body is the article.
  reader.walk(main ? doc.children : (tree.body?.children ?? doc.children), main === undefined, 0);
  reader.finish();
  return builder.build();
}

/** The <title> leads the document when the article body does not start with it (TRS bodies often omit it). */
function addTitle(tree: HtmlTreeBuilder, builder: DocumentBuilder, main: Element | undefined): void {
  const titleEl = findTitle(tree.root);
  if (!titleEl) return;
  let title = '';
  for (const child of titleEl.children) if (child.type === 'text') title += child.data;
  // Compared without whitespace, which is all that collapsing it (or the start's) could change.
  const key = title.replace(/\s+/g, '');
  if (!key) return;
  if (!firstText(tree, main, 2000).replace(/\s+/g, '').includes(key)) builder.addParagraph(title);
}

/** <title> in <head> (or at the top level of a fragment); never a whole-document search. */
function findTitle(doc: Document): Element | undefined {
  const html = firstNamed(doc.children, 'html');
  const level = html ? html.children : doc.children;
  const head = firstNamed(level, 'head');
  return (head && firstNamed(head.children, 'title')) ?? firstNamed(level, 'title');
}

function firstNamed(nodes: ChildNode[], name: string): Element | undefined {
  for (const node of nodes) if (node.type !== 'text' && node.name === name) return node;
  return undefined;
}

/**
 * The text under `main` (or the whole document), not under SKIP_TAGS and at most MAX_DEPTH
 * below it, in document order, until it reaches `limit` characters: read off the tree's list of
 * text nodes instead of walking the subtree.
 */
function firstText(tree: HtmlTreeBuilder, main: Element | undefined, limit: number): string {
  const texts = tree.texts;
  const to = main ? Math.min(main.textTo, texts.length) : texts.length;
  const deepest = (main ? main.depth : 0) + MAX_DEPTH;
  const parts: string[] = [];
  let length = 0;
  for (let i = main ? main.textFrom : 0; i < to && length < limit; i++) {
    const text = texts[i];
    if (!text || textDepth(text) > deepest) continue;
    parts.push(text.data);
    length += text.data.length;
  }
  return parts.join('');
}
