// The tree html.ts reads, built from html-parser.ts's events (htmlparser2's Parser events) node
// for node as domhandler builds its tree, with what the reader needs measured during the parse
// instead of in passes over the tree afterwards:
// - textLength under every element the reader measures (not under SKIP_TAGS, at most
//   LIMITS.maxTreeDepth deep), summed into the parent when an element closes;
// - those measured elements that carry a class or id (the only ones a container hint can
//   match), in the order they close, which is the tree's post-order;
// - the first measured <body> to close;
// - the text nodes not under SKIP_TAGS in document order, and the slice of them under each
//   element, so that the text an element starts with is read without walking its subtree;
// - whether each element is a SKIP_TAG or a BLOCK_TAG, which every pass over the tree asks.
// Comments, processing instructions and the text of <script>/<style> are never read: they get
// no node, but a comment still separates the text around it into two text nodes, as it did.
// (HTML mode reports CDATA sections as comments, or as text in SVG/MathML: no CDATA nodes.)
import { ReportReadError } from '../errors.ts';
import { checkDeadlineSampled, LIMITS } from '../limits.ts';

export type HtmlDocument = { type: 'root'; children: HtmlNode[]; parent: null };
export type HtmlParent = HtmlDocument | HtmlElement;

/** The attributes the reader looks at (html.ts, html-table.ts): html-parser.ts keeps no others. */
export const KEPT_ATTRIBUTES: ReadonlySet<string> = new Set(['class', 'id', 'style', 'hidden', 'rowspan', 'colspan']);

/** `script` and `style` elements have their own type, as in domhandler. */
export type HtmlElement = {
  type: 'tag' | 'script' | 'style';
  name: string;
  /** Only KEPT_ATTRIBUTES, the first of each, lower-cased names. */
  attribs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlParent;
  /** Characters of text under the element, as measured for the reader (see above). */
  textLength: number;
  /** Element ancestors: 0 for the top level. */
  depth: number;
  skip: boolean;
  block: boolean;
  /** The element's text nodes are HtmlTreeBuilder#texts[textFrom, textTo). */
  textFrom: number;
  textTo: number;
};
export type HtmlText = { type: 'text'; data: string; parent: HtmlParent };
export type HtmlNode = HtmlElement | HtmlText;

const MAX_DEPTH = LIMITS.maxTreeDepth;
const MAX_MARKUP_DEPTH = LIMITS.maxMarkupDepth;

/** Never text: scripts, styles, embedded objects and form controls. */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'button', 'select',
  'input', 'textarea', 'head', 'link', 'meta', 'map', 'audio', 'video',
]);

/** Elements that end a line of text: inside a cell they separate pieces, in the flow they end paragraphs. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article',
  'blockquote', 'pre', 'center', 'address', 'hr', 'main', 'figure', 'figcaption', 'caption', 'tr', 'td', 'th',
  'table', 'tbody', 'thead', 'tfoot', 'form', 'fieldset', 'header', 'footer', 'nav', 'aside',
]);

// What each element is, in one lookup per element instead of one per set.
const SKIP = 1;
const BLOCK = 2;
const KINDS = new Map<string, number>();
for (const name of SKIP_TAGS) KINDS.set(name, SKIP);
for (const name of BLOCK_TAGS) KINDS.set(name, (KINDS.get(name) ?? 0) | BLOCK);

/** Element ancestors of a text node. */
export function textDepth(text: HtmlText): number {
  return text.parent.type === 'root' ? 0 : text.parent.depth + 1;
}

// Per open element (and the root): SHOWN when neither it nor an ancestor is a SKIP_TAG; MEASURED
// when it is not a SKIP_TAG and its parent COUNTS; COUNTS when it is MEASURED and above the depth
// limit (the root COUNTS). This is how html.ts measured the tree, top-down.
const SHOWN = 1;
const MEASURED = 2;
const COUNTS = 4;
/** The element has a class or id attribute. */
const NAMED = 8;

export class HtmlTreeBuilder {
  readonly root: HtmlDocument = { type: 'root', children: [], parent: null };
  /** Measured elements with a class or id attribute, in post-order. */
  readonly named: HtmlElement[] = [];
  body: HtmlElement | undefined;
  /** Text nodes with no SKIP_TAG above them, in document order. */
  readonly texts: HtmlText[] = [];
  private readonly stack: HtmlParent[] = [this.root];
  private readonly flags: number[] = [SHOWN | COUNTS];
  private last: HtmlText | null = null;
  /** Set by the open tag's attributes, which come before onopentag; read and reset there. */
  private classOrId = false;

  onopentag(name: string, attribs: Record<string, string>): void {
    checkDeadlineSampled();
    const type = name === 'script' || name === 'style' ? name : 'tag';
    const top = this.stack.length - 1;
    // This stack mirrors the parser's open elements, which it searches for every close tag:
    // 200,000 unclosed <div>s (1 MB) and as many stray close tags would take minutes. Stopping
    // at the limit bounds that to well under a second.
    if (top >= MAX_MARKUP_DEPTH) throw new ReportReadError('too-large', `HTML 标签嵌套超过 ${MAX_MARKUP_DEPTH} 层上限`);
    const parent = this.stack[top] ?? this.root;
    const depth = top;
    const kind = KINDS.get(name) ?? 0;
    const skip = (kind & SKIP) !== 0;
    const from = this.texts.length;
    const element: HtmlElement = {
      type, name, attribs, children: [], parent, textLength: 0, depth, skip, block: (kind & BLOCK) !== 0, textFrom: from, textTo: from,
    };
    const named = this.classOrId;
    this.classOrId = false;
    parent.children.push(element);
    this.stack.push(element);
    const above = this.flags[top] ?? 0;
    let flags = (above & SHOWN) !== 0 && !skip ? SHOWN : 0;
    if ((above & COUNTS) !== 0 && !skip) flags |= depth < MAX_DEPTH ? MEASURED | COUNTS : MEASURED;
    this.flags.push(named ? flags | NAMED : flags);
    this.last = null;
  }

  onclosetag(): void {
    this.last = null;
    // domhandler pops even the root when the parser closes more than it opened (never happens).
    if (this.stack.length <= 1) return;
    const element = this.stack.pop() as HtmlElement;
    element.textTo = this.texts.length;
    const flags = this.flags.pop() ?? 0;
    if ((flags & MEASURED) === 0) return;
    const parent = element.parent;
    if (parent.type !== 'root') parent.textLength += element.textLength;
    // <body> is never a container candidate: it need not be listed.
    if (element.name === 'body') this.body ??= element;
    else if ((flags & NAMED) !== 0) this.named.push(element);
  }

  /**
   * Attributes, one by one, before the element's onopentag. Noting class and id here spares a
   * look-up in every element's attribs (objects of as many shapes as attribute sets) later. The
   * parser also reports the attributes of a <form> it ignores (one inside another): they mark the
   * next element, which only makes pickMainContainer look at it and find no hint.
   */
  onattribute(name: string): void {
    if (name === 'class' || name === 'id') this.classOrId = true;
  }

  /** Text arrives in pieces; consecutive pieces join into one node, as in domhandler. */
  ontext(data: string): void {
    const top = this.stack.length - 1;
    const parent = this.stack[top] ?? this.root;
    if (parent.type === 'script' || parent.type === 'style') return;
    const flags = this.flags[top] ?? 0;
    if ((flags & COUNTS) !== 0 && parent.type !== 'root') parent.textLength += data.length;
    if (this.last) {
      this.last.data += data;
      return;
    }
    const node: HtmlText = { type: 'text', data, parent };
    parent.children.push(node);
    if ((flags & SHOWN) !== 0) this.texts.push(node);
    this.last = node;
  }

  oncomment(): void {
    this.last = null;
  }

  onprocessinginstruction(): void {
    this.last = null;
  }
}
