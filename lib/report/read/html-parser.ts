// htmlparser2 12's HTML-mode Parser, rebuilt on its Tokenizer for the one tree html.ts reads
// (html-tree.ts): the same elements, closes and texts, event for event, so a page reads as it
// did. What it leaves out is what cost time and that nothing reads: common tag names are read as
// constant strings, neither sliced nor lower-cased, whose hash the tables find already computed
// (the Parser sliced and lower-cased every name, then asked four sets and maps about it); the
// open elements are kept innermost-last (the Parser unshifted and shifted them); and only the
// attributes the reader looks at (KEPT_ATTRIBUTES) are kept, instead of every attribute's value.
// The tag tables, copied from htmlparser2, are in html-tags.ts.
import { Tokenizer, type QuoteType, type TokenizerCallbacks } from 'htmlparser2';
import { checkDeadline } from '../limits.ts';
import { KEPT_ATTRIBUTES, type HtmlTreeBuilder } from './html-tree.ts';
import { commonTagName, INTEGRATION, MATH, OPEN_IMPLIES_CLOSE, SVG, SVG_TAG_NAMES, TAG_FLAGS, VOID } from './html-tags.ts';
import { PARSE_CHUNK } from './markup.ts';

const NONE = 0, IN_SVG = 1, IN_MATH = 2;

/** Parses `text` into `tree`, in chunks between which the time limit is checked. */
export function parseHtmlInto(text: string, tree: HtmlTreeBuilder): void {
  const parser = new HtmlParser(text, tree);
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, parser);
  for (let at = 0; at < text.length; at += PARSE_CHUNK) {
    checkDeadline();
    tokenizer.write(text.slice(at, at + PARSE_CHUNK));
  }
  tokenizer.end();
}

class HtmlParser implements TokenizerCallbacks {
  /** Open element names, innermost last. */
  private readonly stack: string[] = [];
  private openForms = 0;
  /** NONE, IN_SVG or IN_MATH per foreign or integration element open, innermost last. */
  private readonly foreign: number[] = [NONE];
  private tagname = '';
  /** TAG_FLAGS of `tagname`, found when it opened. */
  private tagFlags = 0;
  private attribs: Record<string, string> | null = null;
  private attribname = '';
  private attribvalue = '';
  private keepValue = false;

  constructor(private readonly text: string, private readonly tree: HtmlTreeBuilder) {}

  isInForeignContext(): boolean {
    return this.foreign[this.foreign.length - 1] !== NONE;
  }

  private readTagName(start: number, end: number): string {
    const name = commonTagName(this.text, start, end) ?? this.text.slice(start, end).toLowerCase();
    const context = this.foreign[this.foreign.length - 1];
    if (context === IN_SVG) return SVG_TAG_NAMES.get(name) ?? name;
    // The close tag of an SVG element inside an integration point matches its adjusted name.
    if (this.foreign.length > 1) {
      const adjusted = SVG_TAG_NAMES.get(name);
      if (adjusted !== undefined && this.stack.includes(adjusted)) return adjusted;
    }
    if (context === NONE) return name === 'image' ? 'img' : name;
    return name;
  }

  onopentagname(start: number, end: number): void {
    this.emitOpenTag(this.readTagName(start, end));
  }

  private emitOpenTag(name: string): void {
    this.tagname = name;
    // A <form> inside another is ignored: no element, no attributes (but onattribute still hears them).
    if (name === 'form' && this.openForms > 0) {
      this.tagname = '';
      this.tagFlags = 0;
      return;
    }
    const impliesClose = OPEN_IMPLIES_CLOSE.get(name);
    if (impliesClose) {
      const stack = this.stack;
      while (stack.length > 0 && impliesClose.has(stack[stack.length - 1]!)) this.popElement();
    }
    const flags = TAG_FLAGS.get(name) ?? 0;
    this.tagFlags = flags;
    if ((flags & VOID) === 0) {
      this.stack.push(name);
      if (name === 'form') this.openForms++;
      if (flags & SVG) this.foreign.push(IN_SVG);
      else if (flags & MATH) this.foreign.push(IN_MATH);
      else if (flags & INTEGRATION) this.foreign.push(NONE);
    }
    this.attribs = {};
  }

  private endOpenTag(): void {
    if (this.attribs) {
      this.tree.onopentag(this.tagname, this.attribs);
      this.attribs = null;
    }
    if (this.tagFlags & VOID) this.tree.onclosetag();
    this.tagname = '';
    this.tagFlags = 0;
  }

  onopentagend(): void {
    this.endOpenTag();
  }

  onclosetag(start: number, end: number): void {
    const name = this.readTagName(start, end);
    if (((TAG_FLAGS.get(name) ?? 0) & VOID) === 0) {
      const at = this.stack.lastIndexOf(name);
      if (at !== -1) {
        for (let open = this.stack.length; open > at; open--) this.popElement();
      } else if (name === 'p') {
        // </p> without an open <p> is an empty paragraph.
        this.emitOpenTag('p');
        this.closeCurrentTag();
      }
    } else if (name === 'br') {
      // </br> is a <br>.
      this.tree.onopentag('br', {});
      this.tree.onclosetag();
    }
  }

  /** HTML ignores the `/` of `<x/>`, except in SVG and MathML. */
  onselfclosingtag(): void {
    if (this.isInForeignContext()) this.closeCurrentTag();
    else this.endOpenTag();
  }

  private popElement(): void {
    const name = this.stack.pop()!;
    if (name === 'form') this.openForms--;
    if ((TAG_FLAGS.get(name) ?? 0) & (SVG | MATH | INTEGRATION)) this.foreign.pop();
    this.tree.onclosetag();
  }

  private closeCurrentTag(): void {
    const name = this.tagname;
    this.endOpenTag();
    if (this.stack[this.stack.length - 1] === name) this.popElement();
  }

  onattribname(start: number, end: number): void {
    this.attribname = this.text.slice(start, end).toLowerCase();
    this.keepValue = this.attribs !== null && KEPT_ATTRIBUTES.has(this.attribname);
  }

  onattribdata(start: number, end: number): void {
    if (this.keepValue) this.attribvalue += this.text.slice(start, end);
  }

  onattribentity(codepoint: number): void {
    if (this.keepValue) this.attribvalue += String.fromCodePoint(codepoint);
  }

  onattribend(_quote: QuoteType): void {
    this.tree.onattribute(this.attribname);
    // The first of repeated attributes counts.
    if (this.keepValue && !Object.hasOwn(this.attribs!, this.attribname)) this.attribs![this.attribname] = this.attribvalue;
    this.attribvalue = '';
  }

  ontext(start: number, end: number): void {
    this.tree.ontext(this.text.slice(start, end));
  }

  ontextentity(codepoint: number): void {
    this.tree.ontext(String.fromCodePoint(codepoint));
  }

  oncomment(): void {
    this.tree.oncomment();
  }

  /** CDATA is text in SVG and MathML, a comment elsewhere in HTML. */
  oncdata(start: number, end: number, offset: number): void {
    if (this.isInForeignContext()) this.tree.ontext(this.text.slice(start, end - offset));
    else this.tree.oncomment();
  }

  ondeclaration(): void {
    this.tree.onprocessinginstruction();
  }

  onprocessinginstruction(): void {
    this.tree.onprocessinginstruction();
  }

  /** Whatever is still open closes at the end, innermost first. */
  onend(): void {
    for (let open = this.stack.length; open > 0; open--) this.tree.onclosetag();
  }
}
