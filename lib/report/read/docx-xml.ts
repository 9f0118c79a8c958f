// word/document.xml read in one indexOf-driven pass into a tree of just what docx.ts looks at.
// htmlparser2 built a node for every tag, text run and attribute of the file (w:rPr and w:pPr
// are most of a real document) and cost three quarters of the time spent reading a DOCX.
// Every step follows htmlparser2 12's xmlMode tokenizer and parser, so that damaged and
// truncated files give the tree they gave before: a close tag closes up to the innermost open
// element of its name (or is ignored), `<` before a space is text, unclosed elements end at
// the end of input, and text cut off inside markup is kept or dropped as htmlparser2 did.
import { ReportReadError } from '../errors.ts';
import { checkDeadline, LIMITS } from '../limits.ts';
import { BANG, CDATA, commentEnd, CUT_OFF, CUT_OFF_SELF_CLOSING, DASH, endsName, GT, isSpace, LBRACKET, LT, OPEN, QUESTION, sameName, SELF_CLOSED, SLASH, TagAttributes } from './xml-tag.ts';
import { PARSE_CHUNK } from './markup.ts';
import { decodeXmlEntities, type Utf8Text } from './xml-text.ts';

/** An element with its child elements; `text` is a w:t's own text, `val` the w:val of the attributes read. */
export type WordElement = { name: string; children: readonly WordElement[]; text: string; val: string | undefined };

// Shared by every element until its first child; frozen, never added to.
const NO_CHILDREN: readonly WordElement[] = Object.freeze([]);

/** docx.ts never looks into these: neither they nor anything inside them becomes a node. */
function isSkipped(name: string): boolean {
  // By length first (most names have none of these lengths), then a switch: faster than a Set,
  // which hashes every freshly sliced name.
  const n = name.length;
  if (n !== 5 && n !== 6 && n !== 9 && n !== 11 && n !== 19) return false;
  switch (name) {
    case 'w:rPr':
    case 'w:pPr':
    case 'w:del':
    case 'w:instrText':
    case 'w:delText':
    case 'w:drawing':
    case 'w:pict':
    case 'mc:AlternateContent':
      return true;
    default:
      return false;
  }
}

function isText(element: WordElement): boolean {
  return element.name.length === 3 && element.name === 'w:t';
}

// The htmlparser2 reading fed the parser chunks of PARSE_CHUNK characters (markup.ts);
// one end-of-input quirk depends on them.
const CHUNK = PARSE_CHUNK;
const MAX_DEPTH = LIMITS.maxMarkupDepth;

/** The elements of document.xml under a root of no name; positions below are byte offsets. */
export function parseWordXml(source: Utf8Text): WordElement {
  return new WordXmlReader(source).read();
}

class WordXmlReader {
  private readonly root: WordElement = { name: '', children: NO_CHILDREN, text: '', val: undefined };
  // The open elements, innermost at depth - 1; `null` for those that are not kept.
  private readonly names: string[] = [];
  private readonly elements: (WordElement | null)[] = [];
  private depth = 0;
  private parent: WordElement | null = this.root;
  private readonly tag: TagAttributes;
  private nameIsAscii = true;
  private searched = 0;

  private readonly xml: string;

  constructor(private readonly source: Utf8Text) {
    this.xml = source.latin1;
    this.tag = new TagAttributes(source);
  }

  read(): WordElement {
    const { xml } = this;
    const length = xml.length;
    let textStart = 0;
    let from = 0;
    for (let tags = 1; ; tags++) {
      // Markup mostly follows markup: look at the next character before searching.
      const lt = xml.charCodeAt(from) === LT ? from : xml.indexOf('<', from);
      if (lt === -1 || lt + 1 === length) break;
      const c = xml.charCodeAt(lt + 1);
      // `<` before a space or `>` starts nothing: it is text.
      if (c === GT || isSpace(c)) {
        from = lt + 1;
        continue;
      }
      if ((tags & 0x3ff) === 0) checkDeadline();
      let next: number;
      if (c === SLASH) {
        let at = lt + 2;
        while (at < length && isSpace(xml.charCodeAt(at))) at++;
        if (at === length) break;
        const d = xml.charCodeAt(at);
        if (d === GT) {
          from = at + 1; // `</>` and `</ >` are text
          continue;
        }
        this.addText(textStart, lt);
        next = d === SLASH ? this.markupEnd(xml.indexOf('>', at + 1), at) : this.closeTag(at);
      } else if (c === BANG) {
        this.addText(textStart, lt);
        next = this.declarationEnd(lt);
      } else if (c === QUESTION) {
        this.addText(textStart, lt);
        const end = xml.indexOf('?>', lt + 2);
        next = this.markupEnd(end === -1 ? -1 : end + 1, lt + 2);
      } else {
        this.addText(textStart, lt);
        next = this.openTag(lt);
      }
      if (next === -1) return this.root; // the input ended inside markup
      textStart = from = next;
    }
    this.addText(textStart, length);
    return this.root;
  }

  /** Adds text to the w:t being read, if the innermost open element is one. */
  private addText(start: number, end: number): void {
    const target = this.parent;
    if (end > start && target !== null && isText(target)) target.text += decodeXmlEntities(this.source.slice(start, end));
  }

  /** Text htmlparser2 added as it stood, without resolving entities. */
  private addRawText(text: () => string): void {
    if (this.parent !== null && isText(this.parent)) this.parent.text += text();
  }

  /** After markup ending with the `>` at `gt`; when there is none, what follows `textFrom` is text (htmlparser2). */
  private markupEnd(gt: number, textFrom: number): number {
    if (gt !== -1) return gt + 1;
    this.addRawText(() => this.source.slice(textFrom, this.xml.length));
    return -1;
  }

  /**
   * Text htmlparser2 added when the input ended in a tag it had left (a close tag's name read, a
   * self-closing `/`): from index -1 of the chunk holding `sliceEnd`, the end of its last slice.
   */
  private cutOffText(sliceEnd: number): string {
    // Chunks counted in UTF-16 units of the decoded file, as markup.ts cut it.
    const whole = this.source.decodeWhole();
    const chunkStart = Math.floor((this.source.unitIndex(sliceEnd) - 1) / CHUNK) * CHUNK;
    const chunkLength = Math.min(CHUNK, whole.length - chunkStart);
    return whole.slice(chunkStart + Math.max(chunkLength - 1 - chunkStart, 0));
  }

  /** `<!…`: a comment, CDATA (whose text no w:t takes), or a declaration up to the next `>`. */
  private declarationEnd(lt: number): number {
    const { xml } = this;
    const at = lt + 2;
    if (at === xml.length) return -1;
    const c = xml.charCodeAt(at);
    if (c === LBRACKET) {
      let matched = 0;
      while (matched < CDATA.length && xml.charCodeAt(at + 1 + matched) === CDATA.charCodeAt(matched)) matched++;
      if (matched === CDATA.length) {
        const end = xml.indexOf(']]>', at + 1 + matched);
        return end === -1 ? -1 : end + 3;
      }
      if (at + 1 + matched >= xml.length) return this.markupEnd(-1, at);
      return this.markupEnd(xml.indexOf('>', at + 1 + matched), at);
    }
    if (c === DASH) {
      if (at + 1 === xml.length) return this.markupEnd(-1, at);
      if (xml.charCodeAt(at + 1) === DASH) return commentEnd(xml, at + 2);
      return this.markupEnd(xml.indexOf('>', at + 2), at);
    }
    return this.markupEnd(xml.indexOf('>', at + 1), at);
  }

  /** `</name…>` with the name at `at`: closes up to the innermost open element of that name. */
  private closeTag(at: number): number {
    const { xml } = this;
    const end = this.nameEnd(at + 1);
    if (end === xml.length) return -1;
    let depth = this.depth - 1;
    // Nearly always the innermost element closes: compared in place, no name sliced out.
    if (depth < 0 || !this.nameIsAscii || !sameName(xml, at, end, this.names[depth] ?? '')) {
      const name = this.name(at, end);
      while (depth >= 0 && this.names[depth] !== name) depth--;
    }
    // Close tags of elements not open search the whole stack (so did htmlparser2's): a file of
    // those under thousands of unclosed elements must still meet the time limit.
    this.searched += this.depth - depth;
    if (this.searched > 0xffff) {
      this.searched = 0;
      checkDeadline();
    }
    if (depth !== -1) {
      this.depth = depth;
      this.parent = depth === 0 ? this.root : (this.elements[depth - 1] ?? null);
    }
    const gt = xml.charCodeAt(end) === GT ? end : xml.indexOf('>', end);
    if (gt !== -1) return gt + 1;
    this.addRawText(() => this.cutOffText(end));
    return -1;
  }

  /** End of the tag name whose second character is at `from`: the first `/`, `>` or space (or the input's end). */
  private nameEnd(from: number): number {
    const { xml } = this;
    let high = xml.charCodeAt(from - 1);
    let at = from;
    for (; at < xml.length; at++) {
      const c = xml.charCodeAt(at);
      if (endsName(c)) break;
      high |= c;
    }
    this.nameIsAscii = high < 0x80;
    return at;
  }

  /** The tag name nameEnd found; names are compared as decoded text, where invalid bytes all read U+FFFD. */
  private name(start: number, end: number): string {
    return this.nameIsAscii ? this.xml.slice(start, end) : this.source.slice(start, end);
  }

  private openTag(lt: number): number {
    const { xml } = this;
    const end = this.nameEnd(lt + 2);
    if (end === xml.length) return -1;
    const name = this.name(lt + 1, end);
    const c = xml.charCodeAt(end);
    let kind = OPEN;
    let tagEnd = end;
    let val: string | undefined;
    if (c === SLASH && xml.charCodeAt(end + 1) === GT) {
      kind = SELF_CLOSED;
      tagEnd = end + 1;
    } else if (c !== GT) {
      kind = this.tag.read(end, name === 'w:gridSpan' || name === 'w:vMerge' || name === 'w:gridBefore');
      if (kind === CUT_OFF_SELF_CLOSING) this.addRawText(() => this.cutOffText(this.tag.lastSliceEnd()));
      if (kind === CUT_OFF || kind === CUT_OFF_SELF_CLOSING) return -1;
      tagEnd = this.tag.end;
      val = this.tag.val;
    }
    const parent = this.parent;
    let element: WordElement | null = null;
    // A w:t's child elements are never read either, only its text. The document element and its
    // children are all kept: the reader looks for w:body in whatever element comes first.
    if (parent !== null && (this.depth < 2 || (!isText(parent) && !isSkipped(name)))) {
      element = { name, children: NO_CHILDREN, text: '', val };
      // Most elements have no child or one: a one-slot array, not the seventeen a first push makes.
      if (parent.children === NO_CHILDREN) parent.children = [element];
      else (parent.children as WordElement[]).push(element);
    }
    if (kind === OPEN) {
      // Checked here, on the stack itself, rather than in a scan of the file before parsing:
      // the depth bounds the close-tag search above and docx.ts's recursion.
      if (this.depth >= MAX_DEPTH) throw new ReportReadError('too-large', `word/document.xml 元素嵌套超过 ${MAX_DEPTH} 层上限`);
      this.names[this.depth] = name;
      this.elements[this.depth] = element;
      this.depth++;
      this.parent = element;
    }
    return tagEnd + 1;
  }
}
